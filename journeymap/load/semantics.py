"""Structural checks that need the whole map: ids, persona names, the scale."""

from __future__ import annotations

import math

from journeymap.findings import Finding, Span
from journeymap.load.structural import error
from journeymap.model import Journey, Scale, format_number
from journeymap.suggest import closest, quoted_list


def check_journey(journey: Journey, personas_complete: bool = True) -> list[Finding]:
    """Ids, persona names and scale bounds. When a persona could not be built (its error is
    already reported), scores naming unknown personas are not reported a second time."""
    findings: list[Finding] = []
    scale_ok = _check_scale(journey.scale, findings)
    _check_unique(journey.personas, "persona", findings)
    _check_unique(journey.stages, "stage", findings)
    _check_unique([tp for _, tp in journey.touchpoints()], "touchpoint", findings)
    known = [p.id for p in journey.personas]
    known_ids = set(known)  # looked up once per score: a list made 8,000 personas quadratic
    hints: dict[str, Finding] = {}  # one "did you mean" search per unknown id, not per score
    for _, touchpoint in journey.touchpoints():
        emotion = touchpoint.emotion
        if emotion is None:
            continue
        if emotion.per_persona:
            for score in emotion.scores:
                if score.persona not in known_ids:
                    if personas_complete:
                        first = hints.get(score.persona)
                        if first is None:
                            first = hints[score.persona] = _unknown_persona(score.persona, score.key_span, known)
                        findings.append(Finding.at(score.key_span, first.code, first.name, first.severity, first.message, first.hint))
                elif scale_ok and score.value is not None and not journey.scale.contains(score.value):
                    findings.append(_out_of_scale(score.value, score.span, journey.scale, touchpoint.id))
        elif scale_ok and emotion.value is not None and not journey.scale.contains(emotion.value):
            findings.append(_out_of_scale(emotion.value, emotion.span, journey.scale, touchpoint.id))
    return findings


def _check_scale(scale: Scale, findings: list[Finding]) -> bool:
    if scale.span is None:
        return True
    for bound in (scale.min, scale.max):
        if not math.isfinite(bound):
            findings.append(error(scale.span, "E112", "the scale's bounds must be finite numbers"))
            return False
    if scale.min >= scale.max:
        findings.append(
            error(
                scale.span,
                "E112",
                f"the scale's min ({format_number(scale.min)}) must be below its max ({format_number(scale.max)})",
                "for example `scale: {min: -2, max: 2}` or `scale: {min: 1, max: 5}`",
            )
        )
        return False
    return True


def _check_unique(objects, label: str, findings: list[Finding]) -> None:
    first_seen: dict[str, Span | None] = {}
    for obj in objects:
        if obj.id in first_seen:
            first = first_seen[obj.id]
            where = f" (first used on line {first.line})" if first is not None else ""
            findings.append(
                error(
                    obj.span,
                    "E105",
                    f"the {label} id '{obj.id}' is used twice{where}",
                    f"give each {label} its own id",
                )
            )
        else:
            first_seen[obj.id] = obj.span


def _unknown_persona(persona_id: str, span: Span, known: list[str]) -> Finding:
    if not known:
        hint = "this map defines no personas: use one number, or add the persona under `personas:`"
    else:
        known = list(dict.fromkeys(known))  # a duplicated id (E105) is still one persona
        suggestion = closest(persona_id, known)
        hint = (f"did you mean '{suggestion}'? " if suggestion else "") + f"known personas: {quoted_list(known)}"
    return error(span, "E106", f"unknown persona '{persona_id}' in emotion scores", hint)


def _out_of_scale(value: float, span: Span, scale: Scale, touchpoint_id: str) -> Finding:
    shown = "NaN (not a number)" if math.isnan(value) else format_number(value)
    return error(
        span,
        "E104",
        f"the score {shown} at touchpoint '{touchpoint_id}' is outside the scale {scale}",
        f"use a number from {format_number(scale.min)} to {format_number(scale.max)}",
    )
