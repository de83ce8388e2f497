"""## What it does
Lists the experiential values no touchpoint delivers. A map that tags no
touchpoint with `values` at all gets one reminder of what the five values
are and how to tag them.

## Why it matters
Schmitt's five experiential values are sense (sensory), feel (emotional),
think (cognitive, creative), act (physical, behavioural) and relate (social
belonging); in Japanese CX practice 感覚的, 情緒的, 創造的・認知的,
肉体的・行動的 and 準拠集団・関係的. A journey that never touches one of them
leaves a kind of value unused, for example no moment where customers feel
part of a community.

## Example
Every touchpoint is tagged `think` or `act`; nothing delivers sense, feel or relate.

## How to fix
Tag each touchpoint with what it delivers (`values: [sense, feel]`, or
`values: [感覚的, 情緒的]`), then look for a touchpoint where a missing
value fits: the unboxing (sense), a thank-you note (feel), a user community
or referral (relate).
"""

from __future__ import annotations

from journeymap.experiential import IDS, ValueName
from journeymap.findings import Severity
from journeymap.i18n import N_, Series, say
from journeymap.messages import rules as M
from journeymap.rules.base import Hit, Rule


def check(journey, options):
    used = {value for _, tp in journey.touchpoints() for value in tp.values}
    if not any(stage.touchpoints for stage in journey.stages):
        return  # nothing to tag yet
    if not used:
        yield Hit(
            journey.span,
            say(M.UNTAGGED_VALUES, values=Series(ValueName(v) for v in IDS)),
            say(M.UNTAGGED_VALUES_HINT),
        )
        return
    missing = [value for value in IDS if value not in used]
    if missing:
        yield Hit(
            journey.span,
            say(M.UNUSED_VALUES, count=len(missing), values=Series(ValueName(v) for v in missing)),
            say(
                M.UNUSED_VALUES_HINT,
                moments=Series(say(M.VALUE_MOMENT, value=ValueName(v), moment=say(M.MOMENTS[v])) for v in missing),
            ),
        )


RULE = Rule(
    "I302",
    "unused-experiential-value",
    Severity.INFO,
    N_("Some experiential values are never delivered."),
    check,
    __doc__,
)
