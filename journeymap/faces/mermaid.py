"""A journey map as a Mermaid ``journey`` diagram, for READMEs and wikis.

``title``, ``accTitle``, ``accDescr`` (the description), one ``section`` per
stage (empty ones too) and one task per touchpoint, in journey order. What an
imported map keeps in its ``x-mermaid`` extension is honoured: no ``title``
line when the diagram had none, the ``accTitle``, the tasks written before
the first section, the scores as written.

Scores are whole numbers, as Mermaid expects. A map on 0..5 or 1..5 keeps its
scores (decimals rounded); any other scale moves linearly onto 1..5, whose
middle 3 is Mermaid's neutral face (-2..2: -2 → 1, 0 → 3, 2 → 5), and is
rounded; a ``%%`` comment at the top says so. Actors are the personas' names
(the short name, "Aiko", when the full one holds a comma or a colon).

At a touchpoint scored per persona there is one task line per run of personas
with the same score (the same task name each time), so the import reads the
scores back in their order. One score for every persona lists them all; one
score for no persona in particular (or a map without personas) gives a task
without actors. No touchpoint is ever dropped: an unscored one is a task with
Mermaid's neutral 3 and the comment ``# not scored``, which the import reads
back as unscored.

Characters Mermaid's grammar would take for syntax are written as its entity
codes, which Mermaid draws as the character itself: ``:`` → ``#58;`` in
section, task and actor names, ``,`` → ``#44;`` in actor names, ``#`` →
``#35;`` and ``;`` → ``#59;`` everywhere, ``%%`` → ``%#37;``. A line break in
a section or task name is ``<br>``; elsewhere it becomes a space. A task whose
name starts with a Mermaid keyword (``journey``, ``title …``, ``section …``,
``accTitle:``, ``accDescr``) has its first letter written as an entity code
(``#83;ection 3``).
"""

from __future__ import annotations

import math
import re

from journeymap.i18n import speaker
from journeymap.messages import mermaid as M
from journeymap.model import Journey, Scale, Touchpoint
from journeymap.scores import short_name

INDENT = "    "
NEUTRAL = 3  # where Mermaid draws its neutral face: the score an unscored task is drawn at
MERMAID = "x-mermaid"
_SYNTAX = {"#": "#35;", ";": "#59;"}  # first: `#` must be encoded before the codes are written
_COLON = {":": "#58;"}
_COMMA = {",": "#44;"}
_KEYWORD_START = re.compile(r"journey|title\s|section\s|acctitle\s*:|accdescr\s*[:{]", re.IGNORECASE)
_BREAK = re.compile(r"<(br\s*/?>)", re.IGNORECASE)
_ENTITY_LIKE = re.compile(r"#(?=[A-Za-z0-9_]+;)")


def to_mermaid(journey: Journey, lang: str = "en") -> str:
    """The map as a Mermaid ``journey`` diagram (the text of a ``.mmd`` file, ending in a newline)."""
    w = speaker(lang)
    kept = _kept(journey.extensions)
    as_written = kept.get("scores") == "as-written"
    lines = ["journey"]
    if not as_written and not _inside_mermaid(journey.scale):
        lines.append(f"{INDENT}%% " + w(M.EXPORT_SCALE_MOVED, scale=str(journey.scale)))
    elif any(not float(v).is_integer() for _, tp in journey.touchpoints() if tp.emotion for v in tp.emotion.values()):
        lines.append(f"{INDENT}%% " + w(M.EXPORT_ROUNDED))
    title = _line_text(journey.title)
    if title and kept.get("title") is not False:
        lines.append(f"{INDENT}title {title}")
    acc_title = kept.get("accTitle")
    if isinstance(acc_title, str) and _free_text(acc_title):
        lines.append(f"{INDENT}accTitle: {_free_text(acc_title)}")
    if journey.description:
        lines.extend(_description(journey.description))
    actors = _actor_names(journey)
    for index, stage in enumerate(journey.stages):
        depth = 1
        if index > 0 or _kept(stage.extensions).get("section") is not False:
            lines.append(f"{INDENT}section {_name(stage.name, _COLON) or stage.id}")
            depth = 2
        for touchpoint in stage.touchpoints:
            task_lines = _task_lines(touchpoint, journey, actors, as_written)
            lines.extend(INDENT * depth + line for line in task_lines)
    return "\n".join(lines) + "\n"


def mermaid_score(value: float, scale: Scale, as_written: bool = False) -> int:
    """``value`` as a whole number Mermaid draws: as it is on 0..5 (or as written), else moved onto 1..5."""
    if not as_written and not _inside_mermaid(scale):
        value = 1 + (value - scale.min) * 4 / (scale.max - scale.min)
    return math.floor(round(value, 9) + 0.5)  # halves round up, whatever the float noise


