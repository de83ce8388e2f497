"""`journeymap show`: a journey map in the terminal, for a workshop on a projector.

The view draws a :class:`journeymap.views.layout.Layout` (the same value the SVG
poster draws): a header with the personas, the stages (side by side when the
terminal is wide enough to keep every name whole, else stacked panels), the
emotion curve, and one line about the findings. Everything is measured by
display width, so Japanese text lines up, and no line is wider than asked.
"""

from __future__ import annotations

from journeymap.views.layout import Layout

MIN_WIDTH = 40


def render(layout: Layout, width: int = 100, color: bool = False, color_system: str = "256", start: int = 1) -> str:
    """The whole view as text (with ANSI styles when ``color``); ``start`` numbers the first stage shown."""
    from journeymap.faces.terminal.console import make_console, output, print_lines
    from journeymap.faces.terminal.curve import render_curve
    from journeymap.faces.terminal.frame import footer, header
    from journeymap.faces.terminal.stacked import render_stacked
    from journeymap.faces.terminal.wide import plan_bands, render_wide

    width = max(MIN_WIDTH, width)
    console = make_console(width, color, color_system)
    print_lines(console, header(layout, width))
    console.print()
    bands = plan_bands(layout, width, start)
    if bands:
        render_wide(console, layout, bands, start)
    else:
        render_stacked(console, layout, width, start)
    if "emotion" in layout.lanes and layout.columns:
        console.print()
        print_lines(console, render_curve(layout, width, start))
    console.print()
    print_lines(console, footer(layout, width))
    return output(console)
