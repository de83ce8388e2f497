"""The measured section of a report (what customers said) as rows of cells: for the terminal and markdown.

Every heading and sentence is said in ``lang`` from the message catalogue; numbers
are written the same way in every face (journeymap.metrics.number_text).
"""

from __future__ import annotations

from journeymap.i18n import Choice, speaker
from journeymap.messages import data as D
from journeymap.messages import views as V
from journeymap.metrics import TOP2, number_text
from journeymap.scores import signed
from journeymap.views.measured import MeasuredView, Metric

MISSING = "—"
BELOW = "▼"


def metric_name(name: str, lang: str) -> str:
    from journeymap.i18n import tr

    return tr(lang, Choice(name, {TOP2: D.TOP2_NAME, **D.METRIC_NAMES}))


def _score(value: float | None) -> str:
    return MISSING if value is None else signed(round(value, 2))


def metric_cells(metric: Metric, lang: str) -> list[str]:
    """[metric, value, its 95 % interval, n, top-two-box share]: "CSAT", "▼ 2.4/5", "2.2–2.5", "272", "18%"."""
    value = number_text(metric.metric, metric.value)
    if metric.metric != "nps":
        value += "/" + metric.scale.split("..")[1]
    if metric.target is not None and metric.value < metric.target:
        value = f"{BELOW} {value}"
    interval = f"{number_text(metric.metric, metric.low)} … {number_text(metric.metric, metric.high)}"
    share = MISSING
    if metric.top2 is not None:
        share = number_text(TOP2, metric.top2)
        if metric.top2_target is not None and metric.top2 < metric.top2_target:
            share = f"{BELOW} {share}"
    return [metric_name(metric.metric, lang), value, interval, str(metric.n), share]


def _table(places, lead, lead_header: list[str], lang: str) -> tuple[list[str], list[list[str]]]:
    w = speaker(lang)
    header = lead_header + [w(D.TEAM), w(D.CUSTOMERS_COLUMN), w(D.METRIC_COLUMN), w(D.VALUE_COLUMN),
                            w(D.INTERVAL_COLUMN), "n", w(D.TOP2_COLUMN)]
    rows = []
    for place in places:
        first = lead(place) + [_score(place.team), _score(place.customers)]
        for index, metric in enumerate(place.metrics):
            rows.append((first if index == 0 else [""] * len(first)) + metric_cells(metric, lang))
    return header, rows


def touchpoint_table(view: MeasuredView, lang: str) -> tuple[list[str], list[list[str]]]:
    w = speaker(lang)
    lead = lambda p: [p.stage_name, p.touchpoint_name or MISSING]  # noqa: E731
    return _table(view.touchpoints, lead, [w(V.STAGE), w(V.TOUCHPOINT)], lang)


def stage_table(view: MeasuredView, lang: str) -> tuple[list[str], list[list[str]]]:
    return _table(view.stages, lambda p: [p.stage_name], [speaker(lang)(V.STAGE)], lang)


def segment_table(view: MeasuredView, lang: str) -> tuple[list[str], list[list[str]]]:
    w = speaker(lang)
    lead = lambda p: [p.touchpoint_name or MISSING, p.segment or MISSING]  # noqa: E731
    return _table(view.segments, lead, [w(V.TOUCHPOINT), w(D.SEGMENT)], lang)


def source_lines(view: MeasuredView, lang: str) -> list[str]:
    w = speaker(lang)
    lines = []
    for s in view.sources:
        line = w(D.SOURCE_LINE, name=s.name, format=s.format, count=s.rows, rows=s.rows, answers=s.answers, unusable=s.unusable)
        if s.first_date:
            line = w(D.SOURCE_DATES, line=line, first=s.first_date, last=s.last_date)
        lines.append(line)
    return lines


def legend(view: MeasuredView, lang: str) -> str:
    return speaker(lang)(D.MEASURED_LEGEND, scale=view.scale)


def sections(view: MeasuredView, lang: str) -> list[tuple[str, list[str], list[list[str]], set[int]]]:
    """(title, header, rows, right-aligned columns) of each table, for a face that draws tables."""
    w = speaker(lang)
    out = []
    for title, table, lead in ((D.BY_TOUCHPOINT, touchpoint_table, 2), (D.BY_STAGE, stage_table, 1), (D.BY_SEGMENT, segment_table, 2)):
        header, rows = table(view, lang)
        if rows:
            # right-aligned: the scores and numbers, not the metric's name
            out.append((w(title), header, rows, {lead, lead + 1, lead + 3, lead + 4, lead + 5, lead + 6}))
    return out
