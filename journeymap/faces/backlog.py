"""The backlog of opportunities as CSV (for an issue tracker's import), JSON, or markdown (a PR comment).

The CSV's first four columns carry Jira's own field names (Summary,
Description, Priority, Labels), so its importer maps them by itself; the rest
are the keys of ``--format json``. docs/site.md gives the mapping for Jira and
for GitHub Issues. Text cells that a spreadsheet would run as a formula
(starting with ``=``, ``+``, ``-``, ``@``) get a leading apostrophe, as OWASP
advises for CSV files built from other people's text.
"""

from __future__ import annotations

import csv
import io
import json

from journeymap.i18n import Series, speaker, tr
from journeymap.messages import backlog as B
from journeymap.model import format_number
from journeymap.scores import score_text
from journeymap.textsafe import json_safe
from journeymap.views.backlog import BANDS, WEIGHTS, Item, band_word

SCHEMA_VERSION = 1
CSV_COLUMNS = (
    "Summary",
    "Description",
    "Priority",
    "Labels",
    "priority_score",
    "owner",
    "journey",
    "path",
    "stage",
    "touchpoint",
    "channel",
    "pain_points",
    "worst",
    "stage_average",
    "personas_below_neutral",
    "scale",
    "id",
)
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def _number(value: float | None) -> str:
    return "" if value is None else score_text(value)


def description(item: Item, lang: str) -> str:
    """The body of the tracker issue: where the opportunity is, what hurts there, why this priority."""
    w = speaker(lang)
    why = item.urgency
    lines = [
        w(B.FROM_JOURNEY, journey=item.journey, path=item.path),
        w(
            B.WHERE,
            stage=item.stage,
            touchpoint=item.touchpoint,
            channel=item.channel or w(B.NOT_GIVEN),
            owner=item.owner or w(B.UNOWNED),
        ),
        w(B.PAINS_HERE, pains=Series(item.pains, ("; ", "、"))) if item.pains else w(B.NO_PAINS_HERE),
    ]
    if why.worst is None:
        lines.append(w(B.NOT_SCORED))
    else:
        lines.append(
            w(
                B.SCORES,
                scale=item.scale,
                worst=score_text(why.worst),
                average=score_text(why.stage_average) if why.stage_average is not None else "—",
                below=why.below,
                personas=why.personas,
            )
        )
    lines.append(
        w(
            B.PRIORITY_WHY,
            priority=format_number(why.priority),
            band=band_word(why.band),
            depth=_number(why.depth),
            reach=_number(why.reach),
            stage=_number(why.stage),
            pains=_number(why.pains),
        )
    )
    lines.append(w(B.ITEM_ID, id=item.id))
    return "\n".join(lines)


def label(owner: str | None) -> str:
    """A tracker label for the owner: labels cannot hold spaces."""
    return "-".join((owner or "unowned").split()) or "unowned"


def _cell(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA) else text


def to_csv(found: list[Item], lang: str = "en") -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for item in found:
        why = item.urgency
        writer.writerow(
            [
                _cell(item.text),
                _cell(description(item, lang)),
                why.band,
                _cell(label(item.owner)),
                format_number(why.priority),
                _cell(item.owner or ""),
                _cell(item.journey),
                _cell(item.path),
                _cell(item.stage),
                _cell(item.touchpoint),
                _cell(item.channel or ""),
                _cell("; ".join(item.pains)),
                _number(why.worst),
                _number(why.stage_average),
                f"{why.below}/{why.personas}",
                item.scale,
                item.id,
            ]
        )
    return buffer.getvalue()


def to_dict(item: Item, lang: str = "en") -> dict:
    why = item.urgency
    return {
        "id": item.id,
        "title": item.text,
        "priority": why.priority,
        "band": why.band,
        "owner": item.owner,
        "journey": item.journey,
        "path": item.path,
        "stage": item.stage,
        "stage_id": item.stage_id,
        "phase": item.phase,
        "touchpoint": item.touchpoint,
        "touchpoint_id": item.touchpoint_id,
        "channel": item.channel,
        "pain_points": list(item.pains),
        "worst": why.worst,
        "stage_average": None if why.stage_average is None else round(why.stage_average, 3),
        "personas_below_neutral": why.below,
        "personas": why.personas,
        "scale": item.scale,
        "parts": {"depth": why.depth, "reach": why.reach, "stage": why.stage, "pains": why.pains},
        "description": description(item, lang),
    }


def to_json(found: list[Item], files: list[str], problems: list[str], lang: str = "en") -> str:
    bands: dict[str, int] = {name: 0 for _, name in BANDS}
    for item in found:
        bands[item.urgency.band] += 1
    rows = ",\n    ".join(json.dumps(to_dict(item, lang), ensure_ascii=False) for item in found)
    listed = "[\n    " + rows + "\n  ]" if rows else "[]"
    document = (
        "{\n"
        f'  "version": {SCHEMA_VERSION},\n'
        f'  "files": {json.dumps(files, ensure_ascii=False)},\n'
        f'  "formula": {json.dumps({"weights": WEIGHTS, "bands": {name: floor for floor, name in BANDS}})},\n'
        f'  "items": {listed},\n'
        f'  "summary": {json.dumps({"items": len(found), "bands": bands, "files": len(files)})},\n'
        f'  "problems": {json.dumps([tr(lang, p) for p in problems], ensure_ascii=False)}\n'
        "}\n"
    )
    return json_safe(document)


def _md(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def to_markdown(found: list[Item], maps: int, lang: str, top: int | None = None) -> str:
    w = speaker(lang)
    shown = found if top is None else found[:top]
    out = [f"## {w(B.TITLE)}", ""]
    if not found:
        return "\n".join(out + [w(B.NO_ITEMS)]) + "\n"
    out += [w(B.SUMMARY, items=w(B.ITEMS, count=len(found)), maps=w(B.MAPS, count=maps)), ""]
    heads = (B.COLUMN_PRIORITY, B.COLUMN_OPPORTUNITY, B.COLUMN_JOURNEY, B.COLUMN_WHERE, B.COLUMN_OWNER, B.COLUMN_PAINS, B.COLUMN_WORST)
    out.append("| " + " | ".join(["#", *(w(h) for h in heads)]) + " |")
    out.append("| ---: | --- | --- | --- | --- | --- | --- | ---: |")
    for number, item in enumerate(shown, 1):
        why = item.urgency
        cells = [
            str(number),
            w(B.PRIORITY_CELL, band=band_word(why.band), priority=format_number(why.priority)),
            item.text,
            item.journey,
            w(B.WHERE_CELL, stage=item.stage, touchpoint=item.touchpoint),
            item.owner or w(B.UNOWNED),
            tr(lang, Series(item.pains, ("; ", "、"))) or "—",
            w(B.WORST_CELL, score=score_text(why.worst), scale=item.scale) if why.worst is not None else "—",
        ]
        out.append("| " + " | ".join(_md(c) for c in cells) + " |")
    out.append("")
    if len(shown) < len(found):
        out += [w(B.SHOWN, shown=len(shown), count=len(found)), ""]
    out.append(f"<sub>{w(B.HOW_PRIORITY)}</sub>")
    return "\n".join(out) + "\n"
