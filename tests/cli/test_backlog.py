"""`journeymap backlog`: CSV a tracker imports, JSON for tools, markdown for a pull request."""

from __future__ import annotations

import csv
import io
import json


from journeymap.faces.backlog import CSV_COLUMNS

from ..conftest import EXAMPLES
from .conftest import PORTFOLIO


def test_csv_has_jiras_field_names_first_and_one_row_per_opportunity(cli, maps):
    result = cli("backlog", "examples", "--format", "csv")
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert tuple(rows[0]) == CSV_COLUMNS and CSV_COLUMNS[:4] == ("Summary", "Description", "Priority", "Labels")
    opportunities = sum(len(tp.opportunities) for tp in _touchpoints())
    assert len(rows) == opportunities
    assert {row["Priority"] for row in rows} <= {"Highest", "High", "Medium", "Low", "Lowest"}
    scores = [float(row["priority_score"]) for row in rows]
    assert scores == sorted(scores, reverse=True)
    # weak-signup's worst touchpoint, computed by hand in docs/site.md's worked example
    row = next(r for r in rows if r["path"] == "examples/weak-signup.yaml" and r["Summary"] == "Address lookup")
    assert row["owner"] == "product"
    assert "Postcode check rejects valid addresses" in row["pain_points"] and "Priority 81.7 (Highest)" in row["Description"]
    assert all(" " not in row["Labels"] for row in rows)


def _touchpoints():
    from journeymap.load.loader import MapLoader

    for path in sorted(EXAMPLES / name for name in PORTFOLIO if name.endswith(".yaml")):
        for _, tp in MapLoader().load(str(path)).journey.touchpoints():
            yield tp


def test_json_carries_the_formula_and_the_parts_of_each_priority(cli, maps):
    result = cli("backlog", "examples", "--format", "json", "--top", "3")
    data = json.loads(result.stdout)
    assert data["formula"]["weights"] == {"depth": 40, "reach": 20, "stage": 20, "pains": 20}
    assert len(data["items"]) == 3 and data["summary"]["items"] == 3
    item = data["items"][0]
    parts = item["parts"]
    assert item["priority"] == round(40 * parts["depth"] + 20 * parts["reach"] + 20 * parts["stage"] + 20 * parts["pains"], 1)


def test_markdown_for_a_pull_request_follows_the_maps_language(cli, maps, tmp_path):
    result = cli("backlog", "examples", "--top", "5")
    assert result.exit_code == 0
    assert result.stdout.startswith("## Opportunity backlog\n")
    assert "The 5 most urgent are shown here" in result.stdout
    result = cli("backlog", "examples/weak-signup.yaml", "--top", "5")
    assert "| 1 | Highest 81.7 | Address lookup |" in result.stdout
    result = cli("backlog", "examples/coffee-gift.ja.yaml")
    assert result.stdout.startswith("## 改善機会一覧\n") and "最高" in result.stdout


def test_o_writes_a_file_and_refuses_a_map(cli, maps, tmp_path):
    result = cli("backlog", "examples", "-f", "csv", "-o", "backlog.csv")
    assert result.exit_code == 0 and result.stdout == "wrote backlog.csv\n"  # as render says it
    assert (tmp_path / "backlog.csv").read_text(encoding="utf-8").startswith("Summary,Description,")
    before = (maps / "weak-signup.yaml").read_bytes()
    result = cli("backlog", "examples", "-f", "csv", "-o", "examples/weak-signup.yaml")
    assert result.exit_code == 2 and "it is a journey map" in result.stderr
    assert (maps / "weak-signup.yaml").read_bytes() == before
    result = cli("backlog", "examples", "-o", "examples")
    assert result.exit_code == 2 and "is a directory" in result.stderr


def test_cells_a_spreadsheet_would_run_as_a_formula_are_defused(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "m.yaml").write_text(
        "journeymap: 1\ntitle: '=HYPERLINK(\"http://evil\")'\nstages:\n  - id: s\n    name: S\n    touchpoints:\n"
        "      - {id: t, name: '@SUM(A1)', emotion: -1, opportunities: ['=1+1', '-2+3', 'Fine']}\n",
        encoding="utf-8",
    )
    rows = list(csv.DictReader(io.StringIO(cli("backlog", "m.yaml", "-f", "csv").stdout)))
    assert [row["Summary"] for row in rows] == ["'=1+1", "'-2+3", "Fine"]
    assert rows[0]["journey"].startswith("'=") and rows[0]["touchpoint"] == "'@SUM(A1)"
    assert rows[0]["worst"] == "-1"  # numbers stay numbers


def test_maps_with_errors_are_named_once_at_the_end(cli, maps):
    (maps / "broken.yaml").write_text("journeymap: 1\ntitle: B\nstages: [\n", encoding="utf-8")
    result = cli("backlog", "examples", "-f", "csv", "-o", "b.csv")
    assert result.exit_code == 1
    assert "Checked 1 file" not in result.stderr  # one summary for the run, not one per map
    assert result.stderr.rstrip().endswith(
        "1 map with errors was left out, the numbers come from the other 5: examples/broken.yaml"
    )
    report = cli("report", "examples")
    assert report.stdout.startswith("Journey portfolio\n5 journeys ·")


def test_a_map_with_errors_is_left_out_with_exit_1(cli, maps):
    (maps / "broken.yaml").write_text("journeymap: 1\ntitle: B\nstages: [{id: a}]\n", encoding="utf-8")
    result = cli("backlog", "examples", "-f", "json")
    assert result.exit_code == 1 and "E110" in result.stderr
    assert "examples/broken.yaml" in json.loads(result.stdout)["files"]
