"""Two states of a journey side by side: the comparison report and the poster's overlay.

``before`` is the current state (or the version at a git revision), ``after`` the future
state (or the working tree). Stages are paired by id, else by phase
(:func:`journeymap.load.states.stage_for`), personas by id, and scores are compared
relative to each map's own scale. Touchpoints added and removed and the CX score come
from :func:`journeymap.views.diff.diff_maps`, so the comparison and `diff` agree.

Opportunities of ``before`` are realised when a touchpoint of ``after`` names their id
in ``realises:``; pain points are removed when one names it in ``removes:``, accepted
when ``after`` lists it under ``accepted_pains:``, and remain otherwise. An item without
an id cannot be named, so it is never counted as realised or removed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from journeymap.findings import Finding
from journeymap.load.states import stage_for
from journeymap.model import Journey, Stage
from journeymap.scores import average, short_name, stage_average
from journeymap.views.diff import Change, diff_maps
from journeymap.views.layout import Layout
from journeymap.views.report import language_of


@dataclass(frozen=True)
class StageScores:
    """One stage of either state, with each persona's average before and after (None: not scored)."""

    id: str
    name: str
    status: str  # "kept" (in both states), "added" (future only) or "removed" (current only)
    before: tuple[float | None, ...]  # one per persona of the comparison, on the before map's scale
    after: tuple[float | None, ...]  # on the after map's scale
    change: tuple[float | None, ...]  # after - before, on the after map's scale


@dataclass(frozen=True)
class ItemFate:
    """A pain point or opportunity of the before map, and what the after map does with it."""

    id: str | None
    text: str
    stage: str
    touchpoint: str
    by: tuple[str, ...] = ()  # the after map's touchpoints that realise or remove it
    reason: str | None = None  # why an accepted pain point stays


@dataclass
class Comparison:
    title: str
    path: str
    before_label: str
    after_label: str
    personas: list[tuple[str, str]]  # (persona id, or "" for a map without personas; short name)
    stages: list[StageScores]
    realised: list[ItemFate]
    unrealised: list[ItemFate]
    removed: list[ItemFate]
    accepted: list[ItemFate]
    remaining: list[ItemFate]
    touchpoints_added: list[Change]
    touchpoints_removed: list[Change]
    cx_before: float | None
    cx_after: float | None
    lang: str = "en"


def this_is_before(this: Journey, other: Journey) -> bool:
    """Whether ``this`` shows the earlier state: it says current, or ``other`` says future
    (when neither says, ``other`` is the before, as in `diff OLD NEW`)."""
    return this.state == "current" or other.state == "future"


def pair_stages(before: Journey, after: Journey) -> dict[str, Stage]:
    """The before map's stage for each after stage id that has one (each before stage used once)."""
    pairs: dict[str, Stage] = {}
    for stage in before.stages:
        match = stage_for(stage, after.stages)
        if match is not None and match.id not in pairs:
            pairs[match.id] = stage
    return pairs


def persona_keys(before: Journey, after: Journey) -> list[str | None]:
    """The after map's personas (None for a map without personas): the columns of the comparison."""
    return [p.id for p in after.personas] or [None]


def _in_scale(value: float | None, source: Journey, target: Journey) -> float | None:
    """A score of ``source`` moved onto ``target``'s scale (the same relative place)."""
    if value is None:
        return None
    return target.scale.absolute(source.scale.relative(value))


def _before_average(stage: Stage, before: Journey, key: str | None) -> float | None:
    if key is not None and before.personas and before.persona(key) is None:
        return None  # a persona the before map does not know
    return stage_average(stage, key)


def stage_scores(before: Journey, after: Journey, keys: list[str | None]) -> list[StageScores]:
    pairs = pair_stages(before, after)
    paired = {id(stage) for stage in pairs.values()}
    rows = []
    for stage in after.stages:
        old = pairs.get(stage.id)
        now = tuple(stage_average(stage, key) for key in keys)
        was = tuple(_before_average(old, before, key) for key in keys) if old is not None else (None,) * len(keys)
        change = tuple(
            None if a is None or b is None else round(a - _in_scale(b, before, after), 6) for a, b in zip(now, was)
        )
        rows.append(StageScores(stage.id, stage.name, "kept" if old is not None else "added", was, now, change))
    for stage in before.stages:
        if id(stage) not in paired:
            was = tuple(_before_average(stage, before, key) for key in keys)
            rows.append(StageScores(stage.id, stage.name, "removed", was, (None,) * len(keys), (None,) * len(keys)))
    return rows


def _claims(after: Journey, attribute: str) -> dict[str, list[str]]:
    claims: dict[str, list[str]] = {}
    for _, touchpoint in after.touchpoints():
        for item_id in getattr(touchpoint, attribute):
            names = claims.setdefault(item_id, [])
            if touchpoint.name not in names:
                names.append(touchpoint.name)
    return claims


