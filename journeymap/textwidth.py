"""Display width of text in a terminal or on a poster: CJK counts double.

The one place where text is measured, so that the terminal views, the
caret under a finding and the SVG poster agree on how wide a string is.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

_WIDE = frozenset("WF")


def char_width(char: str) -> int:
    if char.isascii():
        return 1 if char.isprintable() else 0
    width_ = _CHAR_WIDTHS.get(char)
    if width_ is None:
        if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
            width_ = 0
        else:
            width_ = 2 if unicodedata.east_asian_width(char) in _WIDE else 1
        if len(_CHAR_WIDTHS) < 65536:
            _CHAR_WIDTHS[char] = width_
    return width_


_CHAR_WIDTHS: dict[str, int] = {}  # a poster measures the same few thousand characters again and again


def width(text: str) -> int:
    """Columns ``text`` takes; ASCII is the fast path."""
    if text.isascii():
        return len(text)
    return sum(char_width(c) for c in text)


def measure(text: str, wide: float = 2) -> float:
    """Columns ``text`` takes when a wide (CJK) character takes ``wide`` of them (a terminal: 2)."""
    if wide == 2 or text.isascii():
        return width(text)
    return _measure_wide(text, wide)


@lru_cache(maxsize=16384)
def _measure_wide(text: str, wide: float) -> float:
    return sum(wide if w == 2 else w for w in map(char_width, text))


def truncate(text: str, columns: int, ellipsis: str = "…", wide: float = 2) -> str:
    """``text`` cut to at most ``columns`` display columns, ending in an ellipsis when cut."""
    if measure(text, wide) <= columns:
        return text
    budget = columns - width(ellipsis)
    out = []
    used = 0
    for char in text:
        w = measure(char, wide)
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


def _is_katakana(char: str) -> bool:
    """A katakana letter or the long-vowel mark (not the ・ that separates katakana words)."""
    return ("\u30a1" <= char <= "\u30fa") or char == "ー" or ("\uff66" <= char <= "\uff9f")


@lru_cache(maxsize=8192)
def _tokens(text: str) -> tuple[str, ...]:
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
            elif _is_katakana(char) and tokens and _is_katakana(tokens[-1][-1]):
                tokens[-1] += char  # コーディネート is one word: break around it, not inside it
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
    return tuple(tokens)


def _split_hard(token: str, columns: float, wide: float = 2) -> list[str]:
    """A word wider than a line, cut into lines: after a hyphen when it has one; otherwise where the
    line is full, moved back (at most three characters) rather than start a line with a closing
    mark (ー 」 、) or end one with an opening mark (「)."""
    pieces: list[str] = []
    start, used = 0, 0.0
    for index, char in enumerate(token):
        w = measure(char, wide)
        if index > start and used + w > columns:
            hyphen = token.rfind("-", start + 1, index)
            if hyphen > start:
                cut = hyphen + 1
            else:
                cut = index
                while cut - 1 > start and index - cut < 3 and (token[cut] in _NO_LINE_START or token[cut - 1] in _NO_LINE_END):
                    cut -= 1
                if token[cut] in _NO_LINE_START or token[cut - 1] in _NO_LINE_END:
                    cut = index  # no better place within reach: cut where the line is full
            pieces.append(token[start:cut])
            start, used = cut, measure(token[cut:index], wide)
        used += w
    pieces.append(token[start:])
    return pieces


def _wrap_ascii(paragraph: str, columns: int, lines: list[str]) -> None:
    """The common case, without per-character work: printable ASCII breaks only at spaces."""
    line = ""
    for word in paragraph.split():
        while len(word) > columns:
            if line and len(line) + 1 + word.find("-") + 1 <= columns and 0 < word.find("-") < len(word) - 1:
                cut = word.find("-") + 1  # "Konstantinopoulou-" still fits after what the line has
                lines.append(f"{line} {word[:cut]}")
                line, word = "", word[cut:]
                continue
            if line:
                lines.append(line)
                line = ""
            hyphen = word.rfind("-", 0, columns)
            cut = hyphen + 1 if hyphen > 0 else columns  # after a hyphen when the word has one
            lines.append(word[:cut])
            word = word[cut:]
        if not line:
            line = word
        elif len(line) + 1 + len(word) <= columns:
            line = f"{line} {word}"
        else:
            lines.append(line)
            line = word
    lines.append(line)


def wrap(text: str, columns: int, wide: float = 2) -> list[str]:
    """``text`` broken into lines of at most ``columns`` display columns.

    Breaks at spaces between Latin words and between CJK characters (never
    before a closing 、。」 or after an opening 「, nor inside a katakana word
    that fits on the next line), and cuts a word only when it is wider than a
    whole line. Newlines in the text are kept. A wide character takes ``wide``
    columns: 2 in a terminal; on a poster, where a column is a fraction of the
    font size, what :func:`wide_cells` says.
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
            w = measure(token, wide)
            if used + w > columns and line.strip():
                lines.append(line.rstrip())
                line, used = "", 0
            if w > columns:
                *full, rest = _split_hard(token, columns, wide)
                lines.extend(full)
                line, used = rest, measure(rest, wide)
            else:
                line += token
                used += w
        lines.append(line.rstrip())
    return lines


def longest_word(text: str, wide: float = 2) -> float:
    """The width of the widest piece of ``text`` that :func:`wrap` will not break (a Latin word,
    a katakana word, a character with the marks kinsoku keeps beside it)."""
    return max((measure(token, wide) for token in _tokens(text) if token != " "), default=0)


def clip(lines: list[str], max_lines: int, columns: int, wide: float = 2) -> list[str]:
    """At most ``max_lines`` lines; when text is cut, the last line ends in an ellipsis."""
    if len(lines) <= max_lines:
        return lines
    kept = lines[:max_lines]
    last = kept[-1]
    # truncate() ends a cut line in an ellipsis; a line that still has room gets one appended.
    kept[-1] = last + "…" if measure(last, wide) + 1 <= columns else truncate(last + "…", columns, wide=wide)
    return kept


def has_cjk(text: str) -> bool:
    return any(_is_wide(char) for char in text)


# On a poster a display cell is about 0.6 of the font size wide (a CJK character, two cells,
# about 1.2; bold a little more): a generous estimate across the fonts of the stack, so that text
# measured here stays inside its box whichever font draws it. Every face that wraps text for
# pixels asks here, instead of keeping constants of its own.
CELL_EM = 0.6
BOLD_CELL_EM = 0.64


# A CJK character, though, is one em wide in every Japanese font (full-width by design): it
# takes 1/0.6 cells, not two, and measuring it so lets a line hold a fifth more Japanese.
WIDE_EM = 1.0


def wide_cells(bold: bool = False) -> float:
    """How many poster cells a CJK character takes (the ``wide`` of :func:`wrap`)."""
    return WIDE_EM / (BOLD_CELL_EM if bold else CELL_EM)


def cells_for(pixels: float, font_size: float, bold: bool = False) -> int:
    """How many display cells of text fit in ``pixels`` at ``font_size`` (at least one)."""
    return max(1, int(pixels / (font_size * (BOLD_CELL_EM if bold else CELL_EM))))


def pixels_for(text: str, font_size: float, bold: bool = False) -> float:
    """How wide ``text`` is drawn at ``font_size``, by the same estimate."""
    return measure(text, wide_cells(bold)) * font_size * (BOLD_CELL_EM if bold else CELL_EM)
