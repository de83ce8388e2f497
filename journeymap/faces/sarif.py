"""Findings as SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.

Every code is described in ``tool.driver.rules`` with its summary and its full
documentation (``help.markdown``), so code scanning shows why a stage is weak
and how to fix it. Paths stay relative to where journeymap ran (upload from
the repository root); columns count Unicode code points.
"""

from __future__ import annotations

import json
from urllib.parse import quote

from journeymap import __version__
from journeymap.check.codes import description, entries
from journeymap.faces import ReportOptions
from journeymap.i18n import say, tr
from journeymap.messages import cli as C
from journeymap.textsafe import json_safe

LEVELS = {"error": "error", "warning": "warning", "info": "note"}
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def _uri(path: str) -> str:
    if path.startswith("/"):
        return "file://" + quote(path)
    return quote(path)


def _rule(entry) -> dict:
    return {
        "id": entry.code,
        "name": entry.name,
        "shortDescription": {"text": entry.summary},
        "fullDescription": {"text": " ".join(description(entry).split())},
        "help": {"text": entry.doc, "markdown": entry.doc},
        "defaultConfiguration": {"level": LEVELS[entry.severity.value]},
        "properties": {"tags": ["customer-journey", "structure" if entry.structural else "weak-stage"]},
    }


def _result(finding, index: int, lang: str) -> dict:
    message = tr(lang, finding.message)
    text = tr(lang, say(C.WITH_HINT, message=message, hint=finding.hint)) if finding.hint else message
    location = {"uri": _uri(finding.path)}
    if not finding.path.startswith("/"):
        location["uriBaseId"] = "%SRCROOT%"
    return {
        "ruleId": finding.code,
        "ruleIndex": index,
        "level": LEVELS[finding.severity.value],
        "message": {"text": text},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": location,
                    "region": {
                        "startLine": finding.line,
                        "startColumn": finding.column,
                        "endLine": finding.end_line,
                        "endColumn": max(finding.end_column, finding.column + 1)
                        if finding.end_line == finding.line
                        else finding.end_column,
                    },
                }
            }
        ],
    }


def report(run, options: ReportOptions) -> str:
    catalogue = entries()
    index = {entry.code: i for i, entry in enumerate(catalogue)}
    invocation = {"executionSuccessful": not run.problems}
    if run.problems:
        invocation["toolExecutionNotifications"] = [
            {"level": "error", "message": {"text": problem}} for problem in run.problems
        ]
    document = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "journeymap",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "rules": [_rule(entry) for entry in catalogue],
                    }
                },
                "invocations": [invocation],
                "columnKind": "unicodeCodePoints",
                "results": [_result(f, index[f.code], options.lang) for f in run.findings],
            }
        ],
    }
    return json_safe(json.dumps(document, ensure_ascii=False, indent=2)) + "\n"
