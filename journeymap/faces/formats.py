"""Turn one loaded map into the bytes of one output format."""

from __future__ import annotations

from dataclasses import dataclass

from journeymap.faces.poster.themes import THEMES
from journeymap.i18n import say
from journeymap.messages import blueprint as B
from journeymap.messages import faces as F
from journeymap.views.layout import build_layout

# The longest side of a PNG that image viewers, browsers and print shops take without
# trouble (many refuse or crash past it; Chromium's canvas limit is about this).
MAX_PNG_SIDE = 16_384


@dataclass(frozen=True)
class RenderOptions:
    fmt: str = "svg"
    persona: str | None = None
    theme: str = "light"
    scale: float = 1.0
    fonts: tuple[str, ...] = ()
    lang: str | None = None  # the language of the words drawn; None: each map's own
    fit: object | None = None  # a faces.poster.fit.Shape: fold the stages into bands to fit it
    audience: str = "team"  # "client": the map without rule codes, outlines or the findings
    max_side: int = MAX_PNG_SIDE  # a larger PNG is refused (0: no limit)
    view: str = "journey"  # or "blueprint": the service blueprint (svg, html, png, pdf)
    compare: object | None = None  # a views.compare.Before: the other state, drawn over the poster's curve


@dataclass(frozen=True)
class Rendered:
    data: bytes
    notes: tuple = ()  # things to tell the person rendering (how small the text came out), as Msgs


def render_bytes(journey, findings, options: RenderOptions) -> bytes:
    """The output for ``journey``; raises KeyError for an unknown persona, PngError/GraphvizMissing."""
    return render(journey, findings, options).data


def render(journey, findings, options: RenderOptions) -> Rendered:
    """The output for ``journey`` and what to say about it."""
    if options.fmt == "mermaid":
        from journeymap.faces.mermaid import to_mermaid
        from journeymap.views.report import language_of

        return Rendered(to_mermaid(journey, options.lang or language_of(journey)).encode("utf-8"))
    if options.view == "blueprint":
        return _blueprint(journey, findings, options)
    layout = build_layout(journey, findings, persona=options.persona, lang=options.lang)
    if options.fmt in ("dot", "flow"):
        from journeymap.faces.flow import flow_source

        source = flow_source(layout)
        if options.fmt == "dot":
            return Rendered(source.encode("utf-8"))
        from journeymap.faces.graphviz import dot_to_svg

        return Rendered(dot_to_svg(source).encode("utf-8"))
    if options.fmt == "pdf":
        from journeymap.faces.poster.pdf import render_pdf

        return Rendered(render_pdf(layout, _poster_options(options, layout, journey), options.fonts))
    from journeymap.faces.poster.svg import Poster

    poster_options = _poster_options(options, layout, journey)
    notes: list = []
    if options.fit is not None:
        from journeymap.faces.poster.fit import fitted

        fit = fitted(layout, poster_options)
        notes.extend(_readability(fit))
        draw = fit.draw
        width = fit.shape.width
    else:
        poster = Poster(layout, poster_options)
        draw = poster.draw
        width = poster.width
    if options.fmt == "png":
        # Refuse before drawing: a journey of 10,000 touchpoints is two million pixels long.
        _check_png_side(width * options.scale, None, options)
    return _drawn(layout, draw(), notes, options)


def _blueprint(journey, findings, options: RenderOptions) -> Rendered:
    """The service blueprint (svg, html, png, pdf), fitted to ``--fit``'s shape by scaling it whole."""
    from journeymap.faces.poster.blueprint import BlueprintDrawing
    from journeymap.views.blueprint import build_blueprint

    # For the client, no rule codes: the blueprint is drawn as if nothing had been flagged.
    shown = findings if options.audience != "client" else []
    view = build_blueprint(journey, shown, persona=options.persona, lang=options.lang)
    drawing = BlueprintDrawing(view, _poster_options(options))
    # Drawn anyway (the lanes show where the blueprint goes), but said, as `show --view blueprint` says it.
    notes: list = [] if view.has_blueprint else [say(B.NO_BLUEPRINT)]
    if options.fmt == "pdf":
        return Rendered(_blueprint_pdf(journey, shown, view, options), notes)
    if options.fmt == "png" and options.fit is None:
        _check_png_side(drawing.width * options.scale, None, options)
    svg = drawing.draw()
    if options.fit is not None:
        from journeymap.faces.poster.blueprint import fit_blueprint

        fit = fit_blueprint(svg, options.fit)
        smallest, readable = fit.smallest_text(), fit.shape.readable
        if smallest < readable - 0.05:
            unit, factor = ("pt", 72 / 96) if fit.shape.paper else ("px", 1.0)
            notes.append(say(B.BLUEPRINT_FIT_SMALL, size=f"{smallest * factor:.1f} {unit}", shape=fit.shape.name,
                             readable=f"{readable * factor:.0f} {unit}"))
        svg = fit.draw()
    return _drawn(view.layout, svg, notes, options)


