"""A journey map as a Mermaid ``journey`` diagram, for READMEs and wikis.

``title``, ``accDescr`` (the description), one ``section`` per stage (empty
ones too) and one task per touchpoint, in journey order. Scores move linearly
onto Mermaid's 1..5 (on -2..2: -2 → 1, 0 → 3, 2 → 5; decimals kept, written
without trailing zeros). Actors are the personas' short names.

At a touchpoint where the scored personas share one score there is one task
line listing them all; where they differ, one line per distinct score (the
same task name) listing the personas with that score. One score for everyone
(or a map without personas) gives a task without actors, and an unscored
touchpoint a ``%% not scored: …`` comment instead of a task.

Characters Mermaid cannot carry are replaced by look-alikes, so the diagram
reads the same: in task, section and actor text ``:`` → ``∶`` (U+2236),
everywhere ``#`` → ``＃``, ``;`` → ``；``, ``%%`` → ``%％`` (full-width), in
actor names ``,`` → ``‚`` (U+201A), and line breaks become spaces (a title
may keep its ``:``). A task whose name starts with a Mermaid keyword
(``journey``, ``title …``, ``section …``, ``accTitle:``, ``accDescr``) has
its first letter written as an entity code (``#83;ection 3``), which Mermaid
shows as the letter itself.
"""

from __future__ import annotations

import re

from journeymap.i18n import say
from journeymap.messages import faces as F
from journeymap.model import Journey, Scale, Touchpoint
from journeymap.scores import short_name

INDENT = "    "
_ALWAYS = {"#": "＃", ";": "；"}
_COLON = {":": "∶"}
_COMMA = {",": "‚"}
_KEYWORD_START = re.compile(r"journey|title\s|section\s|acctitle\s*:|accdescr\s*[:{]", re.IGNORECASE)
_ENTITY_LIKE = re.compile(r"#(?=[A-Za-z0-9_]+;)")


def to_mermaid(journey: Journey) -> str:
    """The map as a Mermaid ``journey`` diagram (the text of a ``.mmd`` file, ending in a newline)."""
    lines = ["journey"]
    if (journey.scale.min, journey.scale.max) != (1, 5):
        lines.append(f"{INDENT}%% " + say(F.MERMAID_SCALE_MOVED, scale=str(journey.scale)))
    title = _text(journey.title)
    if title:
        lines.append(f"{INDENT}title {title}")
    if journey.description:
        lines.extend(_description(journey.description))
    actors = _actor_names(journey)
    for stage in journey.stages:
        lines.append(f"{INDENT}section {_text(stage.name, _COLON) or stage.id}")
        for touchpoint in stage.touchpoints:
            lines.extend(INDENT * 2 + line for line in _task_lines(touchpoint, journey.scale, actors))
    return "\n".join(lines) + "\n"


def mermaid_score(value: float, scale: Scale) -> str:
    """``value`` on Mermaid's 1..5, as people write it: 1, 3.5, 4.25."""
    if (scale.min, scale.max) != (1, 5):
        value = round(1 + (value - scale.min) * 4 / (scale.max - scale.min), 6)
        value = min(5.0, max(1.0, value))
    text = repr(float(value))
    return text[:-2] if text.endswith(".0") else text


def _task_lines(touchpoint: Touchpoint, scale: Scale, actors: dict[str, str]) -> list[str]:
    name = _task_name(touchpoint)
    emotion = touchpoint.emotion
    if emotion is None or not emotion.values():
        return ["%% " + say(F.MERMAID_NOT_SCORED, name=name)]
    if not emotion.per_persona:
        return [f"{name}: {mermaid_score(emotion.value, scale)}"]
    by_score: dict[str, list[str]] = {}  # in the order the map lists the scores
    for score in emotion.scores:
        if score.value is not None:
            actor = actors.get(score.persona) or _text(score.persona, _COLON, _COMMA)
            by_score.setdefault(mermaid_score(score.value, scale), []).append(actor)
    return [f"{name}: {score}: {', '.join(names)}" for score, names in by_score.items()]


def _task_name(touchpoint: Touchpoint) -> str:
    name = _text(touchpoint.name, _COLON) or touchpoint.id
    if _KEYWORD_START.match(name):
        name = f"#{ord(name[0])};{name[1:]}"
    return name


def _actor_names(journey: Journey) -> dict[str, str]:
    """Persona id → actor name: the short name, or the full name (then the id) where two would clash."""

    def actor(text: str) -> str:
        return _text(text, _COLON, _COMMA)

    names = {p.id: actor(short_name(p)) or p.id for p in journey.personas}
    for fallback in (lambda p: actor(p.name) or p.id, lambda p: f"{actor(p.name)} [{p.id}]"):
        taken = list(names.values())
        for persona in journey.personas:
            if taken.count(names[persona.id]) > 1:
                names[persona.id] = fallback(persona)
    return names


def _text(text: str, *tables: dict[str, str]) -> str:
    """One line of text Mermaid reads back as written (but for the look-alikes)."""
    text = " ".join(part.strip() for part in text.splitlines()).strip()
    for table in (_ALWAYS, *tables):
        for char, replacement in table.items():
            text = text.replace(char, replacement)
    return text.replace("%%", "%％")


def _description(description: str) -> list[str]:
    """``accDescr: …``, or an ``accDescr { … }`` block for text of several lines."""
    text = _ENTITY_LIKE.sub("＃", description.strip()).replace("%%", "%％")
    lines = [line.strip() for line in text.splitlines()]
    if len(lines) == 1:
        return [f"{INDENT}accDescr: {lines[0]}"]
    body = [f"{INDENT * 2}{line}" if line else "" for line in "\n".join(lines).replace("}", "｝").splitlines()]
    return [f"{INDENT}accDescr {{", *body, f"{INDENT}}}"]
