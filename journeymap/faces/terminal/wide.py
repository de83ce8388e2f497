"""The wide view: stages as columns, lanes as rows, in bands of consecutive stages.

A band is as many stages as fit side by side with every name whole: each
stage column is at least as wide as its widest name (stage, touchpoint,
channel, owner, rule) and never narrower than MIN_COLUMN. The view is wide
only when at least four stages (or all of them, if fewer) fit per band;
otherwise the stacked panels read better.
"""

from __future__ import annotations

from math import ceil

from journeymap.faces.terminal.lanes import lane_lines, lane_title_width, natural_width, needed_width, stage_head
from journeymap.faces.terminal.parts import MISSING
from journeymap.views.layout import Layout

MIN_COLUMN = 20
MAX_COLUMN = 44
MIN_STAGES_PER_BAND = 4


def _table_width(title_width: int, widths: list[int]) -> int:
    # Every column has a border on its left and one cell of padding each side; one border closes the row.
    return title_width + sum(widths) + 3 * (len(widths) + 1) + 1


def plan_bands(layout: Layout, columns: int, start: int = 1) -> list[list[tuple[int, int]]] | None:
    """Bands of (stage index, column width), or None when the stages do not fit side by side."""
    stages = len(layout.columns)
    if not stages:
        return None
    title_width = lane_title_width(layout)
    needs = [max(MIN_COLUMN, needed_width(layout, c, start + i)) for i, c in enumerate(layout.columns)]
    for per in range(stages, 0, -1):
        count = ceil(stages / per)
        size = ceil(stages / count)  # bands of even size: 9 stages as 5 + 4, not 8 + 1
        if size < min(MIN_STAGES_PER_BAND, stages):
            return None
        chunks = [list(range(k, min(stages, k + size))) for k in range(0, stages, size)]
        if all(_table_width(title_width, [needs[i] for i in chunk]) <= columns for chunk in chunks):
            return [_widen(layout, chunk, needs, title_width, columns, start) for chunk in chunks]
    return None


def _widen(layout: Layout, chunk: list[int], needs: list[int], title_width: int, columns: int, start: int):
    """Share the spare width: the narrowest columns grow first, none beyond what its text wants."""
    widths = [needs[i] for i in chunk]
    wants = [max(w, min(MAX_COLUMN, natural_width(layout, layout.columns[i], start + i))) for w, i in zip(widths, chunk)]
    spare = columns - _table_width(title_width, widths)
    while spare > 0:
        growing = [k for k in range(len(widths)) if widths[k] < wants[k]]
        if not growing:
            break
        narrowest = min(widths[k] for k in growing)
        for k in growing:
            if widths[k] == narrowest and spare > 0:
                widths[k] += 1
                spare -= 1
    return list(zip(chunk, widths))


def render_wide(console, layout: Layout, bands, start: int = 1) -> None:
    from rich import box
    from rich.table import Table

    from journeymap.faces.terminal.console import text

    title_width = lane_title_width(layout)
    for b, band in enumerate(bands):
        if b:
            console.print()
        # The stage heads are an ordinary first row: rich aligns a header row to the bottom.
        table = Table(box=box.SQUARE, show_header=False, show_lines=True, padding=(0, 1), expand=False)
        table.add_column(width=title_width, no_wrap=True)
        for _, column_width in band:
            table.add_column(width=column_width, overflow="fold")
        table.add_row(
            text([]),
            *(text(stage_head(layout, layout.columns[i], w, start + i)) for i, w in band),
        )
        for lane in layout.lanes:
            cells = []
            for index, column_width in band:
                lines = lane_lines(layout, layout.columns[index], lane, column_width)
                cells.append(text(lines or [[(MISSING, "dim")]]))
            table.add_row(text([[(layout.lane_title(lane), "bold")]]), *cells)
        console.print(table)
