"""What customers said, as every face shows it: metrics per touchpoint, stage and segment, and the files.

A pure value computed from a map's measured data (journey.measured): for each
place, every metric with its number of answers, 95 % interval and unusable
answers; beside it the team's own score and the compared metric moved onto
the map's scale, so a face can show the CS–CX gap. The JSON report carries
it under ``measured`` (keys documented in docs/data.md).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from journeymap.i18n import Choice, Series, say, tr
from journeymap.messages import data as D
from journeymap.metrics import GAP_ORDER, MetricValue, measure, number_text, persona_segments, value_at
from journeymap.model import Journey
from journeymap.scores import average
from journeymap.survey import METRICS, Tally


@dataclass(frozen=True)
class Metric:
    """One metric at one place."""

    metric: str  # nps | csat | ces
    n: int  # usable answers
    value: float  # NPS -100..100; CSAT, CES: the mean answer
    low: float  # the 95 % interval
    high: float
    scale: str  # the answers' scale: "0..10", "1..5", "1..7"
    top2: float | None  # CSAT: % of answers in the two highest points
    top2_low: float | None
    top2_high: float | None
    blank: int
    not_a_number: int
    out_of_range: int
    target: float | None  # the map's target for this metric, if any
    top2_target: float | None
    below_target: bool


@dataclass(frozen=True)
class Place:
    """A touchpoint, a stage, or one segment's answers at a touchpoint."""

    stage: str  # stage id
    stage_name: str
    touchpoint: str | None  # touchpoint id (None for a stage)
    touchpoint_name: str | None
    segment: str | None
    team: float | None  # the map's own score here, on its scale (a persona's, for a persona's segment)
    customers: float | None  # the compared metric (CSAT, else CES, else NPS) on the map's scale
    metrics: tuple[Metric, ...]

    def metric(self, name: str) -> Metric | None:
        return next((m for m in self.metrics if m.metric == name), None)

    @property
    def headline(self) -> Metric | None:
        """The metric a small space shows: the one compared with the team's score."""
        return next((m for name in GAP_ORDER for m in self.metrics if m.metric == name), None)


@dataclass(frozen=True)
class Source:
    """One data file, as the report lists it."""

    name: str
    path: str
    format: str
    rows: int
    answers: int  # usable answers
    unusable: int  # answers or rows that could not be used (not numbers, out of range, short rows)
    first_date: str | None
    last_date: str | None


@dataclass(frozen=True)
class MeasuredView:
    scale: str  # the map's emotion scale, for team and customers
    sources: tuple[Source, ...]
    touchpoints: tuple[Place, ...]
    stages: tuple[Place, ...]
    segments: tuple[Place, ...]

    def at(self, touchpoint_id: str) -> Place | None:
        return next((p for p in self.touchpoints if p.touchpoint == touchpoint_id), None)


def build_measured(journey: Journey) -> MeasuredView | None:
    """The measured view of ``journey``; None when it has no data."""
    measured = journey.measured
    if measured is None:
        return None
    scale = journey.scale
    targets = journey.targets
    touchpoints, stages, segments = [], [], []
    measured_ids = measured.touchpoints()
    for stage in journey.stages:
        merged: dict[str, Tally] = {}
        mixed: set[str] = set()  # metrics whose touchpoints here use different scales: no pooled value
        for touchpoint in stage.touchpoints:
            if touchpoint.id not in measured_ids:
                continue
            values = [value_at(measured, touchpoint.id, metric) for metric in measured.metrics(touchpoint.id)]
            values = [v for v in values if v is not None]
            for metric in measured.metrics(touchpoint.id):
                tally = measured.tally(touchpoint.id, metric)
                if metric in merged and merged[metric].top != tally.top:
                    mixed.add(metric)
                    continue
                merged.setdefault(metric, Tally.empty(metric, tally.top)).add(tally)
            team = average(touchpoint.emotion.values()) if touchpoint.emotion else None
            touchpoints.append(_place(journey, stage, touchpoint, None, team, values, targets))
            personas = {segment: pid for pid, segment in persona_segments(journey, measured, touchpoint.id).items()}
            for segment in measured.segments(touchpoint.id):
                seg_values = [value_at(measured, touchpoint.id, m, segment) for m in METRICS]
                seg_values = [v for v in seg_values if v is not None]
                persona = personas.get(segment)
                seg_team = touchpoint.score(persona) if persona else None
                segments.append(_place(journey, stage, touchpoint, segment, seg_team, seg_values, targets))
        values = [v for v in (measure(merged[m]) for m in METRICS if m in merged and m not in mixed) if v is not None]
        if values:
            team = average(v for tp in stage.touchpoints if tp.emotion for v in tp.emotion.values())
            stages.append(_place(journey, stage, None, None, team, values, targets))
    sources = tuple(
        Source(
            s.data.name or s.data.file,
            s.path,
            s.data.format,
            s.rows,
            s.answers,
            sum(p.count for p in s.problems),
            s.first_date,
            s.last_date,
        )
        for s in measured.sources
    )
    return MeasuredView(str(scale), sources, tuple(touchpoints), tuple(stages), tuple(segments))


