"""The family name of a TrueType/OpenType font file, read with fontTools.

resvg needs family names to map the generic `sans-serif` to a font it was
given as a file, and a poster's text names its font per run by family.
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=32)
def family_name(path: str) -> str | None:
    """The font's family (the typographic family when it has one), or None if the file is not a font."""
    from fontTools.ttLib import TTFont, TTLibError

    try:
        with TTFont(path, lazy=True, fontNumber=0) as font:
            return font["name"].getBestFamilyName()
    except (OSError, TTLibError, AssertionError, KeyError, ValueError, IndexError):
        return None
