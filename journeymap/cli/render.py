"""`journeymap render`: the poster (SVG, HTML, PNG) or the flow view (DOT, SVG) of maps."""

from __future__ import annotations

import sys
from enum import Enum
from typing import List, Optional

import typer

from journeymap.cli.app import ThemeName, app, between, emit, emit_bytes, fail


class RenderFormat(str, Enum):
    svg = "svg"
    html = "html"
    png = "png"
    dot = "dot"
    flow = "flow"
    mermaid = "mermaid"


@app.command(
    short_help="Draw maps as a poster (SVG, HTML, PNG), a flow chart or a Mermaid block.",
    help=(
        "Draw maps as a poster: SVG (default), a self-contained HTML page or a PNG; or as a flow "
        "of touchpoints: DOT source, or SVG through Graphviz (--format flow).\n\n"
        "The output goes beside each map (coffee.yaml -> coffee.svg) unless -o says otherwise; "
        "-o poster.png picks the format from the name, -o out/ writes one file per map into out/. "
        "Files are replaced in one step, and a map is never overwritten."
    )
)
def render(
    ctx: typer.Context,
    paths: List[str] = typer.Argument(..., metavar="FILE...", help="The journey maps to draw."),
    output: Optional[str] = typer.Option(
        None, "--output", "-o", metavar="PATH", help="Output file, a directory for several maps, or - for standard output."
    ),
    output_format: Optional[RenderFormat] = typer.Option(
        None,
        "--format",
        "-f",
        help=(
            "svg, html, png; dot or flow for the touchpoint flow view; mermaid for a Mermaid journey block. "
            "Default: what the -o file name ends in, else svg."
        ),
        show_default=False,
    ),
    persona: Optional[str] = typer.Option(None, "--persona", metavar="ID", help="Draw only this persona's scores."),
    theme: ThemeName = typer.Option(ThemeName.light, "--theme", help="light or dark."),
    scale: float = typer.Option(
        1.0, "--scale", metavar="N", callback=between(0.1, 8), help="PNG size, 0.1 to 8: 2 doubles width and height."
    ),
    font: Optional[List[str]] = typer.Option(
        None, "--font", metavar="FILE", help="Font file(s) for PNG text, e.g. a Japanese .ttf/.otf."
    ),
    watch: bool = typer.Option(
        False, "--watch", help="Keep running: draw again each time a map is saved, and say what changed."
    ),
    config: Optional[str] = typer.Option(None, "--config", metavar="FILE", help="Configuration for the rules."),
) -> None:
    from journeymap.cli.common import engine_for, load_one, print_findings, settings_for
    from journeymap.cli.output import OutputError, choose_format, plan_outputs, write_atomic
    from journeymap.faces.formats import RenderOptions, render_bytes
    from journeymap.faces.graphviz import GraphvizMissing
    from journeymap.faces.poster.png import PngError

    settings = settings_for(paths, config)
    engine = engine_for(settings)
    loaded_maps = [load_one(path, settings) for path in paths]  # also: missing files exit 2 before watching
    protected = {source for loaded in loaded_maps for source in loaded.sources}
    try:
        fmt = choose_format(output, output_format.value if output_format else None)
        targets = plan_outputs(list(paths), fmt, output, protected)
    except OutputError as exc:
        fail(str(exc))
    if targets == ["-"] and fmt == "png" and sys.stdout.isatty():
        fail("a PNG is an image, not text: write it to a file (-o poster.png) or pipe it (-o - | other-program)")
    options = RenderOptions(fmt, persona, theme.value, scale, tuple(font or ()))
    if watch:
        if targets == ["-"]:
            fail("--watch writes files; it cannot write to standard output")
        from journeymap.cli.render_watch import watch as watch_maps

        watch_maps(list(paths), targets, options, settings, engine)
    status = 0
    for loaded, target in zip(loaded_maps, targets):
        if not loaded.ok:
            print_findings(loaded, settings)
            emit(f"journeymap: {loaded.path} has errors; nothing written\n", sys.stderr)
            status = 1
            continue
        try:
            data = render_bytes(loaded.journey, engine.run(loaded.journey), options)
        except KeyError:
            known = ", ".join(p.id for p in loaded.journey.personas) or "none"
            fail(f"{loaded.path} has no persona '{persona}' (its personas: {known})")
        except (PngError, GraphvizMissing) as exc:
            fail(str(exc))
        if target == "-":
            emit_bytes(data)
        else:
            try:
                write_atomic(target, data)
            except OSError as exc:
                fail(f"cannot write {target}: {exc.strerror or exc}")
            emit(f"wrote {target}\n")
    raise typer.Exit(status)
