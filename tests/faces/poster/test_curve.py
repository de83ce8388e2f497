"""The emotion curve never shows a score nobody gave."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from journeymap.faces.poster.curve import smooth_path


def segments(path: str):
    numbers = [float(n) for n in re.findall(r"-?\d+(?:\.\d+)?", path)]
    x, y = numbers[:2]
    rest = numbers[2:]
    for i in range(0, len(rest), 6):
        c1x, c1y, c2x, c2y, ex, ey = rest[i : i + 6]
        yield (x, y), (c1x, c1y), (c2x, c2y), (ex, ey)
        x, y = ex, ey


def bezier(p0, p1, p2, p3, t):
    u = 1 - t
    return tuple(u**3 * a + 3 * u * u * t * b + 3 * u * t * t * c + t**3 * d for a, b, c, d in zip(p0, p1, p2, p3))


@given(st.lists(st.integers(-2, 2), min_size=2, max_size=12), st.lists(st.integers(40, 400), min_size=11, max_size=11))
def test_between_two_scores_the_line_stays_between_them(scores, gaps):
    xs = [0.0]
    for gap in gaps[: len(scores) - 1]:
        xs.append(xs[-1] + gap)
    points = [(x, 100 - 20 * score) for x, score in zip(xs, scores)]
    path = smooth_path(points, top=50, bottom=150)
    for p0, p1, p2, p3 in segments(path):
        low, high = sorted((p0[1], p3[1]))
        for step in range(1, 20):
            x, y = bezier(p0, p1, p2, p3, step / 20)
            assert low - 0.01 <= y <= high + 0.01
            assert p0[0] <= x <= p3[0]


def test_two_equal_low_scores_between_higher_ones_draw_a_flat_line():
    # The reported case: -1, -1 between +1 scores sagged to about -1.2 on the poster.
    path = smooth_path([(0, 60), (100, 140), (200, 140), (300, 60)], top=20, bottom=180)
    middle = list(segments(path))[1]
    assert {point[1] for point in middle} == {140}
