"""Many journeys as one value: what the site, `report DIR` and the owners' pages all draw.

A :class:`PortfolioBuilder` takes the maps one at a time (their report and
work items, nothing else of them is kept, so a thousand maps fit in memory)
and gives each a page name as it arrives; :meth:`PortfolioBuilder.build`
returns the :class:`Portfolio`: the journeys, the personas across them, the
owners with their work, and the stage × journey grid of the heat map.

Personas are one persona across maps when they come from the same ``ref:``
file, or when two maps define a persona with the same id and the same name.
Owners are one owner whatever the case and spacing of their name
("Support", "support"). Stages meet in one heat-map column when they have
the same phase (named or inferred); a stage without a phase has a column of
its own per stage id. Every average is relative to each map's own scale
(-1..1) and shown on the CX score's 0–100 scale, so maps on 1..5 and on
-2..2 compare.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, field

from journeymap.findings import Finding, count_by_severity
from journeymap.model import Journey, Persona
from journeymap.phases import ORDER as PHASE_ORDER
from journeymap.scores import average, short_name
from journeymap.views.backlog import Item, items, most_urgent_first
from journeymap.views.report import Report, to_100

UNOWNED = ""  # the owner key of touchpoints nobody owns


@dataclass(frozen=True, slots=True)
class StagePoint:
    """One stage of one journey as the portfolio sees it; scores relative to the map's scale (-1..1)."""

    id: str
    name: str
    column: str  # the heat map's column: the phase, or "stage:<id>" for a stage without one
    overall: float | None
    personas: tuple[float | None, ...]  # one per persona of the journey, in the map's order


@dataclass(frozen=True, slots=True)
class JourneyEntry:
    index: int
    path: str
    page: str  # "journeys/<slug>.html"
    title: str  # the map's title; its path when it could not be read
    lang: str
    ok: bool
    personas: tuple[str, ...]  # the site's persona slugs, in the map's order
    stages: tuple[StagePoint, ...]
    touchpoints: int
    cx_score: float | None
    persona_scores: tuple[float | None, ...]  # 0..100 per persona, in the map's order
    counts: dict  # findings by severity
    scale: str

    @property
    def findings(self) -> int:
        return sum(self.counts.values())


@dataclass
class PersonaEntry:
    slug: str
    id: str
    name: str
    short: str
    description: str
    goals: tuple[str, ...]
    frustrations: tuple[str, ...]
    channels: tuple[str, ...]
    source: str | None  # the shared file it comes from, for a persona named with ref:
    appearances: list[tuple[int, int]] = field(default_factory=list)  # (journey index, persona index there)


@dataclass
class OwnerEntry:
    slug: str
    name: str  # as first written; "" for touchpoints nobody owns
    opportunities: list[Item] = field(default_factory=list)
    pains: list[Item] = field(default_factory=list)

    @property
    def journeys(self) -> int:
        return len({item.path for item in self.opportunities} | {item.path for item in self.pains})

    @property
    def top_priority(self) -> float | None:
        found = [item.priority for item in self.opportunities + self.pains]
        return max(found) if found else None


@dataclass(frozen=True, slots=True)
class HeatColumn:
    key: str
    phase: str | None
    name: str  # the stage's name, for a column without a phase


# The index can be ordered by these, each with its natural direction first (True: descending).
SORTS = {"title": False, "score": False, "findings": True, "stages": True, "personas": True}


