"""One layout of a journey, drawn by every face (SVG poster, HTML, PNG, terminal).

The layout is a plain value computed once from a map and its findings: the
stages in order with their touchpoints, the text of every lane, the emotion
curve (one point per touchpoint, every persona's score), the flags on each
stage and touchpoint counted per rule, the legend, the counts by severity and
the words of every label in the layout's language. Faces choose sizes and
units and draw; they do not count, average or word anything themselves, so the
poster and the terminal cannot disagree (tests/views/test_layout.py checks it).

Text is wrapped by :meth:`Layout.wrapped` with the one display-width measure
of :mod:`journeymap.textwidth`, for whatever column budget a face has.

Over 300 lines on purpose: the layout's value types and how they are built are read
together; a face author looks here for what every face may draw.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from journeymap.channels import label as channel_label
from journeymap.findings import Finding, count_by_severity
from journeymap.i18n import Series, say, tr
from journeymap.messages import words as W
from journeymap.model import Journey, Stage, Touchpoint
from journeymap.phases import BY_ID as PHASES
from journeymap.scores import average, short_name, signed
from journeymap.textwidth import wrap
from journeymap.check.codes import display_name
from journeymap.views.anchors import anchor_findings
from journeymap.views.measured import Mark, add_marks
from journeymap.views.palette import mood, persona_style
from journeymap.views.report import language_of

LANES = ("goal", "touchpoints", "actions", "thoughts", "emotion", "pains", "opportunities")
LANE_WORDS = {
    "goal": W.LANE_GOAL,
    "touchpoints": W.LANE_TOUCHPOINTS,
    "actions": W.LANE_ACTIONS,
    "thoughts": W.LANE_THOUGHTS,
    "emotion": W.LANE_EMOTION,
    "pains": W.LANE_PAINS,
    "opportunities": W.LANE_OPPORTUNITIES,
}
_SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


@dataclass(frozen=True)
class Flag:
    """One rule on one stage or touchpoint (or the whole map), however often it fired there."""

    code: str
    name: str  # the rule's kebab-case name (what --select takes)
    severity: str
    messages: tuple[str, ...]  # one per finding, in the layout's language
    hints: tuple[str, ...] = ()
    title: str = ""  # what people call the rule in the layout's language (the name in English)

    @property
    def label(self) -> str:
        return self.title or self.name

    @property
    def count(self) -> int:
        return len(self.messages)

    @property
    def message(self) -> str:
        return self.messages[0]


@dataclass(frozen=True)
class PersonaBadge:
    key: str  # persona id, or "" for a map without personas
    name: str
    short: str
    description: str
    channels: tuple[str, ...]
    color: str
    marker: str
    goals: tuple[str, ...] = ()
    frustrations: tuple[str, ...] = ()
    channel_labels: tuple[str, ...] = ()  # the channels as the layout's language names them


@dataclass(frozen=True)
class Card:
    """One touchpoint as every face shows it."""

    id: str
    name: str
    channel: str | None
    channel_label: str | None
    owner: str | None
    actions: tuple[str, ...]
    thoughts: tuple[str, ...]
    pains: tuple[str, ...]
    opportunities: tuple[str, ...]
    scores: tuple[float | None, ...]  # one per persona badge, in badge order
    flags: tuple[Flag, ...]
    measured: Mark | None = None  # what customers said here (data:), when the map has survey files

    def items(self, lane: str) -> tuple[str, ...]:
        """The texts of an item lane (actions, thoughts, pains, opportunities)."""
        return getattr(self, lane)


@dataclass(frozen=True)
class Column:
    """One stage."""

    id: str
    name: str
    phase: str | None
    phase_label: str | None
    goal: str | None
    cards: tuple[Card, ...]
    averages: tuple[float | None, ...]  # one per persona badge
    flags: tuple[Flag, ...]


@dataclass(frozen=True)
class CurvePoint:
    """A point of the emotion curve: one touchpoint, every persona's score there.

    ``slot`` counts the touchpoints across the journey (an empty stage takes one
    slot, as it takes one column on the poster), so a face places points by slot.
    """

    slot: int
    column: int
    card: int
    scores: tuple[float | None, ...]


@dataclass(frozen=True)
class Layout:
    title: str
    description: str | None
    path: str
    version: int
    lang: str  # the language of the labels: the map's own, unless one was asked for
    scale_min: float
    scale_max: float
    personas: tuple[PersonaBadge, ...]
    columns: tuple[Column, ...]
    lanes: tuple[str, ...]
    map_flags: tuple[Flag, ...]  # findings about the whole map
    counts: dict  # findings by severity: {"errors": n, "warnings": n, "infos": n}
    curve: tuple[CurvePoint, ...] = ()
    _wraps: dict = field(default_factory=dict, compare=False, repr=False)

    @property
    def neutral(self) -> float:
        return (self.scale_min + self.scale_max) / 2

    def relative(self, score: float) -> float:
        return (score - self.neutral) / ((self.scale_max - self.scale_min) / 2)

    def mood(self, score: float):
        return mood(self.relative(score))

    # -- words ------------------------------------------------------------------------------

    def word(self, template, **params) -> str:
        """A label of the catalogue (journeymap.messages.words) in the layout's language."""
        return tr(self.lang, say(template, **params))

    def lane_title(self, lane: str) -> str:
        return self.word(LANE_WORDS[lane])

    def counts_text(self) -> str:
        """"20 warnings, 3 infos", "警告 20 件、情報 3 件", or "no findings"."""
        parts = [
            self.word(template, count=self.counts[key])
            for key, template in (("errors", W.ERRORS), ("warnings", W.WARNINGS), ("infos", W.INFOS))
            if self.counts.get(key)
        ]
        return tr(self.lang, Series(parts)) if parts else self.word(W.NO_FINDINGS)

    def quoted_thought(self, text: str) -> str:
        return self.word(W.QUOTE_OPEN) + text + self.word(W.QUOTE_CLOSE)

    def swatches(self) -> list[tuple[float, str]]:
        """The score legend: five colours from the bottom of the scale to the top, with their scores."""
        low, high = self.scale_min, self.scale_max
        return [(-1 + i * 0.5, signed(low + (high - low) * i / 4)) for i in range(5)]

    # -- text -------------------------------------------------------------------------------

    def wrapped(self, text: str, cells: int, wide: float = 2) -> tuple[str, ...]:
        """``text`` wrapped to ``cells`` display columns (Japanese line-breaking rules); measured once.

        ``wide``: the columns a CJK character takes (2 in a terminal; see textwidth.wide_cells)."""
        key = (text, cells, wide)
        lines = self._wraps.get(key)
        if lines is None:
            lines = self._wraps[key] = tuple(wrap(text, max(1, cells), wide))
        return lines

    def lane_texts(self, card: Card, lane: str) -> tuple[str, ...]:
        """What a touchpoint says in an item lane; thoughts are quoted as the language quotes."""
        items = card.items(lane)
        return tuple(self.quoted_thought(t) for t in items) if lane == "thoughts" else items

    @property
    def cards(self):
        """Every (column, card) in journey order."""
        for column in self.columns:
            for card in column.cards:
                yield column, card


