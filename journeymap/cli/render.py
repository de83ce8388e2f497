"""`journeymap render`: the poster (SVG, HTML, PNG) or the flow view (DOT, SVG) of maps."""

from __future__ import annotations

import sys
from enum import Enum
from typing import List, Optional

import typer

from journeymap.cli.app import (
    AUDIENCE_HELP,
    FIT_HELP,
    LANG_HELP,
    Audience,
    Lang,
    ThemeName,
    app,
    between,
    emit,
    emit_bytes,
    fail,
    fit_shape,
    speak,
)
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
    pdf = "pdf"
    dot = "dot"
    flow = "flow"
    mermaid = "mermaid"


@app.command(
    short_help="Draw maps as a poster (SVG, HTML, PNG), a PDF handout, a flow chart or a Mermaid block.",
    help=(
        "Draw maps as a poster: SVG (default), a self-contained HTML page or a PNG; as a PDF handout "
        "(the whole journey on one page, then a page per stage); or as a flow of touchpoints: DOT "
        "source, or SVG through Graphviz (--format flow).\n\n"
        "For a projector: --fit 16:9 folds the stages into bands that fill the screen with the "
        "largest text it allows. For the client: --audience client leaves the rule codes out.\n\n"
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
            "svg, html, png, pdf; dot or flow for the touchpoint flow view; mermaid for a Mermaid journey block. "
            "Default: what the -o file name ends in, else svg."
        ),
        show_default=False,
    ),
    persona: Optional[str] = typer.Option(None, "--persona", metavar="ID", help="Draw only this persona's scores."),
    view: View = typer.Option(
        View.journey,
        "--view",
        help="journey (the poster) or blueprint: the service blueprint, as svg, html, png or pdf (map.blueprint.svg by default).",
    ),
    theme: ThemeName = typer.Option(ThemeName.light, "--theme", help="light or dark."),
    fit: Optional[str] = typer.Option(None, "--fit", metavar="SHAPE", callback=fit_shape, help=FIT_HELP),
    audience: Audience = typer.Option(Audience.team, "--audience", help=AUDIENCE_HELP),
    scale: float = typer.Option(
        1.0, "--scale", metavar="N", callback=between(0.1, 8), help="PNG size, 0.1 to 8: 2 doubles width and height."
    ),
    max_side: int = typer.Option(
        16384, "--max-side", metavar="PX", callback=between(0, 1_000_000),
        help="Refuse a PNG longer than this on a side, as viewers and printers do (0: no limit).",
    ),
    font: Optional[List[str]] = typer.Option(
        None, "--font", metavar="FILE", help="Font file(s) for PNG text, e.g. a Japanese .ttf/.otf."
    ),
    watch: bool = typer.Option(
        False, "--watch", help="Keep running: draw again each time a map is saved, and say what changed."
    ),
    compare: Optional[str] = typer.Option(
        None, "--compare", metavar="OTHER", help="Draw the other state of the journey (a current or future map) over this one."
    ),
    compare_rev: Optional[str] = typer.Option(
        None, "--compare-rev", metavar="REV", help="Draw the map as it was at this git revision over the map as it is."
    ),
    config: Optional[str] = typer.Option(None, "--config", metavar="FILE", help="Configuration for the rules."),
    lang: Optional[Lang] = typer.Option(None, "--lang", help=LANG_HELP, show_default=False),
) -> None:
    from journeymap.cli.common import analyse_one, engine_for, print_findings, settings_for
    from journeymap.cli.compare import wanted
    from journeymap.faces.formats import RenderOptions, render
    from journeymap.faces.graphviz import GraphvizMissing
    from journeymap.faces.poster.fonts import DrawingError
    from journeymap.i18n import chosen_language
    from journeymap.output import BINARY, EXTENSIONS, OutputError, choose_format, plan_outputs, write_atomic

    said = speak(lang)
    settings = settings_for(paths, config)
    engine = engine_for(settings)
    analysed_maps = [analyse_one(path, settings, engine) for path in paths]  # missing files exit 2 before watching
    protected = {source for analysed in analysed_maps for source in analysed.sources}
    before = None
    if view is View.blueprint and wanted(compare, compare_rev):
        fail(say(B.BLUEPRINT_NO_COMPARE))
    if wanted(compare, compare_rev):
        from journeymap.cli.compare import states_to_draw

        analysed_maps, before, read = states_to_draw(paths, analysed_maps, compare, compare_rev, output, output_format, watch, settings, engine)
        protected |= read
    try:
        fmt = choose_format(output, output_format.value if output_format else None)
        if view is View.blueprint and fmt not in ("svg", "html", "png", "pdf"):
            fail(say(B.BLUEPRINT_FORMATS, fmt=fmt))
        targets = plan_outputs(list(paths), fmt, output, protected, "" if view is View.journey else view.value)
    except OutputError as exc:
        fail(exc.message)
    if targets == ["-"] and fmt in BINARY and sys.stdout.isatty():
        fail(say(C.BINARY_TO_TERMINAL, kind=fmt.upper(), ending=EXTENSIONS[fmt]))
    options = RenderOptions(
        fmt, persona, theme.value, scale, tuple(font or ()), lang=chosen_language(getattr(lang, "value", None)),
        fit=fit, audience=audience.value, max_side=max_side, compare=before, view=view.value,
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
            rendered = render(analysed.journey, analysed.findings, options)
        except KeyError:
            known = ", ".join(p.id for p in analysed.journey.personas) or "—"
            fail(say(C.NO_SUCH_PERSONA, path=analysed.path, persona=persona, known=known))
        except (DrawingError, GraphvizMissing) as exc:
            fail(getattr(exc, "message", str(exc)))
        for note in rendered.notes:
            emit(say(C.NOTE, path=analysed.path, note=note), sys.stderr)  # a Msg: said in the terminal's language
            emit("\n", sys.stderr)
        if target == "-":
            emit_bytes(rendered.data)
        else:
            try:
                write_atomic(target, rendered.data)
            except OSError as exc:
                fail(say(C.CANNOT_WRITE, path=target, reason=exc.strerror or str(exc)))
            emit(say(C.WROTE, path=target))
            emit("\n")
    raise typer.Exit(status)
