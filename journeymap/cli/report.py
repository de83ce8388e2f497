"""`journeymap report`: scores, weakest stages, pain points and the backlog of one map."""

from __future__ import annotations

import sys
from enum import Enum
from typing import Optional

import typer

from journeymap.cli.app import LANG_HELP, Lang, app, between, emit, output_width, speak, use_color


class ReportFormat(str, Enum):
    text = "text"
    md = "md"
    json = "json"


@app.command(
    short_help="Scores per stage and persona, the CX score, and where to act first.",
    help=(
        "Summarise one map: average emotion per stage and persona, the CX score, the weakest "
        "stages and why, the top pain points, the opportunity backlog for each owner, channel "
        "coverage per persona and experiential values.\n\n"
        "--format md gives markdown for a pull-request comment or a wiki page."
    )
)
def report(
    ctx: typer.Context,
    path: str = typer.Argument(..., metavar="FILE", help="The journey map."),
    output_format: ReportFormat = typer.Option(ReportFormat.text, "--format", "-f", help="text, md or json."),
    top: int = typer.Option(10, "--top", metavar="N", callback=between(1, 1000), help="How many pain points to list."),
    compare: Optional[str] = typer.Option(
        None, "--compare", metavar="OTHER", help="Compare with the other state of the journey (a current or future map)."
    ),
    compare_rev: Optional[str] = typer.Option(
        None, "--compare-rev", metavar="REV", help="Compare with the map as it was at this git revision."
    ),
    config: Optional[str] = typer.Option(None, "--config", metavar="FILE", help="Configuration to use for the rules."),
    lang: Optional[Lang] = typer.Option(None, "--lang", help=LANG_HELP, show_default=False),
) -> None:
    from journeymap.cli.common import analyse_one, audience_language, engine_for, machine_language, require_valid, settings_for
    from journeymap.cli.compare import report_states, wanted
    from journeymap.faces import REPORT_FACES, get_face
    from journeymap.views.report import build_report

    speak(lang)
    settings = settings_for([path], config)
    if wanted(compare, compare_rev):
        report_states(path, compare, compare_rev, output_format.value, settings, engine_for(settings), lang)
        return
    analysed = analyse_one(path, settings, engine_for(settings))
    require_valid(analysed)
    data = build_report(analysed.journey, analysed.findings, top)
    face = get_face(REPORT_FACES, output_format.value)
    if output_format is ReportFormat.json:
        emit(face(data, machine_language(lang)))
    elif output_format is ReportFormat.md:
        emit(face(data, audience_language(lang, analysed.journey)))
    else:
        color = use_color(sys.stdout)
        text = face(data, width=output_width(sys.stdout) or 100, color=color, lang=audience_language(lang, analysed.journey))
        emit(text, styled=color)
