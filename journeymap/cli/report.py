"""`journeymap report`: scores, weakest stages, pain points and the backlog of one map."""

from __future__ import annotations

import sys
from enum import Enum
from typing import Optional

import typer

from journeymap.cli.app import app, between, emit, output_width, use_color


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
    config: Optional[str] = typer.Option(None, "--config", metavar="FILE", help="Configuration to use for the rules."),
) -> None:
    from journeymap.cli.common import engine_for, load_one, print_findings, settings_for
    from journeymap.views.report import build_report

    settings = settings_for([path], config)
    loaded = load_one(path, settings)
    if not loaded.ok:
        print_findings(loaded, settings)
        raise typer.Exit(1)
    findings = engine_for(settings).run(loaded.journey)
    data = build_report(loaded.journey, findings, top)
    if output_format is ReportFormat.json:
        import dataclasses
        import json

        from journeymap.textsafe import json_safe

        emit(json_safe(json.dumps(dataclasses.asdict(data), ensure_ascii=False, indent=2)) + "\n")
    elif output_format is ReportFormat.md:
        from journeymap.faces.markdown.report import render

        emit(render(data))
    else:
        from journeymap.faces.terminal.report import render

        color = use_color(sys.stdout)
        emit(render(data, width=output_width(sys.stdout) or 100, color=color), styled=color)
