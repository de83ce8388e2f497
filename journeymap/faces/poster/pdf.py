"""The PDF handout: the whole journey on the first page, then a page per stage.

Each page is a fitted poster (:mod:`journeymap.faces.poster.fit`): the
overview folds the stages into bands on the sheet, a stage page shows that
stage alone with large type, its curve coming in from the stage before, and
what was flagged there in words. The page is the shape of ``--fit``: A4
landscape unless it says otherwise (a3, a4-portrait, or 16:9 for slides).

Drawn with fpdf2 (chosen by measurement, see docs/rendering.md): the shapes
through its SVG support, the text as text, in embedded font subsets, so a
PDF reader can select and search it, Japanese included. Each run of text is
in the font that has its characters (:mod:`journeymap.faces.poster.fonts`).
The same map gives the same bytes: the dates and the file identifier come
from the map's content, not from the clock.
"""

from __future__ import annotations

import hashlib
import html
import logging
import re
from dataclasses import dataclass, replace
from datetime import datetime, timezone

from journeymap import __version__
from journeymap.faces.poster.fit import fitted, parse_shape
from journeymap.faces.poster.fonts import DrawingError, Face, faces, find_fonts, place
from journeymap.messages import faces as F
from journeymap.textwidth import has_cjk
from journeymap.views.layout import Layout

_TEXT = re.compile(r"<text\b([^>]*)>([^<]*)</text>")
_ATTRIBUTE = re.compile(r'([a-z][a-z-]*)="([^"]*)"')
PT_PER_PX = 0.75
EPOCH = datetime(2000, 1, 1, tzinfo=timezone.utc)


class PdfError(DrawingError):
    """The PDF cannot be made as asked; the message says what to install or pass."""


def render_pdf(layout: Layout, options, font_files: tuple[str, ...] = ()) -> bytes:
    """The handout of ``layout`` (``options``: a PosterOptions; its ``fit`` is the page's shape)."""
    shape = options.fit or parse_shape("a4")
    options = replace(options, fit=shape)
    pages = [fitted(layout, options)]
    pages += [fitted(layout, replace(options, stage=index)) for index in range(len(layout.columns))]
    return pages_pdf(layout, [Page(page.draw(), page.width) for page in pages], shape, font_files)


@dataclass(frozen=True)
class Page:
    """One page: an SVG of the page's shape, ``width`` units wide; its texts are moved by (dx, dy) units
    (a drawing centred in the page by a translated group, as a blueprint is)."""

    svg: str
    width: float
    dx: float = 0.0
    dy: float = 0.0


def pages_pdf(layout: Layout, pages: list[Page], shape, font_files: tuple[str, ...] = ()) -> bytes:
    """A PDF of ``pages``, each drawn on a sheet of ``shape``."""
    fonts = find_fonts(font_files)
    all_faces = faces(fonts)
    families = fonts.faces()
    svgs = [page.svg for page in pages]
    if any(has_cjk(svg) for svg in svgs) and not any(face.family == "Noto Sans JP" or _has_kanji(face) for face in all_faces):
        raise PdfError(F.NO_JAPANESE_FONT_PDF)

    logging.getLogger("fpdf").setLevel(logging.ERROR)  # "unsupported SVG tag <title>": it is the tooltip
    from fpdf import FPDF

    texts = [_texts(svg, all_faces, families) for svg in svgs]
    width, height = shape.width * PT_PER_PX, shape.height * PT_PER_PX
    pdf = FPDF(unit="pt", format=(width, height))
    pdf.set_auto_page_break(False)
    pdf.set_margin(0)
    keys = _register(pdf, {piece.face for page in texts for text in page for piece in text.pieces})
    pdf.set_title(layout.title)
    pdf.set_lang(layout.lang)
    pdf.set_creator(f"journeymap {__version__}")
    pdf.set_producer(f"journeymap {__version__}")
    digest = hashlib.sha256("".join(svgs).encode("utf-8")).hexdigest()
    pdf.set_creation_date(EPOCH)
    pdf.file_id = lambda: f"<{digest[:32]}><{digest[:32]}>"
    for page, page_texts in zip(pages, texts):
        pdf.add_page()
        _draw(pdf, page.svg, page_texts, width / page.width, width, height, keys, page.dx, page.dy)
    return bytes(pdf.output())


