"""Display width of text in a terminal or on a poster: CJK counts double.

The one place where text is measured, so that the terminal views, the
caret under a finding and the SVG poster agree on how wide a string is.
"""

from __future__ import annotations

import unicodedata

_WIDE = frozenset("WF")


def char_width(char: str) -> int:
    if char.isascii():
        return 1 if char.isprintable() else 0
    if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(char) in _WIDE else 1


def width(text: str) -> int:
    """Columns ``text`` takes; ASCII is the fast path."""
    if text.isascii():
        return len(text)
    return sum(char_width(c) for c in text)


def truncate(text: str, columns: int, ellipsis: str = "…") -> str:
    """``text`` cut to at most ``columns`` display columns, ending in an ellipsis when cut."""
    if width(text) <= columns:
        return text
    budget = columns - width(ellipsis)
    out = []
    used = 0
    for char in text:
        w = char_width(char)
        if used + w > budget:
            break
        out.append(char)
        used += w
    return "".join(out) + ellipsis


def pad(text: str, columns: int) -> str:
    """``text`` padded with spaces to ``columns`` display columns."""
    return text + " " * max(0, columns - width(text))
