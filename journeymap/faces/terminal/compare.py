"""The comparison of two states for a terminal: the CX score, a table of stage changes, then lists."""

from __future__ import annotations

from io import StringIO

from journeymap.faces.comparison import cx_line, head, nothing, sections, stage_table
from journeymap.i18n import speaker
from journeymap.messages import compare as M
from journeymap.textwidth import wrap
from journeymap.views.compare import Comparison


def render(comparison: Comparison, lang: str | None = None, width: int = 100, color: bool = False) -> str:
    from rich import box
    from rich.cells import cell_len
    from rich.table import Table

    from journeymap.faces.styled import safe_console

    lang = lang or comparison.lang
    w = speaker(lang)
    buffer = StringIO()
    console = safe_console(file=buffer, width=width, color_system="standard" if color else None, force_terminal=color)
    console.print(comparison.title, style="bold")
    console.out(head(comparison, lang), highlight=False)
    console.print(cx_line(comparison, lang), style="bold")
    console.print()
    header, rows = stage_table(comparison, lang)
    grid = Table(title=w(M.EMOTION_CHANGE), title_justify="left", box=box.SIMPLE_HEAD, title_style="bold", header_style="bold")
    for name in header:
        grid.add_column(name, overflow="fold", min_width=cell_len(name))
    for row in rows:
        grid.add_row(*row)
    console.print(grid)
    out = []
    for mark, title, lines in sections(comparison, lang):
        out.append(title)
        for line in lines or [nothing(lang)]:
            head_ = f"  {mark if lines else ' '} "
            for part in wrap(line, max(10, width - len(head_))):
                out.append(head_ + part)
                head_ = " " * len(head_)
        out.append("")
    console.out("\n".join(out), highlight=False)
    # rich pads table lines to the table's width; trailing blanks only get in the way.
    return "\n".join(line.rstrip() for line in buffer.getvalue().splitlines()).rstrip() + "\n"
