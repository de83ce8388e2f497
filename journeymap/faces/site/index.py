"""The index of journeys, in every order it can be sorted, and the lists of personas and departments.

Sorting needs no script and no server: each order is a page of its own
(``index.html`` by title, ``index-score-asc.html`` weakest first, …) and each
column heading links to the page sorted by it, or to the reverse order when
the table is sorted by it already.
"""

from __future__ import annotations

from journeymap.faces.poster.markup import escape
from journeymap.faces.portfolio import cx_sentence, facts, owner_name
from journeymap.faces.site.page import chip, document, link, site_footer, table
from journeymap.faces.site.spark import sparkline
from journeymap.faces.summary import counts_words
from journeymap.i18n import Series, speaker, tr
from journeymap.messages import site as S
from journeymap.views.portfolio import SORTS, JourneyEntry, Portfolio, as_100, journey_curve

COLUMNS = (
    ("title", S.COLUMN_JOURNEY),
    ("personas", S.COLUMN_PERSONAS),
    ("stages", S.COLUMN_STAGES),
    ("score", S.COLUMN_CX),
    (None, S.COLUMN_CURVE),
    ("findings", S.COLUMN_FINDINGS),
)
NUMERIC = {2, 3, 5}


def index_name(key: str, descending: bool) -> str:
    """The page of one order; the default order (titles A to Z) is index.html itself."""
    if key == "title" and not descending:
        return "index.html"
    return f"index-{key}-{'desc' if descending else 'asc'}.html"


def orders():
    """Every (key, descending) the index is written in."""
    for key in SORTS:
        for descending in (False, True):
            yield key, descending


def _direction(key: str, descending: bool, w) -> str:
    if key == "title":
        return w(S.Z_TO_A if descending else S.A_TO_Z)
    return w(S.DESCENDING if descending else S.ASCENDING)


def _rows(portfolio: Portfolio, lang: str) -> dict[int, str]:
    """Each journey's row, made once and placed in every order."""
    w = speaker(lang)
    personas = {p.slug: p for p in portfolio.personas}
    rows = {}
    for journey in portfolio.journeys:
        title = link(journey.page, journey.title) + f'<br><span class="muted small">{escape(journey.path)}</span>'
        if not journey.ok:
            cells = [title, "", "", "", f'<span class="error">{escape(w(S.HAS_ERRORS))}</span>', _counts(journey, lang)]
        else:
            names = tr(lang, Series(link(f"personas/{slug}.html", personas[slug].short) for slug in journey.personas))
            cells = [
                title,
                names or '<span class="muted">—</span>',
                str(len(journey.stages)),
                chip(journey.cx_score),
                sparkline(journey_curve(journey), curve_label(journey, lang)),
                _counts(journey, lang),
            ]
        rows[journey.index] = "<tr>" + "".join(
            f'<td class="{"num" if i in NUMERIC else ("spark" if i == 4 else "")}">{c}</td>'.replace(' class=""', "")
            for i, c in enumerate(cells)
        ) + "</tr>"
    return rows


def curve_label(journey: JourneyEntry, lang: str) -> str:
    w = speaker(lang)
    stages = [
        w(S.STAGE_SCORE, stage=s.name, score=f"{as_100(s.overall):g}" if s.overall is not None else w(S.NOT_SCORED))
        for s in journey.stages
    ]
    return w(S.CURVE_LABEL, stages=Series(stages))


def _counts(journey: JourneyEntry, lang: str) -> str:
    text = counts_words(journey.counts, lang)
    if not text:
        return '<span class="muted">—</span>'
    return f'<span class="error">{escape(text)}</span>' if journey.counts.get("errors") else escape(text)


