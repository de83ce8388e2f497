"""The report's sections as rows of cells, shared by the terminal and markdown faces.

Every heading and sentence is said in ``lang`` from the message catalogue.
"""

from __future__ import annotations

from journeymap.i18n import Series, say, speaker, tr
from journeymap.messages import blueprint as B
from journeymap.messages import views as V
from journeymap.scores import signed
from journeymap.views.report import Report

MISSING = "—"
COVERAGE = {"yes": "✓", "no": "✗", "n/a": "·"}


def score(value: float | None) -> str:
    return MISSING if value is None else signed(value)


def persona_columns(report: Report, lang: str) -> list[tuple[str, str]]:
    """(key into StageRow.averages, header) for each persona, or one column for a map without personas."""
    from journeymap.messages import words as W

    columns = [(pid, name) for pid, name in report.personas]
    if not columns or "" in report.persona_scores:  # scores for no persona in particular get a column too
        columns.append(("", speaker(lang)(W.CUSTOMERS_LABEL)))
    return columns


def phase_column_helps(report: Report, lang: str) -> bool:
    """A phase column only when it says something the stage names do not (認知 is already 認知)."""
    return any(row.phase and _phase(row.phase, lang) != row.name for row in report.stages)


def emotion_table(report: Report, lang: str, with_phase: bool = True) -> tuple[list[str], list[list[str]]]:
    with_phase = with_phase and phase_column_helps(report, lang)
    w = speaker(lang)
    columns = persona_columns(report, lang)
    header = [w(V.STAGE), *([w(V.PHASE)] if with_phase else []), *(name for _, name in columns)]
    if len(columns) > 1:
        header.append(w(V.ALL_PERSONAS_COLUMN))
    rows = []
    for row in report.stages:
        phase = [_phase(row.phase, lang)] if with_phase else []
        cells = [row.name, *phase, *(score(row.averages.get(key)) for key, _ in columns)]
        if len(columns) > 1:
            cells.append(score(row.overall))
        rows.append(cells)
    return header, rows


def _phase(phase: str | None, lang: str) -> str:
    from journeymap.phases import PhaseName

    return tr(lang, PhaseName(phase)) if phase else MISSING


def pain_table(report: Report, lang: str) -> tuple[list[str], list[list[str]]]:
    w = speaker(lang)
    header = ["#", w(V.STAGE), w(V.TOUCHPOINT), w(V.OWNER), w(V.PAIN_POINT), w(V.WORST)]
    rows = [[str(i), p.stage, p.touchpoint, tr(lang, p.owner), p.text, score(p.worst)] for i, p in enumerate(report.pains, 1)]
    return header, rows


def coverage_table(report: Report, lang: str) -> tuple[list[str], list[list[str]]]:
    from journeymap.channels import ChannelName

    w = speaker(lang)
    header = [w(V.STAGE), w(V.CHANNELS), *(name for _, name in report.personas)]
    rows = [
        [
            row.name,
            tr(lang, Series(ChannelName(c) for c in row.channels)) or MISSING,
            *(COVERAGE[row.coverage[pid]] for pid, _ in report.personas),
        ]
        for row in report.stages
    ]
    return header, rows


def values_table(report: Report, lang: str) -> tuple[list[str], list[list[str]]]:
    from journeymap.experiential import ValueName

    w = speaker(lang)
    header = [w(V.VALUE), w(V.HOW_MANY_TOUCHPOINTS), w(V.WHERE)]
    rows = []
    for value, names in report.values.items():
        where = tr(lang, Series(names[:4]))
        if len(names) > 4:
            where = tr(lang, Series([where, w(V.MORE_TOUCHPOINTS, count=len(names) - 4)]))
        rows.append([tr(lang, ValueName(value)), str(len(names)), where or MISSING])
    return header, rows


def findings_table(report: Report, lang: str) -> tuple[list[str], list[list[str]]]:
    w = speaker(lang)
    from journeymap.check.codes import display_name

    rows = []
    for key, count in report.finding_counts.items():
        code, _, name = key.partition(" ")
        rows.append([f"{code} {display_name(code, name, lang)}", str(count)])
    return [w(V.RULE), w(V.COUNT)], rows


def cx_line(report: Report, lang: str) -> str:
    w = speaker(lang)
    if report.cx_score is None:
        return w(V.CX_NONE)
    parts = [w(V.CX_SCORE, score=f"{report.cx_score:g}")]
    named = dict(report.personas)
    per = [f"{named.get(key, key)} {value:g}" for key, value in report.persona_scores.items() if key and value is not None]
    if len(per) > 1:
        parts.append(" · ".join(per))
    return " — ".join(parts)


def facts_line(report: Report, lang: str, path: str) -> str:
    w = speaker(lang)
    personas = tr(lang, Series(name for _, name in report.personas)) or w(V.NO_PERSONAS)
    return w(V.REPORT_FACTS, path=path, scale=report.scale, personas=personas)


def weakness_lines(report: Report, lang: str) -> list[str]:
    w = speaker(lang)
    return [
        w(V.WEAKNESS, stage=wk.stage, value=signed(wk.overall), reasons=Series(wk.reasons, ("; ", "。")))
        for wk in report.weakest
    ]


def pain_lines(report: Report, lang: str) -> list[tuple[str, str]]:
    """(the pain and its worst score, where it is) for the narrow terminal's list."""
    w = speaker(lang)
    return [
        (
            w(V.PAIN_WITH_WORST, pain=p.text, value=score(p.worst)),
            w(V.PAIN_WHERE, stage=p.stage, touchpoint=p.touchpoint, owner=tr(lang, p.owner)),
        )
        for p in report.pains
    ]


def opportunity_line(item, lang: str) -> str:
    return speaker(lang)(V.OPPORTUNITY_LINE, opportunity=item.text, stage=item.stage, touchpoint=item.touchpoint, value=score(item.worst))


def department_lines(report: Report, lang: str) -> list[tuple[str, list[str]]]:
    """(department, its lines): where it acts, the fail points it owns, the pains it could fix."""
    w = speaker(lang)

    def where(stage: str, touchpoint: str | None) -> str:
        if touchpoint is None:
            return w(B.REPORT_AT_STAGE, stage=stage)
        return w(B.REPORT_AT_TOUCHPOINT, stage=stage, touchpoint=touchpoint)

    out = []
    for row in report.departments:
        lines = []
        if row.places:
            places = Series(
                say(B.REPORT_PLACE, stage=p.stage, lanes=Series(say(B.LANE_NAMES[lane]) for lane in p.lanes)) for p in row.places
            )
            lines.append(w(B.REPORT_ACTS_IN, places=places))
        for fail in row.fail_points:
            mitigation = say(B.FAIL_MITIGATION, mitigation=fail.mitigation) if fail.mitigation else say(B.FAIL_NO_MITIGATION)
            lines.append(w(B.REPORT_FAIL, where=where(fail.stage, fail.touchpoint), experience=fail.experience, mitigation=mitigation))
        for pain in row.pains:
            lines.append(
                w(B.REPORT_PAIN, where=where(pain.stage, pain.touchpoint), pain=w(V.PAIN_WITH_WORST, pain=pain.text, value=score(pain.worst)))
            )
        out.append((row.name, lines))
    return out
