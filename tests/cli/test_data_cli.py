"""Measured data through the commands: check (targets in CI), report, show, render and diff."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from ..conftest import ROOT

MAP = """\
journeymap: 1
title: Checkout survey
stages:
  - id: purchase
    name: Purchase
    touchpoints:
      - {{id: checkout, name: Checkout, channel: web, owner: sales, emotion: 1, values: [sense, feel, think, act, relate]}}
      - {{id: phone, name: Phone order, channel: phone, owner: sales, emotion: 1, evidence: {{source: Calls}}}}
  - id: support
    name: Support
    touchpoints:
      - {{id: chat, name: Chat, channel: chat, owner: support, emotion: 1, evidence: {{source: Survey}}}}
      - {{id: hotline, name: Hotline, channel: phone, owner: support, emotion: 1, evidence: {{source: Survey}}}}
data:
  - file: answers.csv
targets: {{csat: {target}}}
"""


def project(tmp_path: Path, target: float, scores=(4, 4, 5, 3) * 10) -> Path:
    tmp_path.mkdir(parents=True, exist_ok=True)
    (tmp_path / "journeymap.toml").write_text("")
    rows = "".join(f"checkout,csat,{score}\n" for score in scores)
    (tmp_path / "answers.csv").write_text("touchpoint,metric,score\n" + rows)
    path = tmp_path / "map.yaml"
    path.write_text(MAP.format(target=target))
    return path


def test_fail_on_warning_fails_below_the_target_and_passes_when_it_is_met(cli, tmp_path):
    path = project(tmp_path, 4.0)  # the mean is 4.0: met
    met = cli("check", str(path), "--fail-on", "warning")
    assert met.exit_code == 0, met.stdout
    path = project(tmp_path, 4.2)
    missed = cli("check", str(path), "--fail-on", "warning")
    assert missed.exit_code == 1
    assert "W231 metric-below-target: CSAT at 'Checkout' is 4.0 from 40 answers" in missed.stdout
    assert "below the target of 4.2" in missed.stdout
    # Without --fail-on warning a missed target does not fail the build.
    assert cli("check", str(path)).exit_code == 0


def test_the_configuration_sets_targets_and_the_map_overrides_them(cli, tmp_path):
    path = project(tmp_path, 3.0)
    (tmp_path / "journeymap.toml").write_text("[rules.metric-below-target]\ncsat-top2 = 90\nnps = 10\n")
    result = cli("check", str(path), "--fail-on", "warning")
    assert result.exit_code == 1
    assert "CSAT top-two-box at 'Checkout' is 75%" in result.stdout
    (tmp_path / "journeymap.toml").write_text("[rules.metric-below-target]\ncsat = 4.5\n")
    assert cli("check", str(path), "--fail-on", "warning").exit_code == 0  # the map's 3.0 wins
    (tmp_path / "journeymap.toml").write_text("[rules.metric-below-target]\ncsat = 9\n")
    assert cli("check", str(path)).exit_code == 2  # outside 1..7: a configuration error


def test_a_broken_data_file_fails_check_like_a_broken_map(cli, tmp_path):
    path = project(tmp_path, 4.0)
    (tmp_path / "answers.csv").write_text("touchpoint,metric,score\ncheckuot,csat,4\n")
    result = cli("check", str(path))
    assert result.exit_code == 1
    assert "E132 data-unknown-id: touchpoint 'checkuot' is not in the map (1 answer)" in result.stdout
    assert "answers.csv:2:1" in result.stdout
    assert "hint: did you mean 'checkout'?" in result.stdout
    assert "2 | checkuot,csat,4" in result.stdout  # the data file's line, shown like a map's
    (tmp_path / "answers.csv").unlink()
    result = cli("check", str(path), "--format", "json")
    assert result.exit_code == 1
    assert "E130" in [f["code"] for f in json.loads(result.stdout)["findings"]]


def test_max_data_size_in_the_configuration(cli, tmp_path):
    path = project(tmp_path, 4.0)
    (tmp_path / "journeymap.toml").write_text('max-data-size = "100 B"\n')
    result = cli("check", str(path))
    assert result.exit_code == 1
    assert "E115" in result.stdout and "max-data-size" in result.stdout
    (tmp_path / "journeymap.toml").write_text('max-data-size = "lots"\n')
    result = cli("check", str(path))
    assert result.exit_code == 2
    assert "max-data-size must be a size" in result.stderr


def test_report_json_has_the_documented_keys(cli, monkeypatch):
    monkeypatch.chdir(ROOT)
    result = cli("report", "examples/meal-kit.yaml", "--format", "json")
    assert result.exit_code == 0, result.stdout
    measured = json.loads(result.stdout)["measured"]
    assert set(measured) == {"scale", "sources", "touchpoints", "stages", "segments"}
    assert set(measured["sources"][0]) == {"name", "path", "format", "rows", "answers", "unusable", "first_date", "last_date"}
    place = next(p for p in measured["touchpoints"] if p["touchpoint"] == "delivery-window")
    assert set(place) == {"stage", "stage_name", "touchpoint", "touchpoint_name", "segment", "team", "customers", "metrics"}
    (csat,) = place["metrics"]
    assert set(csat) == {
        "metric", "n", "value", "low", "high", "scale", "top2", "top2_low", "top2_high",
        "blank", "not_a_number", "out_of_range", "target", "top2_target", "below_target",
    }
    assert (csat["metric"], csat["n"], csat["target"], csat["below_target"]) == ("csat", 182, 3.8, True)
    assert {p["stage"] for p in measured["stages"]} >= {"onboarding", "advocacy"}
    assert {(p["touchpoint"], p["segment"]) for p in measured["segments"]} >= {("delivery-window", "dana"), ("delivery-window", "leo")}


def test_report_text_and_markdown_say_what_customers_said(cli, monkeypatch):
    monkeypatch.chdir(ROOT)
    text = cli("report", "examples/meal-kit.yaml").stdout
    assert "What customers said" in text and "Measured at each touchpoint" in text
    assert "In-app pulse surveys, Q3 2026 (tidy): 837 rows" in text
    markdown = cli("report", "examples/net-bank.ja.yaml", "--format", "md").stdout
    assert "## 顧客の声（測定値）" in markdown
    assert "| 口座開設 | スマホで本人確認（eKYC） | +1 | -0.64 | CSAT | ▼ 2.4/5 | 2.2 … 2.5 | 272 | 18% |" in markdown


def test_show_and_the_poster_mark_measured_touchpoints(cli, monkeypatch, tmp_path):
    monkeypatch.chdir(ROOT)
    shown = cli("show", "examples/meal-kit.yaml").stdout
    assert "◆ CSAT 2.3/5 · n 182 ▼" in shown
    out = tmp_path / "meal-kit.svg"
    assert cli("render", "examples/meal-kit.yaml", "-o", str(out)).exit_code == 0
    svg = out.read_text(encoding="utf-8")
    assert svg.count('<g class="measured">') == 8
    assert "▼ CSAT 2.3/5 · n 182" in svg
    # A fitted poster puts the owner beside the channel, on the mark's line: measured cards keep it short.
    out = tmp_path / "meal-kit-16x9.svg"
    assert cli("render", "examples/meal-kit.yaml", "--fit", "16:9", "-o", str(out)).exit_code == 0
    fitted = out.read_text(encoding="utf-8")
    assert fitted.count('<g class="measured">') == 8
    assert ">Chat · Owner: sales</text>" in fitted  # Pre-sales chat: no mark, room for both
    assert ">Web · Owner: product</text>" not in fitted  # Plan picker and Checkout carry a mark there
    assert fitted.count(">Web</text>") == 2


def test_diff_shows_how_metrics_moved(cli, tmp_path):
    old = project(tmp_path / "old", 4.0)
    new = project(tmp_path / "new", 4.0, scores=(2, 3) * 20)
    result = cli("diff", str(old), str(new))
    assert result.exit_code == 0
    assert "CSAT at 'Checkout': 4.0 → 2.5 (n 40 → 40)" in result.stdout
    markdown = cli("diff", str(old), str(new), "--format", "md").stdout
    assert "- ▼ CSAT at 'Checkout': 4.0 → 2.5 (n 40 → 40)" in markdown


def test_diff_rev_reads_the_data_as_it_was(cli, tmp_path, monkeypatch):
    if subprocess.run(["git", "--version"], capture_output=True).returncode != 0:
        pytest.skip("git is not installed")
    path = project(tmp_path, 4.0)
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.com"]
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    subprocess.run([*git, "add", "."], cwd=tmp_path, check=True)
    subprocess.run([*git, "commit", "-qm", "first survey"], cwd=tmp_path, check=True)
    project(tmp_path, 4.0, scores=(5,) * 40)
    result = cli("diff", str(path), "--rev", "HEAD")
    assert result.exit_code == 0, result.stdout
    assert "CSAT at 'Checkout': 4.0 → 5.0 (n 40 → 40)" in result.stdout


def test_explain_and_rules_know_the_data_rules(cli):
    assert "W230" in cli("rules").stdout
    explained = cli("explain", "cs-cx-gap").stdout
    assert "## What it does" in explained or "What it does" in explained
    assert "min-answers = 30" in explained
