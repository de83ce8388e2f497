"""The emotion curve: smooth persona lines through their scored touchpoints, with markers.

Lines are monotone cubic Béziers: between two scores a line never rises above
the higher or dips below the lower, so it shows no score nobody gave. Each point is a marker in the persona's shape, filled with the score's
colour: colour and shape each carry the information on their own.
"""

from __future__ import annotations

from journeymap.faces.poster.markup import num


def smooth_path(points: list[tuple[float, float]], top: float, bottom: float) -> str:
    """SVG path data through ``points`` (x ascending); empty for fewer than two points.

    A monotone cubic (Fritsch-Carlson): between two scores the line stays between
    them, so it never shows a score nobody gave (a Catmull-Rom spline sagged below
    two equal -1 scores when its neighbours were higher).
    """
    if len(points) < 2:
        return ""
    xs = [x for x, _ in points]
    ys = [y for _, y in points]
    count = len(points)
    steps = [xs[i + 1] - xs[i] for i in range(count - 1)]
    slopes = [(ys[i + 1] - ys[i]) / steps[i] if steps[i] else 0.0 for i in range(count - 1)]
    tangents = [slopes[0]] + [
        0.0 if slopes[i - 1] * slopes[i] <= 0 else (slopes[i - 1] + slopes[i]) / 2 for i in range(1, count - 1)
    ] + [slopes[-1]]
    for i, slope in enumerate(slopes):
        if slope == 0:
            tangents[i] = tangents[i + 1] = 0.0
            continue
        a, b = tangents[i] / slope, tangents[i + 1] / slope
        if a * a + b * b > 9:  # keep the segment monotone
            t = 3 / (a * a + b * b) ** 0.5
            tangents[i], tangents[i + 1] = t * a * slope, t * b * slope

    def clamp(y: float) -> float:
        return min(max(y, top), bottom)

    parts = [f"M{num(xs[0])} {num(ys[0])}"]
    for i, step in enumerate(steps):
        third = step / 3
        c1 = (xs[i] + third, clamp(ys[i] + tangents[i] * third))
        c2 = (xs[i + 1] - third, clamp(ys[i + 1] - tangents[i + 1] * third))
        parts.append(f"C{num(c1[0])} {num(c1[1])} {num(c2[0])} {num(c2[1])} {num(xs[i + 1])} {num(ys[i + 1])}")
    return " ".join(parts)


def marker(shape: str, x: float, y: float, fill: str, stroke: str, size: float = 6) -> str:
    """A marker centred on (x, y)."""
    s = size
    style = f' fill="{fill}" stroke="{stroke}" stroke-width="2"'
    if shape == "square":
        return f'<rect x="{num(x - s * 0.85)}" y="{num(y - s * 0.85)}" width="{num(s * 1.7)}" height="{num(s * 1.7)}"{style}/>'
    if shape == "triangle":
        return _polygon([(x, y - s * 1.1), (x + s, y + s * 0.75), (x - s, y + s * 0.75)], style)
    if shape == "diamond":
        return _polygon([(x, y - s * 1.15), (x + s * 1.15, y), (x, y + s * 1.15), (x - s * 1.15, y)], style)
    if shape == "cross":
        a, b = s * 0.38, s * 1.05
        return _polygon(
            [(x - a, y - b), (x + a, y - b), (x + a, y - a), (x + b, y - a), (x + b, y + a), (x + a, y + a),
             (x + a, y + b), (x - a, y + b), (x - a, y + a), (x - b, y + a), (x - b, y - a), (x - a, y - a)],
            style,
        )
    if shape == "star":
        import math

        corners = []
        for k in range(10):
            radius = s * 1.2 if k % 2 == 0 else s * 0.5
            angle = -math.pi / 2 + k * math.pi / 5
            corners.append((x + radius * math.cos(angle), y + radius * math.sin(angle)))
        return _polygon(corners, style)
    if shape == "triangle-down":
        return _polygon([(x, y + s * 1.1), (x + s, y - s * 0.75), (x - s, y - s * 0.75)], style)
    if shape in ("hexagon", "pentagon"):
        import math

        sides, radius = (6, s * 1.05) if shape == "hexagon" else (5, s * 1.1)
        turn = 0.0 if shape == "hexagon" else -math.pi / 2
        return _polygon(
            [(x + radius * math.cos(turn + k * 2 * math.pi / sides), y + radius * math.sin(turn + k * 2 * math.pi / sides))
             for k in range(sides)],
            style,
        )
    if shape == "saltire":
        a, b = s * 0.38, s * 1.05  # the cross turned by 45 degrees
        c = 0.7071
        arms = [(-a, -b), (a, -b), (a, -a), (b, -a), (b, a), (a, a), (a, b), (-a, b), (-a, a), (-b, a), (-b, -a), (-a, -a)]
        return _polygon([(x + (u - v) * c, y + (u + v) * c) for u, v in arms], style)
    if shape == "hourglass":
        return _polygon([(x - s, y - s), (x + s, y - s), (x - s, y + s), (x + s, y + s)], style)
    if shape == "ring":
        return f'<circle cx="{num(x)}" cy="{num(y)}" r="{num(s)}" fill="none" stroke="{stroke}" stroke-width="3"/>'
    return f'<circle cx="{num(x)}" cy="{num(y)}" r="{num(s)}"{style}/>'


