"""## What it does
In a future map, flags each pain point of the current map that the future
neither removes (a touchpoint's `removes:` names its id) nor accepts (listed
under `accepted_pains:` with a reason). The finding points at the future stage
that stands for the pain's stage (same id, else same phase), or at
`counterpart:` when there is none. A pain point without an id cannot be named,
so it is reported until it gets one.

## Why it matters
The future state exists to answer today's pain. A pain that no future
touchpoint removes and nobody decided to keep is simply forgotten: it will
still be there after the redesign, and nobody will have said so.

## Example
```yaml
# current map
pain_points: [{id: postcode-rejected, text: Postcode check rejects valid addresses}]
# future map: neither `removes: [postcode-rejected]` nor an accepted_pains entry
```

## How to fix
Name the pain's id in `removes:` of the future touchpoint that removes it, or
accept it on purpose at the top of the future map:

```yaml
accepted_pains:
  - id: postcode-rejected
    reason: The postcode database is replaced in 2027
```
"""

from __future__ import annotations

from journeymap.findings import Severity
from journeymap.i18n import N_, Quoted, say
from journeymap.load.states import comparable, stage_for
from journeymap.messages import compare as M
from journeymap.rules.base import Hit, Rule
from journeymap.scores import stage_label, touchpoint_label


def check(journey, options):
    current = comparable(journey)
    if current is None:
        return
    settled = {accepted.id for accepted in journey.accepted_pains}
    for _, touchpoint in journey.touchpoints():
        settled.update(touchpoint.removes)
    for current_stage, current_touchpoint in current.touchpoints():
        for pain in current_touchpoint.pain_points:
            item_id = getattr(pain, "id", None)
            if item_id in settled:
                continue
            stage = stage_for(current_stage, journey.stages)
            span = stage.span if stage is not None else (journey.counterpart_span or journey.span)
            hint = say(M.OPEN_PAIN_HINT, id=item_id) if item_id else say(M.OPEN_PAIN_NO_ID_HINT)
            yield Hit(
                span,
                say(
                    M.OPEN_PAIN,
                    pain=Quoted(str(pain)),
                    stage=stage_label(current_stage),
                    touchpoint=touchpoint_label(current_touchpoint),
                ),
                hint,
                stage=stage,
            )


RULE = Rule(
    "W242",
    "open-current-pain",
    Severity.WARNING,
    N_("A pain point of the current map that the future map neither removes nor accepts."),
    check,
    __doc__,
)
