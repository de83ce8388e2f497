"""Turn a parsed Mermaid journey into a journey map: the model and its YAML text.

Mapping: ``title`` → title; each ``section`` → a stage; each task → a
touchpoint; actors → personas (named as written); ``accDescr`` → the
description. Consecutive tasks of one name with different actors are one
touchpoint scored per actor.

Nothing is invented and nothing is lost. What a map has no field for is kept
in an ``x-mermaid`` extension, which the export (``render --format mermaid``)
reads back: the ``accTitle``; ``title: false`` when the diagram has no title
(the map's title is then its accTitle, or "Journey"); ``section: false`` on
the stage that holds the tasks written before the first section (named after
the title); ``scores: as-written`` when the scores reach beyond Mermaid's 0..5.

Scores: every number is kept. A diagram scored within 1..5 gets the scale
1..5 (3, Mermaid's neutral face, is neutral), one using 0 gets 0..5, and one
whose scores go beyond (a course scoring 6–9, a 0..10 habit) gets the first
of 0..10, -5..5, -10..10, 0..100, -100..100 that holds them all, and a note
saying so. A score that is not a number leaves its touchpoint unscored, with
a note naming the line. A task with actors scores each of them; one without
actors scores no persona in particular: in a diagram without actors that is
a map without personas, in one that mixes both the map says
``single_scores: no-persona``.

Ids are slugs of the text ("Make tea" → ``make-tea``), or ``stage-N``,
``touchpoint-N``, ``persona-N`` (N counting from 1 in the map) when no slug is
left (Japanese text, emoji); a repeated id gets ``-2``, ``-3``…
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from journeymap.i18n import Quoted, say
from journeymap.load.mermaid.blocks import Problem, find_journeys
from journeymap.load.mermaid.parse import Diagram, Task, full_width_digits, parse_block
from journeymap.messages import mermaid as M
from journeymap.model import NO_PERSONA, Emotion, Journey, Persona, Scale, Score, Stage, Touchpoint, format_number
from journeymap.suggest import slugify

MERMAID = "x-mermaid"  # the extension holding what a diagram says that a map has no field for
AS_WRITTEN = "as-written"
MAX_ID_LENGTH = 48
DEFAULT_NAME = "Journey"
# Scales for diagrams whose scores reach beyond Mermaid's 0..5, in order of preference.
WIDER_SCALES = ((0, 10), (-5, 5), (-10, 10), (0, 100), (-100, 100))


class NoJourneyDiagram(ValueError):
    """The file holds no Mermaid journey diagram; ``message`` says so in the catalogue's words."""

    def __init__(self, message):
        self.message = message
        super().__init__(str(message))


class DiagramIndexError(NoJourneyDiagram):
    """``--index`` names a diagram the file does not have."""


@dataclass(frozen=True)
class Imported:
    yaml: str  # the map as YAML text, with a comment naming where it came from
    journey: Journey  # the same map, loaded back from ``yaml``
    problems: tuple[Problem, ...]  # lines of the diagram that were skipped or left unscored, and notes
    index: int  # which journey diagram of the file (1-based)
    count: int  # how many journey diagrams the file holds


def import_mermaid(text: str, path: str, index: int = 1) -> Imported:
    """The ``index``-th journey diagram in ``text`` as a map; raises NoJourneyDiagram, DiagramIndexError."""
    from journeymap.load.dump import to_yaml
    from journeymap.load.loader import MapLoader

    found = find_journeys(text)
    count = len(found.journeys)
    if not count:
        if found.mermaid_blocks:
            raise NoJourneyDiagram(say(M.NO_JOURNEY_IN_BLOCKS, path=path, count=found.mermaid_blocks))
        raise NoJourneyDiagram(say(M.NO_JOURNEY, path=path))
    if not 1 <= index <= count:
        raise DiagramIndexError(say(M.NO_SUCH_DIAGRAM, index=index, path=path, count=count))
    journey, problems = to_journey(parse_block(found.journeys[index - 1]))
    source = " ".join(path.splitlines())
    if count > 1:
        header = say(M.IMPORTED_FROM_ONE_OF, path=source, index=index, count=count)
    else:
        header = say(M.IMPORTED_FROM, path=source)
    yaml_text = to_yaml(journey, header=f"# {header}\n")
    loaded = MapLoader().load_text(yaml_text, "<imported map>")
    if not loaded.ok:  # a bug here, never the diagram's fault
        messages = "; ".join(f.message for f in loaded.findings)
        raise RuntimeError(f"the imported map does not load: {messages}")
    return Imported(yaml_text, loaded.journey, problems, index, count)


class _Ids:
    """Unique ids of one kind: the slug of the text, or ``prefix-N`` when there is none."""

    def __init__(self, prefix: str):
        self.prefix = prefix
        self.used: set[str] = set()
        self.count = 0

    def new(self, text: str) -> str:
        self.count += 1
        base = _slug(text) or f"{self.prefix}-{self.count}"
        candidate, number = base, 2
        while candidate in self.used:
            candidate, number = f"{base}-{number}", number + 1
        self.used.add(candidate)
        return candidate


