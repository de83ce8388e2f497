"""One layout of a journey, drawn by every view (SVG poster, HTML, PNG, terminal).

The layout is a plain value: stages in order with their touchpoints, the
text of every lane, the emotion of each persona at each touchpoint and stage
(with a colour and a marker per persona), and the findings that flag a stage
or a touchpoint. Renderers choose sizes and units; text is wrapped with the
one display-width measure in :mod:`journeymap.textwidth`, so the terminal and
the poster cannot disagree about what a stage contains or how it scored.
"""

from __future__ import annotations

from dataclasses import dataclass

from journeymap.channels import label as channel_label
from journeymap.findings import Finding
from journeymap.model import Journey, Stage, Touchpoint
from journeymap.phases import BY_ID as PHASES
from journeymap.scores import average, short_name
from journeymap.textwidth import has_cjk
from journeymap.views.anchors import anchor_findings
from journeymap.views.palette import mood, persona_style

LANES = ("goal", "touchpoints", "actions", "thoughts", "emotion", "pains", "opportunities")
LANE_TITLES = {
    "en": {
        "goal": "Goal",
        "touchpoints": "Touchpoints",
        "actions": "Actions",
        "thoughts": "Thoughts",
        "emotion": "Emotion",
        "pains": "Pain points",
        "opportunities": "Opportunities",
    },
    "ja": {
        "goal": "ゴール",
        "touchpoints": "タッチポイント",
        "actions": "行動",
        "thoughts": "思考",
        "emotion": "感情",
        "pains": "ペインポイント",
        "opportunities": "改善機会",
    },
}


@dataclass(frozen=True)
class Flag:
    code: str
    name: str
    severity: str
    message: str
    hint: str | None = None


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


@dataclass(frozen=True)
class Card:
    """One touchpoint as every view shows it."""

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
class Layout:
    title: str
    description: str | None
    path: str
    version: int
    lang: str  # "ja" when the map's own text is Japanese, else "en"
    scale_min: float
    scale_max: float
    personas: tuple[PersonaBadge, ...]
    columns: tuple[Column, ...]
    lanes: tuple[str, ...]
    map_flags: tuple[Flag, ...]  # findings about the whole map
    counts: dict  # findings by severity

    @property
    def neutral(self) -> float:
        return (self.scale_min + self.scale_max) / 2

    def relative(self, score: float) -> float:
        return (score - self.neutral) / ((self.scale_max - self.scale_min) / 2)

    def lane_title(self, lane: str) -> str:
        return LANE_TITLES[self.lang][lane]

    def mood(self, score: float):
        return mood(self.relative(score))

    @property
    def cards(self):
        """Every (column, card) in journey order."""
        for column in self.columns:
            for card in column.cards:
                yield column, card


def _flags(findings: list[Finding]) -> tuple[Flag, ...]:
    ordered = sorted(findings, key=lambda f: (f.code, f.message))
    return tuple(Flag(f.code, f.name, f.severity.value, f.message, f.hint) for f in ordered)


def _language(journey: Journey) -> str:
    texts = [journey.title, *(s.name for s in journey.stages)]
    return "ja" if sum(has_cjk(t) for t in texts) * 2 >= len(texts) else "en"


def build_layout(
    journey: Journey,
    findings: list[Finding] = (),
    persona: str | None = None,
    stage: str | None = None,
    lanes: tuple[str, ...] = LANES,
) -> Layout:
    """The layout of ``journey``, flagged with ``findings``.

    ``persona`` keeps one persona's scores and curve; ``stage`` keeps one
    stage; ``lanes`` picks and orders the lanes. Unknown ids raise KeyError
    (the CLI checks them first and says what exists).
    """
    lang = _language(journey)
    if persona is not None and journey.persona(persona) is None:
        raise KeyError(persona)
    badges = []
    for index, p in enumerate(journey.personas):
        if persona is None or p.id == persona:
            color, marker = persona_style(index)
            badges.append(
                PersonaBadge(
                    p.id, p.name, short_name(p), p.description or "", p.channels, color, marker, p.goals, p.frustrations
                )
            )
    if not journey.personas:
        color, marker = persona_style(0)
        badges.append(PersonaBadge("", "Customers" if lang == "en" else "顧客", "", "", (), color, marker))
    keys = [b.key or None for b in badges]

    by_object, map_findings = _attach(journey, findings)

    stages = list(journey.stages)
    if stage is not None:
        stages = [s for s in stages if s.id == stage]
        if not stages:
            raise KeyError(stage)
    columns = tuple(_column(s, keys, by_object, lang) for s in stages)
    counts = {"errors": 0, "warnings": 0, "infos": 0}
    for finding in findings:
        counts[finding.severity.value + "s"] += 1
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
        map_flags=_flags(map_findings),
        counts=counts,
    )


def _attach(journey: Journey, findings) -> tuple[dict[int, list[Finding]], list[Finding]]:
    """Findings by the id() of the stage or touchpoint they are about, and the map-level rest."""
    by_object: dict[int, list[Finding]] = {}
    rest = []
    for _, obj, finding in anchor_findings(journey, findings):
        if obj is None:
            rest.append(finding)
        else:
            by_object.setdefault(id(obj), []).append(finding)
    return by_object, rest


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
        flags=_flags(by_object.get(id(stage), [])),
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
        flags=_flags(by_object.get(id(touchpoint), [])),
    )
