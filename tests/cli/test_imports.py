"""Speed: the check path imports only what it needs."""

from __future__ import annotations

import subprocess
import sys

from ..conftest import EXAMPLES

PROBE = """
import sys
from journeymap.cli import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
heavy = sorted({m.split('.')[0] for m in sys.modules} & {'rich', 'graphviz', 'pydantic', 'jsonschema', 'hypothesis'})
sys.stderr.write('HEAVY=' + ','.join(heavy) + '\\n')
"""


def imported_heavy_modules(*args: str) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-c", PROBE, *args], capture_output=True, text=True, env={"NO_COLOR": "1", "PATH": ""}
    )
    line = [l for l in result.stderr.splitlines() if l.startswith("HEAVY=")][0]
    return [m for m in line[len("HEAVY="):].split(",") if m]


def test_json_check_imports_neither_rich_nor_graphviz():
    assert imported_heavy_modules("check", str(EXAMPLES), "--format", "json") == []


def test_text_check_into_a_pipe_imports_neither_rich_nor_graphviz():
    assert imported_heavy_modules("check", str(EXAMPLES)) == []
