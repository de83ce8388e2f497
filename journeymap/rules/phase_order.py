"""## What it does
Points out a stage whose phase comes before the previous stage's phase in the
canonical order (awareness, interest, consideration, purchase, onboarding,
usage, support, retention, advocacy). Stages without a phase are skipped;
several stages in one phase are fine.

## Why it matters
The order of stages is the order customers live them; the curve, the cliffs
and the ending all depend on it. A phase out of order is usually a stage in
the wrong place or a wrong (or wrongly inferred) phase.

## Example
A `support` stage placed before `purchase`.

## How to fix
Move the stage, or set `phase:` explicitly if the inferred one is wrong. If
the journey really loops back (a renewal leading to a new purchase), add
`ignore: [I303]` to the stage.
"""

from __future__ import annotations

from journeymap.findings import Severity
from journeymap.i18n import N_, say
from journeymap.messages import rules as M
from journeymap.phases import ORDER, PhaseName
from journeymap.rules.base import Hit, Rule
from journeymap.scores import stage_label


def check(journey, options):
    previous = None
    for stage in journey.stages:
        if stage.phase is None:
            continue
        if previous is not None and ORDER[stage.phase] < ORDER[previous.phase]:
            yield Hit(
                stage.span,
                say(
                    M.PHASE_ORDER,
                    stage=stage_label(stage),
                    phase=PhaseName(stage.phase),
                    previous=stage_label(previous),
                    previous_phase=PhaseName(previous.phase),
                ),
                say(M.PHASE_ORDER_HINT),
                stage=stage,
            )
        previous = stage


RULE = Rule("I303", "phase-order", Severity.INFO, N_("Stages are out of the canonical phase order."), check, __doc__)