def compare_maps(
    before: Journey,
    after: Journey,
    before_findings: list[Finding],
    after_findings: list[Finding],
    before_label: str,
    after_label: str,
) -> Comparison:
    keys = persona_keys(before, after)
    diff = diff_maps(before, after, before_findings, after_findings, before_label, after_label)
    realising = _claims(after, "realises")
    removing = _claims(after, "removes")
    reasons = {accepted.id: accepted.reason for accepted in after.accepted_pains}
    result = Comparison(
        title=after.title,
        path=after.path,
        before_label=before_label,
        after_label=after_label,
        personas=[(p.id, short_name(p)) for p in after.personas] or [("", "")],
        stages=stage_scores(before, after, keys),
        realised=[],
        unrealised=[],
        removed=[],
        accepted=[],
        remaining=[],
        touchpoints_added=[c for c in diff.structure if c.what == "touchpoint" and c.kind == "added"],
        touchpoints_removed=[c for c in diff.structure if c.what == "touchpoint" and c.kind == "removed"],
        cx_before=diff.cx_old,
        cx_after=diff.cx_new,
        lang=language_of(after),
    )
    for stage, touchpoint in before.touchpoints():
        for item in touchpoint.opportunities:
            item_id = getattr(item, "id", None)
            fate = ItemFate(item_id, str(item), stage.name, touchpoint.name, tuple(realising.get(item_id, ())))
            (result.realised if fate.by else result.unrealised).append(fate)
        for item in touchpoint.pain_points:
            item_id = getattr(item, "id", None)
            if item_id in removing:
                result.removed.append(ItemFate(item_id, str(item), stage.name, touchpoint.name, tuple(removing[item_id])))
            elif item_id in reasons:
                result.accepted.append(ItemFate(item_id, str(item), stage.name, touchpoint.name, reason=reasons[item_id]))
            else:
                result.remaining.append(ItemFate(item_id, str(item), stage.name, touchpoint.name))
    return result


# -- the poster's overlay -----------------------------------------------------------------------


@dataclass(frozen=True)
class Before:
    """The other state to draw over a poster: its map, and what the legend calls each state."""

    journey: Journey
    label: str  # a catalogue message (current) or what the user named (a git revision)
    after_label: str


@dataclass(frozen=True)
class OverlayPoint:
    """A touchpoint of the before map, placed in the after map's column for its stage."""

    column: int  # index of the layout's column
    position: float  # 0..1 across the column: its place among its stage's touchpoints
    scores: tuple[float | None, ...]  # one per persona badge of the layout, on the layout's scale


@dataclass(frozen=True)
class Overlay:
    """What the poster draws over the after map's curve: the before map's curve and the stage deltas."""

    before_label: str
    after_label: str
    runs: tuple[tuple[OverlayPoint, ...], ...]  # each run is drawn as one line: adjacent columns, left to right
    changes: tuple[tuple[float | None, ...] | None, ...]  # per column: each badge's change, None for a new stage
    removed: tuple[tuple[int, str], ...] = field(default=())  # (column it followed, stage name) of dropped stages

    @property
    def points(self) -> tuple[OverlayPoint, ...]:
        return tuple(point for run in self.runs for point in run)


def build_overlay(layout: Layout, before: Journey, after: Journey, before_label: str, after_label: str) -> Overlay:
    """The overlay of ``before`` on the layout of ``after`` (its columns and persona badges)."""
    keys = [badge.key or None for badge in layout.personas]
    column_of = {column.id: index for index, column in enumerate(layout.columns)}
    pairs = pair_stages(before, after)
    before_column = {id(stage): column_of[stage_id] for stage_id, stage in pairs.items() if stage_id in column_of}
    relative = before.scale.relative

    def moved(score: float | None) -> float | None:
        return None if score is None else layout.neutral + relative(score) * (layout.scale_max - layout.scale_min) / 2

    runs: list[list[OverlayPoint]] = []
    removed: list[tuple[int, str]] = []
    last_column, broken = -1, True
    for stage in before.stages:
        column = before_column.get(id(stage))
        if column is None:
            # A stage the after map dropped: the line stops here, so it does not hide what the stage was.
            removed.append((last_column, stage.name))
            broken = True
            continue
        if column != last_column + 1 and column != last_column:
            broken = True  # stages in another order, or a new stage between: no line across it
        last_column = column
        count = len(stage.touchpoints)
        for index, touchpoint in enumerate(stage.touchpoints):
            scores = tuple(
                moved(touchpoint.score(key)) if key is None or not before.personas or before.persona(key) else None
                for key in keys
            )
            if broken or not runs:
                runs.append([])
                broken = False
            runs[-1].append(OverlayPoint(column, (index + 0.5) / count, scores))
    changes = []
    rows = {row.id: row for row in stage_scores(before, after, keys) if row.status != "removed"}
    for column in layout.columns:
        row = rows.get(column.id)
        changes.append(row.change if row is not None and row.status == "kept" else None)
    return Overlay(
        before_label=before_label,
        after_label=after_label,
        runs=tuple(tuple(run) for run in runs),
        changes=tuple(changes),
        removed=tuple(removed),
    )


def mean_change(changes: tuple[float | None, ...]) -> float | None:
    """The change over every persona scored in both states."""
    return average(c for c in changes if c is not None)
