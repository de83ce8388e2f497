"""The typed journey model: frozen values that remember where they came from.

Spans never take part in equality, so two maps with the same content compare
equal however they were written (that is what diff and the round-trip tests
rely on).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from journeymap.findings import Span
from journeymap.phases import BY_ID as PHASES_BY_ID

if TYPE_CHECKING:  # survey data: imported where it is read, not by every map
    from journeymap.survey import DataFile, Measured, Targets


EVERY_PERSONA, NO_PERSONA = "every-persona", "no-persona"  # what one emotion number scores


def _span():
    return field(default=None, compare=False, repr=False)


class Codes(tuple):
    """Rule codes or names from an ``ignore:`` list; ``spans`` says where each one is written.

    Compares and hashes as a plain tuple of strings.
    """

    spans: tuple[Span, ...]

    def __new__(cls, codes=(), spans=()):
        codes_tuple = super().__new__(cls, codes)
        codes_tuple.spans = tuple(spans)
        return codes_tuple


class Item(str):
    """A pain point or an opportunity: its text, with an optional ``id`` (by which a future map
    removes the pain or realises the opportunity) and its ``span``.

    Compares and hashes as its text, so everything that reads these lists as strings still does.
    """

    id: str | None
    span: Span | None

    def __new__(cls, text: str, id: str | None = None, span: Span | None = None):
        item = super().__new__(cls, text)
        item.id = id
        item.span = span
        return item

    def __reduce__(self):
        return (Item, (str(self), self.id, self.span))


class Ids(Codes):
    """Ids of the counterpart map's opportunities or pain points; ``spans`` says where each is written."""


@dataclass(frozen=True, slots=True)
class Scale:
    min: float = -2
    max: float = 2
    span: Span | None = _span()

    @property
    def neutral(self) -> float:
        return (self.min + self.max) / 2

    @property
    def half_range(self) -> float:
        return (self.max - self.min) / 2

    def contains(self, score: float) -> bool:
        return math.isfinite(score) and self.min <= score <= self.max

    def relative(self, score: float) -> float:
        """The score on -1..1: -1 is the scale's minimum, 0 neutral, 1 its maximum."""
        return (score - self.neutral) / self.half_range

    def absolute(self, relative: float) -> float:
        """The inverse of :meth:`relative`."""
        return self.neutral + relative * self.half_range

    def __str__(self) -> str:
        return f"{format_number(self.min)}..{format_number(self.max)}"


@dataclass(frozen=True, slots=True)
class Score:
    """One persona's score in an emotion mapping; ``value`` None means not scored."""

    persona: str
    value: float | None
    span: Span | None = _span()
    key_span: Span | None = _span()


@dataclass(frozen=True, slots=True)
class Emotion:
    """How customers feel at a touchpoint.

    Either one ``value`` for every persona (``scores`` empty, ``per_persona``
    False) or a mapping persona id → score (``per_persona`` True).
    """

    value: float | None = None
    scores: tuple[Score, ...] = ()
    per_persona: bool = False
    span: Span | None = _span()
    # persona id -> score, so that a lookup does not walk every persona (8,000 personas
    # made that quadratic: 40 s for check); derived, so it takes no part in equality.
    _by_persona: dict = field(default=None, init=False, compare=False, repr=False)
    # Whom one ``value`` scores: every persona (True), or no persona in particular (False:
    # a Mermaid task without actors, in a map whose ``single_scores`` is ``no-persona``).
    everyone: bool = True

    def __post_init__(self) -> None:
        if self.per_persona:
            by_persona: dict = {}
            for score in self.scores:
                by_persona.setdefault(score.persona, score.value)  # the first one wins, as before
            object.__setattr__(self, "_by_persona", by_persona)

    def for_persona(self, persona_id: str | None) -> float | None:
        if not self.per_persona:
            return self.value if self.everyone or persona_id is None else None
        return self._by_persona.get(persona_id)

    def values(self) -> list[float]:
        """Every score given, for a touchpoint-level view."""
        if not self.per_persona:
            return [] if self.value is None else [self.value]
        return [s.value for s in self.scores if s.value is not None]


