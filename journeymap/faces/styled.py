"""Styled lines: text with optional rich style names, written plain or coloured.

Reporters for people build ``StyledLine`` lists once; the writer prints them
as plain text (pipes, CI logs, NO_COLOR) without importing rich, or through
rich on a colour terminal. One layout, two sinks.
"""

from __future__ import annotations

from journeymap.textsafe import terminal_safe

Segment = tuple[str, "str | None"]
StyledLine = list[Segment]


def plain_text(lines: list[StyledLine]) -> str:
    return "".join("".join(text for text, _ in line) + "\n" for line in lines)


def styled_text(lines: list[StyledLine], color: bool) -> str:
    """The lines as text: plain, or with rich's colour codes (map text shown safely either way)."""
    if not color:
        return terminal_safe(plain_text(lines))
    from io import StringIO

    from rich.text import Text

    console = safe_console(file=StringIO(), soft_wrap=True, force_terminal=True)
    for line in lines:
        console.print(Text.assemble(*((terminal_safe(text), style) for text, style in line)))
    return console.file.getvalue()


def safe_console(**options):
    """A rich Console that shows control characters in any text it is given visibly.

    Every string rich prints (table cells, titles, ``print`` arguments) passes through
    ``render_str``, so map text cannot reach the terminal as escape sequences. Markup,
    highlighting and emoji are off: a name like "[bold]" is shown as written.
    """
    from rich.console import Console

    class SafeConsole(Console):
        def render_str(self, text, **kwargs):
            return super().render_str(terminal_safe(text), **kwargs)

    return SafeConsole(**{"highlight": False, "emoji": False, "markup": False, **options})
