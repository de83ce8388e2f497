"""`journeymap report`: numbers, alignment in a terminal, valid markdown."""

from __future__ import annotations

import json

import pytest
from markdown_it import MarkdownIt

from journeymap.check.engine import Engine
from journeymap.load.loader import MapLoader
from journeymap.textwidth import width
from journeymap.views.report import build_report

from ..conftest import ROOT, load_text

JA = "examples/coffee-subscription.ja.yaml"


@pytest.fixture
def at_root(monkeypatch):
    monkeypatch.chdir(ROOT)


def test_cx_score_weights_stages_and_personas_equally():
    journey = load_text(
        """\
        journeymap: 1
        title: T
        personas: [{id: a, name: A}, {id: b, name: B}]
        stages:
          - id: one
            name: One
            touchpoints:
              - {id: t1, name: T1, emotion: {a: 2, b: 0}}
              - {id: t2, name: T2, emotion: {a: 2}}
              - {id: t3, name: T3, emotion: {a: 2}}
          - id: two
            name: Two
            touchpoints: [{id: t4, name: T4, emotion: {a: -2, b: 0}}]
        """
    ).journey
    report = build_report(journey, [])
    # a: stages average +2 and -2 -> 0 -> 50; b: 0 and 0 -> 50. Touchpoint counts do not matter.
    assert report.persona_scores == {"a": 50.0, "b": 50.0}
    assert report.cx_score == 50.0


def test_backlog_is_grouped_by_owner_worst_first(at_root):
    journey = MapLoader().load("examples/weak-signup.yaml").journey
    report = build_report(journey, Engine().run(journey))
    assert list(report.backlog) == ["marketing", "product"]
    assert report.backlog["product"][0].text == "Address lookup"  # the sign-up form, -2 for George
    assert report.pains[0].text == "Postcode check rejects valid addresses"
    assert report.weakest[0].stage == "Sign-up"
    assert "lowest for George (-2)" in report.weakest[0].reasons


def test_terminal_report_aligns_japanese_columns_by_display_width(cli, at_root, monkeypatch):
    monkeypatch.setenv("COLUMNS", "100")
    out = cli("report", JA).stdout
    lines = out.splitlines()
    # The Japanese map's report is in Japanese; its stages are named after their phases, so no
    # phase column repeats them. Each row's scores end at the same display column.
    start = lines.index(next(l for l in lines if l.strip().startswith("ステージ") and "愛子" in l))
    assert "フェーズ" not in lines[start]
    table = [lines[start]] + lines[start + 2 : start + 11]
    assert {width(line) for line in table} == {width(table[0])}, table
    assert [line.split()[0] for line in table[1:]] == ["認知", "興味・関心", "比較・検討", "購入", "導入", "利用", "サポート", "継続・リピート", "推奨・口コミ"]
    assert "\x1b[" not in out


def test_markdown_tables_are_valid(cli, at_root):
    text = cli("report", JA, "--format", "md").stdout
    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    tables = [t for t in tokens if t.type == "table_open"]
    assert len(tables) >= 4
    # Every row of every table has as many cells as its header.
    row_cells, counts = 0, []
    for token in tokens:
        if token.type == "tr_open":
            row_cells = 0
        elif token.type in ("th_open", "td_open"):
            row_cells += 1
        elif token.type == "tr_close":
            counts.append(row_cells)
        elif token.type == "table_close":
            assert len(set(counts)) == 1, counts
            counts = []
    assert text.startswith("# コーヒー定期便 — 最初の90日\n")
    assert "### marketing" in text and "- [ ] " in text


def test_markdown_escapes_pipes_in_map_text(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "m.yaml").write_text(
        "journeymap: 1\ntitle: A | B\nstages:\n  - id: s\n    name: 'Stage | one'\n"
        "    touchpoints: [{id: t, name: T, emotion: -1, pain_points: ['slow | broken']}]\n"
    )
    text = cli("report", "m.yaml", "-f", "md").stdout
    assert "| Stage \\| one |" in text
    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    cells = [t.content for t in tokens if t.type == "inline"]
    assert "slow | broken" in cells


def test_report_json(cli, at_root):
    data = json.loads(cli("report", JA, "-f", "json").stdout)
    assert data["title"] == "コーヒー定期便 — 最初の90日"
    assert 0 <= data["cx_score"] <= 100
    assert [s["id"] for s in data["stages"]][:2] == ["awareness", "interest"]
    assert set(data["values"]) == {"sense", "feel", "think", "act", "relate"}


