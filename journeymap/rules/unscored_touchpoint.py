"""## What it does
Flags a touchpoint with no emotion score for anyone (`emotion` missing, null,
or a mapping of nulls). When most touchpoints are scored, each one without a
score is flagged; when most are not, the map gets one finding instead: "no
touchpoint has an emotion score", or how many lack one.

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
from journeymap.messages import coverage as C
from journeymap.messages import rules as M
from journeymap.rules.base import Hit, Rule, missing_field_hits
from journeymap.scores import is_scored, score_text, touchpoint_label

CODE, NAME = "W212", "unscored-touchpoint"


def check(journey, options):
    low, high = score_text(journey.scale.min), score_text(journey.scale.max)

    def each(stage, touchpoint):
        return Hit(
            touchpoint.span,
            say(M.UNSCORED, touchpoint=touchpoint_label(touchpoint)),
            say(M.UNSCORED_HINT, low=low, high=high),
            stage=stage,
            touchpoint=touchpoint,
        )

    def whole_map(missing, count):
        if missing == count:
            return say(C.NO_SCORES, count=count), say(C.SCORES_HINT, low=low, high=high)
        return say(C.FEW_SCORES, missing=missing, count=count), say(C.SCORES_HINT, low=low, high=high)

    return missing_field_hits(journey, CODE, NAME, is_scored, each, whole_map)


RULE = Rule(CODE, NAME, Severity.WARNING, N_("A touchpoint has no emotion score."), check, __doc__)
