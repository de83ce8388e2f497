"""The demonstration map yields exactly these findings: every W rule at least once."""

from __future__ import annotations

from journeymap.check.engine import Engine
from journeymap.load.loader import MapLoader
from journeymap.rules import RULES

from ..conftest import ROOT

EXPECTED = [
    ("I301", 6, 1), ("I302", 6, 1), ("W209", 6, 1),
    ("W208", 25, 5),
    ("W201", 48, 5), ("W202", 48, 5), ("W205", 48, 5), ("W208", 48, 5),
    ("W206", 62, 9),
    ("I303", 71, 5), ("W203", 71, 5),
    ("W201", 75, 5), ("W201", 75, 5), ("W202", 75, 5), ("W204", 75, 5), ("W208", 75, 5), ("W208", 75, 5),
    ("W210", 75, 5), ("W210", 75, 5),
    ("W213", 80, 14),
    ("W211", 82, 9),
    ("W207", 91, 9), ("W212", 91, 9),
    # The blueprint of the confirmation page and the delivery slot picker.
    ("W223", 97, 11), ("W224", 101, 15), ("W224", 102, 15), ("W221", 107, 15), ("W222", 109, 15),
    ("W206", 110, 9), ("W220", 119, 23),
]


def test_demonstration_map_findings(monkeypatch):
    monkeypatch.chdir(ROOT)
    loaded = MapLoader().load("examples/weak-signup.yaml")
    assert loaded.ok, loaded.findings
    findings = sorted(Engine().run(loaded.journey), key=lambda f: f.sort_key)
    assert [(f.code, f.line, f.column) for f in findings] == EXPECTED


# Rules that compare a future map with its current map: one map cannot show them (their cases are
# in tests/cases/rules/w22*.yaml, the example pairs in examples/*.current*.yaml and *.future*.yaml).
COMPARING_STATES = {"W240", "W241", "W242"}


def test_demonstration_map_triggers_every_weak_stage_rule():
    # The measured-data rules (W23x) need survey files; the data examples demonstrate them.
    # The rules comparing states (W24x) need a current and a future map; the meal-kit pair demonstrates them.
    weak_stage_rules = {rule.code for rule in RULES if rule.code.startswith("W") and not rule.code.startswith("W23")}
    assert {code for code, _, _ in EXPECTED} >= weak_stage_rules - COMPARING_STATES
