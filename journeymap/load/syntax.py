"""What a YAML syntax error means, in plain words, and what to type instead.

libyaml reports the everyday slips of a workshop (a mis-indented line, a tab, a
full-width colon from a Japanese keyboard, text after a closing quote) in its
own terms, often a line later; this finds the line and column of the slip and
says it the way a person would.
"""

from __future__ import annotations

import yaml

from journeymap.findings import Finding, Span
from journeymap.i18n import say
from journeymap.load.structural import error
from journeymap.messages import load as L
from journeymap.suggest import full_width_problem


def unacceptable_character(exc, path: str, text: str) -> Finding:
    """A character YAML does not allow (a control character pasted from a terminal), at its place."""
    data = text.encode("utf-8")
    offset = min(max(exc.position, 0), len(data))  # libyaml counts bytes
    start = data.rfind(b"\n", 0, offset) + 1
    line = data.count(b"\n", 0, offset) + 1
    column = len(data[start:offset].decode("utf-8", errors="replace")) + 1
    return error(
        Span(path, line, column, line, column + 1),
        "E100",
        say(L.CONTROL_CHARACTER, code=f"{exc.character:04X}"),
        say(L.CONTROL_CHARACTER_HINT),
    )


def syntax_finding(exc: yaml.YAMLError, path: str, text: str) -> Finding:
    if isinstance(exc, yaml.reader.ReaderError) and isinstance(exc.character, int):
        return unacceptable_character(exc, path, text)
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    line = mark.line + 1 if mark is not None else 1
    column = mark.column + 1 if mark is not None else 1
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    context_mark = getattr(exc, "context_mark", None)
    lines = text.splitlines()
    first_line = min(line, context_mark.line + 1) if context_mark is not None else line
    # Japanese input methods type full-width ':' and spaces; libyaml then reports a
    # confusing error a line later. Point at the character itself.
    for number in range(max(1, first_line - 1), line + 1):
        slip = full_width_problem(lines[number - 1]) if number <= len(lines) else None
        if slip is not None:
            what, index = slip
            return error(Span(path, number, index + 1, number, index + 2), "E100", say(L.SYNTAX, problem=what))
    plain = _plain_words(problem, lines, line, column)
    if plain is not None:
        message, hint, column = plain
        return error(Span(path, line, column, line, column + 1), "E100", say(L.SYNTAX, problem=message), hint)
    message = say(L.SYNTAX, problem=_libyaml(problem))
    context = getattr(exc, "context", None)
    if context and context_mark is not None and context_mark.line + 1 != line:
        message = say(L.SYNTAX_STARTED, problem=_libyaml(problem), context=_libyaml(context), line=context_mark.line + 1)
    source_line = lines[line - 1] if 0 < line <= len(lines) else ""
    hint = _syntax_hint(problem, source_line, column)
    return error(Span(path, line, column, line, column + 1), "E100", message, hint)


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip(" "))


def _previous_content(lines: list[str], line: int) -> tuple[int, str] | None:
    """The nearest line above ``line`` (1-based) that holds more than blanks or a comment."""
    for number in range(line - 1, 0, -1):
        text = lines[number - 1]
        if text.strip() and not text.lstrip().startswith("#"):
            return number, text
    return None


_TAB_HINT = say(L.TAB_HINT)


def _libyaml(words: str):
    """libyaml's own English, said in the catalogue's words where it has them."""
    template = L.LIBYAML.get(words)
    return say(template) if template else words


def _plain_words(problem: str, lines: list[str], line: int, column: int) -> tuple[str, str, int] | None:
    """libyaml's wording for the everyday mistakes, said as what to type instead.

    Mis-indented lines are the most common slip in a workshop; libyaml calls them
    "mapping values are not allowed" or "did not find expected '-' indicator".
    """
    if not 0 < line <= len(lines):
        return None
    text = lines[line - 1]
    if "tab character" in problem:
        return say(L.TAB_IN_INDENT), _TAB_HINT, column
    before = text[: column - 1].rstrip()
    starts_line = not text[: column - 1].strip()
    if "did not find expected key" in problem and before.endswith(('"', "'")) and not starts_line:
        key, _, value = text.partition(":")
        quoted = "'" + value.strip().replace("'", "''") + "'"
        return (
            say(L.TEXT_AFTER_QUOTE),
            say(L.TEXT_AFTER_QUOTE_HINT, fixed=f"{key.strip()}: {quoted}"),
            column,
        )
    above = _previous_content(lines, line)
    if above is None:
        return None
    if text.lstrip().startswith("- ") and (
        starts_line or "mapping values are not allowed" in problem
    ):
        item = _sibling_item(lines, line)
        if item is not None and item[1] != _indent(text):
            number, indent = item
            first = lines[number - 1].strip().split(":", 1)[0]
            return (
                say(L.ITEM_NOT_ALIGNED, line=line, other=number),
                say(L.ITEM_NOT_ALIGNED_HINT, first=first, other=number, there=_spaces(indent), here=_spaces(_indent(text))),
                _indent(text) + 1,
            )
    number, previous = above
    here = _indent(text)
    # Where the keys of the line above start ("- id: t" holds its keys 2 further in).
    there = _indent(previous) + (2 if previous.lstrip().startswith("- ") else 0)
    key = text.strip().split(":", 1)[0]
    previous_key = previous.strip().removeprefix("- ").split(":", 1)[0]
    if (
        "mapping values are not allowed" in problem
        and text.find(":") == column - 1  # the colon of this line's key, not one inside a text
        and here > there
        and ":" in previous
        and not previous.rstrip().endswith(":")
    ):
        return (
            say(L.INDENTED_FURTHER, line=line, other=number),
            say(L.INDENTED_FURTHER_HINT, key=key, previous=previous_key, other=number, there=_spaces(there)),
            here + 1,
        )
    if starts_line and ("did not find expected '-' indicator" in problem or "did not find expected key" in problem):
        target = there
        if here != target:
            return (
                say(L.INDENT_MISMATCH, line=line),
                say(L.INDENT_MISMATCH_HINT, previous=previous_key, other=number, there=_spaces(target), key=key, here=_spaces(here)),
                column,
            )
    return None


def _sibling_item(lines: list[str], line: int) -> tuple[int, int] | None:
    """The list item above ``line`` that it most likely belongs with: (line number, indentation).

    The nearest "- " line above whose indentation is closest to this line's; a slip
    is usually a space or two, so the list it was meant for is the nearest in depth.
    """
    here = _indent(lines[line - 1])
    best = None
    for number in range(line - 1, 0, -1):
        text = lines[number - 1]
        if text.lstrip().startswith("- "):
            distance = abs(_indent(text) - here)
            if best is None or distance < best[0]:
                best = (distance, number, _indent(text))
        if text.strip() and not text.lstrip().startswith(("- ", "#")) and _indent(text) < here - 2:
            break  # left the block the item could belong to
    return (best[1], best[2]) if best else None


def _spaces(count: int) -> str:
    return say(L.SPACES, count=count)


def _syntax_hint(problem: str, source_line: str, column: int) -> str | None:
    if "\t" in source_line[: column + 1] or "tab character" in problem:
        return _TAB_HINT
    if "mapping values are not allowed" in problem:
        return say(L.HINT_COLON)
    if "could not find expected ':'" in problem:
        return say(L.HINT_KEY_VALUE)
    if "did not find expected" in problem and ("]" in problem or "}" in problem):
        return say(L.HINT_BRACKET)
    if "found character that cannot start any token" in problem:
        return say(L.HINT_TOKEN)
    if "expected node content" in problem:
        return say(L.HINT_MISSING_VALUE)
    return None