@dataclass
class Portfolio:
    lang: str
    journeys: list[JourneyEntry]
    personas: list[PersonaEntry]
    owners: list[OwnerEntry]
    columns: list[HeatColumn]
    finding_counts: dict[str, int]  # "W201 low-stage-emotion" -> findings across every map
    backlog: list[Item]  # every opportunity, most urgent first

    @property
    def cx_score(self) -> float | None:
        """The portfolio's CX score: the journeys' scores averaged, every journey weighted equally."""
        scores = [j.cx_score for j in self.journeys if j.cx_score is not None]
        return round(average(scores), 1) if scores else None

    @property
    def touchpoints(self) -> int:
        return sum(j.touchpoints for j in self.journeys)

    @property
    def stage_count(self) -> int:
        return sum(len(j.stages) for j in self.journeys)

    @property
    def broken(self) -> list[JourneyEntry]:
        return [j for j in self.journeys if not j.ok]

    def counts(self) -> dict[str, int]:
        total = {"errors": 0, "warnings": 0, "infos": 0}
        for journey in self.journeys:
            for key, value in journey.counts.items():
                total[key] += value
        return total

    def cell(self, journey: JourneyEntry, column: HeatColumn) -> float | None:
        """The journey's average emotion in the column's stages, relative (-1..1)."""
        return average(s.overall for s in journey.stages if s.column == column.key and s.overall is not None)

    def column_average(self, column: HeatColumn) -> tuple[float | None, int]:
        """(the column's average over the journeys that have it, how many do)."""
        cells = [c for c in (self.cell(j, column) for j in self.journeys) if c is not None]
        return (average(cells), len(cells))

    def sorted_journeys(self, key: str, descending: bool) -> list[JourneyEntry]:
        """The journeys ordered by ``key`` (one of SORTS); ties and missing scores keep path order, last."""
        journeys = sorted(self.journeys, key=lambda j: j.path)
        if key == "title":
            return sorted(journeys, key=lambda j: j.title.casefold(), reverse=descending)
        measure = {
            "score": lambda j: j.cx_score,
            "findings": lambda j: j.findings,
            "stages": lambda j: len(j.stages),
            "personas": lambda j: len(j.personas),
        }[key]
        present = [j for j in journeys if measure(j) is not None]
        missing = [j for j in journeys if measure(j) is None]
        return sorted(present, key=measure, reverse=descending) + missing

    def persona_score(self, persona: PersonaEntry) -> float | None:
        """The persona's CX score across the journeys they appear in (each journey weighted equally)."""
        scores = [self.journeys[j].persona_scores[p] for j, p in persona.appearances]
        scores = [s for s in scores if s is not None]
        return round(average(scores), 1) if scores else None

    def owner(self, slug: str) -> OwnerEntry:
        return next(o for o in self.owners if o.slug == slug)


