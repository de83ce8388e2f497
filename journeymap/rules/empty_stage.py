"""## What it does
Flags a stage with no touchpoints.

## Why it matters
A stage without touchpoints says the customer goes through it but the
company is not there: nothing can be scored, owned or improved.

## Example
```yaml
- id: retention
  name: Retention
```

## How to fix
Add the touchpoints where customers meet you in this stage (a renewal email,
a loyalty offer, a check-in call), or remove the stage.
"""

from __future__ import annotations

from journeymap.findings import Severity
from journeymap.i18n import N_, say
from journeymap.messages import rules as M
from journeymap.rules.base import Hit, Rule
from journeymap.scores import stage_label


def check(journey, options):
    for stage in journey.stages:
        if not stage.touchpoints:
            yield Hit(
                stage.span,
                say(M.EMPTY_STAGE, stage=stage_label(stage)),
                say(M.EMPTY_STAGE_HINT),
                stage=stage,
            )


RULE = Rule("W203", "empty-stage", Severity.WARNING, N_("A stage has no touchpoints."), check, __doc__)
