"""The report as GitHub-flavoured markdown: for a pull-request comment or a wiki page."""

from __future__ import annotations

from journeymap.faces.tables import (
    COVERAGE_LEGEND,
    coverage_table,
    cx_line,
    emotion_table,
    pain_table,
    score,
    values_table,
    weakness_lines,
)
from journeymap.views.report import Report


def _cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def _table(header: list[str], rows: list[list[str]], numeric: set[int] = frozenset()) -> list[str]:
    lines = ["| " + " | ".join(_cell(h) for h in header) + " |"]
    lines.append("| " + " | ".join("---:" if i in numeric else "---" for i in range(len(header))) + " |")
    lines.extend("| " + " | ".join(_cell(c) for c in row) + " |" for row in rows)
    return lines


def render(report: Report) -> str:
    personas = ", ".join(name for _, name in report.personas) or "no personas"
    out = [
        f"# {_cell(report.title)}",
        "",
        f"`{report.path}` · scale {report.scale} · {personas}",
        "",
        f"**{cx_line(report)}**",
        "",
        "## Emotion by stage",
        "",
    ]
    header, rows = emotion_table(report)
    out += _table(header, rows, set(range(2, len(header))))
    out += ["", "## Weakest stages", ""]
    out += [f"{i}. {_cell(line)}" for i, line in enumerate(weakness_lines(report), 1)] or ["No stage is below the rest."]
    out += ["", "## Top pain points", ""]
    if report.pains:
        header, rows = pain_table(report)
        out += _table(header, rows, {0, 5})
    else:
        out.append("No pain points recorded.")
    out += ["", "## Opportunity backlog by owner", ""]
    if not report.backlog:
        out.append("No opportunities recorded.")
    for owner, items in report.backlog.items():
        out += [f"### {_cell(owner)}", ""]
        out += [
            f"- [ ] {_cell(o.text)} — {_cell(o.stage)} / {_cell(o.touchpoint)} (worst {score(o.worst)})" for o in items
        ]
        out.append("")
    if report.personas:
        out += ["## Channel coverage", "", COVERAGE_LEGEND, ""]
        header, rows = coverage_table(report)
        out += _table(header, rows)
        out.append("")
    out += ["## Experiential values", ""]
    header, rows = values_table(report)
    out += _table(header, rows, {1})
    if report.finding_counts:
        out += ["", "## Findings", ""]
        out += _table(["Rule", "Count"], [[k, str(v)] for k, v in report.finding_counts.items()], {1})
    return "\n".join(out).rstrip() + "\n"
