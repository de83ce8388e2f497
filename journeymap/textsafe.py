"""Map text made safe to show: on a terminal, and inside JSON a terminal may print.

A map is written by anyone who can open a pull request, and its text reaches
CI logs and the terminals of reviewers. A name holding ``ESC ] 0 ; … BEL``
would retitle the terminal, ``ESC [ 2 J`` would clear the screen, and a
right-to-left override would make a line read differently from what it holds.
Every face that writes map text for people passes it through
:func:`terminal_safe`; JSON faces pass their document through :func:`json_safe`.

Nothing is dropped silently: each control character is shown as a visible
picture (ESC as ␛, BEL as ␇, DEL as ␡) or as its code point (⟨U+202E⟩), so a
reviewer sees that the map holds something odd and where.
"""

from __future__ import annotations

# C0 controls (but newline and tab) as the Unicode control pictures U+2400..U+241F.
_TERMINAL = {code: chr(0x2400 + code) for code in range(0x20) if code not in (0x09, 0x0A)}
_TERMINAL[0x7F] = "\u2421"  # ␡
# C1 controls (ESC's 8-bit twins: U+009B is a CSI on many terminals) and the invisible
# characters that reorder or hide text (bidi overrides and isolates, as in "Trojan Source").
_INVISIBLE = [*range(0x80, 0xA0), *range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F, 0x061C]
_TERMINAL.update({code: f"\u27e8U+{code:04X}\u27e9" for code in _INVISIBLE})
# JSON already escapes C0 controls; the rest is written as \u escapes, which keeps the value.
_JSON = {code: f"\\u{code:04x}" for code in [0x7F, *_INVISIBLE]}
_RICH_MARKUP = str.maketrans({"[": "\\["})


def terminal_safe(text: str) -> str:
    """``text`` with every control character shown visibly; newlines and tabs are kept."""
    return text.translate(_TERMINAL)


def one_line(text: str) -> str:
    """Like :func:`terminal_safe`, for text that must stay on one line (a name in a message)."""
    return terminal_safe(text).replace("\n", "\u2424").replace("\t", " ")


def rich_safe(text: str) -> str:
    """Text for rich's markup parser: controls shown visibly, ``[`` never read as a style."""
    return terminal_safe(text).translate(_RICH_MARKUP)


def json_safe(document: str) -> str:
    """A JSON document with DEL, C1 and bidi controls escaped as ``\\uXXXX`` (same values)."""
    return document.translate(_JSON)
