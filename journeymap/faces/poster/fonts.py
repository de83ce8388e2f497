"""The fonts of the PNG and the PDF, and which of them draws each character.

A browser picks a font per character from the poster's font stack; resvg and
a PDF do not: each run of text is drawn in one font, and a font without a
glyph draws a box, a wrong letter or nothing (Noto Sans JP has no č or ž; a
Latin font has no kanji). So the text is cut into runs by what each font
covers (its cmap, read with fontTools) and each run names its font:

1. ``--font`` files, first to last;
2. Source Sans Pro (the ``font-source-sans-pro`` dependency): Latin with its
   accents, the same on every machine;
3. Noto Sans JP from the ``cjk`` extra (``pip install 'journeymap[cjk]'``).

Without a Japanese font of its own, the PNG falls back on the system's fonts
(`JOURNEYMAP_FONT_DIRS` names where to look instead).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache

from journeymap.faces.poster.fontinfo import family_name

# Folders to search instead of the system's own fonts (separated like PATH); set by tests
# and by anyone whose fonts live elsewhere. Empty means "no system fonts at all".
FONT_DIRS_VARIABLE = "JOURNEYMAP_FONT_DIRS"


@dataclass(frozen=True)
class Fonts:
    files: tuple[str, ...]  # every font file handed to the renderer, in order of preference
    family: str | None  # what the generic sans-serif family maps to (the first file's)
    system: bool  # whether the system's fonts are loaded too (no Japanese font of our own)

    def faces(self) -> tuple[tuple[str, str], ...]:
        """(family, file) for each family in order of preference, by its regular file."""
        seen: dict[str, str] = {}
        for path in self.files:
            name = family_name(path)
            if name and name not in seen:
                seen[name] = path
        return tuple(seen.items())


def system_font_dirs() -> list[str] | None:
    """The folders named by JOURNEYMAP_FONT_DIRS, or None for the system's own font lookup."""
    value = os.environ.get(FONT_DIRS_VARIABLE)
    if value is None:
        return None
    return [folder for folder in value.split(os.pathsep) if folder]


def bundled_fonts() -> list[str]:
    """Noto Sans JP from the `cjk` extra (the pylopdf-fonts-jp package), if installed."""
    try:
        import pylopdf_fonts_jp
    except ImportError:
        return []
    path = os.path.join(os.path.dirname(pylopdf_fonts_jp.__file__), "NotoSansJP-Regular.otf")
    return [path] if os.path.isfile(path) else []


def latin_fonts() -> list[str]:
    """Source Sans Pro, regular, bold and italic: the Latin of every PNG and PDF."""
    try:
        import font_source_sans_pro
    except ImportError:
        return []
    folder = font_source_sans_pro.font_directory
    names = ("SourceSansPro-Regular.ttf", "SourceSansPro-Bold.ttf", "SourceSansPro-It.ttf", "SourceSansPro-BoldIt.ttf")
    return [path for path in (os.path.join(folder, name) for name in names) if os.path.isfile(path)]


class DrawingError(RuntimeError):
    """A PNG or PDF that cannot be made as asked; the message says what to install or pass."""

    def __init__(self, template, **params):
        from journeymap.i18n import say

        self.message = say(template, **params)
        super().__init__(str(self.message))


class FontError(DrawingError):
    """A --font that cannot be used."""


def find_fonts(extra: tuple[str, ...] = ()) -> Fonts:
    from journeymap.messages import faces as F

    for path in extra:
        if not os.path.isfile(path):
            raise FontError(F.FONT_NOT_FOUND, path=path)
        if family_name(path) is None:
            raise FontError(F.NOT_A_FONT, path=path)
    japanese = bundled_fonts()
    files = [*extra, *latin_fonts(), *japanese]
    family = family_name(files[0]) if files else None
    # With a Japanese font of our own, leave the system's out: the same map gives the same PNG everywhere.
    return Fonts(tuple(files), family, system=not (extra or japanese))


