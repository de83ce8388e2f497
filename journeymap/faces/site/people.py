"""A persona's page and a department's page: one persona in every journey, one owner's work in all.

A persona's page has their card and, for every journey they appear in, their
emotion curve through its stages and their CX score there. A department's
page lists the opportunities and the pain points at the touchpoints it owns,
across every journey, the most urgent first (the priority of docs/site.md).
"""

from __future__ import annotations

from journeymap.channels import label as channel_label
from journeymap.faces.poster.markup import escape
from journeymap.faces.portfolio import owner_name
from journeymap.faces.site.page import band, chip, document, link, markup_sentence, site_footer, table
from journeymap.faces.site.spark import curve
from journeymap.i18n import Series, speaker, tr
from journeymap.messages import backlog as B
from journeymap.messages import site as S
from journeymap.messages import words as W
from journeymap.model import format_number
from journeymap.views.backlog import Item, band_word
from journeymap.views.palette import persona_style
from journeymap.views.portfolio import OwnerEntry, PersonaEntry, Portfolio, as_100, persona_curve


def persona_page(portfolio: Portfolio, persona: PersonaEntry, lang: str) -> str:
    w = speaker(lang)
    card = [f"<h1>{escape(persona.name)}</h1>"]
    if persona.description:
        card.append(f'<p class="lead">{escape(persona.description)}</p>')
    for word, things in ((W.GOALS, persona.goals), (W.FRUSTRATIONS, persona.frustrations)):
        if things:
            card.append(f"<strong>{escape(w(word))}</strong><ul>" + "".join(f"<li>{escape(t)}</li>" for t in things) + "</ul>")
    if persona.channels:
        channels = Series(channel_label(c, lang == "ja") for c in persona.channels)
        card.append(f'<p class="muted">{escape(w(W.CHANNELS, channels=channels))}</p>')
    if persona.source:
        card.append(f'<p class="muted small">{escape(w(S.PERSONA_SHARED, path=persona.source))}</p>')
    score = portfolio.persona_score(persona)
    parts = [f'<div class="card">{"".join(card)}</div>', f"<p><strong>{escape(w(S.APPEARS_IN, count=len(persona.appearances)))}"]
    if score is not None:
        parts[-1] += f"<br>{escape(w(S.PERSONA_CX, score=f'{score:g}'))}"
    parts[-1] += "</strong></p>"
    # One colour for the persona on every curve of the page, as the site lists them.
    color, _ = persona_style(portfolio.personas.index(persona))
    for journey_index, position in persona.appearances:
        journey = portfolio.journeys[journey_index]
        stages = persona_curve(journey, position)
        own = journey.persona_scores[position] if position < len(journey.persona_scores) else None
        parts.append(f"<h2>{link('../' + journey.page, journey.title)}</h2>")
        parts.append(f'<p class="muted small">{escape(journey.path)}</p>')
        if own is None:
            parts.append(f'<p class="muted">{escape(w(S.NO_SCORES_HERE))}</p>')
            continue
        parts.append(f"<p>{markup_sentence(lang, S.PERSONA_CX_IN, score=chip(own))}</p>")
        scores = [f"{as_100(value):g}" if value is not None else "" for _, value in stages]
        label = w(S.PERSONA_CURVE_LABEL, persona=persona.short, journey=journey.title) + ": " + tr(
            lang, Series(w(S.STAGE_SCORE, stage=name, score=s or w(S.NOT_SCORED)) for (name, _), s in zip(stages, scores))
        )
        parts.append(f'<div class="scroll">{curve(stages, label, scores, color)}</div>')
    return document(persona.name, lang, "\n".join(parts), 1, "personas.html", site_footer(lang, len(portfolio.journeys)))


def _priority(item: Item, lang: str) -> str:
    why = item.urgency
    return band(why.band, format_number(why.priority), tr(lang, band_word(why.band)))


def _where(item: Item, journey_pages: dict[str, str]) -> list[str]:
    return [link("../" + journey_pages[item.path], item.journey), escape(item.stage), escape(item.touchpoint)]


def owner_page(portfolio: Portfolio, owner: OwnerEntry, lang: str) -> str:
    w = speaker(lang)
    pages = {j.path: j.page for j in portfolio.journeys}
    name = owner_name(owner, lang)
    facts = w(
        S.OWNER_FACTS,
        opportunities=w(S.OPPORTUNITIES, count=len(owner.opportunities)),
        pains=w(S.PAINS, count=len(owner.pains)),
        journeys=w(S.JOURNEYS, count=owner.journeys),
    )
    parts = [f"<h1>{escape(name)}</h1>", f'<p class="lead">{escape(facts)}</p>']
    parts.append(f"<h2>{escape(w(W.LANE_OPPORTUNITIES))}</h2>")
    if owner.opportunities:
        header = [w(S.COLUMN_PRIORITY), w(S.COLUMN_OPPORTUNITY), w(S.COLUMN_JOURNEY), w(S.COLUMN_STAGE), w(S.COLUMN_TOUCHPOINT), w(S.COLUMN_BEHIND), w(S.COLUMN_WORST)]
        rows = [
            [
                _priority(item, lang),
                escape(item.text),
                *_where(item, pages),
                escape(tr(lang, Series(item.pains, ("; ", "、")))) or "—",
                _worst(item),
            ]
            for item in owner.opportunities
        ]
        parts.append(table(header, rows, {6}, escaped=True))
    else:
        parts.append(f'<p class="muted">{escape(w(S.NONE_HERE))}</p>')
    parts.append(f"<h2>{escape(w(W.LANE_PAINS))}</h2>")
    if owner.pains:
        header = [w(S.COLUMN_PRIORITY), w(S.COLUMN_PAIN), w(S.COLUMN_JOURNEY), w(S.COLUMN_STAGE), w(S.COLUMN_TOUCHPOINT), w(S.COLUMN_WORST)]
        rows = [[_priority(item, lang), escape(item.text), *_where(item, pages), _worst(item)] for item in owner.pains]
        parts.append(table(header, rows, {5}, escaped=True))
    else:
        parts.append(f'<p class="muted">{escape(w(S.NONE_HERE))}</p>')
    parts.append(f'<p class="muted small">{escape(w(B.HOW_PRIORITY))}</p>')
    return document(name, lang, "\n".join(parts), 1, "owners.html", site_footer(lang, len(portfolio.journeys)))


def _worst(item: Item) -> str:
    """The worst score on the 0–100 scale every page of the site uses, so maps on 1..5 and -2..2 compare."""
    return chip(as_100(item.urgency.worst_relative))
