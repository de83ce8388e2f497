"""## What it does
Flags a touchpoint scored at the bottom of the scale for some persona (by
default exactly the scale's minimum), whatever the stage's average.

## Why it matters
One bad moment is enough: in Zendesk's Customer Experience Trends report
2022, 71% of customers said they switch to a competitor after a bad
experience. A good stage average
can hide one terrible touchpoint, and that touchpoint is where customers
leave.

## Example
```yaml
- id: ivr
  name: Phone menu
  emotion: {kenji: -2}   # the bottom of -2..2
```

## How to fix
Fix this touchpoint before polishing others; give it an owner and an
opportunity, and measure it again after the change.
"""

from __future__ import annotations

from journeymap.findings import Severity
from journeymap.i18n import N_, say
from journeymap.messages import rules as M
from journeymap.rules.base import Hit, Option, Rule
from journeymap.scores import at_or_below, audience, score_text, touchpoint_label


def check(journey, options):
    scale = journey.scale
    for stage, touchpoint in journey.touchpoints():
        for persona_id in journey.persona_ids:
            score = touchpoint.score(persona_id)
            if score is not None and at_or_below(scale.relative(score), options["threshold"]):
                yield Hit(
                    touchpoint.span,
                    say(
                        M.CRITICAL_MOMENT,
                        touchpoint=touchpoint_label(touchpoint),
                        value=score_text(score),
                        persona=audience(journey, persona_id),
                        scale=str(scale),
                    ),
                    say(M.CRITICAL_MOMENT_HINT),
                    stage=stage,
                    touchpoint=touchpoint,
                )


RULE = Rule(
    "W211",
    "critical-moment",
    Severity.WARNING,
    N_("A touchpoint is scored at the bottom of the scale."),
    check,
    __doc__,
    (Option("threshold", -1.0, N_("Flag scores at or below this fraction of the half-range (-1 is the minimum)."), -1, 0),),
)