def build_layout(
    journey: Journey,
    findings: list[Finding] = (),
    persona: str | None = None,
    stage: str | None = None,
    lanes: tuple[str, ...] = LANES,
    lang: str | None = None,
) -> Layout:
    """The layout of ``journey``, flagged with ``findings``.

    ``persona`` keeps one persona's scores, curve and findings; ``stage`` keeps
    one stage; ``lanes`` picks and orders the lanes; ``lang`` says the labels in
    that language (default: the map's). Unknown ids raise KeyError (the CLI
    checks them first and says what exists).
    """
    lang = lang or language_of(journey)
    if persona is not None and journey.persona(persona) is None:
        raise KeyError(persona)
    badges = []
    for index, p in enumerate(journey.personas):
        if persona is None or p.id == persona:
            color, marker = persona_style(index)
            badges.append(
                PersonaBadge(
                    p.id,
                    p.name,
                    short_name(p),
                    p.description or "",
                    p.channels,
                    color,
                    marker,
                    p.goals,
                    p.frustrations,
                    tuple(channel_label(c, lang == "ja") for c in p.channels),
                )
            )
    if None in journey.persona_ids and persona is None:  # no personas, or scores for no persona in particular
        color, marker = persona_style(len(badges))
        badges.append(PersonaBadge("", tr(lang, say(W.CUSTOMERS_LABEL)), "", "", (), color, marker))
    keys = [b.key or None for b in badges]

    by_object, map_findings = _attach(journey, findings, persona)

    stages = list(journey.stages)
    if stage is not None:
        stages = [s for s in stages if s.id == stage]
        if not stages:
            raise KeyError(stage)
    columns = tuple(_column(s, keys, by_object, lang) for s in stages)
    if journey.measured is not None:
        columns = add_marks(columns, journey, lang)
    return Layout(
        title=journey.title,
        description=journey.description,
        path=journey.path,
        version=journey.version,
        lang=lang,
        scale_min=journey.scale.min,
        scale_max=journey.scale.max,
        personas=tuple(badges),
        columns=columns,
        lanes=tuple(lane for lane in lanes if lane in LANES),
        map_flags=_flags(map_findings, lang),
        counts=count_by_severity(findings),
        curve=_curve(columns),
    )


