"""The report for a terminal: rich tables that measure Japanese text by display width."""

from __future__ import annotations

from io import StringIO

from journeymap.faces.tables import (
    coverage_table,
    cx_line,
    department_lines,
    emotion_table,
    facts_line,
    findings_table,
    opportunity_line,
    phase_column_helps,
    pain_lines,
    pain_table,
    values_table,
    weakness_lines,
)
from journeymap.i18n import speaker, tr
from journeymap.messages import blueprint as B
from journeymap.messages import views as V
from journeymap.messages.data import MEASURED_TITLE
from journeymap.textwidth import wrap
from journeymap.views.report import Report

NARROW = 80  # below this width the pain points are a list, not a six-column table


def render(report: Report, width: int = 100, color: bool = False, lang: str | None = None) -> str:
    from rich import box
    from rich.cells import cell_len
    from rich.table import Table

    from journeymap.faces.styled import safe_console

    lang = lang or report.lang
    w = speaker(lang)
    buffer = StringIO()
    console = safe_console(file=buffer, width=width, color_system="standard" if color else None, force_terminal=color)

    def table(title, header, rows, right=frozenset(), caption=None) -> None:
        grid = Table(
            title=title,
            caption=caption,
            title_justify="left",
            caption_justify="left",
            box=box.SIMPLE_HEAD,
            title_style="bold",
            header_style="bold",
            caption_style="",
        )
        for i, name in enumerate(header):
            # A header keeps its width ("Touchpoints", not "Touchpoin/ts"); cells wrap at spaces first.
            grid.add_column(name, justify="right" if i in right else "left", overflow="fold", min_width=cell_len(name))
        for row in rows:
            grid.add_row(*row)
        console.print(grid)

    console.print(report.title, style="bold")
    console.print(facts_line(report, lang, report.path))
    console.print(cx_line(report, lang), style="bold")
    console.print()
    # Narrow terminals drop the phase column rather than break every word in it.
    with_phase = width >= 70 and phase_column_helps(report, lang)
    header, rows = emotion_table(report, lang, with_phase)
    table(w(V.EMOTION_BY_STAGE), header, rows, set(range(2 if with_phase else 1, len(header))))
    console.print(w(V.WEAKEST_STAGES), style="bold")
    def listing(marks_and_lines, indent: int = 4) -> None:
        # Wrapped lines stay indented under their text. Wrapped here rather than in a rich
        # grid: a backlog of thousands of items took rich seconds to measure.
        out = []
        for mark, text in marks_and_lines:
            head, rest = mark.rjust(indent) + " ", " " * (indent + 1)
            for paragraph in text.split("\n"):
                for line in wrap(paragraph, max(10, width - indent - 1)):
                    out.append(head + line)
                    head = rest
        console.out("\n".join(out), highlight=False)

    listing((f"{i}.", line) for i, line in enumerate(weakness_lines(report, lang) or [w(V.NO_WEAK_STAGE)], 1))
    console.print()
    if report.pains and width >= NARROW:
        header, rows = pain_table(report, lang)
        table(w(V.TOP_PAINS), header, rows, {0, 5})
    elif report.pains:
        # Six columns in a narrow terminal break every word; a list reads at any width.
        console.print(w(V.TOP_PAINS), style="bold")
        listing((f"{i}.", f"{what}\n{where}") for i, (what, where) in enumerate(pain_lines(report, lang), 1))
        console.print()
    console.print(w(V.BACKLOG), style="bold")
    for owner, items in report.backlog.items():
        console.print(f"  {tr(lang, owner)}", style="bold")
        listing((("•", opportunity_line(o, lang)) for o in items), indent=5)
    console.print()
    if report.departments:
        console.print(w(B.REPORT_DEPARTMENTS), style="bold")
        for name, lines in department_lines(report, lang):
            console.print(f"  {name}", style="bold")
            listing((("•", line) for line in lines), indent=5)
        console.print()
    if report.personas:
        header, rows = coverage_table(report, lang)
        table(w(V.CHANNEL_COVERAGE), header, rows)
        listing([("", w(V.COVERAGE_LEGEND))], indent=1)
        console.print()
    header, rows = values_table(report, lang)
    table(w(V.VALUES), header, rows, {1})
    if report.measured is not None:
        from journeymap.faces.measured import legend, sections, source_lines

        console.print(w(MEASURED_TITLE), style="bold")
        listing([("•", line) for line in source_lines(report.measured, lang)])
        for title, header, rows, right in sections(report.measured, lang):
            table(title, header, rows, right)
        listing([("", legend(report.measured, lang))], indent=1)
        console.print()
    if report.finding_counts:
        header, rows = findings_table(report, lang)
        table(w(V.FINDINGS), header, rows, {1})
    # rich pads every table line to the table's width; trailing blanks only get in the way.
    return "\n".join(line.rstrip() for line in buffer.getvalue().splitlines()) + "\n"
