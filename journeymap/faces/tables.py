"""The report's sections as rows of cells, shared by the terminal and markdown renderers."""

from __future__ import annotations

from journeymap.scores import signed
from journeymap.views.report import Report

MISSING = "—"
COVERAGE = {"yes": "✓", "no": "✗", "n/a": "·"}
COVERAGE_LEGEND = "✓ the stage offers a channel this persona prefers; ✗ it offers none of them; · no score for this persona here"


def score(value: float | None) -> str:
    return MISSING if value is None else signed(value)


def persona_columns(report: Report) -> list[tuple[str, str]]:
    """(key into StageRow.averages, header) for each persona, or one column for a map without personas."""
    return [(pid, name) for pid, name in report.personas] or [("", "Customers")]


def emotion_table(report: Report, with_phase: bool = True) -> tuple[list[str], list[list[str]]]:
    columns = persona_columns(report)
    header = ["Stage", *(["Phase"] if with_phase else []), *(name for _, name in columns)]
    if len(columns) > 1:
        header.append("All")
    rows = []
    for row in report.stages:
        phase = [row.phase or MISSING] if with_phase else []
        cells = [row.name, *phase, *(score(row.averages.get(key)) for key, _ in columns)]
        if len(columns) > 1:
            cells.append(score(row.overall))
        rows.append(cells)
    return header, rows


def pain_table(report: Report) -> tuple[list[str], list[list[str]]]:
    header = ["#", "Stage", "Touchpoint", "Owner", "Pain point", "Worst"]
    rows = [[str(i), p.stage, p.touchpoint, p.owner, p.text, score(p.worst)] for i, p in enumerate(report.pains, 1)]
    return header, rows


def coverage_table(report: Report) -> tuple[list[str], list[list[str]]]:
    header = ["Stage", "Channels", *(name for _, name in report.personas)]
    rows = [
        [row.name, ", ".join(row.channels) or MISSING, *(COVERAGE[row.coverage[pid]] for pid, _ in report.personas)]
        for row in report.stages
    ]
    return header, rows


def values_table(report: Report) -> tuple[list[str], list[list[str]]]:
    header = ["Value", "Touchpoints", "Where"]
    rows = []
    for value, names in report.values.items():
        where = ", ".join(names[:4]) + (f", … ({len(names) - 4} more)" if len(names) > 4 else "")
        rows.append([value, str(len(names)), where or MISSING])
    return header, rows


def cx_line(report: Report) -> str:
    if report.cx_score is None:
        return "CX score: — (no scores yet)"
    parts = [f"CX score: {report.cx_score:g} / 100 (50 is neutral)"]
    named = dict(report.personas)
    per = [f"{named.get(key, key)} {value:g}" for key, value in report.persona_scores.items() if key and value is not None]
    if len(per) > 1:
        parts.append(" · ".join(per))
    return " — ".join(parts)


def weakness_lines(report: Report) -> list[str]:
    return [f"{w.stage} ({signed(w.overall)}): {'; '.join(w.reasons)}" for w in report.weakest]
