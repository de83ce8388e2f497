"""Loading service blueprints: the two field kinds they add (items and durations) and their objects.

The Builder (build.py) calls :func:`items` and :func:`duration` for the
``ITEMS`` and ``DURATION`` kinds of the spec, and builds the blueprint objects
with :data:`CONSTRUCTORS`. A function returns None when the value cannot be
used; the finding that says why is already recorded.
"""

from __future__ import annotations

from journeymap.i18n import say
from journeymap.load import spec as S
from journeymap.load.compose import FORBIDDEN, MAPPING, SCALAR, SEQUENCE, Node
from journeymap.load.durations import CALENDAR, NO_UNIT, OK, parse_duration
from journeymap.load.scalars import FLOAT, INT, MERGE, NULL, STR
from journeymap.messages import blueprint as B
from journeymap.messages import load as L
from journeymap.model import Action, Blueprint, Duration, FailPoint, Wait

_TEXT_TAGS = (STR, MERGE)

CONSTRUCTORS = {
    "Blueprint": lambda values, span: Blueprint(**values, span=span),
    "Action": lambda values, span: Action(**values, span=span),
    "FailPoint": lambda values, span: FailPoint(**values, span=span),
    "Wait": lambda values, span: Wait(**values, span=span),
}


def items(builder, node: Node, field: S.Field):
    """A tuple of ``field.of`` objects from text, a mapping, or a list of either; None when unusable."""
    of = S.OBJECTS_BY_NAME[field.of]
    if node.kind == SEQUENCE:
        built = []
        for item in node.value:
            if item.kind == SCALAR and item.tag == NULL:
                builder._error(item, "E111", say(L.EMPTY_ITEM, field=field.name), say(L.EMPTY_ITEM_HINT))
                continue
            one = _item(builder, item, field, of, say(L.EACH_ITEM, field=field.name), B.TEXT_OR_MAPPING)
            if one is not None:
                built.append(one)
        return tuple(built)
    one = _item(builder, node, field, of, say(L.FIELD, field=field.name), B.TEXT_OR_MAPPINGS)
    return None if one is None else (one,)


def _item(builder, node: Node, field: S.Field, of: S.ObjectSpec, what, expected):
    if node.kind == MAPPING:
        return builder.build(node, of)
    first = of.fields[0]
    # Text (or a number, for a duration) says what the first field would: the action, the experience, the duration.
    shorthand = _TEXT_TAGS + ((INT, FLOAT) if first.kind == S.DURATION else ())
    if node.kind == SCALAR and node.tag in shorthand:
        value = builder._convert[first.kind](node, first)
        if not isinstance(value, (str, Duration)):  # the converter's "invalid", already reported
            return None
        return CONSTRUCTORS[of.name]({first.name: value}, node.span(builder.path))
    if node.tag != FORBIDDEN:
        builder._wrong_type(node, what, expected, say(B.HINT_ITEMS, field=first.name))
    return None


def duration(builder, node: Node, field: S.Field):
    """A Duration from text such as 15min or PT15M; None (and an E111 or E103 finding) otherwise."""
    if node.kind == SCALAR and node.tag in (INT, FLOAT):
        builder._error(
            node, "E111", say(B.NO_UNIT, field=field.name, value=node.value), say(B.NO_UNIT_HINT, value=node.value)
        )
        return None
    if node.kind != SCALAR or node.tag not in _TEXT_TAGS:
        if node.tag != FORBIDDEN:
            builder._wrong_type(node, say(L.FIELD, field=field.name), B.A_DURATION, say(B.DURATION_HINT))
        return None
    seconds, why = parse_duration(node.value)
    if why == OK:
        return Duration(seconds, node.value.strip())
    if why == NO_UNIT:
        number = node.value.strip()
        builder._error(node, "E111", say(B.NO_UNIT, field=field.name, value=number), say(B.NO_UNIT_HINT, value=number))
    elif why == CALENDAR:
        builder._error(node, "E111", say(B.CALENDAR_DURATION, value=node.value), say(B.CALENDAR_DURATION_HINT))
    else:
        builder._error(node, "E111", say(B.NOT_A_DURATION, value=node.value), say(B.DURATION_HINT))
    return None


# docs/format.md: how a blueprint is written (the reference tables follow from the spec).
BLUEPRINT_SECTION = """\
## Service blueprints

A journey map says what the customer goes through; a service blueprint says
what the organisation does to deliver each step. Any touchpoint (and any
stage, for work that spans the whole stage) may carry a `blueprint:` with
the lanes below the customer's, as Shostack and Bitner draw them:

| lane | what goes in it | drawn |
| --- | --- | --- |
| `physical_evidence` | what the customer sees, touches or keeps: a receipt, an email, a parcel | above the customer |
| `frontstage` | what staff or systems do in view of the customer | below the line of interaction |
| `backstage` | what staff do out of sight to make it happen | below the line of visibility |
| `support` | support processes and systems: IT, logistics, partners | below the line of internal interaction |
| `fail_points` | where delivery can fail, as the customer experiences it | marked on the touchpoint |
| `waits` | where the customer waits, how long, and the target | marked on the touchpoint |

```yaml
      - id: return-desk
        name: Return at the store counter
        channel: store
        owner: store-operations
        blueprint:
          physical_evidence: [Return slip, Receipt email]
          frontstage:
            - Checks the item and the order number         # done by the owner, store-operations
          backstage:
            - {action: Books the refund against the web order, department: e-commerce}
          support:
            - {action: Order system shows store and web orders together, department: it}
          fail_points:
            - experience: The counter cannot find a web order
              owner: e-commerce
              mitigation: Look the order up by phone number
          waits:
            - {what: the refund, duration: 10d, target: 5d}
```

An action is text, or `{action: …, department: …}` to name who does it; an
action without a department is done by the touchpoint's `owner`. A fail point
is text (what the customer experiences), or a mapping that adds its `owner`
and `mitigation`. Departments are free text; write each one the same way
everywhere, since `report` and the rules compare them as written.

**Durations** are a number and a unit — `30s`, `15min` (or `15m`), `2h`,
`3d`, `1w`, combined as `1h30min`, decimals as `1.5h` — the same in
Japanese (`15分`, `2時間`, `3日`, `1週間`, `1時間30分`), or an ISO 8601
duration without calendar parts (`PT15M`, `P3D`, `P1DT2H`, `P2W`). A day is
24 hours. A number without a unit (`15`) and months or years (`1mo`, `P1M`),
which have no fixed length, are errors (E111) that say what to write instead.

None of this is required: a map without blueprints checks and renders
exactly as before. `journeymap render --view blueprint` and `journeymap show
--view blueprint` draw the blueprint; rules W220-W224 check it; `report` adds
a section per department.
"""
