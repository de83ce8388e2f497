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
PNG_TOO_LARGE = N_(
    "the PNG would be %(width)s × %(height)s px, and image viewers and printers take at most %(limit)s px on a side: "
    "fold the stages into bands with --fit 16:9 (or --fit a3), shrink it with --scale 0.5, "
    "or pass --max-side 0 to draw it anyway"
)
PNG_TOO_WIDE = N_(
    "the PNG would be %(width)s px wide, and image viewers and printers take at most %(limit)s px on a side: "
    "fold the stages into bands with --fit 16:9 (or --fit a3), shrink it with --scale 0.5, "
    "or pass --max-side 0 to draw it anyway"
)
FIT_SMALL_ON_SCREEN = N_(
    "the smallest text is %(size)s px on a %(width)s-px-wide %(shape)s screen (%(readable)s px reads from the back "
    "of a room): present it stage by stage with `journeymap serve` (→ steps through the stages), or print a page "
    "per stage with --format pdf"
)
FIT_SMALL_ON_PAPER = N_(
    "the smallest text is %(size)s pt on %(shape)s (%(readable)s pt reads on paper): try a larger sheet "
    "(--fit a3), or a page per stage with --format pdf"
)
NO_JAPANESE_FONT_PDF = N_(
    "this map has Japanese text and the PDF has no font to embed for it: "
    "pip install 'journeymap[cjk]' (Noto Sans JP), or pass --font PATH to a Japanese .ttf/.otf"
)
