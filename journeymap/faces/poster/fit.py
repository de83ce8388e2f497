"""Fitting a poster to a screen or a sheet of paper: `render --fit 16:9`, `--fit a4`.

A journey is long and a projector is 16:9. Fitting folds the stages into
bands, one under the other, and chooses how many: for each number of bands
it finds the narrowest poster whose content still fits the shape, and keeps
the narrowest of all, because the narrower the poster the larger its text
when the shape is filled. The poster's coordinates keep the same type sizes
(:data:`journeymap.faces.poster.metrics.COMPACT`: the smallest text as large as the body); its displayed size is the shape's (1920 × 1080 for
16:9), so a text of ``s`` units is shown ``s × shown_width / width`` pixels high.

How readable the result is gets reported: :func:`smallest_text` is the
smallest text in pixels on the shape (or in points on paper), and the shape
says what is readable (14 px on a 1920-px screen, 8 pt on paper).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from journeymap.faces.poster.metrics import COMPACT
from journeymap.faces.poster.svg import Poster, PosterOptions, _stages_shown
from journeymap.views.layout import Layout

MAX_BANDS = 12
SCREEN_HEIGHT = 1080  # a screen shape is shown 1080 px high (1920 × 1080 for 16:9)
PX_PER_MM = 96 / 25.4


@dataclass(frozen=True)
class Shape:
    """What a poster is fitted to."""

    name: str  # as the user wrote it: "16:9", "a4", "a3-portrait"
    width: float  # shown size in CSS pixels (paper: at 96 per inch)
    height: float
    paper: tuple[float, float] | None = None  # millimetres, for a sheet of paper

    @property
    def aspect(self) -> float:
        return self.width / self.height

    @property
    def readable(self) -> float:
        """The smallest text that reads: 14 px on a screen; 8 pt (10.7 px) on paper."""
        return 8 * 96 / 72 if self.paper else 14.0

    @property
    def size(self) -> tuple[str, str]:
        """The width and height attributes of the SVG."""
        if self.paper:
            return f"{self.paper[0]:g}mm", f"{self.paper[1]:g}mm"
        return f"{self.width:g}", f"{self.height:g}"


PAPER = {"a4": (297.0, 210.0), "a3": (420.0, 297.0)}


def parse_shape(text: str) -> Shape:
    """``16:9``, ``4:3``, any ``W:H``; ``a4``/``a3`` (landscape) and ``a4-portrait``/``a3-portrait``.

    Raises ValueError for anything else."""
    name = text.strip().lower()
    match = re.fullmatch(r"(a[34])(?:-(landscape|portrait))?", name)
    if match:
        long, short = PAPER[match.group(1)]
        mm = (short, long) if match.group(2) == "portrait" else (long, short)
        return Shape(name, mm[0] * PX_PER_MM, mm[1] * PX_PER_MM, mm)
    match = re.fullmatch(r"(\d+(?:\.\d+)?)\s*[:x×]\s*(\d+(?:\.\d+)?)", name)
    if match:
        w, h = float(match.group(1)), float(match.group(2))
        if w > 0 and h > 0 and 0.2 <= w / h <= 5:
            return Shape(name, round(SCREEN_HEIGHT * w / h), SCREEN_HEIGHT)
    raise ValueError(text)


def partition(weights: list[int], count: int) -> list[list[int]]:
    """Indexes 0..n-1 in at most ``count`` contiguous groups, the heaviest group as light as can be."""
    if count >= len(weights):
        return [[i] for i in range(len(weights))]

    def groups(capacity: int) -> list[list[int]]:
        out: list[list[int]] = [[]]
        load = 0
        for i, weight in enumerate(weights):
            if out[-1] and load + weight > capacity:
                out.append([])
                load = 0
            out[-1].append(i)
            load += weight
        return out

    low, high = max(weights), sum(weights)
    while low < high:
        middle = (low + high) // 2
        if len(groups(middle)) <= count:
            high = middle
        else:
            low = middle + 1
    return groups(low)


class Fitted:
    """A poster arranged to fit a shape: draw it, or ask how large its smallest text is."""

    def __init__(self, poster: Poster, shape: Shape, width: float):
        self.poster = poster
        self.shape = shape
        self.width = width
        self.height = width / shape.aspect

    @property
    def bands(self) -> int:
        return len(self.poster.bands)

    def smallest_text(self) -> float:
        """The smallest text in pixels when the poster fills the shape."""
        return COMPACT.smallest * self.shape.width / self.width

    def draw(self) -> str:
        return self.poster.draw(canvas=(self.width, self.height), size=self.shape.size)


def fitted(layout: Layout, options: PosterOptions) -> Fitted:
    """The poster of ``layout`` in the number of bands that gives it the largest text in ``options.fit``."""
    shape: Shape = options.fit
    stages = _stages_shown(layout, options)
    weights = [max(1, len(layout.columns[i].cards)) for i in stages]
    best: tuple[float, list[list[int]]] | None = None
    worse = 0
    for count in range(1, min(len(stages), MAX_BANDS) + 1):
        bands = [[stages[i] for i in group] for group in partition(weights, count)]
        if best is not None and len(bands) < count:
            break  # as many bands as stages already
        width = _narrowest(layout, options, bands, shape)
        if best is None or width < best[0] - 0.5:
            best, worse = (width, bands), 0
        else:
            worse += 1
            if worse == 2:  # past the best number of bands: more only makes it worse
                break
    width, bands = best
    poster = Poster(layout, options, bands, width)
    return Fitted(poster, shape, width)


def _narrowest(layout: Layout, options: PosterOptions, bands: list[list[int]], shape: Shape) -> float:
    """The narrowest poster width (in its units) at which these bands fit the shape."""
    most = max(sum(max(1, len(layout.columns[c].cards)) for c in band) for band in bands)
    # Never narrower than a readable column per touchpoint, nor than 3 times magnified.
    low = max(shape.width / 3.2, 2 * COMPACT.margin + COMPACT.label_w + COMPACT.sub_w * most)
    poster = Poster(layout, options, bands, low)

    def fits(width: float) -> bool:
        poster.arrange(bands, width)
        return poster.measure() <= width / shape.aspect

    if fits(low):
        return low
    high = low * 2
    while not fits(high):
        low, high = high, high * 2
    while high - low > max(1.0, high * 0.004):  # to within 0.4 %: a fraction of a pixel of type
        middle = (low + high) / 2
        if fits(middle):
            high = middle
        else:
            low = middle
    return high
