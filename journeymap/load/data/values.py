"""What the counted answers mean: tallies per touchpoint, segment and metric, and what cannot be used.

Runs once per distinct raw answer, not per row: a million rows of one survey
hold a few thousand distinct (touchpoint, metric, score, segment) answers.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from journeymap.load.data.count import Raw
from journeymap.load.data.layout import Plan
from journeymap.survey import BLANK, METRICS, NOT_A_NUMBER, OUT_OF_RANGE, DataFile, Tally, bottom


@dataclass
class Interpreted:
    tallies: dict = field(default_factory=dict)  # (touchpoint, segment or None, metric) -> Tally
    rows: int = 0  # answers given, usable or not (for a tidy file: rows)
    answers: int = 0  # usable answers
    # kind -> (answers, the raw answers of that kind); blanks are only counted in the tallies
    bad: dict = field(default_factory=dict)
    unknown_touchpoints: dict = field(default_factory=dict)  # id as written -> (answers, a raw answer naming it)
    unknown_metrics: dict = field(default_factory=dict)

    def wanted(self) -> set:
        """The raw answers whose first line a finding must point at."""
        keys = {key for _, key in self.unknown_touchpoints.values()} | {key for _, key in self.unknown_metrics.values()}
        for _, raw_keys in self.bad.values():
            keys.update(raw_keys)
        return keys


def score_of(text: str, low: int, top: int):
    """The point of the scale an answer gives, or BLANK, NOT_A_NUMBER or OUT_OF_RANGE.

    "4", " 4 ", "4.0" and the full-width "４" are 4; 3.5 lies between two points and is out of range.
    """
    text = text.strip()
    if not text:
        return BLANK
    try:
        value = int(text)
    except ValueError:
        try:
            number = float(text)
        except ValueError:
            return NOT_A_NUMBER
        if not math.isfinite(number):
            return NOT_A_NUMBER
        if not number.is_integer():
            return OUT_OF_RANGE
        value = int(number)
    return value if low <= value <= top else OUT_OF_RANGE


def interpret(raw: Raw, plan: Plan, data: DataFile, touchpoints: set[str]) -> Interpreted:
    out = Interpreted()
    default_segment = plan.segment_value or None
    for key, answers in raw.counts.items():
        touchpoint, metric, score = key[0].strip(), key[1].strip().lower(), key[2]
        segment = key[3].strip() if len(key) > 3 else ""
        if not (touchpoint or metric or score.strip() or segment):
            continue  # a row of empty cells, as spreadsheets leave at the end
        out.rows += answers
        if touchpoint not in touchpoints:
            _note(out.unknown_touchpoints, touchpoint, answers, key)
            continue
        if metric not in METRICS:
            _note(out.unknown_metrics, metric, answers, key)
            continue
        top = data.top(metric)
        tally_key = (touchpoint, segment or default_segment, metric)
        tally = out.tallies.get(tally_key)
        if tally is None:
            tally = out.tallies[tally_key] = Tally.empty(metric, top)
        low = bottom(metric)
        point = score_of(score, low, top)
        if isinstance(point, int):
            tally.counts[point - low] += answers
            out.answers += answers
        elif point == BLANK:
            tally.blank += answers
        else:
            if point == NOT_A_NUMBER:
                tally.not_a_number += answers
            else:
                tally.out_of_range += answers
            total, keys = out.bad.get(point, (0, []))
            keys.append(key)
            out.bad[point] = (total + answers, keys)
    return out


def _note(table: dict, name: str, answers: int, key) -> None:
    total, first = table.get(name, (0, key))
    table[name] = (total + answers, first)