@dataclass(frozen=True)
class _Text:
    """One <text> of a page, cut into runs by font."""

    y: float
    size: float
    spacing: float
    bold: bool
    color: tuple[int, int, int]
    pieces: tuple


def _texts(svg: str, all_faces, families) -> list[_Text]:
    root = re.search(r'<g [^>]*font-size="([\d.]+)" fill="(#[0-9a-fA-F]{6})"', svg)
    default_size, default_fill = (float(root.group(1)), root.group(2)) if root else (12.0, "#000000")
    out = []
    for match in _TEXT.finditer(svg):
        attributes = dict(_ATTRIBUTE.findall(match.group(1)))
        content = html.unescape(match.group(2))
        if not content.strip():
            continue
        size = float(attributes.get("font-size", default_size))
        bold, italic = attributes.get("font-weight") == "bold", attributes.get("font-style") == "italic"
        spacing = float(attributes.get("letter-spacing", 0) or 0)
        pieces = place(content, float(attributes.get("x", 0)), size, spacing, attributes.get("text-anchor", "start"),
                       bold, italic, all_faces, families)
        kept = tuple(piece for piece in pieces if piece.face is not None)
        out.append(_Text(float(attributes.get("y", 0)), size, spacing, bold, _rgb(attributes.get("fill", default_fill)), kept))
    return out


def _has_kanji(face: Face) -> bool:
    from journeymap.faces.poster.fonts import coverage

    return ord("認") in coverage(face.path)


def _register(pdf, used: set[Face]) -> dict[Face, tuple[str, str]]:
    """Each font file that draws something, under a name of its own; (name, style) by face."""
    keys: dict[Face, tuple[str, str]] = {}
    names: dict[str, str] = {}
    for face in sorted(used, key=lambda face: (face.family, face.bold, face.italic)):
        name = names.setdefault(face.family, f"f{len(names)}")
        style = ("B" if face.bold else "") + ("I" if face.italic else "")
        pdf.add_font(name, style, face.path)
        # The subset keeps the font's own bounding boxes: recomputing them from every
        # outline took most of the time a Japanese handout took (1.5 s of 3.7 s).
        pdf.fonts[name.lower() + style].ttfont.recalcBBoxes = False
        keys[face] = (name, style)
    return keys


def _draw(pdf, svg: str, texts: list[_Text], scale: float, width: float, height: float, keys,
          dx: float = 0.0, dy: float = 0.0) -> None:
    from fpdf.enums import TextMode
    from fpdf.svg import SVGObject

    shapes = SVGObject(_TEXT.sub("", svg))
    _, _, paths = shapes.transform_to_rect_viewport(1, width, height, ignore_svg_top_attrs=True)
    pdf.draw_path(paths)
    for text in texts:
        pdf.set_text_color(*text.color)
        pdf.set_char_spacing(text.spacing * scale)
        for piece in text.pieces:
            name, style = keys[piece.face]
            pdf.set_font(name, style, text.size * scale)
            # A family without a bold face (Noto Sans JP) is made bold by outlining its letters too.
            fake_bold = text.bold and not piece.face.bold
            if fake_bold:
                pdf.text_mode = TextMode.FILL_STROKE
                pdf.set_draw_color(*text.color)
                pdf.set_line_width(text.size * scale * 0.03)
            pdf.text((piece.x + dx) * scale, (text.y + dy) * scale, piece.text)
            if fake_bold:
                pdf.text_mode = TextMode.FILL
    pdf.set_char_spacing(0)


def _rgb(value: str) -> tuple[int, int, int]:
    if re.fullmatch(r"#[0-9a-fA-F]{6}", value or ""):
        return int(value[1:3], 16), int(value[3:5], 16), int(value[5:7], 16)
    return 0, 0, 0
