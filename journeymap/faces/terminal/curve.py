"""The emotion curve as text: one line per persona across the journey, on the map's own scale.

Rows are score levels (at least nine, the neutral level in the middle, drawn
as a dotted line); columns are the touchpoints, the points of the layout's
curve (the poster plots the same points), numbered by their stage. Each persona has its marker (● ■ ▲ …) and its own line
style (─ ━ ═), so the curve reads without colour; colours ride along as
styles on the segments. A point without a score is a gap. Pure string work:
rich only draws the result.
"""

from __future__ import annotations

from dataclasses import dataclass
from math import ceil, floor

from journeymap.faces.terminal.lines import Line, clean, flow, text_lines
from journeymap.faces.terminal.parts import letter, marker, number, scale_text
from journeymap.messages import words as W
from journeymap.textwidth import width
from journeymap.views.layout import Layout, PersonaBadge
from journeymap.views.palette import MARKERS

MAX_SLOT = 24
# (horizontal, vertical, leave going up, arrive going up, leave going down, arrive going down)
STROKES = (("─", "│", "╯", "╭", "╮", "╰"), ("━", "┃", "┛", "┏", "┓", "┗"), ("═", "║", "╝", "╔", "╗", "╚"))
NEUTRAL = "┈"


def strokes(badge: PersonaBadge) -> tuple[str, ...]:
    """A persona's line style follows its marker, so it stays the same when the view shows one persona."""
    index = MARKERS.index(badge.marker) if badge.marker in MARKERS else 0
    return STROKES[index % len(STROKES)]


@dataclass(frozen=True)
class Point:
    key: str  # the stage's number ("1", "2"…), or the touchpoint's letter when one stage is shown
    name: str  # what the key stands for: the stage's name, or the touchpoint's
    scores: tuple[float | None, ...]  # one per persona badge
    first: bool = True  # the first point of its stage (where its key is written)


def curve_points(layout: Layout, start: int = 1) -> tuple[str | None, list[Point]]:
    """The layout's curve: one point per touchpoint, keyed by stage (or by letter for one stage)."""
    if len(layout.columns) == 1 and layout.columns[0].cards:
        column = layout.columns[0]
        return column.name, [Point(letter(p.card), clean(column.cards[p.card].name), p.scores) for p in layout.curve]
    return None, [
        Point(str(start + p.column), clean(layout.columns[p.column].name), p.scores, p.card == 0) for p in layout.curve
    ]


def levels(low: float, high: float) -> list[float]:
    """Score levels bottom to top: half or whole steps when that gives 9–13 rows, else nine rows."""
    span = high - low
    intervals = 8
    for step in (0.5, 1.0):
        count = span / step
        if count == int(count) and 8 <= count <= 12 and int(count) % 2 == 0:
            intervals = int(count)
            break
    return [low + span * i / intervals for i in range(intervals + 1)]


