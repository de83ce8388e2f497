"""## What it does
Flags a sharp drop in a persona's emotion from one stage to the next: by
default a fall of three quarters of the half-range (1.5 on -2..2, for example
from +1 to -0.5). Stages where the persona has no score are skipped, so the
comparison is with the persona's previous scored stage.

## Why it matters
Customers judge a journey by how it changes, not only by where it is: a
cliff between two stages usually marks a broken hand-over (sales to
onboarding, purchase to delivery) that no single team sees.

## Example
Purchase averages +1 for Kenji and Onboarding -1: a fall of 2.

## How to fix
Find what the customer expected at the hand-over that did not happen, and
give the hand-over an owner.
"""

from __future__ import annotations

from journeymap.findings import Severity
from journeymap.i18n import N_, say
from journeymap.messages import rules as M
from journeymap.rules.base import DISTANCE, Hit, Option, Rule
from journeymap.scores import at_least, audience, score_text, stage_average, stage_label

DROP = Option("drop", 0.75, N_("Flag falls of at least this fraction of the half-range."), 0.01, 2, measure=DISTANCE)


def check(journey, options):
    limit = DROP.in_scale(journey.scale, options["drop"])
    for persona_id in journey.persona_ids:
        previous = None
        for stage in journey.stages:
            value = stage_average(stage, persona_id)
            if value is None:
                continue
            if previous is not None:
                before_stage, before = previous
                if at_least(before - value, limit):
                    yield Hit(
                        stage.span,
                        say(
                            M.EMOTION_CLIFF,
                            before=score_text(before),
                            previous=stage_label(before_stage),
                            after=score_text(value),
                            stage=stage_label(stage),
                            persona=audience(journey, persona_id),
                        ),
                        say(M.EMOTION_CLIFF_HINT),
                        stage=stage,
                    )
            previous = (stage, value)


RULE = Rule(
    "W202",
    "emotion-cliff",
    Severity.WARNING,
    N_("Emotion falls sharply from one stage to the next."),
    check,
    __doc__,
    (DROP,),
)
