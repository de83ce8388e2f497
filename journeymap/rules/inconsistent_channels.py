"""## What it does
Flags a stage where one persona's experience differs a lot between channels:
the best channel's average and the worst channel's average are at least the
whole half-range apart by default (2 points on -2..2).

## Why it matters
Customer experience is the experience across every channel. A persona who is
delighted in the app and frustrated on the phone in the same stage gets a
different company depending on where they turn; that inconsistency is what
customers remember.

## Example
In Support, Kenji scores the app chat +2 and the phone line -1.

## How to fix
Bring the weaker channel up to the stronger one: the same information, the
same powers for staff, the same follow-up.
"""

from __future__ import annotations

from journeymap.channels import ChannelName, normalise
from journeymap.findings import Severity
from journeymap.i18n import N_, say
from journeymap.messages import rules as M
from journeymap.rules.base import DISTANCE, Hit, Option, Rule
from journeymap.scores import at_least, audience, average, score_text, stage_label, touchpoint_scores

SPREAD = Option("spread", 1.0, N_("Flag when channel averages are this fraction of the half-range apart."), 0.01, 2, measure=DISTANCE)


def check(journey, options):
    limit = SPREAD.in_scale(journey.scale, options["spread"])
    for stage in journey.stages:
        for persona_id in journey.persona_ids:
            by_channel: dict[str, list[float]] = {}
            for touchpoint, score in touchpoint_scores(stage, persona_id):
                if touchpoint.channel:
                    by_channel.setdefault(normalise(touchpoint.channel), []).append(score)
            if len(by_channel) < 2:
                continue
            averages = sorted((average(scores), channel) for channel, scores in by_channel.items())
            (low, low_channel), (high, high_channel) = averages[0], averages[-1]
            if at_least(high - low, limit):
                yield Hit(
                    stage.span,
                    say(
                        M.INCONSISTENT_CHANNELS,
                        stage=stage_label(stage),
                        persona=audience(journey, persona_id),
                        high=score_text(high),
                        high_channel=ChannelName(high_channel),
                        low=score_text(low),
                        low_channel=ChannelName(low_channel),
                    ),
                    say(M.INCONSISTENT_CHANNELS_HINT, low_channel=ChannelName(low_channel), high_channel=ChannelName(high_channel)),
                    stage=stage,
                )


RULE = Rule(
    "W205",
    "inconsistent-channels",
    Severity.WARNING,
    N_("One persona's experience differs a lot between channels in a stage."),
    check,
    __doc__,
    (SPREAD,),
)
