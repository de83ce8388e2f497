"""`journeymap report DIR` (or several files): the portfolio's numbers in text, md and json."""

from __future__ import annotations

import json
import re


def test_json_gives_the_numbers_the_site_shows(cli, maps, tmp_path):
    data = json.loads(cli("report", "examples", "--format", "json").stdout)
    assert data["summary"]["journeys"] == 5
    scores = [j["cx_score"] for j in data["journeys"]]
    assert data["cx_score"] == round(sum(scores) / len(scores), 1)
    kenji = next(p for p in data["personas"] if p["id"] == "kenji")
    assert kenji["source"] == "examples/personas/kenji.yaml" and len(kenji["journeys"]) == 2
    # The site's index says the same CX score, and each journey's.
    assert cli("site", "examples", "-o", "site").exit_code == 0
    index = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert f"CX score across journeys: {data['cx_score']:g} / 100" in index
    for journey in data["journeys"]:
        assert f">{journey['cx_score']:g}</span>" in index
    # Each stage column's average is the heat map's last row.
    heat = (tmp_path / "site" / "heatmap.html").read_text(encoding="utf-8")
    average_row = heat.split('<tr class="average">')[1]
    assert [float(x) for x in re.findall(r">([\d.]+)</td>", average_row)] == [s["score"] for s in data["stages"]]


def test_one_file_keeps_the_one_map_report(cli, maps):
    single = cli("report", "examples/weak-signup.yaml").stdout
    assert single.startswith("Pantry Box") and "Journey portfolio" not in single


def test_several_files_and_text_and_markdown(cli, maps):
    result = cli("report", "examples/weak-signup.yaml", "examples/saas-onboarding.yaml")
    assert result.exit_code == 0
    assert result.stdout.startswith("Journey portfolio\n2 journeys · 5 personas")
    assert "Journeys, weakest first" in result.stdout and "Work by department" in result.stdout
    md = cli("report", "examples", "--format", "md", "--top", "3").stdout
    assert md.startswith("# Journey portfolio\n")
    assert "## Most urgent opportunities" in md and "| 3 | " in md and "| 4 | " not in md.split("## Most urgent opportunities")[1].split("##")[0]


def test_a_japanese_portfolio_is_reported_in_japanese(cli, maps):
    result = cli("report", "examples/coffee-gift.ja.yaml", "examples/coffee-subscription.ja.yaml")
    assert result.stdout.startswith("ジャーニー横断レポート\n")
    assert "健二" in result.stdout and "担当部門別の取り組み" in result.stdout
