"""Styled lines: text with optional rich style names, written plain or coloured.

Reporters for people build ``StyledLine`` lists once; the writer prints them
as plain text (pipes, CI logs, NO_COLOR) without importing rich, or through
rich on a colour terminal. One layout, two sinks.
"""

from __future__ import annotations

from typing import TextIO

Segment = tuple[str, "str | None"]
StyledLine = list[Segment]


def plain_text(lines: list[StyledLine]) -> str:
    return "".join("".join(text for text, _ in line) + "\n" for line in lines)


def write(lines: list[StyledLine], stream: TextIO, color: bool) -> None:
    if not color:
        stream.write(plain_text(lines))
        return
    from rich.console import Console
    from rich.text import Text

    console = Console(file=stream, highlight=False, soft_wrap=True, emoji=False, markup=False, force_terminal=True)
    for line in lines:
        console.print(Text.assemble(*line))
