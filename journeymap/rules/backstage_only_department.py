"""## What it does
In a stage where customers are unhappy (its average is at or below the
threshold for some persona), flags a department that acts there only
backstage: it has backstage actions in the stage, but no frontstage action,
owns no touchpoint of the stage and owns none of its fail points. Support
processes (systems, IT, partners) are behind the line by design and are not
counted either way.

## Why it matters
A department that works only backstage never hears the customer. When the
stage hurts, the people who could fix the cause (the warehouse that delays
the refund, the system that loses the order) learn about it second-hand, if
at all, while the people at the counter absorb the complaints they cannot
fix. Nobody who faces the customer owns that part of the pain.

## Example
```yaml
- id: returns
  name: Returns
  touchpoints:
    - id: refund-email
      name: Refund email
      owner: customer-support
      emotion: -1
      blueprint:
        frontstage: Sends the refund confirmation
        backstage: {action: Inspects the returned parcel, department: logistics}
```

## How to fix
Give the department a frontstage step or a touchpoint of its own in this
stage (a status message it sends, a named contact), or make it the owner of
the stage's fail points, so that the people behind the pain see it.
"""

from __future__ import annotations

from journeymap.findings import Severity
from journeymap.i18n import N_, Quoted, say
from journeymap.messages import blueprint as B
from journeymap.rules.base import Hit, Option, Rule
from journeymap.scores import at_or_below, audience, score_text, stage_average, stage_label


def _key(department: str) -> str:
    return department.strip().casefold()


def _lowest(journey, stage, threshold):
    """(average, persona id) of the unhappiest persona at or below the threshold, or None."""
    scored = [(stage_average(stage, p), p) for p in journey.persona_ids]
    low = [(value, p) for value, p in scored if value is not None and at_or_below(journey.scale.relative(value), threshold)]
    return min(low, key=lambda item: item[0]) if low else None


def _behind_and_facing(stage):
    """Departments acting backstage (first action, touchpoint), and those that face the customer."""
    behind: dict = {}
    facing: set = set()
    owned = [(None, stage.blueprint, None)] + [(tp, tp.blueprint, tp.owner) for tp in stage.touchpoints]
    for touchpoint, blueprint, owner in owned:
        if owner:
            facing.add(_key(owner))
        if blueprint is None:
            continue
        facing.update(_key(fail.owner) for fail in blueprint.fail_points if fail.owner)
        for lane, action in blueprint.actions():
            department = action.department or owner
            if not department:
                continue
            if lane == "frontstage":
                facing.add(_key(department))
            elif lane == "backstage":
                behind.setdefault(_key(department), (department, action, touchpoint))
    return behind, facing


def check(journey, options):
    for stage in journey.stages:
        lowest = _lowest(journey, stage, options["threshold"])
        if lowest is None:
            continue
        behind, facing = _behind_and_facing(stage)
        for key, (department, action, touchpoint) in behind.items():
            if key in facing:
                continue
            yield Hit(
                action.span or stage.span,
                say(
                    B.BACKSTAGE_ONLY,
                    department=Quoted(department),
                    stage=stage_label(stage),
                    value=score_text(lowest[0]),
                    persona=audience(journey, lowest[1]),
                ),
                say(B.BACKSTAGE_ONLY_HINT, department=Quoted(department)),
                stage=stage,
                touchpoint=touchpoint,
            )


RULE = Rule(
    "W224",
    "backstage-only-department",
    Severity.WARNING,
    N_("In a stage where customers are unhappy, a department acts only backstage."),
    check,
    __doc__,
    (Option("threshold", -0.25, N_("A stage is unhappy when its average is at or below this fraction of the half-range."), -1, 1),),
    title=N_("Department that never faces the unhappy customer"),
)
