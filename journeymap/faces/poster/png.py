"""PNG from the SVG poster, without a browser: resvg (a Rust renderer with wheels on PyPI).

resvg draws text only in fonts it has loaded, and draws a whole run of text
in one font: a character that font lacks comes out wrong or as an empty box.
So journeymap hands it fonts explicitly (:mod:`journeymap.faces.poster.fonts`)
and, before drawing, names the font of every run of text by what each font
covers: Latin with its accents in Source Sans Pro, Japanese in Noto Sans JP.
Before drawing a map with Japanese text it checks that two different kanji
come out different (empty boxes look alike), and refuses rather than lose the text.
"""

from __future__ import annotations

import html
import re

from journeymap.faces.poster.fonts import (  # noqa: F401 - the names this module has always offered
    FONT_DIRS_VARIABLE,
    DrawingError,
    Fonts,
    bundled_fonts,
    faces,
    find_fonts,
    place,
    runs,
    system_font_dirs,
)
from journeymap.faces.poster.markup import escape, num
from journeymap.faces.poster.themes import FONT_FAMILY
from journeymap.messages import faces as F
from journeymap.textwidth import has_cjk


class PngError(DrawingError):
    """The PNG cannot be made as asked; the message says what to install or pass."""


_TEXT = re.compile(r"(<text\b[^>]*>)([^<]*)(</text>)")
_STACK = f'font-family="{escape(FONT_FAMILY)}"'
_UNITS = {"": 1.0, "px": 1.0, "mm": 96 / 25.4, "cm": 96 / 2.54, "in": 96.0, "pt": 96 / 72}


def svg_size(svg: str) -> tuple[float, float]:
    """The width and height of an SVG in pixels, from its root element (96 per inch)."""
    head = svg[: svg.find(">") + 1]
    sizes = []
    for name in ("width", "height"):
        match = re.search(rf'\s{name}="([\d.]+)([a-z]*)"', head)
        sizes.append(float(match.group(1)) * _UNITS.get(match.group(2), 1.0) if match else 0.0)
    return sizes[0], sizes[1]


_ATTRIBUTE = re.compile(r'([a-z][a-z-]*)="([^"]*)"')


def per_glyph(svg: str, fonts: Fonts) -> str:
    """``svg`` with each run of text drawn in the first of ``fonts`` that has its characters.

    resvg draws a whole <text> in one font once it holds a character only a CJK font has
    (even its Latin tspans), so a text of several fonts becomes one <text> per run, each
    placed after the one before by the fonts' advance widths."""
    all_faces = faces(fonts)
    families = fonts.faces()
    if not families:
        return svg
    primary = families[0][0]
    svg = svg.replace(_STACK, f"font-family=\"'{escape(primary)}'\"")
    root_size = re.search(r'<g [^>]*font-size="([\d.]+)"', svg)
    default_size = float(root_size.group(1)) if root_size else 12.0

    def split(match: re.Match) -> str:
        content = html.unescape(match.group(2))
        if all(family in (primary, None) for family, _ in runs(content, families)):
            return match.group(0)
        attributes = dict(_ATTRIBUTE.findall(match.group(1)))
        pieces = place(
            content,
            float(attributes.pop("x", 0)),
            float(attributes.get("font-size", default_size)),
            float(attributes.get("letter-spacing", 0) or 0),
            attributes.pop("text-anchor", "start"),
            attributes.get("font-weight") == "bold",
            attributes.get("font-style") == "italic",
            all_faces,
            families,
        )
        rest = "".join(f' {name}="{value}"' for name, value in attributes.items() if name not in ("y", "font-family"))
        return "".join(
            f'<text x="{num(piece.x)}" y="{attributes.get("y", "0")}"{rest} '
            f"font-family=\"'{escape(piece.face.family if piece.face else primary)}'\" xml:space=\"preserve\">"
            f"{escape(piece.text)}</text>"
            for piece in pieces
        )

    return _TEXT.sub(split, svg)


def _resvg_options(fonts: Fonts, scale: float) -> dict:
    folders = system_font_dirs() if fonts.system else None
    options = {"dpi": 96, "zoom": scale, "skip_system_fonts": not fonts.system or folders is not None}
    if fonts.files:
        options["font_files"] = list(fonts.files)
    if folders:
        options["font_dirs"] = folders
    family = fonts.family or "DejaVu Sans"
    for key in ("font_family", "sans_serif_family", "serif_family"):
        options[key] = family
    return options


def _draw(svg: str, fonts: Fonts, scale: float) -> bytes:
    import resvg_py

    if not fonts.system:
        svg = per_glyph(svg, fonts)
    return bytes(resvg_py.svg_to_bytes(svg_string=svg, **_resvg_options(fonts, scale)))


def draws_japanese(fonts: Fonts) -> bool:
    """Whether these fonts draw Japanese: two different kanji must give different pixels."""

    def sample(char: str) -> bytes:
        svg = (
            '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40">'
            f'<g {_STACK}><text x="4" y="30" font-size="28">{char}</text></g></svg>'
        )
        return _draw(svg, fonts, 1.0)

    blank = sample(" ")
    first, second = sample("認"), sample("購")
    return first != blank and second != blank and first != second


def svg_to_png(svg: str, scale: float = 1.0, fonts: Fonts | None = None) -> bytes:
    try:
        import resvg_py  # noqa: F401
    except ImportError:
        raise PngError(F.NO_RESVG) from None
    fonts = fonts or find_fonts()
    if has_cjk(svg) and not draws_japanese(fonts):
        raise PngError(F.NO_JAPANESE_FONT)
    try:
        return _draw(svg, fonts, scale)
    except ValueError as exc:
        raise PngError(F.RESVG_FAILED, reason=str(exc)) from None
