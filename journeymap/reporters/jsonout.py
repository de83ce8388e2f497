"""Findings as one JSON object (schema documented in docs/json-output.md).

    {"version": 1, "files": [...], "findings": [...], "summary": {...}}

Keys are always present and in this order; output is byte-identical for the
same input, so it can be diffed and cached.
"""

from __future__ import annotations

import json

from ..findings import count_by_severity
from . import ReportOptions

SCHEMA_VERSION = 1


def report(run, options: ReportOptions) -> str:
    document = {
        "version": SCHEMA_VERSION,
        "files": list(run.files),
        "findings": [finding.to_dict() for finding in run.findings],
        "summary": {**count_by_severity(run.findings), "files": len(run.files)},
        "problems": list(run.problems),
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
