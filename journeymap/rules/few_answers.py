"""## What it does
Points out a metric measured at a touchpoint from fewer answers than a
minimum (30 by default), with its 95 % interval. The CS–CX gap and target
rules ignore such metrics; this finding says why.

## Why it matters
Ten answers give a CSAT whose 95 % interval is often a whole point wide: a
difference from the map, or from a target, could be chance. Acting on it
moves effort on noise.

## Example
```
touchpoint,metric,score
pickup,csat,2
pickup,csat,5      <- 2 answers in all
```

## How to fix
Collect more answers for that touchpoint (a targeted survey, a longer
period), or accept that it is not measured yet. Raise or lower the minimum
with `min-answers` in `[tool.journeymap.rules.few-answers]`.
"""

from __future__ import annotations

from journeymap.findings import Severity
from journeymap.i18n import N_, Choice, say
from journeymap.messages import data as D
from journeymap.metrics import number_text, value_at
from journeymap.rules.base import PLAIN, Hit, Option, Rule
from journeymap.scores import touchpoint_label

MIN_ANSWERS = Option("min-answers", 30, N_("Flag metrics with fewer answers than this."), 1, 100000, measure=PLAIN)


def check(journey, options):
    measured = journey.measured
    if measured is None:
        return
    measured_touchpoints = measured.touchpoints()
    for stage, touchpoint in journey.touchpoints():
        if touchpoint.id not in measured_touchpoints:
            continue
        for metric in measured.metrics(touchpoint.id):
            value = value_at(measured, touchpoint.id, metric)
            if value is None or value.n >= options["min-answers"]:
                continue
            yield Hit(
                touchpoint.span,
                say(
                    D.FEW_ANSWERS,
                    count=value.n,
                    metric=Choice(metric, D.METRIC_NAMES),
                    touchpoint=touchpoint_label(touchpoint),
                    minimum=int(options["min-answers"]),
                ),
                say(D.FEW_ANSWERS_HINT, low=number_text(metric, value.low), high=number_text(metric, value.high)),
                stage=stage,
                touchpoint=touchpoint,
            )


RULE = Rule("I330", "few-answers", Severity.INFO, N_("A metric rests on too few answers to trust."), check, __doc__, (MIN_ANSWERS,))
