"""The stacked view: one panel per stage, one after another, for terminals too narrow for columns.

Inside a panel, lane titles sit in a column to the left of their text when
there is room for both; on narrow terminals each title heads its own lines.
Empty lanes are left out, so a panel is as short as its stage.
"""

from __future__ import annotations

from journeymap.faces.terminal.lanes import lane_lines, lane_title_width, needed_width, phase_text, stage_head, stage_title
from journeymap.faces.terminal.lines import Line, beside, line_width
from journeymap.textwidth import width
from journeymap.views.layout import Layout

# Below this many cells of text beside the lane titles, the titles go above their text instead.
MIN_BESIDE = 36


def titles_beside(layout: Layout, inner: int, start: int = 1) -> bool:
    """Lane titles beside their text only when that leaves room for every name whole, in every panel alike."""
    room = inner - lane_title_width(layout) - 1
    return room >= MIN_BESIDE and all(needed_width(layout, c, start + i) <= room for i, c in enumerate(layout.columns))


def panel_lines(layout: Layout, index: int, inner: int, side: bool, title: bool, phase: bool, start: int = 1) -> list[Line]:
    column = layout.columns[index]
    lines = stage_head(layout, column, inner, start + index, title, phase)
    title_width = lane_title_width(layout)
    room = inner - title_width - 1
    for lane in layout.lanes:
        heading: Line = [(layout.lane_title(lane), "bold")]
        if side:
            body = lane_lines(layout, column, lane, room)
            if body:
                lines += beside(heading, title_width, body)
        else:
            body = lane_lines(layout, column, lane, inner - 2)
            if body:
                lines.append(heading)
                lines += [[("  ", "")] + line for line in body]
    return lines


def render_stacked(console, layout: Layout, columns: int, start: int = 1) -> None:
    from rich import box
    from rich.panel import Panel

    from journeymap.faces.terminal.console import text

    inner = columns - 4  # a border and one cell of padding on each side
    side = titles_beside(layout, inner, start)
    for index, column in enumerate(layout.columns):
        # The border shows the stage's name (and phase) when it fits whole; otherwise the panel's first lines do.
        title = stage_title(start + index, column)
        in_border = line_width(title) + 4 <= inner
        phase = phase_text(column)
        phase_in_border = in_border and phase is not None and line_width(title) + width(phase) + 7 <= inner
        if phase_in_border:
            title = title + [(" · ", "dim"), (phase, "dim")]
        body = panel_lines(layout, index, inner, side, not in_border, not phase_in_border, start)
        console.print(
            Panel(
                text(body or [[]]),
                title=text([title]) if in_border else None,
                title_align="left",
                box=box.ROUNDED,
                padding=(0, 1),
                width=columns,
                expand=True,
            )
        )

