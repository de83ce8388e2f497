"""The service blueprint of a journey, as every face draws it (SVG, HTML, PNG, terminal).

A blueprint is the journey's layout (:mod:`journeymap.views.layout`: stages,
touchpoint cards, the emotion curve, flags, words) with the lanes below the
customer's: physical evidence, frontstage, backstage and support, the fail
points and waits of each touchpoint, and the three lines between the lanes
(interaction, visibility, internal interaction). A stage with a blueprint of
its own gets one more slot after its touchpoints, "whole stage".

Every action says who does it (its department, else the touchpoint's owner),
and every department has a colour; the items a rule flagged carry its codes.
Durations are said in the layout's language. Faces draw; they do not count.
"""

from __future__ import annotations

from dataclasses import dataclass

from journeymap.findings import Finding
from journeymap.i18n import tr
from journeymap.load.durations import DurationText
from journeymap.messages import blueprint as B
from journeymap.messages import words as W
from journeymap.model import Blueprint, Journey
from journeymap.views.layout import Card, Column, CurvePoint, Layout, build_layout

# Lanes from the top, and the zone each belongs to: 0 is the customer's side of the line of interaction.
LANES = ("evidence", "customer", "emotion", "fails", "waits", "frontstage", "backstage", "support")
ZONES = {"evidence": 0, "customer": 0, "emotion": 0, "fails": 0, "waits": 0, "frontstage": 1, "backstage": 2, "support": 3}
LANE_WORDS = {
    "evidence": B.LANE_EVIDENCE,
    "customer": B.LANE_CUSTOMER,
    "emotion": W.LANE_EMOTION,
    "fails": B.LANE_FAILS,
    "waits": B.LANE_WAITS,
    "frontstage": B.LANE_FRONTSTAGE,
    "backstage": B.LANE_BACKSTAGE,
    "support": B.LANE_SUPPORT,
}
# The line that opens each zone below the customer's.
LINES = {1: "interaction", 2: "visibility", 3: "internal"}
LINE_WORDS = {"interaction": B.LINE_INTERACTION, "visibility": B.LINE_VISIBILITY, "internal": B.LINE_INTERNAL}
STEP_LANES = ("frontstage", "backstage", "support")
# Departments cycle through Okabe & Ito's palette (safe for colour-blind readers); the name is always written too.
DEPARTMENT_COLORS = ("#E69F00", "#56B4E9", "#009E73", "#CC79A7", "#0072B2", "#D55E00", "#F0E442", "#999999")


@dataclass(frozen=True)
class Step:
    """One action in a frontstage, backstage or support lane."""

    text: str
    department: str | None  # as the map writes it; the touchpoint's owner when the action names none
    color: str  # the department's colour, "" without a department
    codes: tuple[str, ...] = ()  # rules that flagged this very action


@dataclass(frozen=True)
class FailMark:
    experience: str
    owner: str | None
    mitigation: str | None
    codes: tuple[str, ...] = ()


@dataclass(frozen=True)
class WaitMark:
    duration: str  # said in the layout's language: "14 min", "14分"
    what: str | None
    target: str | None
    over: bool  # longer than its target
    codes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Slot:
    """One touchpoint (``card``), or the whole stage (``card`` None) when the stage has a blueprint."""

    card: Card | None
    evidence: tuple[str, ...] = ()
    frontstage: tuple[Step, ...] = ()
    backstage: tuple[Step, ...] = ()
    support: tuple[Step, ...] = ()
    fails: tuple[FailMark, ...] = ()
    waits: tuple[WaitMark, ...] = ()

    def steps(self, lane: str) -> tuple[Step, ...]:
        return getattr(self, lane)

    @property
    def empty(self) -> bool:
        return not (self.evidence or self.frontstage or self.backstage or self.support or self.fails or self.waits)


@dataclass(frozen=True)
class Band:
    """One stage: its column of the journey layout and its slots."""

    column: Column
    slots: tuple[Slot, ...]
    first: int  # the index of its first slot across the whole blueprint


@dataclass(frozen=True)
class Department:
    name: str
    color: str
    lanes: tuple[str, ...]  # where it acts: frontstage, backstage, support


