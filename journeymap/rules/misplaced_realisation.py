"""## What it does
In a future map, flags a touchpoint that claims (`realises:`) an opportunity
of the current map that belongs to another stage: the opportunity was noted in
the current map's Sign-up stage, say, and the touchpoint that realises it sits
in Delivery. Stages match by id, else by phase.

## Why it matters
An opportunity answers a moment of the journey. Claiming it from another
stage makes the comparison report count it as realised while the moment it
was written for stays as it was.

## Example
```yaml
# current map, stage signup
opportunities: [{id: address-lookup, text: Address lookup}]
# future map, stage delivery
- id: courier-app
  realises: [address-lookup]
```

## How to fix
Realise it in a touchpoint of the stage where customers meet it, or, if the
current map filed it under the wrong stage, move it there.
"""

from __future__ import annotations

from journeymap.findings import Severity
from journeymap.i18n import N_, Quoted, say
from journeymap.load.states import comparable, opportunity_ids, stage_for
from journeymap.messages import compare as M
from journeymap.rules.base import Hit, Rule
from journeymap.scores import stage_label, touchpoint_label


def check(journey, options):
    current = comparable(journey)
    if current is None:
        return
    opportunities = opportunity_ids(current)
    for stage, touchpoint in journey.touchpoints():
        for item_id, span in zip(touchpoint.realises, getattr(touchpoint.realises, "spans", ())):
            found = opportunities.get(item_id)
            if found is None:
                continue  # an unknown id is an error (E120), reported by the loader
            current_stage, _, item = found
            if stage_for(current_stage, journey.stages) is stage:
                continue
            yield Hit(
                span,
                say(
                    M.MISPLACED_REALISATION,
                    touchpoint=touchpoint_label(touchpoint),
                    stage=stage_label(stage),
                    opportunity=Quoted(str(item)),
                    current_stage=stage_label(current_stage),
                ),
                say(M.MISPLACED_REALISATION_HINT, current_stage=stage_label(current_stage)),
                stage=stage,
                touchpoint=touchpoint,
            )


RULE = Rule(
    "W241",
    "misplaced-realisation",
    Severity.WARNING,
    N_("A future touchpoint realises an opportunity of another stage of the current map."),
    check,
    __doc__,
)
