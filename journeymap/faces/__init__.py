"""Reporters turn a check run into text for people or for tools.

Each reporter is a function ``(run, options) -> Output``; the table below maps
``--format`` names to the module that holds it, imported only when chosen so
that ``--format json`` never loads rich.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

REPORTERS = {
    "text": "journeymap.faces.text",
    "json": "journeymap.faces.jsonout",
    "github": "journeymap.faces.github",
    "sarif": "journeymap.faces.sarif",
    "concise": "journeymap.faces.concise",
}
# Formats whose standard output only a tool reads: the summary for people goes to stderr.
MACHINE_FORMATS = frozenset({"json", "sarif", "github", "concise"})


@dataclass(frozen=True)
class ReportOptions:
    fail_on: str = "error"
    color: bool = False
    summary: bool = True
    width: int | None = None  # terminal columns, when known


def get_reporter(name: str):
    return importlib.import_module(REPORTERS[name]).report