def _slug(text: str) -> str:
    slug = slugify(text)
    if not any(c.isalpha() for c in slug):
        # "最初の90日" would become "90": an id of stray digits names nothing; number it instead.
        return ""
    if len(slug) > MAX_ID_LENGTH:
        slug = slug[:MAX_ID_LENGTH]
        if "-" in slug[MAX_ID_LENGTH // 2 :]:
            slug = slug.rsplit("-", 1)[0]
        slug = slug.rstrip("-_")
    return slug


def to_journey(diagram: Diagram) -> tuple[Journey, tuple[Problem, ...]]:
    problems = list(diagram.problems)
    tasks = [task for section in diagram.sections for task in section.tasks]
    scores = _Scores(tasks, problems)
    persona_ids = _Ids("persona")
    personas: dict[str, Persona] = {}
    for task in tasks:
        for actor in task.actors:
            if actor not in personas:
                personas[actor] = Persona(persona_ids.new(actor), actor)
    mixed = bool(personas) and any(not task.actors for task in tasks)
    stage_ids, touchpoint_ids = _Ids("stage"), _Ids("touchpoint")
    title = diagram.title or diagram.acc_title or DEFAULT_NAME
    stages = []
    for section in diagram.sections:
        name = section.name if section.name is not None else title
        touchpoints = tuple(
            Touchpoint(touchpoint_ids.new(group[0].name), group[0].name, emotion=_emotion(group, personas, scores, mixed))
            for group in _steps(section.tasks)
        )
        extensions = ((MERMAID, {"section": False}),) if section.name is None else ()
        stages.append(Stage(stage_ids.new(name), name, touchpoints=touchpoints, extensions=extensions))
    if not stages:
        stages.append(Stage(stage_ids.new(title), title, extensions=((MERMAID, {"section": False}),)))
        problems.append(Problem(diagram.line, say(M.EMPTY_DIAGRAM)))
    kept: dict = {}
    if diagram.title is None:
        kept["title"] = False
    if diagram.acc_title is not None:
        kept["accTitle"] = diagram.acc_title
    if scores.as_written:
        kept["scores"] = AS_WRITTEN
    journey = Journey(
        title,
        tuple(stages),
        description=diagram.acc_descr,
        scale=scores.scale,
        personas=tuple(personas.values()),
        single_scores=NO_PERSONA if mixed else None,
        extensions=((MERMAID, kept),) if kept else (),
    )
    return journey, tuple(sorted(problems, key=lambda p: p.line))


class _Scores:
    """Each task's score as the map keeps it, and the scale that holds them all."""

    def __init__(self, tasks: list[Task], problems: list[Problem]):
        self.values: dict[int, float | None] = {}  # id(task) -> score
        numbers: list[tuple[float, Task]] = []
        for task in tasks:
            value = None if task.unscored else _number(task, problems)
            self.values[id(task)] = value
            if value is not None:
                numbers.append((value, task))
        self.scale, self.as_written = _scale_for([value for value, _ in numbers])
        if self.as_written:
            low, high = min(v for v, _ in numbers), max(v for v, _ in numbers)
            first = next(task for value, task in numbers if not 0 <= value <= 5)
            problems.append(
                Problem(
                    first.line,
                    say(M.SCALE_WIDENED, low=format_number(low), high=format_number(high), scale=str(self.scale)),
                )
            )

    def of(self, task: Task) -> float | None:
        return self.values[id(task)]


def _scale_for(values: list[float]) -> tuple[Scale, bool]:
    """The map's scale for these scores, and whether it reaches beyond Mermaid's 0..5."""
    if all(1 <= v <= 5 for v in values):
        return Scale(1, 5), False
    if all(0 <= v <= 5 for v in values):
        return Scale(0, 5), False
    low, high = min(values), max(values)
    for bottom, top in WIDER_SCALES:
        if bottom <= low and high <= top:
            return Scale(bottom, top), True
    return Scale(min(0, math.floor(low)), max(5, math.ceil(high))), True


def _number(task: Task, problems: list[Problem]) -> float | None:
    """The task's score as a number, or None (with a problem) when it has none."""
    if not task.score_text:
        problems.append(Problem(task.line, say(M.NO_SCORE, task=Quoted(task.name))))
        return None
    if task.score is None or not math.isfinite(task.score):
        template = M.NOT_A_NUMBER_FULL_WIDTH if full_width_digits(task.score_text) else M.NOT_A_NUMBER
        problems.append(Problem(task.line, say(template, task=Quoted(task.name), score=task.score_text)))
        return None
    return int(task.score) if task.score.is_integer() else task.score


def _steps(tasks) -> list[list[Task]]:
    """Tasks grouped into touchpoints: one step written once per score is one touchpoint.

    ``Call us: 2: Kenji`` right after ``Call us: 4: Aiko`` is how Mermaid says that two
    people feel differently at the same step (and how ``render --format mermaid`` writes
    it), so consecutive tasks of the same name with different actors become one
    touchpoint scored per actor. A task without actors, or one repeating an actor,
    starts a new touchpoint.
    """
    groups: list[list[Task]] = []
    for task in tasks:
        last = groups[-1] if groups else None
        if (
            last is not None
            and task.actors
            and last[0].name == task.name
            and all(earlier.actors for earlier in last)
            and not set(task.actors) & {actor for earlier in last for actor in earlier.actors}
        ):
            last.append(task)
        else:
            groups.append([task])
    return groups


def _emotion(group: list[Task], personas: dict[str, Persona], scores: _Scores, mixed: bool) -> Emotion | None:
    if not group[0].actors:
        value = scores.of(group[0])
        return None if value is None else Emotion(value, everyone=not mixed)
    by_persona: dict[str, float | None] = {}  # persona id -> score; `Me, Me` scores Me once
    for task in group:
        for actor in task.actors:
            by_persona.setdefault(personas[actor].id, scores.of(task))
    # An unscored task still names its actors (`{aiko: null}`), so no persona is lost.
    return Emotion(None, tuple(Score(pid, value) for pid, value in by_persona.items()), True)
