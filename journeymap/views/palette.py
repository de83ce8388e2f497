"""Colours and shapes that read for everyone: colour-blind-safe, and redundant with shape.

Persona lines use the Okabe-Ito palette with a distinct marker each, so a
grey-scale print or a colour-blind reader still tells them apart. Scores go
from red through grey to blue (ColorBrewer RdBu, safe for the common forms of
colour blindness) and always come with a symbol as well.
"""

from __future__ import annotations

from dataclasses import dataclass

# Okabe & Ito (2008): blue, vermillion, bluish green, reddish purple, orange, sky blue, black;
# then five from Paul Tol's schemes that stay apart from those: wine, indigo, olive, brown, green.
# Twelve personas get twelve colours and twelve markers; the thirteenth starts again.
PERSONA_COLORS = (
    "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000",
    "#882255", "#332288", "#999933", "#8C510A", "#117733",
)
MARKERS = (
    "circle", "square", "triangle", "diamond", "cross", "star", "ring",
    "triangle-down", "hexagon", "saltire", "pentagon", "hourglass",
)
MARKER_SYMBOLS = {
    "circle": "●", "square": "■", "triangle": "▲", "diamond": "◆", "cross": "✚", "star": "★", "ring": "○",
    "triangle-down": "▼", "hexagon": "⬢", "saltire": "✖", "pentagon": "⬟", "hourglass": "⧗",
}

# Relative score -1..1 -> colour; stops from ColorBrewer RdBu (neutral darkened to stay visible on white).
_SCORE_STOPS = ((-1.0, (0xCA, 0x00, 0x20)), (-0.5, (0xF4, 0xA5, 0x82)), (0.0, (0xA6, 0xA6, 0xA6)),
                (0.5, (0x92, 0xC5, 0xDE)), (1.0, (0x05, 0x71, 0xB0)))


@dataclass(frozen=True)
class Mood:
    """How a score reads without colour: a symbol."""

    symbol: str
    level: int  # -2..2


# Arrows, so that a mood never looks like a persona marker (● ■ ▲ …).
_MOODS = {
    -2: Mood("↓↓", -2),
    -1: Mood("↓", -1),
    0: Mood("→", 0),
    1: Mood("↑", 1),
    2: Mood("↑↑", 2),
}


def mood(relative: float) -> Mood:
    if relative <= -0.75:
        return _MOODS[-2]
    if relative < -0.25:
        return _MOODS[-1]
    if relative <= 0.25:
        return _MOODS[0]
    if relative < 0.75:
        return _MOODS[1]
    return _MOODS[2]


def score_color(relative: float) -> str:
    """#rrggbb for a relative score, interpolated between the RdBu stops."""
    relative = max(-1.0, min(1.0, relative))
    for (low, low_rgb), (high, high_rgb) in zip(_SCORE_STOPS, _SCORE_STOPS[1:]):
        if relative <= high:
            t = (relative - low) / (high - low)
            rgb = (round(a + (b - a) * t) for a, b in zip(low_rgb, high_rgb))
            return "#" + "".join(f"{c:02x}" for c in rgb)
    return "#0571b0"


def persona_style(index: int) -> tuple[str, str]:
    """(colour, marker) for the persona at ``index``; they cycle after twelve."""
    return PERSONA_COLORS[index % len(PERSONA_COLORS)], MARKERS[index % len(MARKERS)]
