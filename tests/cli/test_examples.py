"""Every example is a valid map with no errors; `journeymap check examples/` exits 0."""

from __future__ import annotations

import pytest

from journeymap.load.loader import MapLoader

from ..conftest import EXAMPLES, ROOT

EXAMPLE_FILES = sorted(EXAMPLES.glob("*.yaml"))


@pytest.mark.parametrize("example", EXAMPLE_FILES, ids=lambda p: p.name)
def test_example_loads_without_findings(example, monkeypatch):
    monkeypatch.chdir(ROOT)
    loaded = MapLoader().load(str(example.relative_to(ROOT)))
    assert loaded.findings == []
    assert loaded.ok


def test_check_examples_exits_zero(cli, monkeypatch):
    monkeypatch.chdir(ROOT)
    result = cli("check", "examples/")
    assert result.exit_code == 0, result.stdout


def test_examples_cover_english_japanese_personas_refs_evidence_and_both_scales(monkeypatch):
    monkeypatch.chdir(ROOT)
    journeys = [MapLoader().load(str(p.relative_to(ROOT))).journey for p in EXAMPLE_FILES]
    assert any(any("認" in s.name for s in j.stages) for j in journeys)
    assert any(p.ref for j in journeys for p in j.personas)
    assert any(len(j.personas) >= 3 for j in journeys)
    assert any(tp.evidence for j in journeys for _, tp in j.touchpoints())
    assert {(j.scale.min, j.scale.max) for j in journeys} >= {(-2, 2), (1, 5)}
