"""PNG from the SVG poster, without a browser: resvg (a Rust renderer with wheels on PyPI).

resvg draws text only in fonts it has loaded, and quietly leaves out (or
draws as empty boxes) text it has no font for. So journeymap hands it fonts
explicitly: ``--font`` files, then Noto Sans JP from the ``cjk`` extra
(``pip install 'journeymap[cjk]'``), then the system's fonts. Before drawing
a map with Japanese text it checks that two different kanji come out
different (empty boxes look alike), and refuses rather than lose the text.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from journeymap.faces.poster.fontinfo import family_name
from journeymap.i18n import say
from journeymap.messages import faces as F
from journeymap.textwidth import has_cjk


class PngError(RuntimeError):
    """The PNG cannot be made as asked; the message says what to install or pass."""

    def __init__(self, template, **params):
        self.message = say(template, **params)
        super().__init__(str(self.message))


# Folders to search instead of the system's own fonts (separated like PATH); set by tests
# and by anyone whose fonts live elsewhere. Empty means "no system fonts at all".
FONT_DIRS_VARIABLE = "JOURNEYMAP_FONT_DIRS"


@dataclass(frozen=True)
class Fonts:
    files: tuple[str, ...]
    family: str | None  # what the generic sans-serif family maps to
    system: bool  # whether the system's fonts are loaded too (only when nothing was given)


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


def find_fonts(extra: tuple[str, ...] = ()) -> Fonts:
    for path in extra:
        if not os.path.isfile(path):
            raise PngError(F.FONT_NOT_FOUND, path=path)
        if family_name(path) is None:
            raise PngError(F.NOT_A_FONT, path=path)
    files = [*extra, *bundled_fonts()]
    family = family_name(files[0]) if files else None
    # With fonts of our own, leave the system's out: the same map gives the same PNG everywhere.
    return Fonts(tuple(files), family, system=not files)


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


def draws_japanese(fonts: Fonts) -> bool:
    """Whether these fonts draw Japanese: two different kanji must give different pixels."""
    import resvg_py

    from journeymap.faces.poster.themes import FONT_FAMILY

    def sample(char: str) -> bytes:
        svg = (
            '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40">'
            f'<text x="4" y="30" font-size="28" font-family="{FONT_FAMILY}">{char}</text></svg>'
        )
        return bytes(resvg_py.svg_to_bytes(svg_string=svg, **_resvg_options(fonts, 1.0)))

    blank = sample(" ")
    first, second = sample("認"), sample("購")
    return first != blank and second != blank and first != second


def svg_to_png(svg: str, scale: float = 1.0, fonts: Fonts | None = None) -> bytes:
    try:
        import resvg_py
    except ImportError:
        raise PngError(F.NO_RESVG) from None
    fonts = fonts or find_fonts()
    if has_cjk(svg) and not draws_japanese(fonts):
        raise PngError(F.NO_JAPANESE_FONT)
    try:
        return bytes(resvg_py.svg_to_bytes(svg_string=svg, **_resvg_options(fonts, scale)))
    except ValueError as exc:
        raise PngError(F.RESVG_FAILED, reason=str(exc)) from None
