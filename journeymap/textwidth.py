"""Display width of text in a terminal or on a poster: CJK counts double.

The one place where text is measured, so that the terminal views, the
caret under a finding and the SVG poster agree on how wide a string is.
"""

from __future__ import annotations

import unicodedata

_WIDE = frozenset("WF")


def char_width(char: str) -> int:
    if char.isascii():
        return 1 if char.isprintable() else 0
    if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(char) in _WIDE else 1


def width(text: str) -> int:
    """Columns ``text`` takes; ASCII is the fast path."""
    if text.isascii():
        return len(text)
    return sum(char_width(c) for c in text)


def truncate(text: str, columns: int, ellipsis: str = "…") -> str:
    """``text`` cut to at most ``columns`` display columns, ending in an ellipsis when cut."""
    if width(text) <= columns:
        return text
    budget = columns - width(ellipsis)
    out = []
    used = 0
    for char in text:
        w = char_width(char)
        if used + w > budget:
            break
        out.append(char)
        used += w
    return "".join(out) + ellipsis


def pad(text: str, columns: int) -> str:
    """``text`` padded with spaces to ``columns`` display columns."""
    return text + " " * max(0, columns - width(text))


# Kinsoku shori: characters that must not start a line (closing punctuation, small kana,
# the long-vowel mark) and characters that must not end one (opening brackets).
_NO_LINE_START = frozenset("、。，．・：；？！ー」』）〕］｝〉》】〙〗ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々…‥,.;:!?)]}")
_NO_LINE_END = frozenset("「『（〔［｛〈《【〘〖([{")
NO_BREAK_SPACE = "\u00a0"  # joins what must stay on one line ("persona-channel-gap ×2")
_QUOTES_ASCII = frozenset("'\"")
_OPENING_ASCII = frozenset("'\"([{")


def _is_wide(char: str) -> bool:
    return not char.isascii() and char_width(char) == 2


def _tokens(text: str) -> list[str]:
    """Break opportunities: Latin words stay whole; each wide (CJK) character is its own token,
    glued to neighbours that kinsoku says must not be separated from it."""
    tokens: list[str] = []
    word = ""
    for char in text:
        if char.isspace() and char != NO_BREAK_SPACE:
            if word:
                tokens.append(word)
                word = ""
            tokens.append(" ")
        elif word and char.isascii() and char in _NO_LINE_START:
            word += char  # "0.5", "a,b": ASCII punctuation inside a word never breaks it
        elif _is_wide(char) or char in _NO_LINE_START:
            opening = ""
            if word and all(c in _OPENING_ASCII for c in word):
                opening = word  # 'サポート: an ASCII quote or bracket stays with the word it opens
            elif word:
                tokens.append(word)
            word = ""
            if opening:
                tokens.append(opening + char)
            elif char in _NO_LINE_START and tokens and tokens[-1] != " ":
                tokens[-1] += char
            elif tokens and tokens[-1] != " " and tokens[-1][-1] in _NO_LINE_END:
                tokens[-1] += char
            else:
                tokens.append(char)
        elif char in _QUOTES_ASCII and not word and tokens and tokens[-1] != " ":
            tokens[-1] += char  # 電話' : a quote right after a word closes it
        else:
            if not word and tokens and tokens[-1] != " " and (tokens[-1][-1] in _NO_LINE_END or char == NO_BREAK_SPACE):
                word = tokens.pop()  # after an opening bracket, or before a no-break space: no break here
            word += char
    if word:
        tokens.append(word)
    return tokens


def _split_hard(token: str, columns: int) -> list[str]:
    pieces, current, used = [], "", 0
    for char in token:
        w = char_width(char)
        if current and used + w > columns:
            pieces.append(current)
            current, used = "", 0
        current += char
        used += w
    if current:
        pieces.append(current)
    return pieces


def _wrap_ascii(paragraph: str, columns: int, lines: list[str]) -> None:
    """The common case, without per-character work: printable ASCII breaks only at spaces."""
    line = ""
    for word in paragraph.split():
        while len(word) > columns:
            if line:
                lines.append(line)
                line = ""
            lines.append(word[:columns])
            word = word[columns:]
        if not line:
            line = word
        elif len(line) + 1 + len(word) <= columns:
            line = f"{line} {word}"
        else:
            lines.append(line)
            line = word
    lines.append(line)


def wrap(text: str, columns: int) -> list[str]:
    """``text`` broken into lines of at most ``columns`` display columns.

    Breaks at spaces between Latin words and between CJK characters (never
    before a closing 、。」 or after an opening 「), and cuts a word only when it
    is wider than a whole line. Newlines in the text are kept.
    """
    columns = max(1, columns)
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        if paragraph.isascii() and paragraph.isprintable():
            _wrap_ascii(paragraph, columns, lines)
            continue
        line, used = "", 0
        for token in _tokens(paragraph):
            if token == " ":
                if line:
                    line += " "
                    used += 1
                continue
            w = width(token)
            if used + w > columns and line.strip():
                lines.append(line.rstrip())
                line, used = "", 0
            if w > columns:
                *full, rest = _split_hard(token, columns)
                lines.extend(full)
                line, used = rest, width(rest)
            else:
                line += token
                used += w
        lines.append(line.rstrip())
    return lines


def clip(lines: list[str], max_lines: int, columns: int) -> list[str]:
    """At most ``max_lines`` lines; when text is cut, the last line ends in an ellipsis."""
    if len(lines) <= max_lines:
        return lines
    kept = lines[:max_lines]
    last = kept[-1]
    # truncate() ends a cut line in an ellipsis; a line that still has room gets one appended.
    kept[-1] = last + "…" if width(last) + 1 <= columns else truncate(last + "…", columns)
    return kept


def has_cjk(text: str) -> bool:
    return any(_is_wide(char) for char in text)


# On a poster a display cell is about 0.6 of the font size wide (a CJK character, two cells,
# about 1.2; bold a little more): a generous estimate across the fonts of the stack, so that text
# measured here stays inside its box whichever font draws it. Every face that wraps text for
# pixels asks here, instead of keeping constants of its own.
CELL_EM = 0.6
BOLD_CELL_EM = 0.64


def cells_for(pixels: float, font_size: float, bold: bool = False) -> int:
    """How many display cells of text fit in ``pixels`` at ``font_size`` (at least one)."""
    return max(1, int(pixels / (font_size * (BOLD_CELL_EM if bold else CELL_EM))))


def pixels_for(text: str, font_size: float, bold: bool = False) -> float:
    """How wide ``text`` is drawn at ``font_size``, by the same estimate."""
    return width(text) * font_size * (BOLD_CELL_EM if bold else CELL_EM)
