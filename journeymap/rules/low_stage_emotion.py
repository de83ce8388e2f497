"""## What it does
Flags a stage whose average emotion, for one persona, is at or below a
threshold (by default a quarter of the way from neutral to the bottom of the
scale: -0.5 on -2..2, 2.5 on 1..5). Each persona is judged on its own scores.

## Why it matters
A stage where a persona feels bad on average is where customers drop out of
the journey. Averaging over all personas would hide a stage that works for
one persona and fails another.

## Example
```yaml
- id: support
  name: Support
  touchpoints:
    - {id: ivr, name: Phone menu, emotion: {kenji: -2}}
    - {id: faq, name: FAQ page, emotion: {kenji: 0}}
```
Support averages -1 for Kenji.

## How to fix
Look at the stage's worst touchpoint first: write down its pain points and an
opportunity, give it an owner, and re-score after the change.
"""

from __future__ import annotations

from journeymap.findings import Severity
from journeymap.i18n import N_, say
from journeymap.messages import rules as M
from journeymap.rules.base import Hit, Option, Rule
from journeymap.scores import at_or_below, audience, score_text, stage_average, stage_label


def check(journey, options):
    scale = journey.scale
    limit = scale.absolute(options["threshold"])
    for stage in journey.stages:
        for persona_id in journey.persona_ids:
            value = stage_average(stage, persona_id)
            if value is not None and at_or_below(scale.relative(value), options["threshold"]):
                yield Hit(
                    stage.span,
                    say(
                        M.LOW_STAGE_EMOTION,
                        stage=stage_label(stage),
                        value=score_text(value),
                        persona=audience(journey, persona_id),
                        limit=score_text(limit),
                        scale=str(scale),
                    ),
                    say(M.LOW_STAGE_EMOTION_HINT),
                    stage=stage,
                )


RULE = Rule(
    "W201",
    "low-stage-emotion",
    Severity.WARNING,
    N_("A stage's average emotion is low for a persona."),
    check,
    __doc__,
    (Option("threshold", -0.25, N_("Flag averages at or below this fraction of the half-range."), -1, 1),),
)
