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
    rows = ",\n    ".join(_compact(finding.to_dict(options.lang)) for finding in run.findings)
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


def _said(value, lang: str):
    """JSON values with every catalogue message said in ``lang`` (English by default)."""
    from journeymap.i18n import Msg, tr

    if isinstance(value, Msg):
        return tr(lang, value)
    if isinstance(value, dict):
        return {(tr(lang, k) if isinstance(k, Msg) else k): _said(v, lang) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_said(v, lang) for v in value]
    return value


def report_json(report, lang: str = "en") -> str:
    """The report's numbers as one JSON object (keys documented in docs/report.md)."""
    import dataclasses

    data = _said(dataclasses.asdict(report), lang)
    data.pop("lang", None)
    if not data["departments"]:
        del data["departments"]  # a map without a blueprint reports as it always did
    return json_safe(json.dumps(data, ensure_ascii=False, indent=2)) + "\n"


def diff_json(diff, lang: str = "en") -> str:
    """The diff as one JSON object, with the regressions that --fail-on-regression uses."""
    import dataclasses

    data = dataclasses.asdict(diff)
    data["introduced"] = [f.to_dict(lang) for f in diff.introduced]
    data["resolved"] = [f.to_dict(lang) for f in diff.resolved]
    data["regressions"] = diff.regressions()
    return json_safe(json.dumps(_said(data, lang), ensure_ascii=False, indent=2)) + "\n"


def compare_json(comparison, lang: str = "en") -> str:
    """The comparison of two states as one JSON object (keys documented in docs/report.md)."""
    import dataclasses

    data = _said(dataclasses.asdict(comparison), lang)
    data.pop("lang", None)
    return json_safe(json.dumps(data, ensure_ascii=False, indent=2)) + "\n"
