"""Find the Mermaid journey diagrams in a file: a bare ``.mmd`` diagram or Markdown fences.

A file holding at least one fenced ```` ```mermaid ```` (or ``~~~mermaid``)
block is read as Markdown and every such block whose diagram is a
``journey`` counts, in order; any other file is one diagram. Before the
``journey`` keyword a diagram may have YAML front matter (``---`` … ``---``,
whose ``title:`` Mermaid uses), ``%%{init: …}%%`` directives, ``%%``
comments and blank lines, as Mermaid allows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from journeymap.i18n import say
from journeymap.messages import cli as C

Line = tuple[int, str]  # (1-based line number in the file, text)

_FENCE = re.compile(r"^\s*(`{3,}|~{3,})\s*\{?\s*([^\s`{}]*)")
_JOURNEY = re.compile(r"\s*journey(?=$|[\s;#%])", re.IGNORECASE)


@dataclass(frozen=True)
class Problem:
    line: int
    message: str


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
    markdown: bool  # the file was read as Markdown
    mermaid_blocks: int  # fenced mermaid blocks of any diagram type (Markdown only)


def find_journeys(text: str) -> Found:
    lines = list(enumerate(text.lstrip("\ufeff").splitlines(), start=1))
    fenced = _mermaid_fences(lines)
    if not fenced:
        block = journey_block(lines)
        return Found((block,) if block else (), False, 0)
    blocks = tuple(b for b in (journey_block(content) for content in fenced) if b is not None)
    return Found(blocks, True, len(fenced))


def _mermaid_fences(lines: list[Line]) -> list[list[Line]]:
    """The contents of every fenced code block whose info string is ``mermaid``."""
    found = []
    index = 0
    while index < len(lines):
        match = _FENCE.match(lines[index][1])
        if not match:
            index += 1
            continue
        fence, info = match.group(1), match.group(2).lower()
        closing = re.compile(r"^\s*" + re.escape(fence[0]) + "{" + str(len(fence)) + r",}\s*$")
        end = index + 1
        while end < len(lines) and not closing.match(lines[end][1]):
            end += 1
        if info == "mermaid":
            found.append(lines[index + 1 : end])  # an unclosed fence runs to the end, as in CommonMark
        index = end + 1
    return found


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
        problems.append(Problem(line, "the front matter is not valid YAML; its title (if any) is ignored"))
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
    """The text of a .mmd or Markdown file, read as every file is (regular files, size-capped)."""
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
