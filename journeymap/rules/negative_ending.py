"""## What it does
Flags a persona whose journey ends below neutral: the average of the last
stage in which the persona is scored is below the threshold (neutral by
default). The message names that stage, which is the map's last stage or,
for a persona not scored there, the last stage with a score for them.

## Why it matters
People judge an experience largely by its most intense moment and by its end
(the peak-end rule). A journey that ends badly is remembered badly, however
good the middle was, and that memory is what they tell others.

## Example
The last stage, Support, averages -1 for Aiko.

## How to fix
Improve the last stage first, or add a positive closing touchpoint (a
follow-up call, a thank-you, a credit without being asked).
"""

from __future__ import annotations

from journeymap.findings import Severity
from journeymap.i18n import N_, say
from journeymap.messages import coverage as C
from journeymap.messages import rules as M
from journeymap.rules.base import Hit, Option, Rule
from journeymap.scores import audience, below, score_text, stage_average, stage_label


def check(journey, options):
    scale = journey.scale
    for persona_id in journey.persona_ids:
        for stage in reversed(journey.stages):
            value = stage_average(stage, persona_id)
            if value is None:
                continue
            if below(scale.relative(value), options["threshold"]):
                template = M.NEGATIVE_ENDING if stage is journey.stages[-1] else C.NEGATIVE_ENDING_EARLIER
                yield Hit(
                    stage.span,
                    say(template, persona=audience(journey, persona_id), stage=stage_label(stage), value=score_text(value)),
                    say(M.NEGATIVE_ENDING_HINT),
                    stage=stage,
                )
            break


RULE = Rule(
    "W210",
    "negative-ending",
    Severity.WARNING,
    N_("A persona's journey ends below neutral."),
    check,
    __doc__,
    (Option("threshold", 0.0, N_("Flag last-stage averages below this fraction of the half-range."), -1, 1),),
)
