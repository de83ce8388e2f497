"""The other state on the poster: the before curve dashed and faded under the after curve, per persona,
and each stage's change labelled in a strip below the curve.

The poster calls :func:`draw_emotion` for each band's emotion lane when it has an overlay, and adds
:func:`strip_height` to that lane's height; everything else about the comparison is drawn here,
from the :class:`journeymap.views.compare.Overlay` value (what to draw is decided there).
"""

from __future__ import annotations

from journeymap.faces.poster.curve import marker, smooth_path
from journeymap.faces.poster.markup import attrs, element, num, text, text_with
from journeymap.i18n import Quoted, tr
from journeymap.messages import compare as M
from journeymap.scores import signed
from journeymap.textwidth import cells_for, truncate
from journeymap.views.compare import Overlay

def _lines(overlay: Overlay, persona_count: int) -> list[int]:
    """How many lines each column's strip holds: one per persona (or "new stage"), then dropped stages."""
    counts = [persona_count if change is not None else 1 for change in overlay.changes]
    for after, _ in overlay.removed:
        counts[max(after, 0)] += 1
    return counts


def strip_height(overlay: Overlay | None, persona_count: int, m) -> float:
    """The extra height the emotion lane needs for the change strip (0 without an overlay); ``m``: Metrics."""
    if overlay is None or not overlay.changes:
        return 0.0
    return max(_lines(overlay, persona_count)) * m.line + 2 * m.pad + 6


def draw_emotion(poster, band, y: float, height: float) -> str:
    """The emotion lane of one band with the overlay: the before curve, the poster's own curve on top,
    the strip, a legend."""
    strip = strip_height(poster.overlay, len(poster.layout.personas), poster.m)
    curve_height = height - strip
    out = [_before_curve(poster, band, y, curve_height), poster._curve(band, y, curve_height)]
    out.append(_legend(poster, y))
    out.append(_strip(poster, band, y + curve_height))
    return "".join(out)


def _before_curve(poster, band, y: float, curve_height: float) -> str:
    layout, overlay, m = poster.layout, poster.overlay, poster.m
    top, bottom = y + m.pad + 14, y + curve_height - m.pad - 10  # as the poster draws its own curve

    def y_of(score: float) -> float:
        return bottom - (score - layout.scale_min) / (layout.scale_max - layout.scale_min) * (bottom - top)

    def x_of(column: int, position: float, offset: float) -> float:
        start, width = band.column_x[column]
        return start + position * width + offset

    count = len(layout.personas)
    out = ['<g class="jm-before" opacity="0.5">']
    for index, badge in enumerate(layout.personas):
        offset = (index - (count - 1) / 2) * 5 if count > 1 else 0.0
        for run in overlay.runs:
            points = [
                (x_of(p.column, p.position, offset), y_of(p.scores[index]))
                for p in run
                if p.column in band.column_x and p.scores[index] is not None
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
    overlay, theme, m = poster.overlay, poster.theme, poster.m
    x = m.margin + m.pad
    budget = max(4, cells_for(poster.label_w - 2 * m.pad - 56, m.small))
    first = y + m.pad + m.body + len(poster._lane_title_lines("emotion")) * m.line + 4
    out = []
    for n, (label, dashed) in enumerate(((overlay.before_label, True), (overlay.after_label, False))):
        line_y = first + n * (m.small + 5)
        out.append(
            element("line", x1=float(x), x2=float(x + 16), y1=line_y - 4.0, y2=line_y - 4.0, stroke=theme.muted,
                    stroke_width="2", stroke_dasharray="5 3" if dashed else None, opacity="0.6" if dashed else None)
        )
        label = truncate(tr(poster.layout.lang, label), budget)
        out.append(text(x + 20, line_y, label, font_size=num(m.small), fill=theme.muted))
    return "".join(out)


def _strip(poster, band, y: float) -> str:
    layout, overlay, theme, m = poster.layout, poster.overlay, poster.theme, poster.m
    right = poster.grid_x + band.slots * poster.sub_w
    out = [
        element("line", x1=float(poster.grid_x), x2=float(right), y1=float(y), y2=float(y),
                stroke=theme.grid, stroke_dasharray="2 3"),
        text(m.margin + m.pad, y + m.pad + m.body, layout.word(M.CHANGE_LANE), font_weight="bold", font_size=num(m.body)),
    ]
    size = num(m.small)
    styles = {
        "rise": attrs(font_size=size, font_weight="bold", fill=theme.opportunity),
        "fall": attrs(font_size=size, font_weight="bold", fill=theme.flag),
        "same": attrs(font_size=size, fill=theme.muted),
        "note": attrs(font_size=size, fill=theme.muted, font_style="italic"),
    }
    lines: dict[int, list[tuple[str, str, int | None]]] = {column: [] for column in band.columns}
    for column in band.columns:
        changes = overlay.changes[column]
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
        if max(after, 0) in lines:
            lines[max(after, 0)].append(("note", layout.word(M.STAGE_DROPPED, stage=Quoted(name)), None))
    multiple = len(layout.personas) > 1
    for column, entries in lines.items():
        start, width = band.column_x[column]
        budget = max(4, cells_for(width - 2 * m.pad - 16, m.small))
        for n, (kind, label, persona) in enumerate(entries):
            line_y = y + m.pad + m.body + n * m.line
            x = start + m.pad
            if persona is not None and multiple:
                badge = layout.personas[persona]
                out.append(marker(badge.marker, x + 4, line_y - 4, badge.color, badge.color, 4))
                x += 14
                label = f"{badge.short or badge.name} {label}"
            out.append(text_with(x, line_y, truncate(label, budget), styles[kind]))
    return "".join(out)
