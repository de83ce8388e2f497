"""The report as GitHub-flavoured markdown: for a pull-request comment or a wiki page."""

from __future__ import annotations

from journeymap.faces.tables import (
    coverage_table,
    cx_line,
    department_lines,
    emotion_table,
    facts_line,
    findings_table,
    opportunity_line,
    phase_column_helps,
    pain_table,
    values_table,
    weakness_lines,
)
from journeymap.i18n import speaker, tr
from journeymap.messages import blueprint as B
from journeymap.messages import views as V
from journeymap.messages.data import MEASURED_TITLE
from journeymap.views.report import Report


def _cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def _table(header: list[str], rows: list[list[str]], numeric: set[int] = frozenset()) -> list[str]:
    lines = ["| " + " | ".join(_cell(h) for h in header) + " |"]
    lines.append("| " + " | ".join("---:" if i in numeric else "---" for i in range(len(header))) + " |")
    lines.extend("| " + " | ".join(_cell(c) for c in row) + " |" for row in rows)
    return lines


def render(report: Report, lang: str | None = None) -> str:
    lang = lang or report.lang
    w = speaker(lang)
    out = [
        f"# {_cell(report.title)}",
        "",
        facts_line(report, lang, f"`{report.path}`"),
        "",
        f"**{cx_line(report, lang)}**",
        "",
        f"## {w(V.EMOTION_BY_STAGE)}",
        "",
    ]
    header, rows = emotion_table(report, lang)
    out += _table(header, rows, set(range(2 if phase_column_helps(report, lang) else 1, len(header))))
    out += ["", f"## {w(V.WEAKEST_STAGES)}", ""]
    out += [f"{i}. {_cell(line)}" for i, line in enumerate(weakness_lines(report, lang), 1)] or [w(V.NO_WEAK_STAGE)]
    out += ["", f"## {w(V.TOP_PAINS)}", ""]
    if report.pains:
        header, rows = pain_table(report, lang)
        out += _table(header, rows, {0, 5})
    else:
        out.append(w(V.NO_PAINS))
    out += ["", f"## {w(V.BACKLOG)}", ""]
    if not report.backlog:
        out.append(w(V.NO_OPPORTUNITIES))
    for owner, items in report.backlog.items():
        out += [f"### {_cell(tr(lang, owner))}", ""]
        out += [f"- [ ] {_cell(opportunity_line(o, lang))}" for o in items]
        out.append("")
    if report.departments:
        out += [f"## {w(B.REPORT_DEPARTMENTS)}", ""]
        for name, lines in department_lines(report, lang):
            out += [f"### {_cell(name)}", ""]
            out += [f"- {_cell(line)}" for line in lines]
            out.append("")
    if report.personas:
        out += [f"## {w(V.CHANNEL_COVERAGE)}", "", w(V.COVERAGE_LEGEND), ""]
        header, rows = coverage_table(report, lang)
        out += _table(header, rows)
        out.append("")
    out += [f"## {w(V.VALUES)}", ""]
    header, rows = values_table(report, lang)
    out += _table(header, rows, {1})
    if report.measured is not None:
        from journeymap.faces.measured import legend, sections, source_lines

        out += ["", f"## {w(MEASURED_TITLE)}", ""] + [f"- {_cell(line)}" for line in source_lines(report.measured, lang)]
        for title, header, rows, right in sections(report.measured, lang):
            out += ["", f"### {title}", ""] + _table(header, rows, right)
        out += ["", legend(report.measured, lang)]
    if report.finding_counts:
        out += ["", f"## {w(V.FINDINGS)}", ""]
        header, rows = findings_table(report, lang)
        out += _table(header, rows, {1})
    return "\n".join(out).rstrip() + "\n"