def _place(journey, stage, touchpoint, segment, team, values: list[MetricValue], targets) -> Place:
    compared = next((v for name in GAP_ORDER for v in values if v.metric == name), None)
    customers = round(journey.scale.absolute(compared.relative), 2) if compared else None
    return Place(
        stage.id,
        stage.name,
        touchpoint.id if touchpoint else None,
        touchpoint.name if touchpoint else None,
        segment,
        team,
        customers,
        tuple(_metric(v, targets) for v in values),
    )


def _metric(value: MetricValue, targets) -> Metric:
    target = getattr(targets, value.metric, None) if targets else None
    top2_target = targets.csat_top2 if targets and value.metric == "csat" else None
    below = (target is not None and value.value < target) or (
        top2_target is not None and value.top2 is not None and value.top2 < top2_target
    )
    return Metric(
        value.metric,
        value.n,
        round(value.value, 2),
        round(value.low, 2),
        round(value.high, 2),
        f"{value.scale_low}..{value.scale_high}",
        _round(value.top2),
        _round(value.top2_low),
        _round(value.top2_high),
        value.blank,
        value.not_a_number,
        value.out_of_range,
        target,
        top2_target,
        below,
    )


def _round(number: float | None) -> float | None:
    return None if number is None else round(number, 1)



@dataclass(frozen=True)
class Mark:
    """What a touchpoint's card shows of its measured data: the headline metric and its answers."""

    text: str  # "CSAT 2.1/5 · n 340", in the layout's language
    title: str  # every metric measured here, with its interval (a tooltip)
    relative: float  # the headline metric on -1..1, for its colour
    below_target: bool


def add_marks(columns: tuple, journey: Journey, lang: str) -> tuple:
    """``columns`` (the layout's) with each measured touchpoint's card carrying its :class:`Mark`."""
    view = build_measured(journey)
    if view is None:
        return columns

    def mark(place: Place) -> Mark | None:
        head = place.headline
        if head is None:
            return None
        value = number_text(head.metric, head.value) + ("" if head.metric == "nps" else "/" + head.scale.split("..")[1])
        text = tr(lang, say(D.MARK_TEXT, metric=Choice(head.metric, D.METRIC_NAMES), value=value, count=head.n))
        titles = [
            say(
                D.MARK_TITLE,
                metric=Choice(m.metric, D.METRIC_NAMES),
                value=number_text(m.metric, m.value),
                count=m.n,
                low=number_text(m.metric, m.low),
                high=number_text(m.metric, m.high),
            )
            for m in place.metrics
        ]
        relative = journey.scale.relative(place.customers) if place.customers is not None else 0.0
        return Mark(text, tr(lang, Series(titles, ("\n", "\n"))), relative, any(m.below_target for m in place.metrics))

    marks = {place.touchpoint: mark(place) for place in view.touchpoints}
    return tuple(
        dataclasses.replace(column, cards=tuple(dataclasses.replace(card, measured=marks.get(card.id)) for card in column.cards))
        for column in columns
    )