def test_report_on_a_broken_map_shows_why_and_exits_one(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "bad.yaml").write_text("journeymap: 1\ntitle: T\nstages: [{id: s, name: S, colour: red}]\n")
    result = cli("report", "bad.yaml")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "E102 unknown-field" in result.stderr


def test_report_on_a_missing_file_exits_two(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = cli("report", "nope.yaml")
    assert result.exit_code == 2
    assert result.stderr == "journeymap: error: nope.yaml: no such file or directory\n"


def test_report_markdown_golden(cli, at_root, golden):
    golden("report/coffee-subscription.ja.md", cli("report", JA, "-f", "md").stdout)


def test_report_terminal_golden(cli, at_root, golden, monkeypatch):
    monkeypatch.setenv("COLUMNS", "100")
    golden("report/weak-signup.txt", cli("report", "examples/weak-signup.yaml").stdout)


def test_narrow_terminal_drops_the_phase_column_instead_of_breaking_words(cli, at_root, monkeypatch):
    monkeypatch.setenv("COLUMNS", "40")
    out = cli("report", JA).stdout
    assert "Phase" not in out and "awaren" not in out
    assert all(width(line) <= 40 for line in out.splitlines())
    for stage in ("認知", "サポート", "推奨・口コミ"):
        assert stage in out.replace("\n", "").replace(" ", "")


def test_narrow_terminal_lists_pain_points_and_indents_wrapped_backlog_lines(cli, at_root, monkeypatch, golden):
    monkeypatch.setenv("COLUMNS", "60")
    out = cli("report", JA).stdout
    assert "Touchpoin\n" not in out and "Touchpoin " not in out
    assert "  1. 送料の条件が分かりにくい（最低スコア -1）\n     比較・検討 / 比較サイトのレビュー · marketing\n" in out
    backlog = out[out.index("担当別の改善機会一覧") : out.index("チャネルの網羅状況")]
    for line in backlog.splitlines()[1:]:
        assert not line or line.startswith("  "), line  # no wrapped line falls back to the first column
    assert all(width(line) <= 60 for line in out.splitlines())
    golden("report/coffee-subscription.ja.60.txt", out)


# --- Departments: what each one takes away from the service blueprint ------------------------------

BLUEPRINTED = """\
    journeymap: 1
    title: Returns
    stages:
      - id: refund
        name: Refund
        blueprint:
          backstage: [{action: Nightly batch, department: Finance}]
        touchpoints:
          - id: desk
            name: Returns desk
            owner: store
            emotion: -2
            pain_points: [The queue]
            blueprint:
              frontstage: [Checks the item]
              support: [{action: Order system, department: IT}]
              fail_points: [{experience: Order not found, owner: it, mitigation: Scan the QR code}]
          - id: mail
            name: Refund email
            emotion: 1
            pain_points: [Late]
"""


def test_each_department_says_where_it_acts_its_fail_points_and_the_pains_it_could_fix():
    report = build_report(load_text(BLUEPRINTED).journey, [])
    rows = {row.name: row for row in report.departments}
    assert list(rows) == ["Finance", "store", "IT"]  # order of appearance; "it" is IT, as first written
    assert [(p.stage, p.lanes) for p in rows["store"].places] == [("Refund", ("frontstage",))]
    assert [f.experience for f in rows["IT"].fail_points] == ["Order not found"]
    assert [p.text for p in rows["IT"].pains] == ["The queue"]
    # Acting on the whole stage reaches every touchpoint of it, the most painful first.
    assert [p.text for p in rows["Finance"].pains] == ["The queue", "Late"]


def test_departments_in_every_report_format_and_not_for_a_map_without_a_blueprint(cli, at_root):
    data = json.loads(cli("report", "examples/store-returns.ja.yaml", "-f", "json").stdout)
    assert {row["name"] for row in data["departments"]} >= {"店舗運営部", "EC事業部", "物流センター", "カスタマーサポート"}
    markdown = cli("report", "examples/store-returns.ja.yaml", "-f", "md").stdout
    assert "## サービスブループリントの部門別まとめ" in markdown and "### 物流センター" in markdown
    assert "departments" not in json.loads(cli("report", JA, "-f", "json").stdout)
