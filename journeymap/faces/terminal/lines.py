"""Styled lines as plain values: the unit every part of `show` is built from.

A line is a list of (text, style) segments; a style is a rich style string
("bold", "#0072B2", "") that a plain-text writer may ignore. Wrapping and
measuring go through :mod:`journeymap.textwidth`, so Japanese text is
measured by display width and broken by kinsoku rules, and a line is never
wider than the width it was made for.
"""

from __future__ import annotations

from journeymap.textwidth import width, wrap

Segment = tuple[str, str]
Line = list[Segment]

_CONTROL = {codepoint: None for codepoint in range(32) if codepoint != 10}
_CONTROL.update({9: " ", 13: None, 127: None})


def clean(text: str) -> str:
    """Map text safe for a terminal: tabs become spaces, control characters go."""
    return text.translate(_CONTROL)


def line_width(line: Line) -> int:
    return sum(width(text) for text, _ in line)


def plain(line: Line) -> str:
    return "".join(text for text, _ in line)


def padded(line: Line, columns: int) -> Line:
    """``line`` with trailing spaces up to ``columns``."""
    gap = columns - line_width(line)
    return line + [(" " * gap, "")] if gap > 0 else list(line)


def text_lines(text: str, columns: int, style: str = "", first: Line | None = None, indent: int | None = None) -> list[Line]:
    """``text`` wrapped to ``columns``, the first line led by ``first`` and the rest indented under it."""
    first = first or []
    lead = line_width(first) if indent is None else indent
    lead = min(lead, max(0, columns - 1))
    out = []
    for i, piece in enumerate(wrap(clean(text), max(1, columns - lead))):
        head = first if i == 0 else [(" " * lead, "")]
        out.append([*head, (piece, style)] if piece else list(head))
    return out or [list(first)]


def flow(units: list[Line], columns: int, sep: str = "  ", indent: int = 0) -> list[Line]:
    """Short units (a score, a flag, a name) side by side, wrapped between units, never inside one
    unless a unit alone is wider than the line."""
    lines: list[Line] = []
    current: Line = []
    used = 0
    room = max(1, columns - indent)
    for unit in units:
        w = line_width(unit)
        if current and used + len(sep) + w > room:
            lines.append(current)
            current, used = [], 0
        if w > room:
            # Too wide for any line: wrap its text, keeping the style of its widest segment.
            style = max(unit, key=lambda seg: width(seg[0]))[1]
            pieces = _two_lines(plain(unit), room, style) or text_lines(plain(unit), room, style)
            if current:
                lines.append(current)
            lines.extend(pieces[:-1])
            current, used = pieces[-1], line_width(pieces[-1])
            continue
        if current:
            current.append((sep, ""))
            used += len(sep)
        current.extend(unit)
        used += w
    if current:
        lines.append(current)
    return [[(" " * indent, "")] + line if indent else line for line in lines]


def _two_lines(text: str, room: int, style: str) -> list[Line] | None:
    """``text`` as two lines broken at a space, when that fits: a Japanese rule name after its
    code stays whole ("⚑ W208" / "ペルソナの好むチャネルがない ×2") instead of breaking inside."""
    for index in range(len(text) - 1, 0, -1):
        if text[index] == " " and width(text[:index]) <= room and width(text[index + 1 :]) <= room:
            return [[(text[:index], style)], [(text[index + 1 :], style)]]
    return None


def beside(label: Line, label_width: int, body: list[Line]) -> list[Line]:
    """``label`` in a column of ``label_width`` cells, ``body`` to its right."""
    body = body or [[]]
    out = [padded(label, label_width) + [(" ", "")] + body[0]]
    out.extend([(" " * (label_width + 1), "")] + line for line in body[1:])
    return out