def _blueprint_pdf(journey, findings, view, options: RenderOptions) -> bytes:
    """The blueprint as a handout: the whole of it on the first page, then a page per stage, each scaled to the sheet."""
    from journeymap.faces.poster.blueprint import BlueprintDrawing, fit_blueprint
    from journeymap.faces.poster.fit import parse_shape
    from journeymap.faces.poster.pdf import Page, pages_pdf
    from journeymap.views.blueprint import build_blueprint

    shape = options.fit or parse_shape("a4")
    views = [view] + [
        build_blueprint(journey, findings, persona=options.persona, stage=stage.id, lang=options.lang) for stage in journey.stages
    ]
    pages = []
    for each in views:
        fit = fit_blueprint(BlueprintDrawing(each, _poster_options(options)).draw(), shape)
        pages.append(Page(fit.draw(), fit.width, fit.dx, fit.dy))
    return pages_pdf(view.layout, pages, shape, options.fonts)


def _drawn(layout, svg: str, notes: list, options: RenderOptions) -> Rendered:
    """A drawn SVG as the format asked for: itself, in its HTML page, or as a PNG."""
    if options.fmt == "svg":
        return Rendered(svg.encode("utf-8"), tuple(notes))
    if options.fmt == "html":
        from journeymap.faces.poster.html import render_html

        return Rendered(render_html(layout, svg, options.theme, audience=options.audience).encode("utf-8"), tuple(notes))
    if options.fmt == "png":
        from journeymap.faces.poster.png import find_fonts, svg_size, svg_to_png

        _check_png_side(*(side * options.scale for side in svg_size(svg)), options)
        return Rendered(svg_to_png(svg, options.scale, find_fonts(options.fonts)), tuple(notes))
    raise ValueError(options.fmt)  # the CLI offers only the formats above


def _poster_options(options: RenderOptions, layout=None, journey=None):
    from journeymap.faces.poster.svg import PosterOptions

    overlay = None
    if options.compare is not None and layout is not None:  # the blueprint has no overlay (the CLI refuses it)
        from journeymap.views.compare import build_overlay

        before = options.compare
        overlay = build_overlay(layout, before.journey, journey, before.label, before.after_label)
    return PosterOptions(theme=THEMES[options.theme], audience=options.audience, fit=options.fit, overlay=overlay)


def _check_png_side(width: float, height: float | None, options: RenderOptions) -> None:
    from journeymap.faces.poster.png import PngError

    longest = max(width, height or 0)
    if options.max_side and longest > options.max_side:
        limit = f"{options.max_side:,}"
        if height is None:
            raise PngError(F.PNG_TOO_WIDE, width=f"{round(width):,}", limit=limit)
        raise PngError(F.PNG_TOO_LARGE, width=f"{round(width):,}", height=f"{round(height):,}", limit=limit)


def _readability(fit) -> list:
    """A note when the fitted poster's smallest text is below what reads on that shape."""
    smallest = fit.smallest_text()
    if smallest >= fit.shape.readable - 0.05:
        return []
    if fit.shape.paper:
        return [say(F.FIT_SMALL_ON_PAPER, size=f"{smallest * 72 / 96:.1f}", shape=fit.shape.name,
                    readable=f"{fit.shape.readable * 72 / 96:.0f}")]
    return [say(F.FIT_SMALL_ON_SCREEN, size=f"{smallest:.1f}", shape=fit.shape.name,
                width=f"{fit.shape.width:g}", readable=f"{fit.shape.readable:g}")]