@dataclass(frozen=True)
class BlueprintView:
    layout: Layout
    bands: tuple[Band, ...]
    lanes: tuple[str, ...]
    departments: tuple[Department, ...]

    @property
    def has_blueprint(self) -> bool:
        return any(not slot.empty for band in self.bands for slot in band.slots)

    @property
    def slot_count(self) -> int:
        return sum(max(1, len(band.slots)) for band in self.bands)

    def lane_title(self, lane: str) -> str:
        return self.layout.word(LANE_WORDS[lane])

    def line_title(self, line: str) -> str:
        return self.layout.word(LINE_WORDS[line])

    def lines_before(self, index: int) -> tuple[str, ...]:
        """The lines drawn between lane ``index - 1`` and lane ``index`` (several when lanes between are hidden)."""
        if index == 0:
            return ()
        above, below = ZONES[self.lanes[index - 1]], ZONES[self.lanes[index]]
        return tuple(LINES[zone] for zone in range(above + 1, below + 1))

    def slot_of(self, point: CurvePoint) -> int:
        """Where a point of the emotion curve stands among the blueprint's slots."""
        return self.bands[point.column].first + point.card

    def whole_stage(self) -> str:
        return self.layout.word(B.WHOLE_STAGE)


def build_blueprint(
    journey: Journey,
    findings: list[Finding] = (),
    persona: str | None = None,
    stage: str | None = None,
    lanes: tuple[str, ...] = LANES,
    lang: str | None = None,
) -> BlueprintView:
    """The blueprint of ``journey``; unknown persona or stage ids raise KeyError, as build_layout does."""
    layout = build_layout(journey, findings, persona=persona, stage=stage, lang=lang)
    codes = _codes_at(journey, findings)
    colors: dict[str, str] = {}
    lanes_of: dict[str, dict[str, None]] = {}
    stages = [s for s in journey.stages if stage is None or s.id == stage]
    bands = []
    first = 0
    for column, model_stage in zip(layout.columns, stages):
        slots = [
            _slot(card, tp.blueprint, tp.owner, codes, colors, lanes_of, layout)
            for card, tp in zip(column.cards, model_stage.touchpoints)
        ]
        if model_stage.blueprint is not None:
            slots.append(_slot(None, model_stage.blueprint, None, codes, colors, lanes_of, layout))
        bands.append(Band(column, tuple(slots), first))
        first += max(1, len(slots))
    departments = tuple(
        Department(name, colors[name], tuple(lane for lane in STEP_LANES if lane in lanes_of[name])) for name in colors
    )
    return BlueprintView(layout, tuple(bands), tuple(lane for lane in LANES if lane in lanes), departments)


def _codes_at(journey: Journey, findings) -> dict[tuple[int, int], tuple[str, ...]]:
    """Rule codes by the (line, column) they point at: how an action, fail point or wait knows it was flagged."""
    at: dict[tuple[int, int], list[str]] = {}
    for finding in findings:
        if finding.path == journey.path and finding.code not in at.get((finding.line, finding.column), ()):
            at.setdefault((finding.line, finding.column), []).append(finding.code)
    return {key: tuple(sorted(value)) for key, value in at.items()}


def _flagged(codes, item) -> tuple[str, ...]:
    span = item.span
    return codes.get((span.line, span.column), ()) if span else ()


def _slot(card, blueprint: Blueprint | None, owner, codes, colors, lanes_of, layout: Layout) -> Slot:
    if blueprint is None:
        return Slot(card)
    steps = {}
    for lane in STEP_LANES:
        made = []
        for action in getattr(blueprint, lane):
            department = action.department or owner
            color = ""
            if department:
                color = colors.setdefault(department, DEPARTMENT_COLORS[len(colors) % len(DEPARTMENT_COLORS)])
                lanes_of.setdefault(department, {})[lane] = None
            made.append(Step(action.action, department, color, _flagged(codes, action)))
        steps[lane] = tuple(made)
    fails = tuple(FailMark(f.experience, f.owner, f.mitigation, _flagged(codes, f)) for f in blueprint.fail_points)
    waits = tuple(
        WaitMark(
            tr(layout.lang, DurationText(w.duration.seconds)),
            w.what,
            tr(layout.lang, DurationText(w.target.seconds)) if w.target else None,
            w.over_target,
            _flagged(codes, w),
        )
        for w in blueprint.waits
    )
    return Slot(card, blueprint.physical_evidence, steps["frontstage"], steps["backstage"], steps["support"], fails, waits)
