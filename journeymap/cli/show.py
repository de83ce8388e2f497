"""`journeymap show`: one map in the terminal, with its emotion curve and flagged stages."""

from __future__ import annotations

import os
import sys
from typing import Optional

import typer

from journeymap.cli.app import app, emit, fail, output_width, use_color


@app.command(
    short_help="Show one map in the terminal, with its emotion curve and flags.",
    help=(
        "Show one map in the terminal, for a workshop or a projector: every stage with its goal, "
        "touchpoints (channel and owner), actions, thoughts, emotion per persona, pain points and "
        "opportunities; the emotion curve across the whole journey; and the stages the checks flag, "
        "with their rule codes.\n\n"
        "Wide terminals show the stages side by side, narrow ones one after another. Run it again "
        "after editing the map to see the change. Colour only on a terminal; NO_COLOR=1 turns it off.\n\n"
        "Example: journeymap show map.yaml --persona aiko --lanes touchpoints,emotion,pains"
    )
)
def show(
    path: str = typer.Argument(..., metavar="FILE", help="The journey map."),
    persona: Optional[str] = typer.Option(
        None, "--persona", metavar="ID", help="Show one persona's emotions and curve (a persona id from the map)."
    ),
    stage: Optional[str] = typer.Option(
        None, "--stage", metavar="ID", help="Show one stage; its curve runs across its touchpoints."
    ),
    lanes: Optional[list[str]] = typer.Option(
        None,
        "--lanes",
        metavar="LANES",
        help="Which lanes to show, in this order, comma-separated: goal, touchpoints, actions, thoughts, "
        "emotion, pains, opportunities. Default: all. The curve comes with the emotion lane.",
    ),
    config: Optional[str] = typer.Option(None, "--config", metavar="FILE", help="Configuration to use for the rules."),
) -> None:
    from journeymap.cli.common import engine_for, load_one, print_findings, settings_for, split_selectors
    from journeymap.faces.terminal.show import render
    from journeymap.views.layout import LANES, build_layout

    chosen = split_selectors(lanes) or LANES
    for lane in chosen:
        if lane not in LANES:
            from journeymap.suggest import closest

            guess = closest(lane, LANES)
            mean = f"did you mean '{guess}'? " if guess else ""
            fail(f"unknown lane '{lane}' for --lanes; {mean}choose from {', '.join(LANES)}")
    settings = settings_for([path], config)
    loaded = load_one(path, settings)
    if not loaded.ok:
        print_findings(loaded, settings)
        raise typer.Exit(1)
    journey = loaded.journey
    _known(path, "persona", persona, [p.id for p in journey.personas])
    stage_ids = [s.id for s in journey.stages]
    _known(path, "stage", stage, stage_ids)
    findings = list(dict.fromkeys([*loaded.findings, *engine_for(settings).run(journey)]))
    layout = build_layout(journey, findings, persona=persona, stage=stage, lanes=tuple(dict.fromkeys(chosen)))
    colorterm = os.environ.get("COLORTERM", "").lower()
    color = use_color(sys.stdout)
    emit(
        render(
            layout,
            width=output_width(sys.stdout) or 100,
            color=color,
            color_system="truecolor" if colorterm in ("truecolor", "24bit") else "256",
            start=stage_ids.index(stage) + 1 if stage else 1,
        ),
        styled=color,
    )


def _known(path: str, kind: str, value: Optional[str], ids: list[str]) -> None:
    """An unknown --persona/--stage is a usage error that lists what the map has."""
    if value is None or value in ids:
        return
    if not ids:
        fail(f"{path} has no {kind}s; leave out --{kind}")
    from journeymap.suggest import closest

    guess = closest(value, ids)
    hint = f"did you mean '{guess}'? " if guess else ""
    fail(f"unknown {kind} '{value}' for --{kind}; {hint}the {kind}s in {path} are {', '.join(ids)}")
