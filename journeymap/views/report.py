"""`journeymap report`: the numbers behind a map, computed once as a plain value.

The CX score is the map's average emotion on a 0-100 scale: each persona's
stage averages are averaged with every stage weighted equally, then the
personas are averaged with every persona weighted equally, and -1..1
(relative to the map's own scale) becomes 0..100 (50 is neutral). Equal
weights keep a stage with many touchpoints, or a persona scored more often,
from drowning out the others; the 0-100 form compares maps written on
different scales. See docs/report.md.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from journeymap.channels import normalise, same_need
from journeymap.experiential import IDS as EXPERIENTIAL_VALUES
from journeymap.findings import Finding
from journeymap.i18n import Quoted, say
from journeymap.messages import views as V
from journeymap.model import Journey, Stage, Touchpoint
from journeymap.scores import at_least, average, short_name, stage_average, touchpoint_scores
from journeymap.textwidth import has_cjk
from journeymap.views.measured import MeasuredView, build_measured

NO_OWNER = say(V.NO_OWNER)


@dataclass(frozen=True)
class StageRow:
    id: str
    name: str
    phase: str | None
    averages: dict[str, float | None]  # persona id (or "" for a map without personas) -> average
    overall: float | None
    channels: tuple[str, ...]
    coverage: dict[str, str]  # persona id -> "yes" | "no" | "n/a" (not scored in this stage)
    findings: tuple[str, ...]  # "W201 low-stage-emotion" for findings on this stage


@dataclass(frozen=True)
class Weakness:
    stage: str
    overall: float
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class Pain:
    stage: str
    touchpoint: str
    owner: str
    text: str
    worst: float | None


@dataclass(frozen=True)
class Opportunity:
    stage: str
    touchpoint: str
    text: str
    worst: float | None


@dataclass(frozen=True)
class Place:
    """A stage where a department acts, and the blueprint lanes it acts in there."""

    stage: str
    lanes: tuple[str, ...]  # frontstage, backstage, support


@dataclass(frozen=True)
class OwnedFail:
    stage: str
    touchpoint: str | None  # None: the stage's own blueprint
    experience: str
    mitigation: str | None


@dataclass(frozen=True)
class DepartmentRow:
    """What a department head takes away from the service blueprint."""

    name: str
    places: tuple[Place, ...]
    fail_points: tuple[OwnedFail, ...]  # the fail points it owns
    pains: tuple[Pain, ...]  # pains where it acts or owns the touchpoint: the ones it could fix


@dataclass
class Report:
    title: str
    path: str
    scale: str
    personas: list[tuple[str, str]]  # (id, short name)
    cx_score: float | None
    persona_scores: dict[str, float | None]
    stages: list[StageRow]
    weakest: list[Weakness]
    pains: list[Pain]
    backlog: dict[str, list[Opportunity]]
    values: dict[str, list[str]]  # experiential value -> touchpoint names delivering it
    finding_counts: dict[str, int] = field(default_factory=dict)
    departments: list[DepartmentRow] = field(default_factory=list)  # empty for a map without a blueprint
    lang: str = "en"  # the map's own language: what the report is written in unless asked otherwise
    measured: MeasuredView | None = None  # what customers said (data:), when the map has survey files


def to_100(relative: float) -> float:
    return round(50 * (1 + relative), 1)


def _worst(journey: Journey, touchpoint: Touchpoint) -> float | None:
    scores = [s for s in (touchpoint.score(p) for p in journey.persona_ids) if s is not None]
    return min(scores) if scores else None


def build_report(journey: Journey, findings: list[Finding], top: int = 10) -> Report:
    scale = journey.scale
    persona_ids = journey.persona_ids
    keys = [p or "" for p in persona_ids]
    findings_by_line: dict[int, list[Finding]] = {}
    for finding in findings:
        if finding.path == journey.path:
            findings_by_line.setdefault(finding.line, []).append(finding)

    rows = []
    for stage in journey.stages:
        averages = {key: stage_average(stage, pid) for key, pid in zip(keys, persona_ids)}
        present = [v for v in averages.values() if v is not None]
        channels = tuple(sorted({normalise(tp.channel) for tp in stage.touchpoints if tp.channel}))
        coverage = {}
        for persona in journey.personas:
            if not touchpoint_scores(stage, persona.id) or not persona.channels:
                coverage[persona.id] = "n/a"
            else:
                served = any(same_need(c, wanted) for c in channels for wanted in persona.channels)
                coverage[persona.id] = "yes" if served else "no"
        stage_findings = tuple(
            f"{f.code} {f.name}" for f in findings_by_line.get(stage.span.line, []) if f.code[0] in "WI"
        )
        rows.append(
            StageRow(stage.id, stage.name, stage.phase, averages, average(present), channels, coverage, stage_findings)
        )

    persona_scores = {}
    for key, pid in zip(keys, persona_ids):
        relative = [scale.relative(r.averages[key]) for r in rows if r.averages[key] is not None]
        persona_scores[key] = to_100(average(relative)) if relative else None
    scored = [v for v in persona_scores.values() if v is not None]
    cx_score = round(average(scored), 1) if scored else None

    return Report(
        title=journey.title,
        path=journey.path,
        lang=language_of(journey),
        scale=str(scale),
        personas=[(p.id, short_name(p)) for p in journey.personas],
        cx_score=cx_score,
        persona_scores=persona_scores,
        stages=rows,
        weakest=_weakest(journey, rows, top),
        pains=_pains(journey, top),
        backlog=_backlog(journey),
        values=_values(journey),
        finding_counts=_counts(findings),
        departments=_departments(journey, top),
        measured=build_measured(journey),
    )


def _weakest(journey: Journey, rows: list[StageRow], top: int) -> list[Weakness]:
    from journeymap.scores import audience, signed

    ranked = sorted((r for r in rows if r.overall is not None), key=lambda r: (r.overall, r.id))
    weakest = []
    for row in ranked[: min(3, top)]:
        if at_least(journey.scale.relative(row.overall), 0.5):
            break  # a clearly good stage is not "weak" just because others are better
        stage = next(s for s in journey.stages if s.id == row.id)
        reasons = []
        low_key = min((k for k, v in row.averages.items() if v is not None), key=lambda k: row.averages[k])
        if len(row.averages) > 1:
            reasons.append(say(V.LOWEST_FOR, persona=audience(journey, low_key or None), value=signed(row.averages[low_key])))
        worst = _worst_touchpoint(journey, stage)
        if worst is not None:
            reasons.append(say(V.WORST_MOMENT, touchpoint=Quoted(worst[0].name), value=signed(worst[1])))
        if row.findings:
            reasons.append(say(V.FINDINGS_HERE, codes=_code_counts(row.findings)))
        weakest.append(Weakness(row.name, row.overall, tuple(reasons)))
    return weakest


def _code_counts(findings: tuple[str, ...]) -> str:
    """"W201 ×2, W204" from ("W201 low-stage-emotion", "W201 low-stage-emotion", "W204 …")."""
    counts: dict[str, int] = {}
    for finding in findings:
        code = finding.split()[0]
        counts[code] = counts.get(code, 0) + 1
    return ", ".join(code if n == 1 else f"{code} ×{n}" for code, n in counts.items())


def _worst_touchpoint(journey: Journey, stage: Stage):
    scored = [(tp, _worst(journey, tp)) for tp in stage.touchpoints]
    scored = [(tp, s) for tp, s in scored if s is not None]
    return min(scored, key=lambda item: item[1]) if scored else None


def _pains(journey: Journey, top: int) -> list[Pain]:
    pains = [
        Pain(stage.name, tp.name, tp.owner or NO_OWNER, text, _worst(journey, tp))
        for stage, tp in journey.touchpoints()
        for text in tp.pain_points
    ]
    floor = journey.scale.max + 1
    # Stable sort: the most painful touchpoints first, journey order among equals.
    pains.sort(key=lambda p: p.worst if p.worst is not None else floor)
    return pains[:top]


def _backlog(journey: Journey) -> dict[str, list[Opportunity]]:
    backlog: dict[str, list[Opportunity]] = {}
    floor = journey.scale.max + 1
    for stage, tp in journey.touchpoints():
        for text in tp.opportunities:
            backlog.setdefault(tp.owner or NO_OWNER, []).append(Opportunity(stage.name, tp.name, text, _worst(journey, tp)))
    for items in backlog.values():
        # Stable sort: the worst touchpoints first, journey order among equals.
        items.sort(key=lambda o: o.worst if o.worst is not None else floor)
    return {owner: backlog[owner] for owner in sorted(backlog, key=lambda o: (o == NO_OWNER, o.lower()))}


BLUEPRINT_LANES = ("frontstage", "backstage", "support")


def _departments(journey: Journey, top: int) -> list[DepartmentRow]:
    """Each department of the blueprint in order of appearance; an action without one is its touchpoint owner's."""
    names: dict[str, str] = {}  # casefolded -> as first written
    lanes: dict[str, dict[str, dict[str, None]]] = {}  # department -> stage -> lanes
    fails: dict[str, list[OwnedFail]] = {}
    touching: dict[str, dict[tuple[int, int], None]] = {}  # department -> (stage, touchpoint) indexes it can fix

    def key(name: str) -> str:
        return names.setdefault(name.strip().casefold(), name.strip()).casefold()

    for s_index, stage in enumerate(journey.stages):
        parts = [(None, None, stage.blueprint)] + [(t_index, tp, tp.blueprint) for t_index, tp in enumerate(stage.touchpoints)]
        for t_index, tp, blueprint in parts:
            if blueprint is None:
                continue
            reach = [(s_index, t_index)] if tp is not None else [(s_index, n) for n in range(len(stage.touchpoints))]
            for lane in BLUEPRINT_LANES:
                for action in getattr(blueprint, lane):
                    department = action.department or (tp.owner if tp is not None else None)
                    if department and department.strip():
                        k = key(department)
                        lanes.setdefault(k, {}).setdefault(stage.name, {})[lane] = None
                        touching.setdefault(k, {}).update(dict.fromkeys(reach))
            for fail in blueprint.fail_points:
                if fail.owner and fail.owner.strip():
                    k = key(fail.owner)
                    lanes.setdefault(k, {})
                    fails.setdefault(k, []).append(OwnedFail(stage.name, tp.name if tp else None, fail.experience, fail.mitigation))
    for s_index, stage in enumerate(journey.stages):
        for t_index, tp in enumerate(stage.touchpoints):
            if tp.owner and tp.owner.strip().casefold() in lanes:
                touching.setdefault(tp.owner.strip().casefold(), {})[(s_index, t_index)] = None
    rows = []
    floor = journey.scale.max + 1
    for k, places in lanes.items():
        pains = [
            Pain(journey.stages[si].name, tp.name, tp.owner or NO_OWNER, text, _worst(journey, tp))
            for si, ti in sorted(touching.get(k, {}))
            for tp in (journey.stages[si].touchpoints[ti],)
            for text in tp.pain_points
        ]
        pains.sort(key=lambda p: p.worst if p.worst is not None else floor)
        rows.append(
            DepartmentRow(
                names[k],
                tuple(Place(stage, tuple(lane for lane in BLUEPRINT_LANES if lane in used)) for stage, used in places.items()),
                tuple(fails.get(k, ())),
                tuple(pains[:top]),
            )
        )
    return rows


def _values(journey: Journey) -> dict[str, list[str]]:
    delivered = {value: [] for value in EXPERIENTIAL_VALUES}
    for _, tp in journey.touchpoints():
        for value in tp.values:
            delivered[value].append(tp.name)
    return delivered


def _counts(findings: list[Finding]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for finding in findings:
        key = f"{finding.code} {finding.name}"
        counts[key] = counts.get(key, 0) + 1
    return dict(sorted(counts.items()))


def language_of(journey: Journey) -> str:
    """The map's language: its `lang:` field, else "ja" when most of its own names are Japanese."""
    if journey.lang:
        return journey.lang
    texts = [journey.title, *(s.name for s in journey.stages)]
    return "ja" if sum(has_cjk(t) for t in texts) * 2 >= len(texts) else "en"
