"""## What it does
When a map tags touchpoints with experiential `values`, lists the values no
touchpoint delivers. Maps that do not use `values` at all are left alone.

## Why it matters
Schmitt's five experiential values are sense (sensory), feel (emotional),
think (cognitive, creative), act (physical, behavioural) and relate (social
belonging). A journey that never touches one of them leaves a kind of value
unused, for example no moment where customers feel part of a community.

## Example
Every touchpoint is tagged `think` or `act`; nothing delivers sense, feel or relate.

## How to fix
Look for a touchpoint where the missing value fits: the unboxing (sense), a
thank-you note (feel), a user community or referral (relate).
"""

from __future__ import annotations

from ..findings import Severity
from ..spec import EXPERIENTIAL_VALUES
from .base import Hit, Rule


def check(journey, options):
    used = {value for _, tp in journey.touchpoints() for value in tp.values}
    if not used:
        return
    missing = [value for value in EXPERIENTIAL_VALUES if value not in used]
    if missing:
        yield Hit(
            journey.span,
            f"no touchpoint delivers the experiential value{'s' if len(missing) > 1 else ''} {', '.join(missing)}",
            "look for a moment where it fits: sense (the unboxing), feel (a thank-you), relate (a community)",
        )


RULE = Rule(
    "I302",
    "unused-experiential-value",
    Severity.INFO,
    "Some experiential values are never delivered.",
    check,
    __doc__,
)