def index_pages(portfolio: Portfolio, lang: str):
    """(file name, page) for every order of the index."""
    w = speaker(lang)
    rows = _rows(portfolio, lang)
    head = (
        f"<h1>{escape(w(S.SITE_TITLE))}</h1>"
        f'<p class="lead">{escape(facts(portfolio, lang))}</p>'
        f"<p><strong>{escape(cx_sentence(portfolio, lang))}</strong></p>"
    )
    for key, descending in orders():
        heads = []
        for i, (column, word) in enumerate(COLUMNS):
            name = escape(w(word))
            klass = ' class="num"' if i in NUMERIC else ""
            if column is None:
                heads.append(f"<th{klass}>{name}</th>")
                continue
            current = column == key
            target_descending = (not descending) if current else SORTS[column]
            title = w(S.SORT_LINK, column=w(word), direction=_direction(column, target_descending, w))
            mark = (" ▼" if descending else " ▲") if current else ""
            sort = f' aria-sort="{"descending" if descending else "ascending"}"' if current else ""
            heads.append(
                f'<th{klass}{sort}><a href="{index_name(column, target_descending)}" title="{escape(title)}">{name}</a>{mark}</th>'
            )
        caption = w(S.SORTED_BY, column=w(dict(COLUMNS)[key]), direction=_direction(key, descending, w))
        body = "".join(rows[j.index] for j in portfolio.sorted_journeys(key, descending))
        html = (
            head
            + f'<p class="muted small">{escape(caption)}</p>'
            + f'<div class="scroll"><table class="journeys"><thead><tr>{"".join(heads)}</tr></thead><tbody>{body}</tbody></table></div>'
        )
        yield index_name(key, descending), document(
            w(S.SITE_TITLE), lang, html, 0, "index.html", site_footer(lang, len(portfolio.journeys))
        )


def personas_page(portfolio: Portfolio, lang: str) -> str:
    w = speaker(lang)
    rows = []
    for persona in portfolio.personas:
        rows.append(
            [
                link(f"personas/{persona.slug}.html", persona.name)
                + (f'<br><span class="muted small">{escape(persona.description)}</span>' if persona.description else ""),
                str(len(persona.appearances)),
                chip(portfolio.persona_score(persona)),
                escape(persona.source or "—"),
            ]
        )
    header = [w(h) for h in (S.COLUMN_PERSONA, S.COLUMN_JOURNEY_COUNT, S.COLUMN_CX, S.COLUMN_SHARED_FILE)]
    body = f"<h1>{escape(w(S.NAV_PERSONAS))}</h1>" + (
        table(header, rows, {1, 2}, escaped=True) if rows else f'<p class="muted">{escape(w(S.NONE_HERE))}</p>'
    )
    return document(w(S.NAV_PERSONAS), lang, body, 0, "personas.html", site_footer(lang, len(portfolio.journeys)))


def owners_page(portfolio: Portfolio, lang: str) -> str:
    from journeymap.faces.site.page import band
    from journeymap.model import format_number
    from journeymap.views.backlog import band as band_of
    from journeymap.views.backlog import band_word

    w = speaker(lang)
    rows = []
    for owner in portfolio.owners:
        top = owner.top_priority
        urgent = "—" if top is None else band(band_of(top), format_number(top), tr(lang, band_word(band_of(top))))
        rows.append(
            [
                link(f"owners/{owner.slug}.html", owner_name(owner, lang)),
                str(len(owner.opportunities)),
                str(len(owner.pains)),
                str(owner.journeys),
                urgent,
            ]
        )
    header = [
        w(h) for h in (S.COLUMN_OWNER, S.COLUMN_OPPORTUNITIES, S.COLUMN_PAINS, S.COLUMN_JOURNEY_COUNT, S.COLUMN_MOST_URGENT)
    ]
    body = f"<h1>{escape(w(S.NAV_OWNERS))}</h1>" + (
        table(header, rows, {1, 2, 3}, escaped=True) if rows else f'<p class="muted">{escape(w(S.NONE_HERE))}</p>'
    )
    return document(w(S.NAV_OWNERS), lang, body, 0, "owners.html", site_footer(lang, len(portfolio.journeys)))
