"""Find the Mermaid journey diagrams in a file: a bare ``.mmd`` diagram, or the diagrams of a document.

A document holds Mermaid diagrams in any of the ways people write them:

- Markdown fences: ```` ```mermaid ````, ``~~~mermaid`` (also ``{.mermaid}``);
- Azure DevOps wiki blocks: ``::: mermaid`` … ``:::``;
- HTML elements: ``<pre class="mermaid">`` and ``<div class="mermaid">`` (their text is
  HTML, so ``&lt;`` and friends are decoded, as Mermaid does);
- reStructuredText directives: ``.. mermaid::`` and ``.. code:: mermaid`` (or
  ``code-block``/``sourcecode``), with an indented body.

Other fenced code (a ```` ```html ```` example of a ``<pre class="mermaid">``) is
skipped. A file holding at least one of these is read as a document and every
block whose diagram is a ``journey`` counts, in order; any other file is one
diagram. Before the ``journey`` keyword a diagram may have YAML front matter
(``---`` … ``---``, whose ``title:`` Mermaid uses), ``%%{init: …}%%``
directives, ``%%`` comments and blank lines, as Mermaid allows.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from journeymap.i18n import say
from journeymap.messages import cli as C
from journeymap.messages import mermaid as M

Line = tuple[int, str]  # (1-based line number in the file, text)

_FENCE = re.compile(r"^\s*(`{3,}|~{3,})\s*\{?\s*\.?([^\s`{}]*)")
_COLONS_OPEN = re.compile(r"^\s*:{3,}\s*mermaid\s*$", re.IGNORECASE)
_COLONS_CLOSE = re.compile(r"^\s*:{3,}\s*$")
_RST = re.compile(r"^(\s*)\.\.\s+(?:mermaid::|(?:code|code-block|sourcecode)::\s*mermaid)\s*$", re.IGNORECASE)
_RST_OPTION = re.compile(r"^\s*:[\w-]+:")
_HTML_OPEN = re.compile(r"<(pre|div)\b[^>]*?\bclass\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s>]+)[^>]*>", re.IGNORECASE)
_JOURNEY = re.compile(r"\s*journey(?=$|[\s;#%])", re.IGNORECASE)


@dataclass(frozen=True)
class Problem:
    line: int
    message: str  # a catalogue message (journeymap.i18n.Msg)


@dataclass(frozen=True)
class Block:
    """One journey diagram: the lines after its ``journey`` keyword (the rest of that line first)."""

    line: int  # where the `journey` keyword is
    lines: tuple[Line, ...]
    front_title: str | None = None
    problems: tuple[Problem, ...] = ()


@dataclass(frozen=True)
class Found:
    journeys: tuple[Block, ...]
    document: bool  # the file was read as a document holding diagrams (Markdown, HTML, reST)
    mermaid_blocks: int  # Mermaid blocks of any diagram type (documents only)


def find_journeys(text: str) -> Found:
    lines = list(enumerate(text.lstrip("\ufeff").splitlines(), start=1))
    blocks = mermaid_blocks(lines)
    if not blocks:
        block = journey_block(lines)
        return Found((block,) if block else (), False, 0)
    journeys = tuple(b for b in (journey_block(content) for content in blocks) if b is not None)
    return Found(journeys, True, len(blocks))


def mermaid_blocks(lines: list[Line]) -> list[list[Line]]:
    """The contents of every Mermaid block of a document, in order (none: the file is not one)."""
    found: list[list[Line]] = []
    index = 0
    while index < len(lines):
        number, text = lines[index]
        if match := _FENCE.match(text):
            fence, info = match.group(1), match.group(2).lower()
            closing = re.compile(r"^\s*" + re.escape(fence[0]) + "{" + str(len(fence)) + r",}\s*$")
            end = _first(lines, index + 1, lambda line: closing.match(line))
            if info == "mermaid":
                found.append(lines[index + 1 : end])  # an unclosed fence runs to the end, as in CommonMark
            index = end + 1
        elif _COLONS_OPEN.match(text):
            end = _first(lines, index + 1, _COLONS_CLOSE.match)
            found.append(lines[index + 1 : end])
            index = end + 1
        elif match := _RST.match(text):
            index = _rst_body(lines, index + 1, len(match.group(1).expandtabs()), found)
        elif match := _mermaid_element(text):
            index = _element_body(lines, index, match, found)
        else:
            index += 1
    return found


def _first(lines: list[Line], start: int, test) -> int:
    """The index of the first line from ``start`` that passes ``test`` (or the end)."""
    index = start
    while index < len(lines) and not test(lines[index][1]):
        index += 1
    return index


def _rst_body(lines: list[Line], index: int, indent: int, found: list) -> int:
    """The indented body of a reST directive (after its options); returns the index after it."""
    while index < len(lines) and _RST_OPTION.match(lines[index][1]):
        index += 1
    body = []
    while index < len(lines):
        text = lines[index][1]
        if text.strip() and len(text.expandtabs()) - len(text.expandtabs().lstrip()) <= indent:
            break
        body.append(lines[index])
        index += 1
    if any(text.strip() for _, text in body):
        found.append(body)
    return index


def _mermaid_element(text: str) -> re.Match | None:
    for match in _HTML_OPEN.finditer(text):
        classes = match.group(2).strip("\"'").lower().split()
        if "mermaid" in classes:
            return match
    return None


def _element_body(lines: list[Line], index: int, match: re.Match, found: list) -> int:
    """The text of a ``<pre class="mermaid">`` (or div) element, HTML-decoded; returns the next index."""
    closing = re.compile(r"</" + match.group(1) + r"\s*>", re.IGNORECASE)
    number, text = lines[index]
    rest = text[match.end() :]
    body: list[Line] = []
    while True:
        end = closing.search(rest)
        if end:
            body.append((number, rest[: end.start()]))
            break
        body.append((number, rest))
        index += 1
        if index >= len(lines):
            break
        number, rest = lines[index]
    found.append([(n, html.unescape(t)) for n, t in body])
    return index + 1


def skip_directive(lines: list[Line] | tuple[Line, ...], index: int) -> int:
    """The index after a ``%%{ … }%%`` directive starting at ``index`` (which may span lines)."""
    end = index
    while end < len(lines) and "}%%" not in lines[end][1]:
        end += 1
    return end + 1 if end < len(lines) else index + 1


def journey_block(lines: list[Line]) -> Block | None:
    """The journey diagram in ``lines``, or None when they hold another kind of diagram (or none)."""
    problems: list[Problem] = []
    front_title = None
    index = _skip_blank(lines, 0)
    if index < len(lines) and lines[index][1].strip() == "---":
        end = index + 1
        while end < len(lines) and lines[end][1].strip() != "---":
            end += 1
        if end < len(lines):
            front_title = _front_matter_title(lines[index + 1 : end], problems)
            index = end + 1
    while True:
        index = _skip_blank(lines, index)
        if index >= len(lines):
            return None
        stripped = lines[index][1].lstrip()
        if stripped.startswith("%%{"):
            index = skip_directive(lines, index)
        elif stripped.startswith("%%"):
            index += 1
        else:
            break
    number, text = lines[index]
    match = _JOURNEY.match(text)
    if not match:
        return None
    rest = (number, text[match.end() :])
    return Block(number, (rest, *lines[index + 1 :]), front_title, tuple(problems))


def _skip_blank(lines, index: int) -> int:
    while index < len(lines) and not lines[index][1].strip():
        index += 1
    return index


def _front_matter_title(lines: list[Line], problems: list[Problem]) -> str | None:
    """``title:`` from YAML front matter, read with the project's safe composer."""
    from journeymap.load.compose import MAPPING, SCALAR, compose

    if not lines:
        return None
    first = lines[0][0]
    composed = compose("\n".join(text for _, text in lines) + "\n", "<front matter>")
    if composed.root is None:
        line = first - 1 + (composed.findings[0].line if composed.findings else 1)
        problems.append(Problem(line, say(M.FRONT_MATTER_INVALID)))
        return None
    if composed.root.kind != MAPPING:
        return None
    for key, value in composed.root.value:
        if key.value == "title" and value.kind == SCALAR and str(value.value).strip():
            return str(value.value).strip()
    return None


class DiagramFileError(ValueError):
    """A diagram file that cannot be read: missing, a folder, too large, not UTF-8 (exit code 2)."""

    def __init__(self, template, **params):
        self.message = say(template, **params)
        super().__init__(str(self.message))


def read_diagram_file(path: str) -> str:
    """The text of a .mmd, Markdown, HTML or reST file, read as every file is (regular files, size-capped)."""
    import os

    from journeymap.load.source import DEFAULT_MAX_BYTES, FileTooLarge, read_limited

    if not os.path.exists(path):
        raise DiagramFileError(C.NO_SUCH_FILE, path=path)
    if os.path.isdir(path):
        raise DiagramFileError(C.DIAGRAM_IS_DIRECTORY, path=path)
    try:
        data = read_limited(path, DEFAULT_MAX_BYTES)
    except FileTooLarge:
        raise DiagramFileError(C.DIAGRAM_TOO_LARGE, path=path, limit=DEFAULT_MAX_BYTES // (1024 * 1024)) from None
    except OSError as exc:
        raise DiagramFileError(C.CANNOT_READ, path=path, reason=exc.strerror or str(exc)) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise DiagramFileError(C.DIAGRAM_NOT_UTF8, path=path) from None
