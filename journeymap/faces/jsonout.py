"""Findings as one JSON object (schema documented in docs/json-output.md).

    {"version": 1, "files": [...], "findings": [...], "summary": {...}}

Keys are always present and in this order, one finding per line; output is
byte-identical for the same input, so it can be diffed and cached.
"""

from __future__ import annotations

import json

from journeymap.faces import ReportOptions
from journeymap.findings import count_by_severity
from journeymap.textsafe import json_safe

SCHEMA_VERSION = 1


def _compact(value) -> str:
    return json.dumps(value, ensure_ascii=False)


def report(run, options: ReportOptions) -> str:
    # One finding per line: readable, diff-friendly, and encoded by json's C encoder
    # (indent= switches json to its pure-Python encoder: 0.3 s on a 10,000-touchpoint map).
    rows = ",\n    ".join(_compact(finding.to_dict()) for finding in run.findings)
    findings = "[\n    " + rows + "\n  ]" if rows else "[]"
    summary = {**count_by_severity(run.findings), "files": len(run.files)}
    return json_safe(
        "{\n"
        f'  "version": {SCHEMA_VERSION},\n'
        f'  "files": {_compact(list(run.files))},\n'
        f'  "findings": {findings},\n'
        f'  "summary": {_compact(summary)},\n'
        f'  "problems": {_compact(list(run.problems))}\n'
        "}\n"
    )
