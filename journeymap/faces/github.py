"""Findings as GitHub Actions workflow commands, so they show up as annotations.

    ::error file=maps/a.yaml,line=6,col=5,endLine=6,endColumn=9,title=E101 duplicate-key::duplicate key …

GitHub's escaping: in the message, % CR LF become %25 %0D %0A; in properties,
also : and , become %3A and %2C.
"""

from __future__ import annotations

from journeymap.faces import ReportOptions
from journeymap.i18n import say, tr
from journeymap.messages import cli as C
from journeymap.textsafe import terminal_safe

COMMAND = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(value: str) -> str:
    # GitHub's own escapes first (the runner turns them back); any other control shown visibly.
    return terminal_safe(value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def escape_property(value: str) -> str:
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def report(run, options: ReportOptions) -> str:
    out = []
    for f in run.findings:
        properties = {
            "file": f.path,
            "line": f.line,
            "col": f.column,
            "endLine": f.end_line,
            "endColumn": f.end_column,
            "title": f"{f.code} {f.name}",
        }
        props = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items())
        message = tr(options.lang, f.message)
        if f.hint:
            message += f"\n{tr(options.lang, say(C.HINT))}: {tr(options.lang, f.hint)}"
        out.append(f"::{COMMAND[f.severity.value]} {props}::{escape_data(message)}")
    for problem in run.problems:
        out.append(f"::error ::{escape_data(problem)}")
    return "".join(line + "\n" for line in out)
