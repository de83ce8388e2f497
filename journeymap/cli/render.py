"""`journeymap render`: the poster (SVG, HTML, PNG) or the flow view (DOT, SVG) of maps."""

from __future__ import annotations

import sys
from enum import Enum
from typing import List, Optional

import typer

from journeymap.cli.app import LANG_HELP, Lang, ThemeName, app, between, emit, emit_bytes, fail, speak
from journeymap.i18n import say
from journeymap.messages import blueprint as B
from journeymap.messages import cli as C


class View(str, Enum):
    journey = "journey"
    blueprint = "blueprint"


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
    view: View = typer.Option(
        View.journey,
        "--view",
        help="journey (the poster) or blueprint: the service blueprint, as svg, html or png (map.blueprint.svg by default).",
    ),
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
    lang: Optional[Lang] = typer.Option(None, "--lang", help=LANG_HELP, show_default=False),
) -> None:
    from journeymap.cli.common import analyse_one, engine_for, print_findings, settings_for
    from journeymap.faces.formats import RenderOptions, render_bytes
    from journeymap.faces.graphviz import GraphvizMissing
    from journeymap.faces.poster.png import PngError
    from journeymap.i18n import chosen_language
    from journeymap.output import OutputError, choose_format, plan_outputs, write_atomic

    said = speak(lang)
    settings = settings_for(paths, config)
    engine = engine_for(settings)
    analysed_maps = [analyse_one(path, settings, engine) for path in paths]  # missing files exit 2 before watching
    protected = {source for analysed in analysed_maps for source in analysed.sources}
    try:
        fmt = choose_format(output, output_format.value if output_format else None)
        if view is View.blueprint and fmt not in ("svg", "html", "png"):
            fail(say(B.BLUEPRINT_FORMATS, fmt=fmt))
        targets = plan_outputs(list(paths), fmt, output, protected, "" if view is View.journey else view.value)
    except OutputError as exc:
        fail(exc.message)
    if targets == ["-"] and fmt == "png" and sys.stdout.isatty():
        fail(say(C.PNG_TO_TERMINAL))
    options = RenderOptions(
        fmt, persona, theme.value, scale, tuple(font or ()), lang=chosen_language(getattr(lang, "value", None)), view=view.value
    )
    if watch:
        if targets == ["-"]:
            fail(say(C.WATCH_TO_STDOUT))
        import gc

        from journeymap.watch.redraw import redraw

        gc.enable()  # a long-running command: collect as usual
        redraw(list(paths), targets, options, settings, engine, said, lambda line: emit(line + "\n"), print_findings)
        raise typer.Exit(0)
    status = 0
    for analysed, target in zip(analysed_maps, targets):
        if not analysed.ok:
            print_findings(analysed)
            emit(say(C.HAS_ERRORS_NOTHING_WRITTEN, path=analysed.path), sys.stderr)
            emit("\n", sys.stderr)
            status = 1
            continue
        try:
            data = render_bytes(analysed.journey, analysed.findings, options)
        except KeyError:
            known = ", ".join(p.id for p in analysed.journey.personas) or "—"
            fail(say(C.NO_SUCH_PERSONA, path=analysed.path, persona=persona, known=known))
        except (PngError, GraphvizMissing) as exc:
            fail(getattr(exc, "message", str(exc)))
        if target == "-":
            emit_bytes(data)
        else:
            try:
                write_atomic(target, data)
            except OSError as exc:
                fail(say(C.CANNOT_WRITE, path=target, reason=exc.strerror or str(exc)))
            emit(say(C.WROTE, path=target))
            emit("\n")
    raise typer.Exit(status)
