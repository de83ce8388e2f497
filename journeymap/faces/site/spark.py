"""Small emotion curves as inline SVG: a sparkline for the index, a labelled curve for a persona.

Scores come relative to each map's scale (-1..1), so curves of maps on
different scales share one picture. The neutral level is a dotted line; each
point carries the score colour of the palette every face uses, and the
picture has a text alternative (``aria-label``) that lists every score.
"""

from __future__ import annotations

from journeymap.faces.poster.markup import escape, num
from journeymap.textwidth import truncate
from journeymap.views.palette import score_color

NEUTRAL = "#8c959f"
LINE = "#1f2328"


def _segments(points: list[tuple[float, float | None]]) -> list[list[tuple[float, float]]]:
    """Runs of scored points: an unscored stage breaks the line rather than inventing a score."""
    runs: list[list[tuple[float, float]]] = [[]]
    for x, y in points:
        if y is None:
            if runs[-1]:
                runs.append([])
        else:
            runs[-1].append((x, y))
    return [run for run in runs if run]


def _lines_and_dots(points: list[tuple[float, float | None]], values: list[float | None], radius: float, color: str) -> list[str]:
    parts = []
    for run in _segments(points):
        if len(run) > 1:
            coordinates = " ".join(f"{num(x)},{num(y)}" for x, y in run)
            parts.append(f'<polyline points="{coordinates}" fill="none" stroke="{color}" stroke-width="1.5"/>')
    for (x, y), value in zip(points, values):
        if y is not None and value is not None:
            parts.append(f'<circle cx="{num(x)}" cy="{num(y)}" r="{num(radius)}" fill="{score_color(value)}" stroke="{LINE}" stroke-width=".5"/>')
    return parts


def sparkline(values: list[float | None], label: str, width: float = 150, height: float = 34) -> str:
    """One small curve: a point per stage, the neutral level dotted."""
    pad = 4
    step = (width - 2 * pad) / max(1, len(values) - 1)
    middle = height / 2

    def y(value: float | None) -> float | None:
        return None if value is None else middle - value * (middle - pad)

    points = [(pad + i * step if len(values) > 1 else width / 2, y(v)) for i, v in enumerate(values)]
    parts = [
        f'<svg class="spark" xmlns="http://www.w3.org/2000/svg" width="{num(width)}" height="{num(height)}" '
        f'viewBox="0 0 {num(width)} {num(height)}" role="img" aria-label="{escape(label)}">',
        f"<title>{escape(label)}</title>",
        f'<line x1="0" y1="{num(middle)}" x2="{num(width)}" y2="{num(middle)}" stroke="{NEUTRAL}" stroke-dasharray="2 3"/>',
        *_lines_and_dots(points, values, 2.5, LINE),
        "</svg>",
    ]
    return "".join(parts)


def curve(stages: list[tuple[str, float | None]], label: str, scores: list[str], color: str) -> str:
    """A persona's curve through one journey: stage names below, the score above each point."""
    column = 96
    pad_x, top, plot = 24, 22, 90
    width = pad_x * 2 + column * max(1, len(stages))
    height = top + plot + 36
    middle = top + plot / 2

    def y(value: float | None) -> float | None:
        return None if value is None else middle - value * (plot / 2)

    points = [(pad_x + column * (i + 0.5), y(value)) for i, (_, value) in enumerate(stages)]
    parts = [
        f'<svg class="curve" xmlns="http://www.w3.org/2000/svg" width="{num(width)}" height="{num(height)}" '
        f'viewBox="0 0 {num(width)} {num(height)}" role="img" aria-label="{escape(label)}" '
        'font-size="12" font-family="sans-serif">',
        f"<title>{escape(label)}</title>",
        f'<line x1="{pad_x}" y1="{num(middle)}" x2="{num(width - pad_x)}" y2="{num(middle)}" stroke="{NEUTRAL}" stroke-dasharray="3 4"/>',
        *_lines_and_dots(points, [value for _, value in stages], 5, color),
    ]
    for (x, point_y), (name, _), score in zip(points, stages, scores):
        parts.append(f'<text x="{num(x)}" y="{num(height - 14)}" text-anchor="middle" fill="{LINE}">{escape(truncate(name, 14))}</text>')
        if point_y is not None:
            parts.append(f'<text x="{num(x)}" y="{num(point_y - 9)}" text-anchor="middle" fill="{LINE}">{escape(score)}</text>')
    parts.append("</svg>")
    return "".join(parts)
