"""What changed between two versions of a map, in customer terms.

Stages, touchpoints and personas are matched by id, so a rename is a rename
and not a removal plus an addition; an item whose position among the others
changed is "moved". Scores and stage averages are compared per persona;
findings are matched by the stage or touchpoint they are about, so a finding
that merely moved with its stage is neither introduced nor resolved.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from journeymap.findings import Finding, Severity
from journeymap.i18n import Quoted, Series, say
from journeymap.messages import views as V
from journeymap.model import Journey
from journeymap.scores import TOLERANCE, audience, average, stage_average
from journeymap.views.anchors import anchor_findings
from journeymap.views.measured_diff import MetricChange, metric_changes
from journeymap.views.report import build_report


@dataclass(frozen=True)
class Change:
    what: str  # "persona" | "stage" | "touchpoint"
    kind: str  # "added" | "removed" | "renamed" | "moved" | "changed"
    id: str
    text: str  # one sentence for people


@dataclass(frozen=True)
class ScoreChange:
    stage: str
    touchpoint: str
    persona: str
    old: float | None
    new: float | None


@dataclass(frozen=True)
class AverageChange:
    stage: str
    persona: str  # a persona's name, or "all personas"
    old: float | None
    new: float | None

    @property
    def dropped(self) -> bool:
        return self.old is not None and self.new is not None and self.new < self.old - TOLERANCE


@dataclass(frozen=True)
class ListChange:
    stage: str
    touchpoint: str
    field: str  # "pain point" | "opportunity"
    added: tuple[str, ...]
    removed: tuple[str, ...]


@dataclass
class MapDiff:
    path: str
    old_label: str
    new_label: str
    structure: list[Change] = field(default_factory=list)
    averages: list[AverageChange] = field(default_factory=list)
    scores: list[ScoreChange] = field(default_factory=list)
    lists: list[ListChange] = field(default_factory=list)
    introduced: list[Finding] = field(default_factory=list)
    resolved: list[Finding] = field(default_factory=list)
    cx_old: float | None = None
    cx_new: float | None = None
    metrics: list[MetricChange] = field(default_factory=list)  # measured data (data:) that changed

    @property
    def empty(self) -> bool:
        return not (
            self.structure or self.averages or self.scores or self.lists or self.introduced or self.resolved or self.metrics
        )

    def regressions(self) -> list[str]:
        """Why this change makes the journey worse: stage averages that fell, new warnings or errors."""
        reasons = [say(V.FELL_FOR, stage=Quoted(a.stage), persona=a.persona) for a in self.averages if a.dropped]
        reasons += [
            say(V.NEW_FINDING, severity=say(V.SEVERITY[f.severity.value]), code=f.code, name=f.name)
            for f in self.introduced
            if f.severity is not Severity.INFO
        ]
        return reasons


_quoted = Quoted


def _order_changes(old_ids: list[str], new_ids: list[str]) -> set[str]:
    """Ids present in both whose order relative to the others changed (not in the longest common subsequence)."""
    common = set(old_ids) & set(new_ids)
    a = [i for i in old_ids if i in common]
    b = [i for i in new_ids if i in common]
    # Longest common subsequence by dynamic programming over the common ids (maps have few stages;
    # touchpoints are compared within a stage).
    lengths = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            lengths[i][j] = lengths[i + 1][j + 1] + 1 if a[i] == b[j] else max(lengths[i + 1][j], lengths[i][j + 1])
    keep, i, j = set(), 0, 0
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            keep.add(a[i])
            i, j = i + 1, j + 1
        elif lengths[i + 1][j] >= lengths[i][j + 1]:
            i += 1
        else:
            j += 1
    return common - keep


def diff_maps(
    old: Journey, new: Journey, old_findings: list[Finding], new_findings: list[Finding], old_label: str, new_label: str
) -> MapDiff:
    result = MapDiff(new.path, old_label, new_label)
    _personas(old, new, result)
    _stages(old, new, result)
    _touchpoints(old, new, result)
    _averages(old, new, result)
    _findings(old, new, old_findings, new_findings, result)
    result.metrics = metric_changes(old, new)
    result.cx_old = build_report(old, old_findings).cx_score
    result.cx_new = build_report(new, new_findings).cx_score
    return result


def _personas(old: Journey, new: Journey, out: MapDiff) -> None:
    before = {p.id: p for p in old.personas}
    after = {p.id: p for p in new.personas}
    for pid, persona in after.items():
        if pid not in before:
            out.structure.append(Change("persona", "added", pid, say(V.PERSONA_ADDED, persona=_quoted(persona.name))))
        elif before[pid].name != persona.name:
            out.structure.append(
                Change("persona", "renamed", pid, say(V.PERSONA_RENAMED, old=_quoted(before[pid].name), new=_quoted(persona.name)))
            )
        if pid in before and set(before[pid].channels) != set(persona.channels):
            gained = [c for c in persona.channels if c not in before[pid].channels]
            lost = [c for c in before[pid].channels if c not in persona.channels]
            parts = ([say(V.NOW_ALSO, channels=Series(gained))] if gained else []) + (
                [say(V.NO_LONGER, channels=Series(lost))] if lost else []
            )
            out.structure.append(
                Change("persona", "changed", pid, say(V.PERSONA_CHANNELS, persona=_quoted(persona.name), changes=Series(parts, ("; ", "、"))))
            )
    for pid, persona in before.items():
        if pid not in after:
            out.structure.append(Change("persona", "removed", pid, say(V.PERSONA_REMOVED, persona=_quoted(persona.name))))


def _stages(old: Journey, new: Journey, out: MapDiff) -> None:
    before = {s.id: s for s in old.stages}
    after_order = [s.id for s in new.stages]
    moved = _order_changes([s.id for s in old.stages], after_order)
    for index, stage in enumerate(new.stages):
        where = say(V.AFTER_STAGE, stage=_quoted(new.stages[index - 1].name)) if index else say(V.AT_THE_START)
        if stage.id not in before:
            out.structure.append(Change("stage", "added", stage.id, say(V.STAGE_ADDED, stage=_quoted(stage.name), where=where)))
            continue
        previous = before[stage.id]
        if previous.name != stage.name:
            out.structure.append(
                Change("stage", "renamed", stage.id, say(V.STAGE_RENAMED, old=_quoted(previous.name), new=_quoted(stage.name)))
            )
        if stage.id in moved:
            out.structure.append(Change("stage", "moved", stage.id, say(V.STAGE_MOVED, stage=_quoted(stage.name), where=where)))
        if previous.phase != stage.phase:
            out.structure.append(
                Change(
                    "stage",
                    "changed",
                    stage.id,
                    say(V.STAGE_PHASE, stage=_quoted(stage.name), old=_or_none(previous.phase), new=_or_none(stage.phase)),
                )
            )
    for stage in old.stages:
        if stage.id not in after_order:
            out.structure.append(Change("stage", "removed", stage.id, say(V.STAGE_REMOVED, stage=_quoted(stage.name))))


def _touchpoints(old: Journey, new: Journey, out: MapDiff) -> None:
    before = {tp.id: (stage, tp) for stage, tp in old.touchpoints()}
    after = {tp.id: (stage, tp) for stage, tp in new.touchpoints()}
    old_stages = {s.id: [tp.id for tp in s.touchpoints] for s in old.stages}
    persona_ids = list(dict.fromkeys([p.id for p in old.personas] + [p.id for p in new.personas])) or [None]
    for stage in new.stages:
        reordered = _order_changes(old_stages.get(stage.id, []), [tp.id for tp in stage.touchpoints])
        for tp in stage.touchpoints:
            name = _quoted(tp.name)
            if tp.id not in before:
                out.structure.append(Change("touchpoint", "added", tp.id, say(V.TOUCHPOINT_ADDED, touchpoint=name, stage=_quoted(stage.name))))
                continue
            old_stage, previous = before[tp.id]
            if previous.name != tp.name:
                out.structure.append(
                    Change("touchpoint", "renamed", tp.id, say(V.TOUCHPOINT_RENAMED, old=_quoted(previous.name), new=name))
                )
            if old_stage.id != stage.id:
                out.structure.append(
                    Change(
                        "touchpoint",
                        "moved",
                        tp.id,
                        say(V.TOUCHPOINT_MOVED, touchpoint=name, old=_quoted(old_stage.name), new=_quoted(stage.name)),
                    )
                )
            elif tp.id in reordered:
                out.structure.append(Change("touchpoint", "moved", tp.id, say(V.TOUCHPOINT_REORDERED, touchpoint=name, stage=_quoted(stage.name))))
            for template, attribute in ((V.TOUCHPOINT_CHANNEL, "channel"), (V.TOUCHPOINT_OWNER, "owner")):
                was, now = getattr(previous, attribute), getattr(tp, attribute)
                if was != now:
                    out.structure.append(
                        Change("touchpoint", "changed", tp.id, say(template, touchpoint=name, old=_or_none(was), new=_or_none(now)))
                    )
            for pid in persona_ids:
                was, now = previous.score(pid), tp.score(pid)
                if was != now:
                    out.scores.append(ScoreChange(stage.name, tp.name, audience(new if pid is None or new.persona(pid) else old, pid), was, now))
            for label, attribute in ((say(V.PAIN_POINT_ITEM), "pain_points"), (say(V.OPPORTUNITY_ITEM), "opportunities")):
                was, now = getattr(previous, attribute), getattr(tp, attribute)
                added = tuple(item for item in now if item not in was)
                removed = tuple(item for item in was if item not in now)
                if added or removed:
                    out.lists.append(ListChange(stage.name, tp.name, label, added, removed))
    for tp_id, (stage, tp) in before.items():
        if tp_id not in after:
            out.structure.append(
                Change("touchpoint", "removed", tp_id, say(V.TOUCHPOINT_REMOVED, touchpoint=_quoted(tp.name), stage=_quoted(stage.name)))
            )


def _averages(old: Journey, new: Journey, out: MapDiff) -> None:
    before = {s.id: s for s in old.stages}
    persona_ids = [p.id for p in new.personas if old.persona(p.id)] or ([None] if not new.personas and not old.personas else [])
    for stage in new.stages:
        if stage.id not in before:
            continue
        previous = before[stage.id]
        for pid in persona_ids:
            was, now = stage_average(previous, pid), stage_average(stage, pid)
            if _differs(was, now):
                out.averages.append(AverageChange(stage.name, audience(new, pid), was, now))
        if len(persona_ids) > 1:
            was = average(v for v in (stage_average(previous, p) for p in persona_ids) if v is not None)
            now = average(v for v in (stage_average(stage, p) for p in persona_ids) if v is not None)
            if _differs(was, now):
                out.averages.append(AverageChange(stage.name, say(V.ALL_PERSONAS), was, now))


def _or_none(value: str | None):
    return value if value else say(V.NONE)


def _differs(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is not b
    return abs(a - b) > TOLERANCE


_QUOTED = re.compile(r"'[^']*'")
_NUMBER = re.compile(r"[-+]?\d+(?:\.\d+)?")


def _finding_key(anchor, finding: Finding) -> tuple:
    # Names and numbers change with the map; what the finding is about does not.
    message = _NUMBER.sub("#", _QUOTED.sub("'#'", finding.message))
    return (finding.code, anchor, message)


def _findings(old: Journey, new: Journey, old_findings, new_findings, out: MapDiff) -> None:
    remaining: dict[tuple, list[Finding]] = {}
    for anchor, _, finding in anchor_findings(old, old_findings):
        remaining.setdefault(_finding_key(anchor, finding), []).append(finding)
    for anchor, _, finding in anchor_findings(new, new_findings):
        matches = remaining.get(_finding_key(anchor, finding))
        if matches:
            matches.pop()
        else:
            out.introduced.append(finding)
    out.resolved = [f for group in remaining.values() for f in group]
    out.introduced.sort(key=lambda f: f.sort_key)
    out.resolved.sort(key=lambda f: f.sort_key)
