"""Every E1xx code, with the exact line and column a user sees.

Each file in tests/cases/structural is a broken map whose `# expect:` lines
list every finding it must produce: code, optional file (relative to the
case), line:column. No more, no fewer.
"""

from __future__ import annotations

import re

import pytest

from journeymap.check.discover import display_path
from journeymap.load.loader import MapLoader
from journeymap.load.structural import CODES

from ..conftest import CASES, ROOT

CASE_DIR = CASES / "structural"
CASE_FILES = sorted(CASE_DIR.glob("*.yaml"))
_EXPECT = re.compile(r"^# expect: (E\d{3})(?: (\S+))? (\d+):(\d+)$", re.M)


def expected(case) -> set[tuple]:
    text = case.read_text(encoding="utf-8")
    found = set()
    for code, other, line, column in _EXPECT.findall(text):
        path = case if not other else case.parent / other
        found.add((code, display_path(str(path.relative_to(ROOT))), int(line), int(column)))
    if not found:  # only the empty-file case has no room for a comment
        found.add(("E113", display_path(str(case.relative_to(ROOT))), 1, 1))
    return found


@pytest.mark.parametrize("case", CASE_FILES, ids=[c.stem for c in CASE_FILES])
def test_case_yields_exactly_its_expected_findings(case, monkeypatch):
    monkeypatch.chdir(ROOT)
    loaded = MapLoader().load(str(case.relative_to(ROOT)))
    actual = {(f.code, f.path, f.line, f.column) for f in loaded.findings}
    assert actual == expected(case)
    assert loaded.journey is None, "a map with structural errors must not reach analysis or rendering"


def test_every_structural_code_has_a_case_or_a_dedicated_test():
    covered = {code for case in CASE_FILES for code, *_ in expected(case)}
    # E114 (encoding) and E115 (size) need bytes a text fixture cannot hold: see test_source.py.
    # E130-E132 are about survey files, which leave the map valid: see test_data.py.
    assert covered | {"E114", "E115", "E130", "E131", "E132"} == {c.code for c in CODES}


def test_every_structural_finding_says_what_to_type_instead(monkeypatch):
    monkeypatch.chdir(ROOT)
    without = [
        (case.name, finding.code, finding.message)
        for case in CASE_FILES
        for finding in MapLoader().load(str(case.relative_to(ROOT))).findings
        if not (finding.hint or "").strip()
    ]
    assert without == []
