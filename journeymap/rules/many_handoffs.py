"""## What it does
Counts the departments that act in a touchpoint's blueprint (frontstage,
backstage and support; an action without a department is the touchpoint
owner's) and flags a touchpoint delivered by more than `max-departments`.

## Why it matters
Customer experience is every department working together, and every
hand-off between two of them is a place where the experience breaks: the
customer repeats themselves, a promise made at the counter is not known in
the warehouse, a status is lost between two systems. A touchpoint that
passes through many departments is consistent only if someone owns the
whole of it.

## Example
```yaml
- id: store-return
  name: Return an online order in the store
  owner: store-operations
  blueprint:
    frontstage: Checks the item at the counter
    backstage:
      - {action: Books the refund, department: e-commerce}
      - {action: Collects the parcel, department: logistics}
    support:
      - {action: Answers the store's questions, department: customer-support}
```

## How to fix
Give one department the whole touchpoint (the store books the refund itself),
merge steps so that fewer departments touch it, or keep the hand-offs and
name who owns each of them, with a fail point where they break.
"""

from __future__ import annotations

from journeymap.findings import Severity
from journeymap.i18n import N_, Quoted, Series, say
from journeymap.messages import blueprint as B
from journeymap.rules.base import PLAIN, Hit, Option, Rule
from journeymap.scores import touchpoint_label


def check(journey, options):
    limit = options["max-departments"]
    for stage, touchpoint in journey.touchpoints():
        blueprint = touchpoint.blueprint
        if blueprint is None:
            continue
        departments = blueprint.departments(touchpoint.owner)
        if len(departments) > limit:
            yield Hit(
                blueprint.span or touchpoint.span,
                say(
                    B.MANY_HANDOFFS,
                    touchpoint=touchpoint_label(touchpoint),
                    count=len(departments),
                    departments=Series(Quoted(d) for d in departments),
                    limit=f"{limit:g}",
                ),
                say(B.MANY_HANDOFFS_HINT),
                stage=stage,
                touchpoint=touchpoint,
            )


RULE = Rule(
    "W223",
    "many-handoffs",
    Severity.WARNING,
    N_("A touchpoint's delivery passes through many departments."),
    check,
    __doc__,
    (Option("max-departments", 3, N_("Flag a touchpoint whose blueprint names more departments than this."), 1, 100, PLAIN),),
    title=N_("Too many hand-offs"),
)
