"""Turn one loaded map into the bytes of one output format."""

from __future__ import annotations

from dataclasses import dataclass

from journeymap.faces.poster.themes import THEMES
from journeymap.views.layout import build_layout


@dataclass(frozen=True)
class RenderOptions:
    fmt: str = "svg"
    persona: str | None = None
    theme: str = "light"
    scale: float = 1.0
    fonts: tuple[str, ...] = ()
    lang: str | None = None  # the language of the words drawn; None: each map's own
    view: str = "journey"  # or "blueprint": the service blueprint (svg, html, png)


def render_bytes(journey, findings, options: RenderOptions) -> bytes:
    """The output for ``journey``; raises KeyError for an unknown persona, PngError/GraphvizMissing."""
    if options.fmt == "mermaid":
        from journeymap.faces.mermaid import to_mermaid

        return to_mermaid(journey).encode("utf-8")
    if options.view == "blueprint":
        return _blueprint_bytes(journey, findings, options)
    layout = build_layout(journey, findings, persona=options.persona, lang=options.lang)
    if options.fmt in ("dot", "flow"):
        from journeymap.faces.flow import flow_source

        source = flow_source(layout)
        if options.fmt == "dot":
            return source.encode("utf-8")
        from journeymap.faces.graphviz import dot_to_svg

        return dot_to_svg(source).encode("utf-8")
    from journeymap.faces.poster.svg import PosterOptions, render_svg

    return _poster_bytes(layout, render_svg(layout, PosterOptions(theme=THEMES[options.theme])), options)


def _blueprint_bytes(journey, findings, options: RenderOptions) -> bytes:
    """The service blueprint, drawn as SVG and wrapped as the poster is (the CLI offers svg, html, png)."""
    from journeymap.faces.poster.blueprint import render_blueprint_svg
    from journeymap.faces.poster.svg import PosterOptions
    from journeymap.views.blueprint import build_blueprint

    view = build_blueprint(journey, findings, persona=options.persona, lang=options.lang)
    return _poster_bytes(view.layout, render_blueprint_svg(view, PosterOptions(theme=THEMES[options.theme])), options)


def _poster_bytes(layout, svg: str, options: RenderOptions) -> bytes:
    if options.fmt == "svg":
        return svg.encode("utf-8")
    if options.fmt == "html":
        from journeymap.faces.poster.html import render_html

        return render_html(layout, svg, options.theme).encode("utf-8")
    if options.fmt == "png":
        from journeymap.faces.poster.png import find_fonts, svg_to_png

        return svg_to_png(svg, options.scale, find_fonts(options.fonts))
    raise ValueError(options.fmt)  # the CLI offers only the formats above
