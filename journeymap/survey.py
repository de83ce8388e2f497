"""Measured data: survey files attached to a map, and the answers they hold, counted.

The format's ``data:`` entries become :class:`DataFile` values (with their
``columns:``, ``questions:`` and ``scales:``); the map's ``targets:`` a
:class:`Targets`. Loading a data file (journeymap.load.data) counts its
answers into one :class:`Tally` per touchpoint, segment and metric: how many
answers gave each point of the metric's scale, and how many were blank, not a
number or outside the scale. A million answers become a few hundred tallies,
so every view and rule works from counts, never from rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from journeymap.findings import Span

NPS, CSAT, CES = "nps", "csat", "ces"
METRICS = (NPS, CSAT, CES)
FORMATS = ("tidy", "qualtrics", "google-forms")
ENCODINGS = ("auto", "utf-8", "cp932", "utf-16")
DELIMITERS = ("auto", ",", ";", "tab")
# The points a metric's answers may take: NPS always 0..10; CSAT and CES 1..5 or 1..7.
NPS_RANGE = (0, 10)
DEFAULT_TOP = {CSAT: 5, CES: 7}
TOPS = (5, 7)

# What goes wrong with one answer; counted, never averaged.
BLANK, NOT_A_NUMBER, OUT_OF_RANGE, SHORT_ROW = "blank", "not-a-number", "out-of-range", "short-row"
BAD_DATE = "bad-date"  # a date column holding something that is not a calendar date (2026-13-45)


def _span():
    return field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class DataColumns:
    """Which header holds what. Tidy files: every field; exports: ``segment`` and ``date``."""

    touchpoint: str | None = None
    metric: str | None = None
    score: str | None = None
    segment: str | None = None
    date: str | None = None
    extensions: tuple[tuple[str, object], ...] = ()
    span: Span | None = _span()


@dataclass(frozen=True)
class Question:
    """One question of an export: its column, and the touchpoint and metric its answers measure."""

    column: str
    touchpoint: str
    metric: str
    segment: str | None = None
    extensions: tuple[tuple[str, object], ...] = ()
    span: Span | None = _span()


@dataclass(frozen=True)
class MetricScales:
    """The top of the CSAT and CES scales in a file (5 or 7); NPS is always 0..10."""

    csat: int | None = None
    ces: int | None = None
    extensions: tuple[tuple[str, object], ...] = ()
    span: Span | None = _span()


@dataclass(frozen=True)
class DataFile:
    """One ``data:`` entry: a survey file and how to read it."""

    file: str
    format: str = "tidy"
    name: str | None = None
    encoding: str = "auto"
    delimiter: str = "auto"
    segment: str | None = None
    columns: DataColumns | None = None
    questions: tuple[Question, ...] = ()
    scales: MetricScales | None = None
    extensions: tuple[tuple[str, object], ...] = ()
    span: Span | None = _span()

    def top(self, metric: str) -> int:
        """The highest point of ``metric``'s scale in this file."""
        if metric == NPS:
            return NPS_RANGE[1]
        chosen = getattr(self.scales, metric, None) if self.scales else None
        return chosen or DEFAULT_TOP[metric]


@dataclass(frozen=True)
class Targets:
    """What each metric should reach: NPS (-100..100), CSAT mean, CSAT top-two-box %, CES mean."""

    nps: float | None = None
    csat: float | None = None
    csat_top2: float | None = None
    ces: float | None = None
    extensions: tuple[tuple[str, object], ...] = ()
    span: Span | None = _span()


def bottom(metric: str) -> int:
    return NPS_RANGE[0] if metric == NPS else 1


@dataclass
class Tally:
    """The answers to one metric, counted by point of its scale (``counts[0]`` is the lowest point)."""

    metric: str
    top: int
    counts: list[int]
    blank: int = 0
    not_a_number: int = 0
    out_of_range: int = 0

    @classmethod
    def empty(cls, metric: str, top: int) -> Tally:
        return cls(metric, top, [0] * (top - bottom(metric) + 1))

    @property
    def low(self) -> int:
        return bottom(self.metric)

    @property
    def n(self) -> int:
        """The usable answers."""
        return sum(self.counts)

    @property
    def unusable(self) -> int:
        return self.blank + self.not_a_number + self.out_of_range

    def points(self):
        """(point of the scale, how many answered it), lowest point first."""
        return ((self.low + index, count) for index, count in enumerate(self.counts))

    def add(self, other: Tally) -> None:
        for index, count in enumerate(other.counts):
            self.counts[index] += count
        self.blank += other.blank
        self.not_a_number += other.not_a_number
        self.out_of_range += other.out_of_range


@dataclass(frozen=True)
class Problem:
    """Answers of one data file that could not be used, of one kind: how many, and the first one."""

    kind: str  # BLANK, NOT_A_NUMBER, OUT_OF_RANGE, SHORT_ROW, BAD_DATE
    count: int
    span: Span  # where the first one is, in the data file
    value: str = ""  # what the first one says
    metric: str = ""


@dataclass
class SourceSummary:
    """What one data file gave: its rows, usable answers, dates and unusable answers."""

    data: DataFile
    path: str  # as shown in findings: relative to the working directory like the map's path
    rows: int = 0
    answers: int = 0
    first_date: str | None = None
    last_date: str | None = None
    problems: list[Problem] = field(default_factory=list)


ALL = object()  # every segment together


@dataclass
class Measured:
    """Every tally of a map's data files, by (touchpoint id, segment or None, metric)."""

    tallies: dict = field(default_factory=dict)
    sources: list[SourceSummary] = field(default_factory=list)

    def tally(self, touchpoint: str, metric: str, segment=ALL) -> Tally | None:
        """The answers for a touchpoint and metric: of one segment, or of all segments together."""
        if segment is not ALL:
            return self.tallies.get((touchpoint, segment, metric))
        merged = None
        for (tp, _, m), tally in self._by_touchpoint().get(touchpoint, ()):
            if m == metric:
                if merged is None:
                    merged = Tally.empty(metric, tally.top)
                merged.add(tally)
        return merged

    def segments(self, touchpoint: str) -> list[str]:
        """The named segments that answered about a touchpoint, sorted."""
        return sorted({segment for (_, segment, _), _ in self._by_touchpoint().get(touchpoint, ()) if segment is not None})

    def metrics(self, touchpoint: str) -> list[str]:
        """The metrics measured at a touchpoint, in the order NPS, CSAT, CES."""
        present = {metric for (_, _, metric), _ in self._by_touchpoint().get(touchpoint, ())}
        return [metric for metric in METRICS if metric in present]

    def touchpoints(self) -> set[str]:
        return set(self._by_touchpoint())

    def _by_touchpoint(self) -> dict:
        index = getattr(self, "_index", None)
        if index is None:
            index = {}
            for key, tally in sorted(self.tallies.items(), key=lambda item: (item[0][0], item[0][1] or "", item[0][2])):
                index.setdefault(key[0], []).append((key, tally))
            self._index = index
        return index


# The format's object names (journeymap.load.spec) -> the types they become.
SURVEY_OBJECTS = {
    "DataFile": DataFile,
    "DataColumns": DataColumns,
    "Question": Question,
    "MetricScales": MetricScales,
    "Targets": Targets,
}
