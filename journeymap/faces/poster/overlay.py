"""The other state on the poster: the before curve dashed and faded under the after curve, per persona,
and each stage's change labelled in a strip below the curve.

The poster calls :func:`draw_emotion` for its emotion lane when it has an overlay, and adds
:func:`strip_height` to that lane's height; everything else about the comparison is drawn here,
from the :class:`journeymap.views.compare.Overlay` value (what to draw is decided there).
"""

from __future__ import annotations

from journeymap.faces.poster.curve import marker, smooth_path
from journeymap.faces.poster.markup import attrs, element, text, text_with
from journeymap.i18n import Quoted, tr
from journeymap.messages import compare as M
from journeymap.scores import signed
from journeymap.textwidth import cells_for, truncate
from journeymap.views.compare import Overlay

PAD = 10
LINE = 15
CURVE_TOP, CURVE_BOTTOM = 24, 20  # the curve's margins inside its lane, as the poster draws it


def _lines(overlay: Overlay, persona_count: int) -> list[int]:
    """How many lines each column's strip holds: one per persona (or "new stage"), then dropped stages."""
    counts = [persona_count if change is not None else 1 for change in overlay.changes]
    for after, _ in overlay.removed:
        counts[max(after, 0)] += 1
    return counts


def strip_height(overlay: Overlay | None, persona_count: int) -> float:
    """The extra height the emotion lane needs for the change strip (0 without an overlay)."""
    if overlay is None or not overlay.changes:
        return 0.0
    return max(_lines(overlay, persona_count)) * LINE + 2 * PAD + 6


def draw_emotion(poster, y: float, height: float) -> str:
    """The emotion lane with the overlay: the before curve, the poster's own curve on top, the strip, a legend."""
    layout, overlay = poster.layout, poster.overlay
    strip = strip_height(overlay, len(layout.personas))
    curve_height = height - strip
    out = [_before_curve(poster, y, curve_height), poster._curve(y, curve_height)]
    out.append(_legend(poster, y))
    out.append(_strip(poster, y + curve_height, strip))
    return "".join(out)


def _x(poster, column: int, position: float, offset: float) -> float:
    start, width = poster.column_x[column]
    return start + position * width + offset


def _before_curve(poster, y: float, curve_height: float) -> str:
    layout, overlay = poster.layout, poster.overlay
    top, bottom = y + CURVE_TOP, y + curve_height - CURVE_BOTTOM

    def y_of(score: float) -> float:
        return bottom - (score - layout.scale_min) / (layout.scale_max - layout.scale_min) * (bottom - top)

    count = len(layout.personas)
    out = ['<g class="jm-before" opacity="0.5">']
    for index, badge in enumerate(layout.personas):
        offset = (index - (count - 1) / 2) * 5 if count > 1 else 0.0
        for run in overlay.runs:
            points = [
                (_x(poster, p.column, p.position, offset), y_of(p.scores[index])) for p in run if p.scores[index] is not None
            ]
            path = smooth_path(points, top, bottom)
            if path:
                out.append(
                    f'<path d="{path}" fill="none" stroke="{badge.color}" stroke-width="2" '
                    f'stroke-dasharray="7 5" stroke-linecap="round"/>'
                )
            for px, py in points:
                out.append(marker(badge.marker, px, py, poster.theme.background, badge.color, 4.5))
    out.append("</g>")
    return "".join(out)


def _legend(poster, y: float) -> str:
    """Dashed: the before state; solid: the after state. In the lane's label cell, under its title."""
    from journeymap.faces.poster.svg import LABEL_W, MARGIN

    overlay, theme = poster.overlay, poster.theme
    x = MARGIN + PAD
    budget = cells_for(LABEL_W - 2 * PAD - 52, 11)
    out = []
    for n, (label, dashed) in enumerate(((overlay.before_label, True), (overlay.after_label, False))):
        line_y = y + 42 + n * 16
        out.append(
            element("line", x1=float(x), x2=float(x + 20), y1=line_y - 4.0, y2=line_y - 4.0, stroke=theme.muted,
                    stroke_width="2", stroke_dasharray="5 3" if dashed else None, opacity="0.6" if dashed else None)
        )
        out.append(text(x + 26, line_y, truncate(tr(poster.layout.lang, label), budget), font_size="11", fill=theme.muted))
    return "".join(out)


def _strip(poster, y: float, height: float) -> str:
    from journeymap.faces.poster.svg import MARGIN

    layout, overlay, theme = poster.layout, poster.overlay, poster.theme
    out = [
        element("line", x1=float(poster.grid_x), x2=float(poster.width - MARGIN), y1=float(y), y2=float(y),
                stroke=theme.grid, stroke_dasharray="2 3"),
        text(MARGIN + PAD, y + PAD + 12, layout.word(M.CHANGE_LANE), font_weight="bold", font_size="12"),
    ]
    styles = {
        "rise": attrs(font_size="11", font_weight="bold", fill=theme.opportunity),
        "fall": attrs(font_size="11", font_weight="bold", fill=theme.flag),
        "same": attrs(font_size="11", fill=theme.muted),
        "note": attrs(font_size="11", fill=theme.muted, font_style="italic"),
    }
    lines: list[list[tuple[str, str, int | None]]] = [[] for _ in layout.columns]
    for column, changes in enumerate(overlay.changes):
        if changes is None:
            lines[column].append(("note", layout.word(M.NEW_STAGE), None))
            continue
        for index, change in enumerate(changes):
            if change is None:
                lines[column].append(("same", "—", index))
            else:
                kind = "rise" if change > 1e-9 else "fall" if change < -1e-9 else "same"
                lines[column].append((kind, signed(change), index))
    for after, name in overlay.removed:
        lines[max(after, 0)].append(("note", layout.word(M.STAGE_DROPPED, stage=Quoted(name)), None))
    multiple = len(layout.personas) > 1
    for column, entries in enumerate(lines):
        start, width = poster.column_x[column]
        budget = cells_for(width - 2 * PAD - 16, 11)
        for n, (kind, label, persona) in enumerate(entries):
            line_y = y + PAD + 12 + n * LINE
            x = start + PAD
            if persona is not None and multiple:
                badge = layout.personas[persona]
                out.append(marker(badge.marker, x + 4, line_y - 4, badge.color, badge.color, 4))
                x += 14
                label = f"{badge.short or badge.name} {label}"
            out.append(text_with(x, line_y, truncate(label, budget), styles[kind]))
    return "".join(out)
