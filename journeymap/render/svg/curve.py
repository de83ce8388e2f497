"""The emotion curve: smooth persona lines through their scored touchpoints, with markers.

Lines are Catmull-Rom splines turned into cubic Béziers, with control points
kept inside the plot so a curve never swings past the top or bottom of the
scale. Each point is a marker in the persona's shape, filled with the score's
colour: colour and shape each carry the information on their own.
"""

from __future__ import annotations

from .markup import num


def smooth_path(points: list[tuple[float, float]], top: float, bottom: float) -> str:
    """SVG path data through ``points`` (x ascending); empty for fewer than two points."""
    if len(points) < 2:
        return ""

    def clamp(y: float) -> float:
        return min(max(y, top), bottom)

    parts = [f"M{num(points[0][0])} {num(points[0][1])}"]
    for i in range(len(points) - 1):
        p0 = points[i - 1] if i > 0 else points[i]
        p1, p2 = points[i], points[i + 1]
        p3 = points[i + 2] if i + 2 < len(points) else p2
        c1 = (p1[0] + (p2[0] - p0[0]) / 6, clamp(p1[1] + (p2[1] - p0[1]) / 6))
        c2 = (p2[0] - (p3[0] - p1[0]) / 6, clamp(p2[1] - (p3[1] - p1[1]) / 6))
        parts.append(
            f"C{num(c1[0])} {num(c1[1])} {num(c2[0])} {num(c2[1])} {num(p2[0])} {num(p2[1])}"
        )
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
    if shape == "ring":
        return f'<circle cx="{num(x)}" cy="{num(y)}" r="{num(s)}" fill="none" stroke="{stroke}" stroke-width="3"/>'
    return f'<circle cx="{num(x)}" cy="{num(y)}" r="{num(s)}"{style}/>'


def _polygon(corners, style: str) -> str:
    points = " ".join(f"{num(px)},{num(py)}" for px, py in corners)
    return f'<polygon points="{points}"{style}/>'
