"""`report` of several maps: the portfolio's sections as rows of cells, and as JSON.

The terminal and markdown faces draw the same rows; the site's pages show the
same numbers (the CX scores, the stage averages of the heat map, the
departments' work), because all of them read one :class:`Portfolio`.
"""

from __future__ import annotations

import json

from journeymap.faces.summary import counts_words
from journeymap.i18n import speaker, tr
from journeymap.messages import site as S
from journeymap.messages import words as W
from journeymap.model import format_number
from journeymap.textsafe import json_safe
from journeymap.views.backlog import band_word
from journeymap.views.portfolio import HeatColumn, Portfolio, as_100

MISSING = "—"
SCHEMA_VERSION = 1


def _score(value: float | None) -> str:
    return MISSING if value is None else f"{value:g}"


def column_name(column: HeatColumn, lang: str) -> str:
    """A phase as the language names it (Awareness, 認知); a stage without a phase by its own name."""
    from journeymap.phases import BY_ID

    if not column.phase:
        return column.name
    phase = BY_ID[column.phase]
    return phase.ja if lang == "ja" else phase.en


def owner_name(owner, lang: str) -> str:
    return owner.name or speaker(lang)(S.UNOWNED)


def weakest_first(portfolio: Portfolio):
    """The analysed journeys, the lowest CX score first (unscored last, then by file)."""
    return [j for j in portfolio.sorted_journeys("score", False) if j.ok]


def facts(portfolio: Portfolio, lang: str) -> str:
    w = speaker(lang)
    return w(
        S.FACTS,
        journeys=w(S.JOURNEYS, count=sum(1 for j in portfolio.journeys if j.ok)),  # maps with errors are left out
        personas=w(S.PERSONAS, count=len(portfolio.personas)),
        stages=w(W.STAGES, count=portfolio.stage_count),
        touchpoints=w(W.TOUCHPOINTS, count=portfolio.touchpoints),
    )


def cx_sentence(portfolio: Portfolio, lang: str) -> str:
    w = speaker(lang)
    score = portfolio.cx_score
    return w(S.PORTFOLIO_CX_NONE) if score is None else w(S.PORTFOLIO_CX, score=f"{score:g}")


def journeys_table(portfolio: Portfolio, lang: str) -> tuple[list[str], list[list[str]]]:
    w = speaker(lang)
    header = [w(S.COLUMN_JOURNEY), w(S.COLUMN_PATH), w(S.COLUMN_PERSONAS), w(S.COLUMN_STAGES), w(S.COLUMN_CX), w(S.COLUMN_FINDINGS)]
    rows = [
        [j.title, j.path, str(len(j.personas)), str(len(j.stages)), _score(j.cx_score), counts_words(j.counts, lang) or MISSING]
        for j in weakest_first(portfolio)
    ]
    return header, rows


def _weakest(scored, lang: str, percent: bool = False) -> str:
    """"Journey (score)" for the lowest of (score, journey) pairs; — when there are none."""
    if not scored:
        return MISSING
    score, journey = min(scored, key=lambda pair: (pair[0], pair[1].path))
    return speaker(lang)(S.SCORE_IN, journey=journey.title, score=_score(as_100(score) if percent else score))


def stages_table(portfolio: Portfolio, lang: str) -> tuple[list[str], list[list[str]]]:
    """Each heat-map column: its average over the journeys that have it, and where it is lowest."""
    w = speaker(lang)
    header = [w(S.COLUMN_STAGE), w(S.COLUMN_JOURNEY_COUNT), w(S.COLUMN_AVERAGE), w(S.COLUMN_WEAKEST_IN)]
    rows = []
    for column in portfolio.columns:
        average, count = portfolio.column_average(column)
        cells = [(portfolio.cell(j, column), j) for j in portfolio.journeys if j.ok]
        weakest = _weakest([(value, j) for value, j in cells if value is not None], lang, percent=True)
        rows.append([column_name(column, lang), str(count), _score(as_100(average)), weakest])
    return header, rows


def personas_table(portfolio: Portfolio, lang: str) -> tuple[list[str], list[list[str]]]:
    w = speaker(lang)
    header = [w(S.COLUMN_PERSONA), w(S.COLUMN_JOURNEY_COUNT), w(S.COLUMN_CX), w(S.COLUMN_WEAKEST_IN)]
    rows = []
    for persona in portfolio.personas:
        scored = [(portfolio.journeys[j].persona_scores[p], portfolio.journeys[j]) for j, p in persona.appearances]
        weakest = _weakest([(s, j) for s, j in scored if s is not None], lang)
        rows.append([persona.name, str(len(persona.appearances)), _score(portfolio.persona_score(persona)), weakest])
    return header, rows


