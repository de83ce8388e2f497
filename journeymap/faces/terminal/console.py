"""The one place `show` meets rich: a console writing into a string, and styled lines turned into rich Text."""

from __future__ import annotations

from io import StringIO

from journeymap.faces.terminal.lines import Line


def make_console(columns: int, color: bool, color_system: str = "256"):
    from journeymap.faces.styled import safe_console

    return safe_console(
        file=StringIO(),
        width=columns,
        color_system=color_system if color else None,
        force_terminal=color,
        # The view measures and wraps every line itself; rich must not add its own soft wraps.
        soft_wrap=False,
    )


def text(lines: list[Line]):
    """Styled lines as one rich Text; the lines are already wrapped to fit."""
    from rich.text import Text

    from journeymap.textsafe import terminal_safe

    out = Text(no_wrap=False, overflow="fold")
    for n, line in enumerate(lines):
        if n:
            out.append("\n")
        for chunk, style in line:
            out.append(terminal_safe(chunk), style=style or None)
    return out


def print_lines(console, lines: list[Line]) -> None:
    for line in lines:
        console.print(text([line]), overflow="fold")


def output(console) -> str:
    # rich pads table and panel lines to their full width; trailing blanks only get in the way.
    # No-break spaces only glued words together while wrapping; people copy plain spaces.
    text = console.file.getvalue().replace("\u00a0", " ")
    return "\n".join(line.rstrip() for line in text.splitlines()) + "\n"
