"""Turn a parsed Mermaid journey into a journey map: the model and its YAML text.

Mapping: ``title`` → title; each ``section`` → a stage; each task → a
touchpoint; actors → personas (named as written); scores on Mermaid's 1..5
scale. A task with actors scores each of them (``emotion: {me: 5}``); a task
without actors gets one score for everyone (``emotion: 5``). Consecutive tasks
of one name with different actors are one touchpoint scored per actor. Tasks before the
first section go into a stage named after the title (or "Journey").
``accDescr`` becomes the description, or ``accTitle`` when there is no title.

Ids are slugs of the text ("Make tea" → ``make-tea``), or ``stage-N``,
``touchpoint-N``, ``persona-N`` (N counting from 1 in the map) when no slug is
left (Japanese text, emoji); a repeated id gets ``-2``, ``-3``…

A score that is not a number or lies outside 1..5 is reported and the
touchpoint left unscored, so the map always loads without errors.
"""

from __future__ import annotations

from dataclasses import dataclass

from journeymap.load.mermaid.blocks import Problem, find_journeys
from journeymap.load.mermaid.parse import Diagram, Task, full_width_digits, parse_block
from journeymap.model import Emotion, Journey, Persona, Scale, Score, Stage, Touchpoint
from journeymap.suggest import slugify

SCALE = Scale(1, 5)
MAX_ID_LENGTH = 48
DEFAULT_NAME = "Journey"


class NoJourneyDiagram(ValueError):
    """The file holds no Mermaid journey diagram."""


class DiagramIndexError(ValueError):
    """``--index`` names a diagram the file does not have."""


@dataclass(frozen=True)
class Imported:
    yaml: str  # the map as YAML text, with a comment naming where it came from
    journey: Journey  # the same map, loaded back from ``yaml``
    problems: tuple[Problem, ...]  # lines of the diagram that were skipped or left unscored
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
            raise NoJourneyDiagram(
                f"{path} has {found.mermaid_blocks} mermaid block(s) but no journey diagram "
                "(a block starting with `journey`)"
            )
        raise NoJourneyDiagram(f"{path} holds no Mermaid journey diagram (the first statement must be `journey`)")
    if not 1 <= index <= count:
        raise DiagramIndexError(f"--index {index}: {path} has {count} journey diagram{'s' if count > 1 else ''}")
    journey, problems = to_journey(parse_block(found.journeys[index - 1]))
    which = f" (journey diagram {index} of {count})" if count > 1 else ""
    source = " ".join(path.splitlines())
    header = f"# Imported from {source}{which} by `journeymap import mermaid`.\n"
    yaml_text = to_yaml(journey, header=header)
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
    persona_ids = _Ids("persona")
    personas: dict[str, Persona] = {}
    for section in diagram.sections:
        for task in section.tasks:
            for actor in task.actors:
                if actor not in personas:
                    personas[actor] = Persona(persona_ids.new(actor), actor)
    stage_ids, touchpoint_ids = _Ids("stage"), _Ids("touchpoint")
    stages = []
    for section in diagram.sections:
        name = section.name if section.name is not None else diagram.title or DEFAULT_NAME
        touchpoints = tuple(
            Touchpoint(touchpoint_ids.new(group[0].name), group[0].name, emotion=_emotion(group, personas, problems))
            for group in _steps(section.tasks)
        )
        stages.append(Stage(stage_ids.new(name), name, touchpoints=touchpoints))
    if not stages:
        name = diagram.title or DEFAULT_NAME
        stages.append(Stage(stage_ids.new(name), name))
        problems.append(Problem(diagram.line, "the diagram has no sections or tasks; the map has one empty stage"))
    description = diagram.acc_descr or (diagram.acc_title if not diagram.title else None)
    journey = Journey(
        diagram.title or DEFAULT_NAME,
        tuple(stages),
        description=description,
        scale=SCALE,
        personas=tuple(personas.values()),
    )
    return journey, tuple(sorted(problems, key=lambda p: p.line))


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


def _emotion(group: list[Task], personas: dict[str, Persona], problems: list[Problem]) -> Emotion | None:
    scored = [(task, value) for task in group if (value := _score(task, problems)) is not None]
    if not scored:
        return None
    if not group[0].actors:
        return Emotion(scored[0][1])
    ids = {}  # persona id -> score; `Me, Me` scores Me once
    for task, value in scored:
        for actor in task.actors:
            ids.setdefault(personas[actor].id, value)
    return Emotion(None, tuple(Score(pid, value) for pid, value in ids.items()), True)


def _score(task: Task, problems: list[Problem]) -> float | None:
    def unscored(why: str) -> None:
        problems.append(Problem(task.line, f"'{task.name}': {why}; the touchpoint is left unscored"))

    if not task.score_text:
        return unscored("no score after ':' (write `" + task.name + ": 5`, 1 worst … 5 best)")
    if task.score is None:
        hint = " (full-width digits? type them in half-width, 半角)" if full_width_digits(task.score_text) else ""
        return unscored(f"the score `{task.score_text}` is not a number{hint}")
    if not SCALE.contains(task.score):
        return unscored(f"the score `{task.score_text}` is outside Mermaid's scale 1..5")
    return int(task.score) if task.score.is_integer() else task.score
