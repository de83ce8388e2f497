"""Scores as the analysis sees them: per stage, per persona, relative to the scale.

Shared by the rules and by ``journeymap report`` so that both compute the
same averages. Relative scores run from -1 (the scale's minimum) through 0
(neutral) to 1 (its maximum), which is what makes thresholds scale-independent.
"""

from __future__ import annotations

import threading
from contextlib import contextmanager

from journeymap.i18n import Quoted, say
from journeymap.messages.rules import CUSTOMERS
from journeymap.model import Journey, Persona, Stage, Touchpoint, format_number

# Relative scores compared with thresholds tolerate float noise, so that the same map
# moved onto another scale (where the arithmetic rounds differently) gets the same findings.
TOLERANCE = 1e-9


def below(relative: float, threshold: float) -> bool:
    return relative < threshold - TOLERANCE


def at_or_below(relative: float, threshold: float) -> bool:
    return relative <= threshold + TOLERANCE


def at_least(relative: float, threshold: float) -> bool:
    return relative >= threshold - TOLERANCE


def short_name(persona: Persona) -> str:
    """How messages name a persona: "Kenji (62, retired)" → "Kenji", "健二（62）" → "健二"."""
    for separator in (" (", "（", "(", ","):
        if separator in persona.name:
            head = persona.name.split(separator, 1)[0].strip()
            if head:
                return head
    return persona.name.strip() or persona.id


def audience(journey: Journey, persona_id: str | None) -> str:
    """Who a sentence is about: a persona's short name, or "customers" for a map without personas."""
    if persona_id is None:
        return say(CUSTOMERS)
    persona = journey.persona(persona_id)
    return short_name(persona) if persona else persona_id


def average(values) -> float | None:
    values = list(values)
    return sum(values) / len(values) if values else None


_memo = threading.local()


@contextmanager
def remembered_scores():
    """Inside the block, each stage's scores per persona are worked out once.

    Several rules ask for the same stage and persona; on a 10,000-touchpoint map
    that was 12,000 walks over the touchpoints instead of 3,000. The memory is
    per thread and ends with the block, so a stage's id never outlives it.
    """
    previous = getattr(_memo, "scores", None)
    _memo.scores = {}
    try:
        yield
    finally:
        _memo.scores = previous


def touchpoint_scores(stage: Stage, persona_id: str | None) -> list[tuple[Touchpoint, float]]:
    """(touchpoint, score) for every touchpoint of ``stage`` scored for the persona (do not modify)."""
    memo = getattr(_memo, "scores", None)
    if memo is not None:
        found = memo.get((id(stage), persona_id))
        if found is not None:
            return found
    scored = []
    for touchpoint in stage.touchpoints:
        score = touchpoint.score(persona_id)
        if score is not None:
            scored.append((touchpoint, score))
    if memo is not None:
        memo[(id(stage), persona_id)] = scored
    return scored


def stage_average(stage: Stage, persona_id: str | None) -> float | None:
    return average(score for _, score in touchpoint_scores(stage, persona_id))


def stage_overall(journey: Journey, stage: Stage) -> float | None:
    """The stage's average over personas, each persona weighted equally."""
    return average(
        value for value in (stage_average(stage, p) for p in journey.persona_ids) if value is not None
    )


def is_scored(touchpoint: Touchpoint) -> bool:
    return touchpoint.emotion is not None and bool(touchpoint.emotion.values())


def score_text(value: float) -> str:
    """A score for messages: at most two decimals, no trailing zeros (-0.67, 1, 2.5)."""
    return format_number(round(value, 2) + 0.0)


def signed(value: float) -> str:
    text = score_text(value)
    return text if text.startswith("-") or text == "0" else "+" + text


def stage_label(stage: Stage) -> Quoted:
    return Quoted(stage.name)


def touchpoint_label(touchpoint: Touchpoint) -> Quoted:
    return Quoted(touchpoint.name)
