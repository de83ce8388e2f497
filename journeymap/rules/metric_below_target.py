"""## What it does
Flags a touchpoint whose measured NPS, CSAT (mean or top-two-box share) or
CES falls below its target, once enough customers answered (30 by default).
Targets come from the map (`targets: {csat: 4.0, nps: 20}`) or from the
configuration; the map's own target wins. Without a target nothing is
flagged. The message gives the value, the number of answers and the 95 %
interval, and the hint says whether the whole interval misses the target.

## Why it matters
A target turns a survey into a decision: CI can fail a pull request that
attaches new results below it (`journeymap check --fail-on warning`), and
the team sees which touchpoint to work on first.

## Example
```yaml
targets: {csat: 4.0, nps: 20}
data:
  - file: data/survey-2026-10.csv
```
```toml
[tool.journeymap.rules.metric-below-target]
csat = 4.0          # every map in the repository
csat-top2 = 80      # percent
```

## How to fix
Improve the touchpoint, then attach the next survey's results. If the target
is wrong for this journey, set it in the map's `targets:`.
"""

from __future__ import annotations

import math

from journeymap.findings import Severity
from journeymap.i18n import N_, Choice, say
from journeymap.messages import data as D
from journeymap.metrics import TOP2, number_text, value_at
from journeymap.rules.base import PLAIN, Hit, Option, Rule
from journeymap.scores import TOLERANCE, touchpoint_label
from journeymap.survey import METRICS

NO_TARGET = -math.inf
OPTIONS = (
    Option("nps", NO_TARGET, N_("NPS target, -100..100 (-inf: none)."), -100, 100, measure=PLAIN),
    Option("csat", NO_TARGET, N_("CSAT mean target, on the data's scale (-inf: none)."), 1, 7, measure=PLAIN),
    Option("csat-top2", NO_TARGET, N_("CSAT top-two-box target, in percent (-inf: none)."), 0, 100, measure=PLAIN),
    Option("ces", NO_TARGET, N_("CES mean target, on the data's scale (-inf: none)."), 1, 7, measure=PLAIN),
    Option("min-answers", 30, N_("Judge only metrics with at least this many answers."), 1, 100000, measure=PLAIN),
)
_NAMES = {TOP2: D.TOP2_NAME, **D.METRIC_NAMES}


def targets(journey, options) -> dict[str, float]:
    """metric (or csat_top2) -> target: the map's own, else the configuration's."""
    chosen = {"nps": options["nps"], "csat": options["csat"], TOP2: options["csat-top2"], "ces": options["ces"]}
    if journey.targets is not None:
        for name in chosen:
            mine = getattr(journey.targets, name)
            if mine is not None:
                chosen[name] = mine
    return {name: value for name, value in chosen.items() if value is not None and value > NO_TARGET}


def check(journey, options):
    measured = journey.measured
    wanted = targets(journey, options)
    if measured is None or not wanted:
        return
    measured_touchpoints = measured.touchpoints()
    for stage, touchpoint in journey.touchpoints():
        if touchpoint.id not in measured_touchpoints:
            continue
        for metric in METRICS:
            value = value_at(measured, touchpoint.id, metric)
            if value is None or value.n < options["min-answers"]:
                continue
            shown = [(metric, value.value, value.low, value.high)]
            if metric == "csat":
                shown.append((TOP2, value.top2, value.top2_low, value.top2_high))
            for name, number, low, high in shown:
                target = wanted.get(name)
                if target is None or number >= target - TOLERANCE:
                    continue
                message = say(
                    D.BELOW_TARGET,
                    metric=Choice(name, _NAMES),
                    touchpoint=touchpoint_label(touchpoint),
                    value=number_text(name, number),
                    count=value.n,
                    low=number_text(name, low),
                    high=number_text(name, high),
                    target=number_text(name, target),
                )
                hint = say(D.BELOW_TARGET_SURE_HINT if high < target else D.BELOW_TARGET_UNSURE_HINT)
                yield Hit(touchpoint.span, message, hint, stage=stage, touchpoint=touchpoint)


RULE = Rule(
    "W231",
    "metric-below-target",
    Severity.WARNING,
    N_("A measured metric falls below its target."),
    check,
    __doc__,
    OPTIONS,
)
