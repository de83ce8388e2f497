"""## What it does
Flags a touchpoint without an `owner`.

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
from journeymap.messages import rules as M
from journeymap.rules.base import Hit, Rule
from journeymap.scores import touchpoint_label


def check(journey, options):
    for stage, touchpoint in journey.touchpoints():
        if not touchpoint.owner:
            yield Hit(
                touchpoint.span,
                say(M.UNOWNED, touchpoint=touchpoint_label(touchpoint)),
                say(M.UNOWNED_HINT),
                stage=stage,
                touchpoint=touchpoint,
            )


RULE = Rule("W207", "unowned-touchpoint", Severity.WARNING, N_("A touchpoint has no owner."), check, __doc__)
