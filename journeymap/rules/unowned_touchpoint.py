"""## What it does
Flags a touchpoint without an `owner`. When most touchpoints have an owner,
each one without is flagged; when most have none (a draft, or a map imported
from a Mermaid diagram), the map gets one finding instead: "no touchpoint has
an owner", or how many lack one.

## Why it matters
Marketing, sales, support and product each own part of the journey. A
touchpoint nobody owns is nobody's job to improve, and it is where customers
fall between departments.

## Example
```yaml
- id: delivery-email
  name: Delivery email
  channel: email
```

## How to fix
Add `owner:` with the department or team responsible (marketing, sales,
support, product, logistics, …). `journeymap report` groups opportunities by
owner, so each team sees its part.
"""

from __future__ import annotations

from journeymap.findings import Severity
from journeymap.i18n import N_, say
from journeymap.messages import coverage as C
from journeymap.messages import rules as M
from journeymap.rules.base import Hit, Rule, missing_field_hits
from journeymap.scores import touchpoint_label

CODE, NAME = "W207", "unowned-touchpoint"


def check(journey, options):
    def each(stage, touchpoint):
        return Hit(
            touchpoint.span,
            say(M.UNOWNED, touchpoint=touchpoint_label(touchpoint)),
            say(M.UNOWNED_HINT),
            stage=stage,
            touchpoint=touchpoint,
        )

    def whole_map(missing, count):
        if missing == count:
            return say(C.NO_OWNERS, count=count), say(C.OWNERS_HINT)
        return say(C.FEW_OWNERS, missing=missing, count=count), say(C.OWNERS_HINT)

    return missing_field_hits(journey, CODE, NAME, lambda tp: bool(tp.owner), each, whole_map)


RULE = Rule(CODE, NAME, Severity.WARNING, N_("A touchpoint has no owner."), check, __doc__)