def _polygon(corners, style: str) -> str:
    points = " ".join(f"{num(px)},{num(py)}" for px, py in corners)
    return f'<polygon points="{points}"{style}/>'


def scale_lines(layout, theme, y_of, left: float, right: float, small: str, crowded: bool = False) -> list[str]:
    """The scale's lines from ``left`` to ``right``, the neutral one dashed, each labelled at the left.

    ``crowded``: where the lane is too low for a label on every line, only the ends and neutral keep theirs."""
    from journeymap.faces.poster.markup import element, text
    from journeymap.messages import words as W

    out = []
    marks = ticks(layout.scale_min, layout.scale_max)
    for n, tick in enumerate(marks):
        ty = y_of(tick)
        neutral = abs(tick - layout.neutral) < 1e-9
        out.append(element("line", x1=float(left), x2=float(right), y1=ty, y2=ty,
                           stroke=theme.neutral_line if neutral else theme.grid,
                           stroke_dasharray="6 4" if neutral else None, stroke_width="1.5" if neutral else "1"))
        if crowded and not neutral and 0 < n < len(marks) - 1:
            continue
        label = layout.word(W.NEUTRAL_TICK, value=tick_label(tick)) if neutral else tick_label(tick)
        out.append(text(left - 8, ty + 4, label, font_size=small, fill=theme.muted, text_anchor="end"))
    return out


def persona_line(layout, index: int, line, points, top: float, bottom: float, labels: dict, small: str) -> list[str]:
    """Persona ``index``'s line through ``line`` and its markers at ``points`` (x, y, score), each scored
    (``labels`` caches the printed scores across personas)."""
    from journeymap.faces.poster.markup import attrs, text_with
    from journeymap.views.palette import score_color

    badge, count = layout.personas[index], len(layout.personas)
    out = []
    path = smooth_path(line, top, bottom)
    if path:
        out.append(f'<path d="{path}" fill="none" stroke="{badge.color}" stroke-width="2.5" stroke-linecap="round"/>')
    label_style = attrs(font_size=small, fill=badge.color)
    for px, py, score in points:
        out.append(marker(badge.marker, px, py, score_color(layout.relative(score)), badge.color))
        if count <= 3:
            # Alternate above and below the marker so personas sharing a point stay legible.
            label_y = py - 9 if index % 2 == 0 else py + 18
            if score not in labels:
                labels[score] = tick_label(score)
            out.append(text_with(px + 8, label_y, labels[score], label_style))
    return out


def curve_lane(layout, theme, y: float, height: float, left: float, right: float, x_of) -> str:
    """The emotion lane from ``left`` to ``right``: the scale's lines, then one line per persona.

    ``x_of(point)`` places a point of ``layout.curve`` (the blueprint places them by its slots,
    where a stage's own blueprint takes one more).
    """
    top, bottom = y + 24, y + height - 20

    def y_of(score: float) -> float:
        return bottom - (score - layout.scale_min) / (layout.scale_max - layout.scale_min) * (bottom - top)

    out = scale_lines(layout, theme, y_of, left, right, "10")
    count = len(layout.personas)
    labels: dict[float, str] = {}
    for index in range(count):
        offset = (index - (count - 1) / 2) * 5 if count > 1 else 0.0
        points = [
            (x_of(point) + offset, y_of(point.scores[index]), point.scores[index])
            for point in layout.curve
            if point.scores[index] is not None
        ]
        out += persona_line(layout, index, [(px, py) for px, py, _ in points], points, top, bottom, labels, "10")
    return "".join(out)


def ticks(low: float, high: float) -> list[float]:
    span = high - low
    if span <= 10 and float(low).is_integer() and float(high).is_integer():
        return [float(v) for v in range(int(low), int(high) + 1)]
    return [low + span * i / 4 for i in range(5)]


def tick_label(value: float) -> str:
    from journeymap.scores import signed

    return signed(value)
