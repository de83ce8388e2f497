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
from journeymap.views.measured import MeasuredView, Metric, Place

MISSING = "—"
BELOW = "▼"
_COLUMNS = ("nps", "csat", TOP2, "ces")


def metric_name(name: str, lang: str) -> str:
    from journeymap.i18n import tr

    return tr(lang, Choice(name, {TOP2: D.TOP2_NAME, **D.METRIC_NAMES}))


def metric_cell(metric: Metric | None, lang: str, share: bool = False) -> str:
    """"2.1/5 [1.9–2.3] n 340", a CSAT's top-two-box share "22% […]", or — when not measured."""
    if metric is None or (share and metric.top2 is None):
        return MISSING
    w = speaker(lang)
    if share:
        value, low, high = number_text(TOP2, metric.top2), number_text(TOP2, metric.top2_low), number_text(TOP2, metric.top2_high)
        below = metric.top2_target is not None and metric.top2 < metric.top2_target
    else:
        value = number_text(metric.metric, metric.value)
        if metric.metric != "nps":
            value += "/" + metric.scale.split("..")[1]
        low, high = number_text(metric.metric, metric.low), number_text(metric.metric, metric.high)
        below = metric.target is not None and metric.value < metric.target
    cell = w(D.METRIC_CELL, value=value, low=low, high=high, count=metric.n)
    return f"{BELOW} {cell}" if below else cell


def _score(value: float | None) -> str:
    return MISSING if value is None else signed(round(value, 2))


def _cells(place: Place, lang: str, columns) -> list[str]:
    return [metric_cell(place.metric("csat" if name == TOP2 else name), lang, share=name == TOP2) for name in columns]


def _present(places, columns=_COLUMNS) -> list[str]:
    """The metric columns some place has, in the order NPS, CSAT, CSAT top-2, CES."""
    have = {m.metric for place in places for m in place.metrics}
    return [name for name in columns if ("csat" if name == TOP2 else name) in have]


def touchpoint_table(view: MeasuredView, lang: str) -> tuple[list[str], list[list[str]]]:
    w = speaker(lang)
    columns = _present(view.touchpoints)
    header = [w(V.STAGE), w(V.TOUCHPOINT), w(D.TEAM), w(D.CUSTOMERS_COLUMN), *(metric_name(c, lang) for c in columns)]
    rows = [
        [p.stage_name, p.touchpoint_name or MISSING, _score(p.team), _score(p.customers), *_cells(p, lang, columns)]
        for p in view.touchpoints
    ]
    return header, rows


def stage_table(view: MeasuredView, lang: str) -> tuple[list[str], list[list[str]]]:
    w = speaker(lang)
    columns = _present(view.stages)
    header = [w(V.STAGE), w(D.TEAM), w(D.CUSTOMERS_COLUMN), *(metric_name(c, lang) for c in columns)]
    rows = [[p.stage_name, _score(p.team), _score(p.customers), *_cells(p, lang, columns)] for p in view.stages]
    return header, rows


def segment_table(view: MeasuredView, lang: str) -> tuple[list[str], list[list[str]]]:
    w = speaker(lang)
    columns = _present(view.segments, ("nps", "csat", "ces"))
    header = [w(V.TOUCHPOINT), w(D.SEGMENT), w(D.TEAM), w(D.CUSTOMERS_COLUMN), *(metric_name(c, lang) for c in columns)]
    rows = [
        [p.touchpoint_name or MISSING, p.segment or MISSING, _score(p.team), _score(p.customers), *_cells(p, lang, columns)]
        for p in view.segments
    ]
    return header, rows


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
    for title, table, first_number in (
        (D.BY_TOUCHPOINT, touchpoint_table, 2),
        (D.BY_STAGE, stage_table, 1),
        (D.BY_SEGMENT, segment_table, 2),
    ):
        header, rows = table(view, lang)
        if rows:
            out.append((w(title), header, rows, set(range(first_number, len(header)))))
    return out
