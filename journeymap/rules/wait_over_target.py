"""## What it does
Flags a wait in a blueprint whose `duration` is longer than its `target`.

## Why it matters
Waiting is where customers decide whether a company respects their time:
time on hold, a refund that takes days, an engineer's four-hour window. A
target written next to the wait says what the company promised itself; a
wait above it is a promise broken on every visit, and it hurts most where
the customer cannot see what is happening behind the line of visibility.

## Example
```yaml
blueprint:
  waits:
    - {what: an agent, duration: 14min, target: 5min}
```

## How to fix
Shorten the wait where it is made (a hand-off less, a step automated, more
staff at the peak), tell customers how long it will take while they wait,
or correct the target if it was never realistic.
"""

from __future__ import annotations

from journeymap.findings import Severity
from journeymap.i18n import N_, Quoted, say
from journeymap.load.durations import DurationText
from journeymap.messages import blueprint as B
from journeymap.model import blueprints
from journeymap.rules.base import Hit, Rule


def check(journey, options):
    for stage, touchpoint, blueprint in blueprints(journey):
        for wait in blueprint.waits:
            if not wait.over_target:
                continue
            params = dict(duration=DurationText(wait.duration.seconds), target=DurationText(wait.target.seconds), where=Quoted((touchpoint or stage).name))
            message = say(B.WAIT_FOR_OVER, what=Quoted(wait.what), **params) if wait.what else say(B.WAIT_OVER, **params)
            yield Hit(wait.span or blueprint.span, message, say(B.WAIT_OVER_HINT), stage=stage, touchpoint=touchpoint)


RULE = Rule(
    "W222",
    "wait-over-target",
    Severity.WARNING,
    N_("Customers wait longer than the target the blueprint sets."),
    check,
    __doc__,
    title=N_("Wait longer than its target"),
)
