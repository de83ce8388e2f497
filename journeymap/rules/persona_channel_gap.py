"""## What it does
Flags a stage in which a persona takes part (has at least one score) while
none of the stage's touchpoints uses one of that persona's preferred
`channels`. Related channels count as the same (a call centre serves a
persona who prefers the phone).

## Why it matters
Personas make channel needs concrete: "in her 20s, lives on Instagram" and
"a senior who prefers phone support" need different channels in the same
stage. A stage that only offers the other persona's channels leaves this one
to cope.

## Example
Kenji prefers phone, mail and store; the Purchase stage offers only app and web.

## How to fix
Add a touchpoint on one of the persona's channels, or check whether the
persona really goes through this stage.
"""

from __future__ import annotations

from journeymap.channels import ChannelName, normalise, same_need
from journeymap.findings import Severity
from journeymap.i18n import N_, Series, say
from journeymap.messages import rules as M
from journeymap.rules.base import Hit, Rule
from journeymap.scores import short_name, stage_label, touchpoint_scores


def check(journey, options):
    for persona in journey.personas:
        if not persona.channels:
            continue
        for stage in journey.stages:
            if not touchpoint_scores(stage, persona.id):
                continue
            offered = sorted({normalise(tp.channel) for tp in stage.touchpoints if tp.channel})
            if not offered:
                continue
            if not any(same_need(channel, wanted) for channel in offered for wanted in persona.channels):
                name = short_name(persona)
                yield Hit(
                    stage.span,
                    say(
                        M.CHANNEL_GAP,
                        persona=name,
                        wanted=Series(ChannelName(c) for c in persona.channels),
                        stage=stage_label(stage),
                        offered=Series(ChannelName(c) for c in offered),
                    ),
                    say(M.CHANNEL_GAP_HINT, persona=name),
                    stage=stage,
                )


RULE = Rule(
    "W208",
    "persona-channel-gap",
    Severity.WARNING,
    N_("A stage offers none of a persona's preferred channels."),
    check,
    __doc__,
)