@dataclass(frozen=True, slots=True)
class Evidence:
    source: str
    date: str | None = None
    n: int | None = None
    csat: float | None = None
    nps: float | None = None
    quote: str | None = None
    url: str | None = None
    notes: str | None = None
    extensions: tuple[tuple[str, object], ...] = ()
    span: Span | None = _span()


@dataclass(frozen=True, slots=True)
class Persona:
    id: str
    name: str
    description: str | None = None
    goals: tuple[str, ...] = ()
    frustrations: tuple[str, ...] = ()
    channels: tuple[str, ...] = ()
    extensions: tuple[tuple[str, object], ...] = ()
    span: Span | None = _span()
    ref: str | None = field(default=None, compare=False)  # the ref: path it was loaded through


@dataclass(frozen=True, slots=True)
class Touchpoint:
    id: str
    name: str
    channel: str | None = None
    owner: str | None = None
    actions: tuple[str, ...] = ()
    thoughts: tuple[str, ...] = ()
    emotion: Emotion | None = None
    pain_points: tuple[str, ...] = ()  # Item values when loaded from a file
    opportunities: tuple[str, ...] = ()
    values: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    ignore: tuple[str, ...] = ()
    realises: tuple[str, ...] = ()  # opportunity ids of the current map this future touchpoint realises (Ids)
    removes: tuple[str, ...] = ()  # pain point ids of the current map it removes (Ids)
    extensions: tuple[tuple[str, object], ...] = ()
    span: Span | None = _span()
    blueprint: Blueprint | None = None  # what the organisation does behind it (service blueprint)

    def score(self, persona_id: str | None) -> float | None:
        return None if self.emotion is None else self.emotion.for_persona(persona_id)


@dataclass(frozen=True, slots=True)
class Stage:
    id: str
    name: str
    phase: str | None = None
    goal: str | None = None
    description: str | None = None
    touchpoints: tuple[Touchpoint, ...] = ()
    ignore: tuple[str, ...] = ()
    extensions: tuple[tuple[str, object], ...] = ()
    phase_inferred: bool = field(default=False, compare=False)
    span: Span | None = _span()
    blueprint: Blueprint | None = None  # what the organisation does across the whole stage

    @property
    def post_purchase(self) -> bool:
        return self.phase is not None and PHASES_BY_ID[self.phase].post_purchase


@dataclass(frozen=True, slots=True)
class AcceptedPain:
    """A pain point of the current map that the future map keeps on purpose, and why."""

    id: str
    reason: str
    extensions: tuple[tuple[str, object], ...] = ()
    span: Span | None = _span()


