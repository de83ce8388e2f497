"""## What it does
Flags a map in which no stage is post-purchase: none has the phase
onboarding, usage, support, retention or advocacy (set with `phase:` or
inferred from the stage id). A map that says it covers only part of the
journey (`scope:`) is judged against its scope: one scoped wholly before the
purchase (`scope: [awareness, consideration]`) or wholly after it
(`scope: [support]`) is not flagged; one whose scope reaches across the
purchase is.

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
a phase name. If the map covers only part of the journey on purpose, say
which with `scope:`.
"""

from __future__ import annotations

from journeymap.findings import Severity
from journeymap.i18n import N_, Series, say
from journeymap.messages import coverage as C
from journeymap.messages import rules as M
from journeymap.phases import BY_ID, PhaseName
from journeymap.rules.base import Hit, Rule


def check(journey, options):
    if any(stage.post_purchase for stage in journey.stages):
        return
    if not journey.scope:
        yield Hit(journey.span, say(M.NO_POST_PURCHASE), say(C.NO_POST_PURCHASE_SCOPE_HINT))
        return
    after = [phase for phase in journey.scope if BY_ID[phase].post_purchase]
    if after and len(after) < len(journey.scope):
        # The scope reaches across the purchase; a scope wholly on one side of it needs nothing after.
        phases = Series(PhaseName(phase) for phase in after)
        yield Hit(journey.span, say(C.NO_POST_PURCHASE_IN_SCOPE, phases=phases), say(C.NO_POST_PURCHASE_SCOPE_HINT))


RULE = Rule("W209", "no-post-purchase", Severity.WARNING, N_("The map has no post-purchase stage."), check, __doc__)
