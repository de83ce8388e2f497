"""What a rule is: a code, a name, a default severity, options, a check, and its documentation.

A rule's ``check`` sees only the typed model and yields :class:`Hit` values;
the engine decides whether a hit becomes a finding (selection, ``ignore:``
entries) and with which severity (configuration).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Iterable, Mapping, NamedTuple

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