class PortfolioBuilder:
    """Takes the maps one at a time, in the order of ``files``; gives each its page as it comes."""

    def __init__(self, files: list[str]):
        self.files = list(files)
        directories = [os.path.dirname(os.path.normpath(f)) for f in files]
        self.common = os.path.commonpath(directories) if directories and all(directories) else ""
        self.journeys: list[JourneyEntry] = []
        self.personas: dict[tuple, PersonaEntry] = {}
        self.owners: dict[str, OwnerEntry] = {}
        self.columns: dict[str, HeatColumn] = {}
        self.finding_counts: dict[str, int] = {}
        self.langs: list[str] = []
        self._pages: set[str] = set()
        self._persona_slugs: set[str] = set()
        self._owner_slugs: set[str] = {"index"}

    # -- names ----------------------------------------------------------------------------

    def page_for(self, path: str) -> str:
        relative = os.path.normpath(path)
        if self.common and relative.startswith(self.common + os.sep):
            relative = relative[len(self.common) + 1 :]
        base = re.sub(r"\.(ya?ml)$", "", relative, flags=re.I).replace(os.sep, "--")
        return f"journeys/{slug(base, self._pages)}.html"

    # -- adding maps ----------------------------------------------------------------------

    def add(self, path: str, journey: Journey | None, findings: list[Finding], report: Report | None) -> JourneyEntry:
        """Record one map (``journey`` None when it has errors) and return its entry."""
        counts = count_by_severity(findings)
        for finding in findings:
            key = f"{finding.code} {finding.name}"
            self.finding_counts[key] = self.finding_counts.get(key, 0) + 1
        index = len(self.journeys)
        page = self.page_for(path)
        if journey is None or report is None:
            entry = JourneyEntry(index, path, page, path, "en", False, (), (), 0, None, (), counts, "")
            self.journeys.append(entry)
            return entry
        self.langs.append(report.lang)
        slugs = []
        for position, persona in enumerate(journey.personas):
            entry_ = self.persona_entry(journey, persona)
            entry_.appearances.append((index, position))
            slugs.append(entry_.slug)
        keys = [p.id for p in journey.personas] or [""]
        scale = journey.scale
        stages = []
        for stage, row in zip(journey.stages, report.stages):
            column = stage.phase or f"stage:{stage.id}"
            if column not in self.columns:
                self.columns[column] = HeatColumn(column, stage.phase, stage.name)
            relative = tuple(None if row.averages[k] is None else scale.relative(row.averages[k]) for k in keys)
            overall = None if row.overall is None else scale.relative(row.overall)
            stages.append(StagePoint(stage.id, stage.name, column, overall, relative))
        entry = JourneyEntry(
            index,
            path,
            page,
            journey.title,
            report.lang,
            True,
            tuple(slugs),
            tuple(stages),
            sum(len(s.touchpoints) for s in journey.stages),
            report.cx_score,
            tuple(report.persona_scores.get(k) for k in keys),
            counts,
            str(scale),
        )
        self.journeys.append(entry)
        for item in items(journey, ("opportunity", "pain")):
            owner = self.owner_entry(item.owner)
            (owner.opportunities if item.kind == "opportunity" else owner.pains).append(item)
        return entry

    def persona_entry(self, journey: Journey, persona: Persona) -> PersonaEntry:
        if persona.ref:
            source = os.path.normpath(os.path.join(os.path.dirname(journey.path), persona.ref)).replace(os.sep, "/")
            key = ("ref", source)
        else:
            source = None
            key = ("inline", persona.id, persona.name)
        found = self.personas.get(key)
        if found is None:
            found = self.personas[key] = PersonaEntry(
                slug(persona.id, self._persona_slugs),
                persona.id,
                persona.name,
                short_name(persona),
                persona.description or "",
                persona.goals,
                persona.frustrations,
                persona.channels,
                source,
            )
        return found

    def owner_entry(self, owner: str | None) -> OwnerEntry:
        key = " ".join((owner or "").split()).casefold()
        found = self.owners.get(key)
        if found is None:
            name = " ".join((owner or "").split())
            found = self.owners[key] = OwnerEntry(slug(name or "unowned", self._owner_slugs), name)
        return found

    # -- the whole ------------------------------------------------------------------------

    def build(self, lang: str | None = None) -> Portfolio:
        owners = sorted(self.owners.values(), key=lambda o: (o.name == UNOWNED, o.name.casefold()))
        for owner in owners:
            owner.opportunities = most_urgent_first(owner.opportunities)
            owner.pains = most_urgent_first(owner.pains)
        backlog = most_urgent_first([item for owner in owners for item in owner.opportunities])
        phased = sorted((c for c in self.columns.values() if c.phase), key=lambda c: PHASE_ORDER[c.phase])
        unphased = [c for c in self.columns.values() if not c.phase]
        return Portfolio(
            lang=lang or portfolio_language(self.langs),
            journeys=self.journeys,
            personas=sorted(self.personas.values(), key=lambda p: (p.short.casefold(), p.slug)),
            owners=owners,
            columns=phased + unphased,
            finding_counts=dict(sorted(self.finding_counts.items())),
            backlog=backlog,
        )


def portfolio_language(langs: list[str]) -> str:
    """The language most of the maps are written in; English when as many are in English."""
    japanese = sum(1 for lang in langs if lang == "ja")
    return "ja" if japanese * 2 > len(langs) else "en"


_UNSAFE = re.compile(r"[^a-z0-9._-]+")


def slug(text: str, taken: set[str]) -> str:
    """A file name for ``text`` that works on every host: lower-case ASCII, unique within ``taken``.

    Text with other characters (Japanese names, spaces) keeps its ASCII part and
    six hex digits of its hash, so two different names never meet.
    """
    lowered = text.lower()
    base = _UNSAFE.sub("-", lowered).strip("-.") or "page"
    if base != lowered:
        base = f"{base}-{hashlib.sha1(text.encode('utf-8')).hexdigest()[:6]}"
    name, number = base, 1
    while name in taken:
        number += 1
        name = f"{base}-{number}"
    taken.add(name)
    return name


def persona_curve(journey: JourneyEntry, position: int) -> list[tuple[str, float | None]]:
    """(stage name, the persona's relative average there) for each stage of ``journey``."""
    return [(stage.name, stage.personas[position] if position < len(stage.personas) else None) for stage in journey.stages]


def journey_curve(journey: JourneyEntry) -> list[float | None]:
    """The journey's overall curve: each stage's average over personas, relative."""
    return [stage.overall for stage in journey.stages]


def as_100(relative: float | None) -> float | None:
    return None if relative is None else to_100(relative)