@dataclass(frozen=True)
class Face:
    """One font file: its family and style."""

    family: str
    path: str
    bold: bool
    italic: bool


@lru_cache(maxsize=16)
def _metrics(path: str) -> tuple[dict, dict, int, bool, bool]:
    """(cmap, advance widths by glyph, units per em, bold, italic) of a font file."""
    from fontTools.ttLib import TTFont, TTLibError

    try:
        with TTFont(path, lazy=True, fontNumber=0) as font:
            cmap = font.getBestCmap() or {}
            advances = {name: advance for name, (advance, _) in font["hmtx"].metrics.items()}
            units = font["head"].unitsPerEm
            style = font["head"].macStyle
            return cmap, advances, units, bool(style & 1), bool(style & 2)
    except (OSError, TTLibError, AssertionError, KeyError):
        return {}, {}, 1000, False, False


@lru_cache(maxsize=16)
def coverage(path: str) -> frozenset[int]:
    """The characters a font file has glyphs for."""
    return frozenset(_metrics(path)[0])


def faces(fonts: Fonts) -> tuple[Face, ...]:
    """Every file of ``fonts`` with its family and style, in order of preference."""
    out = []
    for path in fonts.files:
        family = family_name(path)
        if family:
            _, _, _, bold, italic = _metrics(path)
            out.append(Face(family, path, bold, italic))
    return tuple(out)


def face_for(all_faces: tuple[Face, ...], family: str, bold: bool = False, italic: bool = False) -> Face | None:
    """The file of ``family`` closest to the style asked for (a family without bold draws its regular)."""
    candidates = [face for face in all_faces if face.family == family]
    if not candidates:
        return None
    return min(candidates, key=lambda face: (face.bold != bold) * 2 + (face.italic != italic))


def text_width(face: Face, text: str, size: float, spacing: float = 0.0) -> float:
    """How wide ``text`` is in ``face`` at ``size`` (advance widths, no kerning)."""
    cmap, advances, units, _, _ = _metrics(face.path)
    total = 0
    for char in text:
        glyph = cmap.get(ord(char))
        total += advances.get(glyph, units // 2) if glyph else units // 2
    return total * size / units + spacing * len(text)


@dataclass(frozen=True)
class Piece:
    """A run of one <text> in one font, placed: what a PNG or a PDF draws."""

    x: float
    face: Face | None
    text: str


def place(content: str, x: float, size: float, spacing: float, anchor: str, bold: bool, italic: bool,
          all_faces: tuple[Face, ...], families: tuple[tuple[str, str], ...]) -> list[Piece]:
    """``content`` (drawn at ``x`` with ``anchor``) cut into runs by font, each at its own x."""
    primary = families[0][0] if families else None
    pieces, widths = [], []
    for family, run in runs(content, families):
        face = face_for(all_faces, family or primary, bold, italic) if (family or primary) else None
        pieces.append((face, run))
        widths.append(text_width(face, run, size, spacing) if face else 0.0)
    x -= {"end": 1.0, "middle": 0.5}.get(anchor, 0.0) * sum(widths)
    placed = []
    for (face, run), width in zip(pieces, widths):
        placed.append(Piece(x, face, run))
        x += width
    return placed


def runs(text: str, families: tuple[tuple[str, str], ...]) -> list[tuple[str | None, str]]:
    """``text`` cut into (family, run): each character in the first family that has it.

    ``families`` are (family, file) pairs, in order of preference (:meth:`Fonts.faces`). A space or a
    character no family has stays with the run around it (None before any)."""
    covered = [(family, coverage(path)) for family, path in families]
    out: list[tuple[str | None, str]] = []
    for char in text:
        code = ord(char)
        family = next((name for name, chars in covered if code in chars), None)
        if out and (family is None or char == " " or family == out[-1][0]):
            out[-1] = (out[-1][0], out[-1][1] + char)
        else:
            out.append((family, char))
    return out
