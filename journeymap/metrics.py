"""NPS, CSAT and CES from counted answers, each with its 95 % interval.

- **NPS** (answers 0..10): % promoters (9-10) minus % detractors (0-6), on
  -100..100. Its interval treats each answer as +1, 0 or -1: the standard
  error is sqrt((p + d - (p - d)²) / n) for promoter share p and detractor
  share d.
- **CSAT** (1..5 or 1..7): the mean answer, and the top-two-box share (the
  two highest points: 4-5 of 5, 6-7 of 7) as a percentage, with a Wilson
  interval.
- **CES** (1..5 or 1..7, CES 2.0: "the company made it easy for me", so higher
  means less effort): the mean answer.

A mean's interval is mean ± 1.96 · s / √n with the sample standard deviation
s (the normal approximation; below ~30 answers it is too narrow, which is why
the few-answers rule exists). Blank, non-numeric and out-of-range answers are
counted in the tally and never enter a value.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from journeymap.survey import ALL, CES, CSAT, NPS, Tally

Z95 = 1.959963984540054


@dataclass(frozen=True)
class MetricValue:
    """One metric measured at one place (a touchpoint, a stage, a segment)."""

    metric: str
    n: int
    value: float  # NPS on -100..100; CSAT and CES: the mean answer
    low: float  # the 95 % interval of ``value``
    high: float
    scale_low: int
    scale_high: int
    top2: float | None = None  # CSAT only: % of answers in the two highest points
    top2_low: float | None = None
    top2_high: float | None = None
    blank: int = 0
    not_a_number: int = 0
    out_of_range: int = 0

    @property
    def relative(self) -> float:
        """The value on -1..1 (the map's relative scale): NPS / 100; a mean against its scale's midpoint."""
        if self.metric == NPS:
            return self.value / 100
        middle = (self.scale_low + self.scale_high) / 2
        return (self.value - middle) / ((self.scale_high - self.scale_low) / 2)

    @property
    def unusable(self) -> int:
        return self.blank + self.not_a_number + self.out_of_range


def measure(tally: Tally) -> MetricValue | None:
    """The metric of ``tally``; None when it has no usable answer."""
    n = tally.n
    if n == 0:
        return None
    counted = dict(blank=tally.blank, not_a_number=tally.not_a_number, out_of_range=tally.out_of_range)
    if tally.metric == NPS:
        promoters = sum(count for point, count in tally.points() if point >= 9) / n
        detractors = sum(count for point, count in tally.points() if point <= 6) / n
        score = 100 * (promoters - detractors)
        spread = 100 * Z95 * math.sqrt(max(0.0, promoters + detractors - (promoters - detractors) ** 2) / n)
        return MetricValue(NPS, n, score, max(-100.0, score - spread), min(100.0, score + spread), tally.low, tally.top, **counted)
    mean = sum(point * count for point, count in tally.points()) / n
    if n > 1:
        variance = sum(count * (point - mean) ** 2 for point, count in tally.points()) / (n - 1)
        spread = Z95 * math.sqrt(variance / n)
    else:
        spread = 0.0
    low, high = max(tally.low, mean - spread), min(tally.top, mean + spread)
    if tally.metric == CSAT:
        top2 = sum(count for point, count in tally.points() if point >= tally.top - 1) / n
        lower, upper = wilson(top2, n)
        return MetricValue(CSAT, n, mean, low, high, tally.low, tally.top, 100 * top2, 100 * lower, 100 * upper, **counted)
    return MetricValue(CES, n, mean, low, high, tally.low, tally.top, **counted)


def wilson(share: float, n: int) -> tuple[float, float]:
    """The Wilson score interval (95 %) of a proportion: sound near 0 and 1, unlike p ± 1.96·se."""
    z2 = Z95 * Z95
    centre = (share + z2 / (2 * n)) / (1 + z2 / n)
    half = Z95 * math.sqrt(share * (1 - share) / n + z2 / (4 * n * n)) / (1 + z2 / n)
    return max(0.0, centre - half), min(1.0, centre + half)


def metric_text(value: MetricValue) -> str:
    """The value as people write it: NPS +32, CSAT 4.2 / 5, CES 5.1 / 7 (no words: the caller says them)."""
    if value.metric == NPS:
        return f"{value.value:+.0f}"
    return f"{value.value:.1f}/{value.scale_high}"


def interval_text(value: MetricValue) -> str:
    """The 95 % interval as written beside a value: "+18..+44", "3.9–4.4"."""
    if value.metric == NPS:
        return f"{value.low:+.0f}..{value.high:+.0f}"
    return f"{value.low:.1f}..{value.high:.1f}"


# -- what the rules and views ask of a map's measured data ----------------------------------------

# The metric compared with the team's emotion score: satisfaction first, then effort, then NPS.
GAP_ORDER = (CSAT, CES, NPS)


def value_at(measured, touchpoint_id: str, metric: str, segment=ALL) -> MetricValue | None:
    """The metric measured at a touchpoint (one segment, or all answers), None without usable answers."""
    if measured is None:
        return None
    tally = measured.tally(touchpoint_id, metric, segment)
    return measure(tally) if tally is not None else None


def answers_at(measured, touchpoint_id: str) -> int:
    """Usable answers about a touchpoint, every metric and segment together."""
    if measured is None:
        return 0
    total = 0
    for metric in measured.metrics(touchpoint_id):
        tally = measured.tally(touchpoint_id, metric)
        total += tally.n if tally is not None else 0
    return total


def persona_segments(journey, measured, touchpoint_id: str) -> dict[str, str]:
    """persona id -> the segment of the data that is that persona (its id, name or short name, any case)."""
    if measured is None or not journey.personas:
        return {}
    segments = {segment.casefold(): segment for segment in measured.segments(touchpoint_id)}
    found = {}
    for persona in journey.personas:
        for name in (persona.id, persona.name, persona.name.split(" (")[0].split("（")[0]):
            segment = segments.get(name.strip().casefold())
            if segment is not None:
                found[persona.id] = segment
                break
    return found


def number_text(metric: str, number: float) -> str:
    """A metric's number as reports write it: NPS +32, a mean 4.2, a share 81%."""
    if metric == NPS:
        return f"{number:+.0f}"
    if metric == TOP2:
        return f"{number:.0f}%"
    return f"{number:.1f}"


TOP2 = "csat_top2"  # the CSAT top-two-box share, where a target or a column names it
