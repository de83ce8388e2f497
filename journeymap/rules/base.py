"""What a rule is: a code, a name, a default severity, options, a check, and its documentation.

A rule's ``check`` sees only the typed model and yields :class:`Hit` values;
the engine decides whether a hit becomes a finding (selection, ``ignore:``
entries) and with which severity (configuration).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Iterable, Mapping, NamedTuple

from ..findings import Severity, Span
from ..model import Journey, Stage, Touchpoint


class Option(NamedTuple):
    """A numeric rule option; thresholds are fractions of the scale's half-range."""

    name: str
    default: float
    doc: str
    minimum: float | None = None
    maximum: float | None = None
    relative: bool = True  # a fraction of the half-range (shown in scale units by `explain`)


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

    def defaults(self) -> dict[str, float]:
        return {option.name: option.default for option in self.options}

    def option(self, name: str) -> Option | None:
        return next((o for o in self.options if o.name == name), None)
