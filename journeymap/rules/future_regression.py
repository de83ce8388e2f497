"""## What it does
In a future map (`state: future` with a `counterpart:`), flags a stage whose
average emotion for a persona is lower than in the current map. Stages are
matched by id (else by phase), personas by id; scores are compared relative to
each map's scale, so a current map on 1..5 and a future map on -2..2 compare
fairly.

## Why it matters
A redesign is judged by what it changes for each persona. A future state that
helps one persona and quietly makes a stage worse for another is a decision
the team should take on purpose, not discover after launch.

## Example
Sign-up averages -1 for George today; in the future map, which moves sign-up
to the app, it averages -1.5 for him.

## How to fix
Look at what the future map removed or changed in that stage for the persona:
keep a channel they rely on, or add a touchpoint for them. If the drop is a
deliberate trade-off, say so with `ignore: [W240]` on the stage and a comment.
"""

from __future__ import annotations

from journeymap.findings import Severity
from journeymap.i18n import N_, say
from journeymap.load.states import comparable, stage_for
from journeymap.messages import compare as M
from journeymap.rules.base import DISTANCE, Hit, Option, Rule
from journeymap.scores import audience, below, score_text, stage_average, stage_label

TOLERANCE = Option(
    "tolerance", 0.0, N_("Flag falls larger than this fraction of the half-range (0: any fall)."), 0, 2, measure=DISTANCE
)


def check(journey, options):
    current = comparable(journey)
    if current is None:
        return
    personas = [p for p in journey.persona_ids if p is None or current.persona(p) is not None]
    if journey.personas and not current.personas:
        personas = []
    for stage in journey.stages:
        before_stage = stage_for(stage, current.stages)
        if before_stage is None:
            continue
        for persona_id in personas:
            before, after = stage_average(before_stage, persona_id), stage_average(stage, persona_id)
            if before is None or after is None:
                continue
            if below(journey.scale.relative(after), current.scale.relative(before) - options["tolerance"]):
                who = audience(journey, persona_id)
                yield Hit(
                    stage.span,
                    say(M.FUTURE_WORSE, stage=stage_label(stage), after=score_text(after), persona=who, before=score_text(before)),
                    say(M.FUTURE_WORSE_HINT, persona=who),
                    stage=stage,
                )


RULE = Rule(
    "W240",
    "future-regression",
    Severity.WARNING,
    N_("The future state makes a stage worse for a persona than it is today."),
    check,
    __doc__,
    (TOLERANCE,),
)
