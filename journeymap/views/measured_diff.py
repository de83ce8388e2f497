"""What changed in the measured data between two versions of a map: each touchpoint's metrics, old and new."""

from __future__ import annotations

from dataclasses import dataclass

from journeymap.i18n import Choice, Quoted, say
from journeymap.messages import data as D
from journeymap.metrics import number_text, value_at
from journeymap.model import Journey
from journeymap.survey import METRICS


@dataclass(frozen=True)
class MetricChange:
    touchpoint: str  # touchpoint id
    touchpoint_name: str
    metric: str
    old: float | None  # None: not measured in that version
    new: float | None
    old_n: int
    new_n: int
    text: str  # one sentence for people

    @property
    def fell(self) -> bool:
        return self.old is not None and self.new is not None and self.new < self.old


def metric_changes(old: Journey, new: Journey) -> list[MetricChange]:
    """Every touchpoint metric whose value or number of answers differs, in the new map's order."""
    if old.measured is None and new.measured is None:
        return []
    names = {tp.id: tp.name for _, tp in old.touchpoints()}
    names.update({tp.id: tp.name for _, tp in new.touchpoints()})
    ids = list(dict.fromkeys([tp.id for _, tp in new.touchpoints()] + [tp.id for _, tp in old.touchpoints()]))
    changes = []
    for touchpoint in ids:
        for metric in METRICS:
            before = value_at(old.measured, touchpoint, metric)
            after = value_at(new.measured, touchpoint, metric)
            if before is None and after is None:
                continue
            old_text = number_text(metric, before.value) if before else None
            new_text = number_text(metric, after.value) if after else None
            if before and after and old_text == new_text and before.n == after.n:
                continue
            params = dict(metric=Choice(metric, D.METRIC_NAMES), touchpoint=Quoted(names[touchpoint]))
            if before is None:
                text = say(D.METRIC_NEW, new=new_text, new_n=after.n, **params)
            elif after is None:
                text = say(D.METRIC_GONE, old=old_text, old_n=before.n, **params)
            else:
                text = say(D.METRIC_CHANGE, old=old_text, new=new_text, old_n=before.n, new_n=after.n, **params)
            changes.append(
                MetricChange(
                    touchpoint,
                    names[touchpoint],
                    metric,
                    round(before.value, 2) if before else None,
                    round(after.value, 2) if after else None,
                    before.n if before else 0,
                    after.n if after else 0,
                    text,
                )
            )
    return changes
