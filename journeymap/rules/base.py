"""What a rule is: a code, a name, a default severity, options, a check, and its documentation.

A rule's ``check`` sees only the typed model and yields :class:`Hit` values;
the engine decides whether a hit becomes a finding (selection, ``ignore:``
entries) and with which severity (configuration).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator, Mapping, NamedTuple

from journeymap.findings import Severity, Span
from journeymap.model import Journey, Scale, Stage, Touchpoint

POSITION, DISTANCE, PLAIN = "position", "distance", "plain"


class Option(NamedTuple):
    """A numeric rule option; thresholds are fractions of the scale's half-range.

    A ``position`` is a point on the scale (-0.25: a quarter of the way from neutral
    to the bottom); a ``distance`` is a gap between two scores (0.75: three quarters
    of the half-range, 1.5 points on -2..2 and on 1..5 alike); a ``plain`` option is
    a count. :meth:`in_scale` turns either into the scale's own numbers, for the
    rule that applies it and for ``explain`` and docs/rules.md that describe it.
    """

    name: str
    default: float
    doc: str
    minimum: float | None = None
    maximum: float | None = None
    measure: str = POSITION

    @property
    def relative(self) -> bool:
        return self.measure != PLAIN

    def in_scale(self, scale: Scale, value: float) -> float:
        """The option's ``value`` in points of ``scale``."""
        if self.measure == DISTANCE:
            return value * scale.half_range
        if self.measure == POSITION:
            return scale.absolute(value)
        return value


class Hit(NamedTuple):
    """One problem a rule found (a named tuple: there can be tens of thousands)."""

    span: Span
    message: str
    hint: str | None = None
    stage: Stage | None = None  # for `ignore:` on the stage
    touchpoint: Touchpoint | None = None  # for `ignore:` on the touchpoint (and its stage)


Check = Callable[[Journey, Mapping[str, float]], Iterable[Hit]]


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    severity: Severity
    summary: str
    check: Check = field(repr=False)
    doc: str = ""
    options: tuple[Option, ...] = ()
    title: str = ""  # what people call it ("Wait longer than its target"), a catalogue message

    def defaults(self) -> dict[str, float]:
        return {option.name: option.default for option in self.options}

    def option(self, name: str) -> Option | None:
        return next((o for o in self.options if o.name == name), None)


_PREFIX = re.compile(r"^[EWI][0-9]{0,3}$")


def matches(selector: str, code: str, name: str) -> bool:
    """Whether a selector (a code, a prefix such as W2, a rule name, or ALL) names the rule."""
    if selector in (code, name, "ALL"):
        return True
    return bool(_PREFIX.match(selector)) and code.startswith(selector)


def missing_field_hits(
    journey: Journey,
    code: str,
    name: str,
    present: Callable[[Touchpoint], bool],
    each: Callable[[Stage, Touchpoint], Hit],
    whole_map: Callable[[int, int], tuple[str, str]],
) -> Iterator[Hit]:
    """The hits of a rule about a field touchpoints should have, at the scale of the gap.

    When most touchpoints have the field, each one without it is a hit of its own
    (``each``): that one is an oversight. When most lack it, the map is simply not
    there yet ("no touchpoint has an owner"), and one hit about the whole map says so
    (``whole_map(missing, counted)`` gives its message and hint) instead of one per
    touchpoint. Touchpoints whose ``ignore:`` (or their stage's) names the rule are
    left out of the count and still get their own hit, which the engine suppresses.
    """
    missing, counted = [], 0
    for stage, touchpoint in journey.touchpoints():
        ignored = any(matches(s, code, name) for s in (*touchpoint.ignore, *stage.ignore))
        if present(touchpoint):
            counted += not ignored
        elif ignored:
            yield each(stage, touchpoint)
        else:
            counted += 1
            missing.append((stage, touchpoint))
    if not missing:
        return
    if 2 * (counted - len(missing)) > counted:
        for stage, touchpoint in missing:
            yield each(stage, touchpoint)
        return
    message, hint = whole_map(len(missing), counted)
    yield Hit(journey.span, message, hint)
