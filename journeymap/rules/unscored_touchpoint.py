"""## What it does
Flags a touchpoint with no emotion score for anyone (`emotion` missing, null,
or a mapping of nulls).

## Why it matters
Stage averages, curves and every emotion rule only see scored touchpoints. An
unscored touchpoint is invisible in the analysis, even if it is the worst
moment of the journey.

## Example
```yaml
- id: delivery
  name: Parcel delivery
  channel: mail
```

## How to fix
Add `emotion:` with one number for everyone or one per persona. If nobody
knows yet, that is a research question worth writing down.
"""

from __future__ import annotations

from journeymap.findings import Severity
from journeymap.i18n import N_, say
from journeymap.messages import rules as M
from journeymap.rules.base import Hit, Rule
from journeymap.scores import is_scored, score_text, touchpoint_label


def check(journey, options):
    for stage, touchpoint in journey.touchpoints():
        if not is_scored(touchpoint):
            yield Hit(
                touchpoint.span,
                say(M.UNSCORED, touchpoint=touchpoint_label(touchpoint)),
                say(M.UNSCORED_HINT, low=score_text(journey.scale.min), high=score_text(journey.scale.max)),
                stage=stage,
                touchpoint=touchpoint,
            )


RULE = Rule("W212", "unscored-touchpoint", Severity.WARNING, N_("A touchpoint has no emotion score."), check, __doc__)
