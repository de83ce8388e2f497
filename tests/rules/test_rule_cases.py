"""Every rule, data-driven: each case is a small map with the exact findings of its rule.

tests/cases/rules/<code>-fail*.yaml list their `# expect: CODE line:column`
lines; <code>-pass*.yaml expect none of that rule. All rules run, and only
the findings of the case's rule are compared, so the cases also prove the
rules do not depend on each other's selection.
"""

from __future__ import annotations

import re

import pytest

from journeymap.check.engine import Engine
from journeymap.load.loader import MapLoader
from journeymap.rules import RULES

from ..conftest import CASES

CASE_DIR = CASES / "rules"
CASE_FILES = sorted(CASE_DIR.glob("*.yaml"))
_EXPECT = re.compile(r"^# expect: ([EWI]\d{3}) (\d+):(\d+)$", re.M)


def rule_findings(case):
    loaded = MapLoader().load(str(case))
    assert loaded.ok, loaded.findings
    code = case.stem.split("-")[0].upper()
    return code, {(f.code, f.line, f.column) for f in Engine().run(loaded.journey) if f.code == code}


@pytest.mark.parametrize("case", CASE_FILES, ids=lambda p: p.stem)
def test_rule_case(case):
    code, actual = rule_findings(case)
    expected = {(c, int(line), int(col)) for c, line, col in _EXPECT.findall(case.read_text(encoding="utf-8"))}
    if "-pass" in case.stem:
        assert not expected
    assert actual == expected


def test_every_rule_has_a_pass_and_a_fail_case():
    stems = {case.stem for case in CASE_FILES}
    for rule in RULES:
        prefix = rule.code.lower()
        assert any(s.startswith(prefix + "-fail") for s in stems), f"{rule.code} has no failing case"
        assert any(s.startswith(prefix + "-pass") for s in stems), f"{rule.code} has no passing case"