def _inside_mermaid(scale: Scale) -> bool:
    return (scale.min, scale.max) in ((0, 5), (1, 5))


def _kept(extensions) -> dict:
    """What an ``x-mermaid`` extension keeps (an empty dict when there is none or it is not a mapping)."""
    value = dict(extensions).get(MERMAID)
    return value if isinstance(value, dict) else {}


def _task_lines(touchpoint: Touchpoint, journey: Journey, actors: dict[str, str], as_written: bool) -> list[str]:
    name = _task_name(touchpoint)
    emotion = touchpoint.emotion
    if emotion is None:
        return [f"{name}: {NEUTRAL} # {M.NOT_SCORED_MARK}"]
    if not emotion.per_persona:
        who = [actors[p.id] for p in journey.personas] if emotion.everyone else []
        return [_task(name, emotion.value, who, journey.scale, as_written)]
    runs: list[tuple[float | None, list[str]]] = []  # consecutive personas with the same score
    for score in emotion.scores:
        actor = actors.get(score.persona) or _name(score.persona, _COLON, _COMMA)
        if runs and runs[-1][0] == score.value:
            runs[-1][1].append(actor)
        else:
            runs.append((score.value, [actor]))
    if not runs:
        return [f"{name}: {NEUTRAL} # {M.NOT_SCORED_MARK}"]
    return [_task(name, value, who, journey.scale, as_written) for value, who in runs]


def _task(name: str, value: float | None, actors: list[str], scale: Scale, as_written: bool) -> str:
    who = f": {', '.join(actors)}" if actors else ""
    if value is None:
        return f"{name}: {NEUTRAL}{who} # {M.NOT_SCORED_MARK}"
    return f"{name}: {mermaid_score(value, scale, as_written)}{who}"


def _task_name(touchpoint: Touchpoint) -> str:
    name = _name(touchpoint.name, _COLON) or touchpoint.id
    if _KEYWORD_START.match(name):
        name = f"#{ord(name[0])};{name[1:]}"
    return name


def _actor_names(journey: Journey) -> dict[str, str]:
    """Persona id → actor: the name as written, the short name when it holds a comma or a colon.

    Where two personas would share an actor name, the full names (then the ids) tell them apart.
    """
    def actor(text: str) -> str:
        return _name(" ".join(text.split()), _COLON, _COMMA)

    def written(persona) -> str:
        plain = "," not in persona.name and ":" not in persona.name
        return actor(persona.name if plain else short_name(persona)) or persona.id

    names = {p.id: written(p) for p in journey.personas}
    for fallback in (lambda p: actor(p.name) or p.id, lambda p: f"{actor(p.name)} [{p.id}]"):
        taken = list(names.values())
        for persona in journey.personas:
            if taken.count(names[persona.id]) > 1:
                names[persona.id] = fallback(persona)
    return names


def _name(text: str, *tables: dict[str, str]) -> str:
    """A section, task or actor name on one line, ``<br>`` for its line breaks."""
    lines = [_line_text(line, *tables) for line in text.strip().splitlines()]
    return "<br>".join(line for line in lines if line)


def _line_text(text: str, *tables: dict[str, str]) -> str:
    """One line of text Mermaid reads back as written: syntax characters as entity codes."""
    text = " ".join(part.strip() for part in text.splitlines()).strip()
    codes = {char: code for table in (_SYNTAX, *tables) for char, code in table.items()}
    text = "".join(codes.get(char, char) for char in text)  # one pass: codes hold `#` and `;` themselves
    return _BREAK.sub(r"#60;\1", text).replace("%%", "%#37;")


def _free_text(text: str) -> str:
    """Text Mermaid takes to the end of the line (accTitle, accDescr): only entity codes and `%%` need care."""
    text = " ".join(part.strip() for part in text.splitlines()).strip()
    return _ENTITY_LIKE.sub("#35;", text).replace("%%", "%#37;")


def _description(description: str) -> list[str]:
    """``accDescr: …``, or an ``accDescr { … }`` block for text of several lines."""
    lines = [_free_text(line) for line in description.strip().splitlines()]
    if len(lines) == 1:
        return [f"{INDENT}accDescr: {lines[0]}"]
    body = [f"{INDENT * 2}{line.replace('}', '#125;')}" if line else "" for line in lines]
    return [f"{INDENT}accDescr {{", *body, f"{INDENT}}}"]

