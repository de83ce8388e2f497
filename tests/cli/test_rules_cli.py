"""`journeymap rules` and `journeymap explain`."""

from __future__ import annotations

import json

from journeymap.rules import RULES


def test_rules_lists_every_code_with_severity_and_summary(cli):
    result = cli("rules")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["CODE", "NAME", "SEVERITY", "SUMMARY"]
    rows = [line for line in lines if line[:1] in "EWI" and line[1:4].isdigit()]
    assert len([r for r in rows if r[0] in "WI"]) >= 15
    assert any(r.startswith("W204  single-channel-stage") and "warning" in r for r in rows)
    assert len(RULES) >= 15


def test_rules_as_json(cli):
    rows = json.loads(cli("rules", "-f", "json").stdout)
    assert {"code": "W211", "name": "critical-moment", "severity": "warning",
            "summary": "A touchpoint is scored at the bottom of the scale."} in rows


def test_explain_by_code_and_by_name_gives_the_same_text(cli):
    by_code = cli("explain", "W204")
    assert by_code.exit_code == 0
    assert by_code.stdout == cli("explain", "single-channel-stage").stdout == cli("explain", "w204").stdout
    for section in ("What it does", "Why it matters", "Example", "How to fix", "Turning it off"):
        assert f"## {section}" in by_code.stdout


def test_explain_shows_the_threshold_in_force_in_scale_units(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert "threshold = -0.25 (-0.5 on -2..2, 2.5 on 1..5)" in cli("explain", "W201").stdout
    (tmp_path / "journeymap.toml").write_text("[rules.low-stage-emotion]\nthreshold = -0.5\nseverity = 'error'\n")
    out = cli("explain", "W201").stdout
    assert "In force here (journeymap.toml)" in out
    assert "threshold = -0.5 (-1 on -2..2, 2 on 1..5); default -0.25" in out
    assert "severity = error (default warning)" in out


def test_explain_structural_code(cli):
    out = cli("explain", "E101").stdout
    assert out.startswith("# E101 Duplicate key (duplicate-key, error)")
    assert "cannot be ignored" in out


def test_explain_unknown_code_suggests_the_nearest(cli):
    result = cli("explain", "critical-moments")
    assert result.exit_code == 2
    assert "did you mean critical-moment?" in result.stderr
