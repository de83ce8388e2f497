"""## What it does
Flags a fail point in a blueprint that has no `owner`, no `mitigation`, or
neither.

## Why it matters
A fail point is a place the team already knows the service can break. Known
and unowned, it breaks again: nobody's job is to prevent it, and without a
mitigation the customer meets the failure with nothing to catch them (no
status message, no callback, no apology).

## Example
```yaml
blueprint:
  fail_points:
    - The refund does not arrive within a week
```

## How to fix
Write the fail point as a mapping with the department that prevents it and
what limits the damage:

```yaml
  fail_points:
    - experience: The refund does not arrive within a week
      owner: logistics
      mitigation: Email the day the parcel arrives at the warehouse
```
"""

from __future__ import annotations

from journeymap.findings import Severity
from journeymap.i18n import N_, Quoted, say
from journeymap.messages import blueprint as B
from journeymap.model import blueprints
from journeymap.rules.base import Hit, Rule

# (owner missing, mitigation missing) -> (message, hint)
_WORDS = {
    (True, True): (B.FAIL_POINT_UNMANAGED, B.FAIL_POINT_UNMANAGED_HINT),
    (True, False): (B.FAIL_POINT_NO_OWNER, B.FAIL_POINT_NO_OWNER_HINT),
    (False, True): (B.FAIL_POINT_NO_MITIGATION, B.FAIL_POINT_NO_MITIGATION_HINT),
}


def check(journey, options):
    for stage, touchpoint, blueprint in blueprints(journey):
        for fail in blueprint.fail_points:
            words = _WORDS.get((not fail.owner, not fail.mitigation))
            if words is None:
                continue
            message, hint = words
            yield Hit(
                fail.span or blueprint.span,
                say(message, fail=Quoted(fail.experience), where=Quoted((touchpoint or stage).name)),
                say(hint),
                stage=stage,
                touchpoint=touchpoint,
            )


RULE = Rule(
    "W221",
    "unmanaged-fail-point",
    Severity.WARNING,
    N_("A fail point has no owner or no mitigation."),
    check,
    __doc__,
    title=N_("Fail point nobody manages"),
)
