"""## What it does
Flags a map in which no stage is post-purchase: none has the phase
onboarding, usage, support, retention or advocacy (set with `phase:` or
inferred from the stage id).

## Why it matters
The journey does not end at the checkout. Support, retention and word of
mouth decide repeat purchases, subscription churn and the brand's
reputation; a map that stops at the purchase misses where most customers
are won or lost.

## Example
A map with the stages awareness, consideration and purchase only.

## How to fix
Add the stages after the purchase (onboarding, usage, support, retention,
advocacy) with their touchpoints, and set `phase:` where the stage id is not
a phase name.
"""

from __future__ import annotations

from journeymap.findings import Severity
from journeymap.i18n import N_, say
from journeymap.messages import rules as M
from journeymap.rules.base import Hit, Rule


def check(journey, options):
    if not any(stage.post_purchase for stage in journey.stages):
        yield Hit(
            journey.span,
            say(M.NO_POST_PURCHASE),
            say(M.NO_POST_PURCHASE_HINT),
        )


RULE = Rule("W209", "no-post-purchase", Severity.WARNING, N_("The map has no post-purchase stage."), check, __doc__)