def owners_table(portfolio: Portfolio, lang: str) -> tuple[list[str], list[list[str]]]:
    w = speaker(lang)
    header = [w(S.COLUMN_OWNER), w(S.COLUMN_OPPORTUNITIES), w(S.COLUMN_PAINS), w(S.COLUMN_JOURNEY_COUNT), w(S.COLUMN_MOST_URGENT)]
    rows = []
    for owner in portfolio.owners:
        top = owner.top_priority
        urgent = MISSING if top is None else priority_text(top, lang)
        rows.append([owner_name(owner, lang), str(len(owner.opportunities)), str(len(owner.pains)), str(owner.journeys), urgent])
    return header, rows


def priority_text(priority: float, lang: str) -> str:
    from journeymap.views.backlog import band

    return f"{tr(lang, band_word(band(priority)))} {format_number(priority)}"


def backlog_table(portfolio: Portfolio, lang: str, top: int) -> tuple[list[str], list[list[str]]]:
    from journeymap.messages import backlog as B

    w = speaker(lang)
    header = ["#", w(S.COLUMN_PRIORITY), w(S.COLUMN_OPPORTUNITY), w(S.COLUMN_JOURNEY), w(B.COLUMN_WHERE), w(S.COLUMN_OWNER)]
    rows = [
        [
            str(number),
            priority_text(item.priority, lang),
            item.text,
            item.journey,
            w(B.WHERE_CELL, stage=item.stage, touchpoint=item.touchpoint),
            item.owner or w(B.UNOWNED),
        ]
        for number, item in enumerate(portfolio.backlog[:top], 1)
    ]
    return header, rows


def findings_table(portfolio: Portfolio, lang: str) -> tuple[list[str], list[list[str]]]:
    """Findings by rule across every map: the one-map report's table, from the portfolio's counts."""
    from journeymap.faces import tables

    return tables.findings_table(portfolio, lang)


def sections(portfolio: Portfolio, lang: str, top: int):
    """(heading, (header, rows), right-aligned columns) of the report, in order, for every face."""
    return (
        (S.WEAKEST_JOURNEYS, journeys_table(portfolio, lang), {2, 3, 4}),
        (S.STAGES_ACROSS, stages_table(portfolio, lang), {1, 2}),
        (S.PERSONAS_ACROSS, personas_table(portfolio, lang), {1, 2}),
        (S.OWNERS_ACROSS, owners_table(portfolio, lang), {1, 2, 3}),
        (S.TOP_BACKLOG, backlog_table(portfolio, lang, top), {0}),
        (S.FINDINGS_ACROSS, findings_table(portfolio, lang), {1}),
    )


def portfolio_json(portfolio: Portfolio, top: int, problems: list, lang: str = "en") -> str:
    """The portfolio's numbers as one JSON object (keys in docs/site.md)."""
    from journeymap.faces.backlog import to_dict

    data = {
        "version": SCHEMA_VERSION,
        "cx_score": portfolio.cx_score,
        "summary": {
            "journeys": len(portfolio.journeys),
            "personas": len(portfolio.personas),
            "stages": portfolio.stage_count,
            "touchpoints": portfolio.touchpoints,
            **portfolio.counts(),
        },
        "journeys": [
            {
                "path": j.path,
                "title": j.title,
                "ok": j.ok,
                "cx_score": j.cx_score,
                "personas": list(j.personas),
                "persona_scores": list(j.persona_scores),
                "stages": [
                    {"id": s.id, "name": s.name, "column": s.column, "score": as_100(s.overall)} for s in j.stages
                ],
                "touchpoints": j.touchpoints,
                "findings": j.counts,
            }
            for j in portfolio.journeys
        ],
        "stages": [
            {
                "column": c.key,
                "phase": c.phase,
                "name": column_name(c, lang),
                "score": as_100(portfolio.column_average(c)[0]),
                "journeys": portfolio.column_average(c)[1],
            }
            for c in portfolio.columns
        ],
        "personas": [
            {
                "slug": p.slug,
                "id": p.id,
                "name": p.name,
                "source": p.source,
                "journeys": [portfolio.journeys[j].path for j, _ in p.appearances],
                "cx_score": portfolio.persona_score(p),
            }
            for p in portfolio.personas
        ],
        "owners": [
            {
                "owner": o.name or None,
                "opportunities": len(o.opportunities),
                "pain_points": len(o.pains),
                "journeys": o.journeys,
                "top_priority": o.top_priority,
            }
            for o in portfolio.owners
        ],
        "backlog": [to_dict(item, lang) for item in portfolio.backlog[:top]],
        "findings": portfolio.finding_counts,
        "left_out": [j.path for j in portfolio.broken],
        "problems": [tr(lang, p) for p in problems],
    }
    return json_safe(json.dumps(data, ensure_ascii=False, indent=2)) + "\n"
