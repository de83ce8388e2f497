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
    lang: str = "en"  # the language of messages and words (machine formats: English unless asked)


def get_reporter(name: str):
    return importlib.import_module(REPORTERS[name]).report


# The faces of a report and of a diff, by --format name: module and function, imported when chosen.
REPORT_FACES = {
    "text": ("journeymap.faces.terminal.report", "render"),
    "md": ("journeymap.faces.markdown.report", "render"),
    "json": ("journeymap.faces.jsonout", "report_json"),
}
DIFF_FACES = {
    "text": ("journeymap.faces.terminal.diff", "render"),
    "md": ("journeymap.faces.markdown.diff", "render"),
    "json": ("journeymap.faces.jsonout", "diff_json"),
}

COMPARE_FACES = {
    "text": ("journeymap.faces.terminal.compare", "render"),
    "md": ("journeymap.faces.markdown.compare", "render"),
    "json": ("journeymap.faces.jsonout", "compare_json"),
}


def get_face(table: dict, name: str):
    module, function = table[name]
    return getattr(importlib.import_module(module), function)
