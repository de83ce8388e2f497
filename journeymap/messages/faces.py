"""What the faces say when they cannot draw: fonts, Graphviz, and the notes a Mermaid export carries."""

from journeymap.i18n import N_

FONT_NOT_FOUND = N_("font file not found: %(path)s")
NOT_A_FONT = N_("%(path)s is not a TrueType or OpenType font")
NO_RESVG = N_("PNG output needs the resvg renderer: pip install resvg-py")
NO_JAPANESE_FONT = N_(
    "this map has Japanese text and no font here draws it, so the PNG would lose that text: "
    "pip install 'journeymap[cjk]' (Noto Sans JP), or pass --font PATH to a Japanese .ttf/.otf"
)
RESVG_FAILED = N_("resvg could not draw the poster: %(reason)s")
NO_DOT = N_(
    "the flow view as SVG needs Graphviz's `dot` program: install it (Debian/Ubuntu: apt-get install graphviz, "
    "macOS: brew install graphviz), or use --format dot for the source"
)
DOT_TIMEOUT = N_("Graphviz took longer than %(seconds)s s to draw the flow view")
DOT_FAILED = N_("Graphviz could not draw the flow view: %(reason)s")
