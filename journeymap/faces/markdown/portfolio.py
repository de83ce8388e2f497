"""`report` of several maps as markdown: for a pull-request comment or a wiki page."""

from __future__ import annotations

from journeymap.faces.markdown.report import _cell, _table
from journeymap.faces.portfolio import cx_sentence, facts, sections
from journeymap.i18n import speaker
from journeymap.messages import site as S
from journeymap.views.portfolio import Portfolio


def render(portfolio: Portfolio, lang: str, top: int = 10) -> str:
    w = speaker(lang)
    out = [f"# {w(S.PORTFOLIO_TITLE)}", "", facts(portfolio, lang), "", f"**{cx_sentence(portfolio, lang)}**", ""]
    for title, (header, rows), numeric in sections(portfolio, lang, top):
        out += [f"## {w(title)}", ""]
        out += _table(header, rows, numeric) if rows else [w(S.NONE_HERE)]
        out.append("")
    if portfolio.broken:
        out += [f"## {w(S.LEFT_OUT)}", ""]
        out += [f"- `{_cell(j.path)}`" for j in portfolio.broken]
        out.append("")
    return "\n".join(out).rstrip() + "\n"
