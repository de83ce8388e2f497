"""`report` of several maps in the terminal: the portfolio's sections as rich tables."""

from __future__ import annotations

from io import StringIO

from journeymap.faces.portfolio import cx_sentence, facts, sections
from journeymap.i18n import speaker
from journeymap.messages import site as S
from journeymap.views.portfolio import Portfolio


def render(portfolio: Portfolio, width: int = 100, color: bool = False, lang: str = "en", top: int = 10) -> str:
    from rich import box
    from rich.cells import cell_len
    from rich.table import Table

    from journeymap.faces.styled import safe_console

    w = speaker(lang)
    buffer = StringIO()
    console = safe_console(file=buffer, width=width, color_system="standard" if color else None, force_terminal=color)
    console.print(w(S.PORTFOLIO_TITLE), style="bold")
    console.print(facts(portfolio, lang))
    console.print(cx_sentence(portfolio, lang), style="bold")
    console.print()
    for title, (header, rows), right in sections(portfolio, lang, top):
        if not rows:
            console.print(w(title), style="bold")
            console.print("  " + w(S.NONE_HERE))
            console.print()
            continue
        grid = Table(title=w(title), title_justify="left", box=box.SIMPLE_HEAD, title_style="bold", header_style="bold")
        for i, name in enumerate(header):
            grid.add_column(name, justify="right" if i in right else "left", overflow="fold", min_width=cell_len(name))
        for row in rows:
            grid.add_row(*row)
        console.print(grid)
    if portfolio.broken:
        console.print(w(S.LEFT_OUT), style="bold")
        for journey in portfolio.broken:
            console.print("  " + journey.path)
    return "\n".join(line.rstrip() for line in buffer.getvalue().splitlines()) + "\n"
