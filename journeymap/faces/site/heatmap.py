"""The stage × journey heat map: which stage is weak in every journey, which journey everywhere.

A row per journey, a column per phase (stages meet by their phase, in the
canonical order; a stage without one has its own column), each cell the
stage's average emotion over personas on the 0–100 scale, on the palette's
score colour with the number written in it (so it reads without colour),
and a last row with each column's average over the journeys that have it.
"""

from __future__ import annotations

from journeymap.faces.poster.markup import escape
from journeymap.faces.portfolio import column_name
from journeymap.faces.site.page import document, link, site_footer
from journeymap.i18n import speaker
from journeymap.messages import site as S
from journeymap.views.palette import score_color
from journeymap.views.portfolio import Portfolio, as_100


def _cell(relative: float | None, title: str) -> str:
    if relative is None:
        return '<td class="cell"></td>'
    background = score_color(relative)
    color = "#ffffff" if abs(relative) > 0.55 else "#1f2328"
    return f'<td class="cell" style="background: {background}; color: {color}" title="{escape(title)}">{as_100(relative):g}</td>'


def heatmap_page(portfolio: Portfolio, lang: str) -> str:
    w = speaker(lang)
    names = [column_name(c, lang) for c in portfolio.columns]
    head = f"<th>{escape(w(S.COLUMN_JOURNEY))}</th>" + "".join(f'<th class="col">{escape(n)}</th>' for n in names)
    rows = []
    for journey in sorted(portfolio.journeys, key=lambda j: (j.title.casefold(), j.path)):
        if not journey.ok:
            continue
        cells = []
        for column, name in zip(portfolio.columns, names):
            value = portfolio.cell(journey, column)
            title = w(S.CELL_TITLE, journey=journey.title, column=name, score=f"{as_100(value):g}") if value is not None else ""
            cells.append(_cell(value, title))
        rows.append(f"<tr><th>{link(journey.page, journey.title)}</th>{''.join(cells)}</tr>")
    averages = []
    for column, name in zip(portfolio.columns, names):
        value, _ = portfolio.column_average(column)
        title = w(S.CELL_TITLE, journey=w(S.AVERAGE_ROW), column=name, score=f"{as_100(value):g}") if value is not None else ""
        averages.append(_cell(value, title))
    rows.append(f'<tr class="average"><th>{escape(w(S.AVERAGE_ROW))}</th>{"".join(averages)}</tr>')
    body = (
        f"<h1>{escape(w(S.HEATMAP_TITLE))}</h1>"
        f'<p class="muted">{escape(w(S.HEATMAP_LEGEND))}</p>'
        f'<div class="scroll"><table class="heat"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table></div>'
    )
    return document(w(S.HEATMAP_TITLE), lang, body, 0, "heatmap.html", site_footer(lang, len(portfolio.journeys)))
