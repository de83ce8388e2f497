"""Findings for people: grouped by file, each with its source line and a caret.

    error E101 duplicate-key: duplicate key 'name' (first defined on line 5)
     --> examples/coffee.yaml:6:5
      |
    6 |     name: Aiko again
      |     ^^^^
      = hint: delete one of the two; YAML would silently keep only the last value
"""

from __future__ import annotations

from ..findings import Finding
from ..textwidth import truncate, width
from . import ReportOptions
from .styled import StyledLine
from .summary import summary_line

SEVERITY_STYLE = {"error": "bold red", "warning": "bold yellow", "info": "bold cyan"}
_MAX_SOURCE_COLUMNS = 160


def report(run, options: ReportOptions) -> list[StyledLine]:
    lines: list[StyledLine] = []
    previous_path = None
    for finding in run.findings:
        if previous_path is not None and finding.path != previous_path:
            lines.append([("", None)])
        previous_path = finding.path
        lines.extend(finding_lines(finding, run.sources.get(finding.path)))
    for problem in run.problems:
        lines.append([("journeymap: error: ", "bold red"), (problem, None)])
    if options.summary:
        if lines:
            lines.append([("", None)])
        style = "bold red" if run.failing(options.fail_on) or run.problems else "bold green"
        lines.append([(summary_line(len(run.files), run.findings), style)])
    return lines


def finding_lines(finding: Finding, text: str | None) -> list[StyledLine]:
    style = SEVERITY_STYLE[finding.severity.value]
    lines: list[StyledLine] = [
        [
            (finding.severity.value, style),
            (" ", None),
            (finding.code, "bold"),
            (" ", None),
            (finding.name, "bold"),
            (": ", None),
            (finding.message, "bold"),
        ]
    ]
    gutter = " " * len(str(finding.line))
    lines.append([(f"{gutter}--> ", "blue"), (f"{finding.path}:{finding.line}:{finding.column}", None)])
    source_line = _source_line(text, finding.line)
    if source_line is not None:
        shown, caret_at, caret_width = _caret(source_line, finding)
        lines.append([(f"{gutter} |", "blue")])
        lines.append([(f"{finding.line} | ", "blue"), (shown, None)])
        lines.append([(f"{gutter} | ", "blue"), (" " * caret_at + "^" * caret_width, style)])
    if finding.hint:
        lines.append([(f"{gutter} = ", "blue"), ("hint: ", "bold cyan"), (finding.hint, None)])
    return lines


def _source_line(text: str | None, line: int) -> str | None:
    if not text:
        return None
    lines = text.splitlines()
    if not 0 < line <= len(lines):
        return None
    return lines[line - 1]


def _caret(source_line: str, finding: Finding) -> tuple[str, int, int]:
    """The line as shown, and where (in display columns) the caret starts and how wide it is."""
    clean = "".join(c if c.isprintable() else " " for c in source_line)
    start = min(finding.column - 1, len(clean))
    if finding.end_line == finding.line and finding.end_column > finding.column:
        end = min(finding.end_column - 1, len(clean))
    else:
        end = len(clean.rstrip())
    caret_at = width(clean[:start])
    caret_width = max(1, width(clean[start:end]))
    shown = truncate(clean.rstrip(), _MAX_SOURCE_COLUMNS)
    if caret_at >= _MAX_SOURCE_COLUMNS:
        caret_at, caret_width = width(shown) - 1, 1
    return shown, caret_at, min(caret_width, max(1, _MAX_SOURCE_COLUMNS - caret_at))
