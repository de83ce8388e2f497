"""Structural checks that need the whole map: ids, persona names, the scale."""

from __future__ import annotations

import math

from journeymap.findings import Finding, Span
from journeymap.i18n import say
from journeymap.load.structural import error
from journeymap.messages import load as L
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
            findings.append(error(scale.span, "E112", say(L.SCALE_NOT_FINITE), say(L.SCALE_HINT)))
            return False
    if scale.min >= scale.max:
        findings.append(
            error(
                scale.span,
                "E112",
                say(L.SCALE_ORDER, min=format_number(scale.min), max=format_number(scale.max)),
                say(L.SCALE_HINT),
            )
        )
        return False
    return True


def _check_unique(objects, label: str, findings: list[Finding]) -> None:
    first_seen: dict[str, Span | None] = {}
    for obj in objects:
        if obj.id in first_seen:
            first = first_seen[obj.id]
            what = say(L.OBJECT[label])
            message = (
                say(L.DUPLICATE_ID_AT, object=what, id=obj.id, line=first.line)
                if first is not None
                else say(L.DUPLICATE_ID, object=what, id=obj.id)
            )
            findings.append(error(obj.span, "E105", message, say(L.DUPLICATE_ID_GIVE, object=what)))
        else:
            first_seen[obj.id] = obj.span


def _unknown_persona(persona_id: str, span: Span, known: list[str]) -> Finding:
    if not known:
        hint = say(L.NO_PERSONAS_DEFINED)
    else:
        known = list(dict.fromkeys(known))  # a duplicated id (E105) is still one persona
        suggestion = closest(persona_id, known)
        known_text = quoted_list(known)
        hint = say(L.KNOWN_PERSONAS_GUESS, guess=suggestion, known=known_text) if suggestion else say(L.KNOWN_PERSONAS, known=known_text)
    return error(span, "E106", say(L.UNKNOWN_PERSONA, persona=persona_id), hint)


def _out_of_scale(value: float, span: Span, scale: Scale, touchpoint_id: str) -> Finding:
    shown = say(L.NAN) if math.isnan(value) else format_number(value)
    return error(
        span,
        "E104",
        say(L.OUT_OF_SCALE, score=shown, touchpoint=touchpoint_id, scale=str(scale)),
        say(L.OUT_OF_SCALE_HINT, min=format_number(scale.min), max=format_number(scale.max)),
    )