@dataclass(frozen=True, slots=True)
class Journey:
    title: str
    stages: tuple[Stage, ...]
    description: str | None = None
    scale: Scale = Scale()
    personas: tuple[Persona, ...] = ()
    version: int = 1
    lang: str | None = None  # the language the map says it is written in (en, ja), if it says
    state: str | None = None  # "current" or "future", when the map says which state it maps
    counterpart: str | None = None  # the path of the map of the other state, as written
    accepted_pains: tuple[AcceptedPain, ...] = ()
    extensions: tuple[tuple[str, object], ...] = ()
    data: tuple[DataFile, ...] = ()  # survey files (journeymap.survey); read by the loader into ``measured``
    targets: Targets | None = None
    measured: Measured | None = field(default=None, compare=False, repr=False)
    path: str = field(default="<map>", compare=False)
    span: Span | None = _span()  # the `journeymap:` line: where findings about the whole map point
    # The counterpart map as loaded (its own counterpart is not followed), and where `counterpart:` is written.
    counterpart_map: Journey | None = field(default=None, compare=False, repr=False)
    counterpart_span: Span | None = _span()
    _personas_by_id: dict = field(default=None, init=False, compare=False, repr=False)
    scope: tuple[str, ...] = ()  # the phases the map covers on purpose; () means the whole journey
    single_scores: str | None = None  # "no-persona": one emotion number scores no persona in particular
    _audiences: tuple = field(default=None, init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        by_id: dict = {}
        for persona in self.personas:
            by_id.setdefault(persona.id, persona)
        object.__setattr__(self, "_personas_by_id", by_id)
        ids = tuple(p.id for p in self.personas)
        if not ids:
            ids = (None,)
        elif self.single_scores == NO_PERSONA and any(
            tp.emotion is not None and not tp.emotion.everyone for stage in self.stages for tp in stage.touchpoints
        ):
            ids += (None,)  # scores for no persona in particular are the customers' as a whole
        object.__setattr__(self, "_audiences", ids)

    def persona(self, persona_id: str) -> Persona | None:
        return self._personas_by_id.get(persona_id)

    def touchpoints(self):
        """Every (stage, touchpoint) pair in journey order."""
        for stage in self.stages:
            for touchpoint in stage.touchpoints:
                yield stage, touchpoint

    @property
    def persona_ids(self) -> tuple[str | None, ...]:
        """The personas to analyse; a map without personas has one anonymous audience (None).

        A map with personas has it too when some scores are for no persona in particular.
        """
        return self._audiences


# -- service blueprints: what the organisation does behind each touchpoint ----------------------


@dataclass(frozen=True, slots=True)
class Action:
    """One step of the organisation in a blueprint lane; ``department`` None: the touchpoint's owner."""

    action: str
    department: str | None = None
    extensions: tuple[tuple[str, object], ...] = ()
    span: Span | None = _span()


@dataclass(frozen=True, slots=True)
class FailPoint:
    """Where delivery can fail, as the customer experiences it; who owns it and what limits the damage."""

    experience: str
    owner: str | None = None
    mitigation: str | None = None
    extensions: tuple[tuple[str, object], ...] = ()
    span: Span | None = _span()


@dataclass(frozen=True, slots=True)
class Duration:
    """A length of time; ``text`` is how the map wrote it (15min, PT15M, 15分) and takes no part in equality."""

    seconds: float
    text: str = field(default="", compare=False)


@dataclass(frozen=True, slots=True)
class Wait:
    """Where the customer waits: how long, and how long at most it should be."""

    duration: Duration
    what: str | None = None
    target: Duration | None = None
    extensions: tuple[tuple[str, object], ...] = ()
    span: Span | None = _span()

    @property
    def over_target(self) -> bool:
        return self.target is not None and self.duration.seconds > self.target.seconds


@dataclass(frozen=True, slots=True)
class Blueprint:
    """The service blueprint of a touchpoint or a stage (Shostack's lanes below the customer's)."""

    physical_evidence: tuple[str, ...] = ()
    frontstage: tuple[Action, ...] = ()
    backstage: tuple[Action, ...] = ()
    support: tuple[Action, ...] = ()
    fail_points: tuple[FailPoint, ...] = ()
    waits: tuple[Wait, ...] = ()
    extensions: tuple[tuple[str, object], ...] = ()
    span: Span | None = _span()

    def actions(self):
        """Every (lane, action) in lane order: frontstage, backstage, support."""
        for lane in ("frontstage", "backstage", "support"):
            for action in getattr(self, lane):
                yield lane, action

    def departments(self, owner: str | None = None) -> tuple[str, ...]:
        """The departments acting in it, in order of appearance; an action that names none is ``owner``'s."""
        named = dict.fromkeys(action.department or owner for _, action in self.actions())
        return tuple(name for name in named if name)


def blueprints(journey: Journey):
    """(stage, touchpoint or None, blueprint) for every blueprint of the map, a stage's before its touchpoints'."""
    for stage in journey.stages:
        if stage.blueprint is not None:
            yield stage, None, stage.blueprint
        for touchpoint in stage.touchpoints:
            if touchpoint.blueprint is not None:
                yield stage, touchpoint, touchpoint.blueprint


def format_number(value: float) -> str:
    """A score as people write it: 2, -0.5, 1.25 (never 2.0)."""
    if not math.isfinite(value):
        return str(value)
    return str(int(value)) if float(value).is_integer() else f"{value:g}"
