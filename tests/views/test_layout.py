"""One layout for every face: the poster and the terminal show the same flags, curve points and counts.

Each example is drawn both ways; what each face actually drew is read back from
its output (the poster's geometry, the terminal's characters) and compared with
the other face and with the layout they were given.
"""

from __future__ import annotations

import re

import pytest

from journeymap.check.engine import Engine
from journeymap.faces.poster.svg import render_svg
from journeymap.faces.terminal.curve import levels, render_curve
from journeymap.faces.terminal.lines import plain
from journeymap.faces.terminal.show import render as render_show
from journeymap.load.loader import MapLoader
from journeymap.views.layout import build_layout
from journeymap.views.palette import MARKER_SYMBOLS

from ..conftest import EXAMPLES, ROOT

MAPS = sorted(p for p in EXAMPLES.glob("*.yaml"))


@pytest.fixture(params=MAPS, ids=lambda p: p.name)
def layout(request, monkeypatch):
    monkeypatch.chdir(ROOT)
    path = str(request.param.relative_to(ROOT))
    loaded = MapLoader().load(path)
    return build_layout(loaded.journey, Engine().run(loaded.journey))


# -- the poster, read back -----------------------------------------------------------------


def poster_ticks(svg: str) -> list[tuple[float, float]]:
    """(y, score) of the curve's axis labels."""
    ticks = []
    for y, label in re.findall(r'<text x="[\d.]+" y="([\d.]+)" font-size="10" fill="#[0-9a-f]+" text-anchor="end">([^<]+)</text>', svg):
        number = re.match(r"[+-]?\d+(?:\.\d+)?", label)
        if number:
            ticks.append((float(y) - 4, float(number.group())))
    return ticks


def poster_points(svg: str, layout) -> dict[str, list[float]]:
    """Each persona's curve scores, left to right, from where the poster put its markers."""
    ticks = poster_ticks(svg)
    (y0, s0), (y1, s1) = ticks[0], ticks[-1]
    top, bottom = min(y0, y1), max(y0, y1)

    def score(y: float) -> float:
        return round((s0 + (y - y0) * (s1 - s0) / (y1 - y0)) * 2) / 2

    found: dict[str, list[tuple[float, float]]] = {b.color: [] for b in layout.personas}
    shapes = (
        (r'<circle cx="([\d.]+)" cy="([\d.]+)" r="6" fill="#[0-9a-f]+" stroke="(#[0-9A-Fa-f]+)"', lambda m: (float(m[0]), float(m[1]))),
        (r'<rect x="([\d.]+)" y="([\d.]+)" width="10.2" height="10.2" fill="#[0-9a-f]+" stroke="(#[0-9A-Fa-f]+)"', lambda m: (float(m[0]) + 5.1, float(m[1]) + 5.1)),
        (r'<polygon points="([^"]+)" fill="#[0-9a-f]+" stroke="(#[0-9A-Fa-f]+)"', None),
    )
    for pattern, centre in shapes[:2]:
        for match in re.findall(pattern, svg):
            x, y = centre(match)
            if match[2] in found and top - 1 <= y <= bottom + 1:
                found[match[2]].append((x, y))
    for points, color in re.findall(shapes[2][0], svg):
        xy = [tuple(map(float, p.split(","))) for p in points.split()]
        ys = [p[1] for p in xy]
        x, y = sum(p[0] for p in xy) / len(xy), (max(ys) + min(ys)) / 2 + (max(ys) - min(ys)) * 0.09
        if color in found and top - 8 <= y <= bottom + 8:
            found[color].append((x, y))
    return {b.short or b.name: [score(y) for _, y in sorted(found[b.color])] for b in layout.personas}


def poster_stage_flags(svg: str) -> list[str]:
    return re.findall(r'<text x="[\d.]+" y="[\d.]+" font-size="11" font-weight="bold" fill="#b3261e">([^<]*)</text>', svg)


# -- the terminal, read back ---------------------------------------------------------------


def terminal_points(layout, columns: int = 200) -> dict[str, list[float]]:
    """Each persona's curve scores, left to right, from the rows its marker sits on."""
    lines = [plain(line) for line in render_curve(layout, columns)]
    values = levels(layout.scale_min, layout.scale_max)
    grid = [line for line in lines if re.match(r"^\s*[+-]?[\d.]*\s[┤│┼]", line)]
    assert len(grid) == len(values)
    points: dict[str, list[tuple[int, float]]] = {}
    for row, line in enumerate(grid):
        value = values[len(values) - 1 - row]
        for badge in layout.personas:
            symbol = MARKER_SYMBOLS[badge.marker]
            for column, char in enumerate(line):
                if char == symbol:
                    points.setdefault(badge.short or badge.name, []).append((column, value))
    return {name: [v for _, v in sorted(found)] for name, found in points.items()}


def terminal_stage_flags(layout, columns: int = 200) -> str:
    return render_show(layout, width=columns)


# -- the comparisons -----------------------------------------------------------------------


def test_the_poster_and_the_terminal_draw_the_same_curve_points(layout):
    expected = {
        badge.short or badge.name: [p.scores[i] for p in layout.curve if p.scores[i] is not None]
        for i, badge in enumerate(layout.personas)
    }
    assert poster_points(render_svg(layout), layout) == expected
    assert terminal_points(layout) == {name: scores for name, scores in expected.items() if scores}


def test_the_poster_and_the_terminal_show_the_same_flags_and_counts(layout):
    svg = render_svg(layout)
    shown = terminal_stage_flags(layout)
    for column in layout.columns:
        for flag in column.flags:
            counted = flag.code if flag.count == 1 else f"{flag.code} ×{flag.count}"
            assert any(counted in text for text in poster_stage_flags(svg)), (column.name, counted)
            # A narrow column may break a flag between its code and its rule name, never inside the name.
            name = flag.label + (f" ×{flag.count}" if flag.count > 1 else "")
            flat = shown.replace("\u00a0", " ")
            assert f"⚑ {flag.code} {name}" in flat or (f"⚑ {flag.code}" in flat and name in flat), (column.name, name)
    counts = layout.counts_text()
    assert counts in svg
    assert counts in shown or not any(layout.counts.values())


def test_one_rule_counted_twice_on_a_stage_reads_as_two_in_both_faces(monkeypatch):
    monkeypatch.chdir(ROOT)
    loaded = MapLoader().load("examples/weak-signup.yaml")
    layout = build_layout(loaded.journey, Engine().run(loaded.journey))
    sign_up = next(c for c in layout.columns if c.id == "signup")
    assert {f.code: f.count for f in sign_up.flags}["W201"] == 2
    assert "W201 ×2" in " ".join(poster_stage_flags(render_svg(layout)))
    assert "W201 low-stage-emotion ×2" in render_show(layout, width=200).replace("\u00a0", " ")


def test_a_warning_is_one_warning():
    from journeymap.findings import Finding, Severity, Span

    loaded = MapLoader().load_text("journeymap: 1\ntitle: T\nstages: [{id: s, name: S}]\n", "m.yaml")
    finding = Finding.at(Span("m.yaml", 3, 10, 3, 11), "W203", "empty-stage", Severity.WARNING, "x")
    layout = build_layout(loaded.journey, [finding])
    assert layout.counts_text() == "1 warning"
    assert "1 warning ·" in render_svg(layout) and "1 warnings" not in render_svg(layout)