def _attach(journey: Journey, findings, persona: str | None) -> tuple[dict[int, list[Finding]], list[Finding]]:
    """Findings by the id() of the stage or touchpoint they are about, and the map-level rest.

    With one persona shown, findings that name another persona only are left out.
    """
    others = _other_personas(journey, persona)
    by_object: dict[int, list[Finding]] = {}
    rest = []
    for _, obj, finding in anchor_findings(journey, findings):
        if others and _about_others_only(finding, others):
            continue
        if obj is None:
            rest.append(finding)
        else:
            by_object.setdefault(id(obj), []).append(finding)
    return by_object, rest


def _other_personas(journey: Journey, persona: str | None) -> frozenset[str]:
    if persona is None:
        return frozenset()
    return frozenset(short_name(p) for p in journey.personas if p.id != persona) - {
        short_name(journey.persona(persona))
    }


def _about_others_only(finding: Finding, others: frozenset[str]) -> bool:
    """Whether a finding speaks of other personas only (and so is not this persona's to show).

    The persona may be named inside a part of the message (W206 lists each persona's score)."""
    named = set(_personas_named(finding.message))
    return bool(named) and named <= others


def _personas_named(message, depth: int = 0):
    params = getattr(message, "params", None) or {}
    for key, value in params.items():
        if key == "persona" and isinstance(value, str):
            yield str(value)
        elif depth < 4 and getattr(value, "params", None):
            yield from _personas_named(value, depth + 1)
        elif depth < 4 and isinstance(getattr(value, "items", None), tuple):  # a Series of parts
            for item in value.items:
                if getattr(item, "params", None) is not None:
                    # A part that names nobody (a pain point) is about everyone: "" keeps the finding.
                    yield from (list(_personas_named(item, depth + 1)) or [""])


def _flags(findings: list[Finding], lang: str) -> tuple[Flag, ...]:
    """One Flag per rule: errors first, then warnings, then advice; by code within each."""
    grouped: dict[str, list[Finding]] = {}
    for finding in sorted(findings, key=lambda f: (_SEVERITY_ORDER[f.severity.value], f.code, f.message)):
        grouped.setdefault(finding.code, []).append(finding)
    return tuple(
        Flag(
            code,
            group[0].name,
            group[0].severity.value,
            tuple(tr(lang, f.message) for f in group),
            tuple(tr(lang, f.hint) for f in group if f.hint),
            display_name(code, group[0].name, lang),
        )
        for code, group in grouped.items()
    )


def _column(stage: Stage, keys, by_object, lang: str) -> Column:
    cards = tuple(_card(tp, keys, by_object, lang) for tp in stage.touchpoints)
    averages = tuple(
        average(card.scores[i] for card in cards if card.scores[i] is not None) for i in range(len(keys))
    )
    phase = PHASES.get(stage.phase) if stage.phase else None
    return Column(
        id=stage.id,
        name=stage.name,
        phase=stage.phase,
        phase_label=(phase.ja if lang == "ja" else phase.en) if phase else None,
        goal=stage.goal,
        cards=cards,
        averages=averages,
        flags=_flags(by_object.get(id(stage), []), lang),
    )


def _card(touchpoint: Touchpoint, keys, by_object, lang: str) -> Card:
    return Card(
        id=touchpoint.id,
        name=touchpoint.name,
        channel=touchpoint.channel,
        channel_label=channel_label(touchpoint.channel, lang == "ja") if touchpoint.channel else None,
        owner=touchpoint.owner,
        actions=touchpoint.actions,
        thoughts=touchpoint.thoughts,
        pains=touchpoint.pain_points,
        opportunities=touchpoint.opportunities,
        scores=tuple(touchpoint.score(key) for key in keys),
        flags=_flags(by_object.get(id(touchpoint), []), lang),
    )


def _curve(columns: tuple[Column, ...]) -> tuple[CurvePoint, ...]:
    points = []
    slot = 0
    for c, column in enumerate(columns):
        for k, card in enumerate(column.cards):
            points.append(CurvePoint(slot + k, c, k, card.scores))
        slot += max(1, len(column.cards))
    return tuple(points)
