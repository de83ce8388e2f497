"""The backlog as work items: every opportunity of a map with the pains and scores behind it.

Each touchpoint gets an urgency from four parts, each on 0..1 (docs/site.md):

- **depth**: how far below neutral its worst persona's score is (1 at the
  bottom of the scale, 0 at neutral or better) — one bad moment is enough;
- **reach**: the share of the map's personas who score it below neutral;
- **stage**: how far below neutral its stage's average is, so a weak stage
  pulls its touchpoints up;
- **pains**: how many pain points it records, three or more counting fully.

``priority = 40·depth + 20·reach + 20·stage + 20·pains``, from 0 to 100,
rounded to one decimal; its band (Highest ≥ 60, High ≥ 40, Medium ≥ 20,
Low > 0, Lowest 0) uses the names Jira gives its default priorities, so a
CSV import maps them without a table. An opportunity takes its touchpoint's
priority; so does a pain point, on the owners' pages. Unscored touchpoints
have depth, reach and stage 0: the pains alone speak for them.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from journeymap.i18n import say
from journeymap.messages import backlog as B
from journeymap.model import Journey, Stage, Touchpoint
from journeymap.scores import average, stage_average

WEIGHTS = {"depth": 40, "reach": 20, "stage": 20, "pains": 20}
PAINS_FOR_FULL_WEIGHT = 3
# (lowest priority in the band, band) from the top; the names are Jira's default priorities.
BANDS = ((60.0, "Highest"), (40.0, "High"), (20.0, "Medium"), (0.1, "Low"), (0.0, "Lowest"))  # priorities have one decimal
BAND_WORDS = {
    "Highest": B.BAND_HIGHEST,
    "High": B.BAND_HIGH,
    "Medium": B.BAND_MEDIUM,
    "Low": B.BAND_LOW,
    "Lowest": B.BAND_LOWEST,
}


@dataclass(frozen=True)
class Urgency:
    """Why a touchpoint's work comes first: the four parts (0..1) and the priority (0..100)."""

    depth: float
    reach: float
    stage: float
    pains: float
    priority: float
    band: str
    worst: float | None  # the lowest persona score, on the map's own scale
    worst_relative: float | None  # the same relative to the scale (-1..1), to compare maps
    stage_average: float | None  # the stage's average over personas, on the map's own scale
    below: int  # personas scoring the touchpoint below neutral
    personas: int  # personas in the map (1 for a map without personas)


@dataclass(frozen=True)
class Item:
    """One opportunity (or, on an owner's page, one pain point) where it belongs."""

    id: str  # stable across runs while path, stage, touchpoint and text stay: for tracker de-duplication
    kind: str  # "opportunity" or "pain"
    text: str
    path: str
    journey: str
    stage: str
    stage_id: str
    phase: str | None
    touchpoint: str
    touchpoint_id: str
    channel: str | None
    owner: str | None
    pains: tuple[str, ...]  # the touchpoint's pain points: what the opportunity answers
    scale: str
    urgency: Urgency
    order: int  # position in the journey, so that ties keep the map's order

    @property
    def priority(self) -> float:
        return self.urgency.priority


def band(priority: float) -> str:
    return next(name for floor, name in BANDS if priority >= floor)


def band_word(name: str):
    """The band as a catalogue word (Highest, 最高 …)."""
    return say(BAND_WORDS[name])


def urgency(journey: Journey, stage: Stage, touchpoint: Touchpoint, stage_mean: float | None = None) -> Urgency:
    """The urgency of ``touchpoint``; ``stage_mean`` is its stage's average when already known."""
    scale = journey.scale
    persona_ids = journey.persona_ids
    scores = [s for s in (touchpoint.score(p) for p in persona_ids) if s is not None]
    worst = min(scores) if scores else None
    if stage_mean is None:
        stage_mean = stage_overall(stage, persona_ids)
    below = sum(1 for s in scores if scale.relative(s) < 0)
    depth = max(0.0, -scale.relative(worst)) if worst is not None else 0.0
    weak_stage = max(0.0, -scale.relative(stage_mean)) if stage_mean is not None else 0.0
    reach = below / len(persona_ids)
    pains = min(len(touchpoint.pain_points), PAINS_FOR_FULL_WEIGHT) / PAINS_FOR_FULL_WEIGHT
    priority = round(
        WEIGHTS["depth"] * depth + WEIGHTS["reach"] * reach + WEIGHTS["stage"] * weak_stage + WEIGHTS["pains"] * pains, 1
    ) + 0.0
    return Urgency(
        round(depth, 3), round(reach, 3), round(weak_stage, 3), round(pains, 3), priority, band(priority),
        worst, None if worst is None else scale.relative(worst), stage_mean, below, len(persona_ids),
    )


def stage_overall(stage: Stage, persona_ids) -> float | None:
    """The stage's average over personas, each persona weighted equally (as the report computes it)."""
    return average(v for v in (stage_average(stage, p) for p in persona_ids) if v is not None)


def items(journey: Journey, kinds: tuple[str, ...] = ("opportunity",)) -> list[Item]:
    """The work items of one map in journey order: its opportunities (and pain points, if asked)."""
    found = []
    scale = str(journey.scale)
    order = 0
    for stage in journey.stages:
        mean = stage_overall(stage, journey.persona_ids)
        for touchpoint in stage.touchpoints:
            texts = []
            if "opportunity" in kinds:
                texts += [("opportunity", text) for text in touchpoint.opportunities]
            if "pain" in kinds:
                texts += [("pain", text) for text in touchpoint.pain_points]
            if not texts:
                continue
            why = urgency(journey, stage, touchpoint, mean)
            for kind, text in texts:
                found.append(
                    Item(
                        item_id(journey.path, stage.id, touchpoint.id, kind, text),
                        kind,
                        text,
                        journey.path,
                        journey.title,
                        stage.name,
                        stage.id,
                        stage.phase,
                        touchpoint.name,
                        touchpoint.id,
                        touchpoint.channel,
                        touchpoint.owner,
                        touchpoint.pain_points,
                        scale,
                        why,
                        order,
                    )
                )
                order += 1
    return found


def item_id(path: str, stage: str, touchpoint: str, kind: str, text: str) -> str:
    """``jm-`` and ten hex digits of the item's place and text: the same item, the same id."""
    digest = hashlib.sha1("\x1f".join((path, stage, touchpoint, kind, text)).encode("utf-8")).hexdigest()
    return f"jm-{digest[:10]}"


def most_urgent_first(found: list[Item]) -> list[Item]:
    """Highest priority first; among equals, by file and then the map's own order (deterministic)."""
    return sorted(found, key=lambda item: (-item.priority, item.path, item.order))