def render_curve(layout: Layout, columns: int, start: int = 1) -> list[Line]:
    """The chart with its title, axes, stage key and legend, every line at most ``columns`` wide."""
    focus, points = curve_points(layout, start)
    title = layout.word(W.CURVE) + " · " + (clean(focus) if focus else layout.word(W.SCALE, scale=scale_text(layout)))
    out = text_lines(title, columns, "bold")
    if not any(v is not None for p in points for v in p.scores):
        return out + [[(layout.word(W.NO_SCORES), "dim")]]
    values = levels(layout.scale_min, layout.scale_max)
    labels = _labels(layout, values)
    label_width = max(map(width, labels))
    plot = max(1, columns - label_width - 2)
    n = len(layout.personas)
    per_band = max(1, plot // max(3, n + 1))
    bands = ceil(len(points) / per_band)
    per = ceil(len(points) / bands)
    for b in range(bands):
        chunk = points[b * per : (b + 1) * per]
        slot = max(1, min(MAX_SLOT, plot // per))
        out += _grid(layout, chunk, slot, values, labels, label_width)
        out += _x_labels(chunk, slot, n, label_width, columns)
    out += _legend(layout, columns)
    return out


def _labels(layout: Layout, values: list[float]) -> list[str]:
    middle = len(values) // 2
    return [
        number(layout, v) if v == int(v) or i in (0, middle, len(values) - 1) else ""
        for i, v in enumerate(values)
    ]


def _spread(slot: int, n: int) -> bool:
    return slot >= n + 1


def _x(j: int, i: int, slot: int, n: int) -> int:
    """Column of persona ``i`` at point ``j``: personas side by side, so equal scores stay visible."""
    if _spread(slot, n):
        return j * slot + (slot - n) // 2 + i
    return j * slot + slot // 2


def _tick(j: int, slot: int, n: int) -> int:
    if _spread(slot, n):
        return j * slot + (slot - n) // 2 + (n - 1) // 2
    return j * slot + slot // 2


def _grid(layout, points: list[Point], slot: int, values, labels, label_width) -> list[Line]:
    rows, cols = len(values), len(points) * slot
    middle = rows // 2
    grid = [[(" ", "")] * cols for _ in range(rows)]
    grid[middle] = [(NEUTRAL, "dim")] * cols
    n = len(layout.personas)
    step = values[1] - values[0]

    def row(value: float) -> int:
        return max(0, min(rows - 1, floor((value - values[0]) / step + 0.5)))

    # The first persona is drawn last, so it stays on top where lines cross.
    for i in reversed(range(n)):
        badge = layout.personas[i]
        h, v, up_from, up_to, down_from, down_to = strokes(badge)
        style = badge.color
        for j in range(len(points) - 1):
            a, b = points[j].scores[i], points[j + 1].scores[i]
            if a is None or b is None:
                continue  # a gap: no score, no line
            x1, x2, r1, r2 = _x(j, i, slot, n), _x(j + 1, i, slot, n), row(a), row(b)
            turn = (x1 + x2) // 2
            for x in range(x1 + 1, x2):
                grid[r1 if x < turn else r2][x] = (h, style)
            if r1 != r2 and x1 < turn < x2:
                low, high = sorted((r1, r2))
                for r in range(low + 1, high):
                    grid[r][turn] = (v, style)
                grid[r1][turn] = (up_from if r2 > r1 else down_from, style)
                grid[r2][turn] = (up_to if r2 > r1 else down_to, style)
    for i in reversed(range(n)):
        badge = layout.personas[i]
        for j, point in enumerate(points):
            if point.scores[i] is not None:
                grid[row(point.scores[i])][_x(j, i, slot, n)] = (marker(badge), "bold " + badge.color)
    lines = []
    for r in reversed(range(rows)):
        axis = "┼" if r == middle else ("┤" if labels[r] else "│")
        lead = " " * (label_width - width(labels[r])) + labels[r] + " " + axis
        lines.append(_segments([(ch, "") for ch in lead] + grid[r]))
    ticks = [("─", "")] * cols
    for j in range(len(points)):
        ticks[_tick(j, slot, n)] = ("┬", "")
    lines.append(_segments([(" ", "")] * (label_width + 1) + [("└", "")] + ticks))
    return lines


def _segments(cells) -> Line:
    line: Line = []
    for char, style in cells:
        if line and line[-1][1] == style:
            line[-1] = (line[-1][0] + char, style)
        else:
            line.append((char, style))
    return line


def _x_labels(points: list[Point], slot: int, n: int, label_width: int, columns: int) -> list[Line]:
    """Under the axis, each stage's key at its first touchpoint (or each name, when every one fits
    its slot); below, the key: what each number or letter stands for."""
    grouped = any(not p.first for p in points)
    named = not grouped and all(width(p.name) <= slot - 1 for p in points)
    texts = [(p.name if named else p.key) if p.first else "" for p in points]
    line, used = " " * (label_width + 2), 0
    for j, text in enumerate(texts):
        if not text:
            continue
        w = width(text)
        begin = max(j * slot, used, min(_tick(j, slot, n) - (w - 1) // 2, (j + 1) * slot - w))
        line += " " * (begin - used) + text
        used = begin + w
    out = [[(line, "")]]
    if not named:
        keyed = [p for p in points if p.first]
        out += flow([[(p.key, "bold"), (" ", ""), (p.name, "")] for p in keyed], columns, sep="   ", indent=2)
    return out


def _legend(layout: Layout, columns: int) -> list[Line]:
    units = [
        [(marker(b) + strokes(b)[0], "bold " + b.color), (" ", ""), (clean(b.short or b.name), "")]
        for b in layout.personas
    ]
    units.append([(NEUTRAL * 2, "dim"), (" ", ""), (f"{layout.word(W.NEUTRAL)} {number(layout, layout.neutral)}", "")])
    return flow(units, columns, sep="   ", indent=2)
