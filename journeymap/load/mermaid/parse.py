"""Read one Mermaid journey diagram into plain values that keep their line numbers.

This follows Mermaid's grammar (``user-journey/parser/journey.jison`` and
``journeyDb.ts`` in mermaid-js/mermaid): keywords in any case; ``%%`` comment
lines and ``%%{…}%%`` directives; ``#`` starts a comment to the end of the
line; ``title`` and ``section`` take the text after one whitespace up to
``#``, ``;`` or the end of the line; a task is ``name: score: actor, actor``
where the text after the first ``:`` is split on ``:`` (score, actors) and
the actors on ``,``. ``accTitle: …``, ``accDescr: …`` and ``accDescr { … }``
take their text literally. Entity codes (``#58;``, ``#9829;``, ``#amp;``) are
decoded, as Mermaid does before parsing.

In section and task names ``<br>`` (``<br/>``, ``<br />``) is a line break,
as Mermaid draws it. A task whose comment is exactly ``# not scored`` is a
touchpoint without a score (Mermaid itself has no such thing; the export
writes it so, with a neutral score for Mermaid to draw).

Two places are more lenient than Mermaid, where the intent is plain: ``;``
separates statements (Mermaid rejects it), and ``%%`` after text on a line
starts a comment (Mermaid only allows comments on their own line). Anything
else that Mermaid would reject becomes a :class:`Problem` with its line; the
line is skipped and the rest is still read.
"""

from __future__ import annotations

import html
import math
import re
import unicodedata
from dataclasses import dataclass

from journeymap.i18n import Quoted, say
from journeymap.load.mermaid.blocks import Block, Problem, skip_directive
from journeymap.messages import mermaid as M

_ENTITY = re.compile(r"#([A-Za-z0-9_]+);")
_PLACEHOLDER = re.compile("\x00([0-9]+)\x01")
_TITLE = re.compile(r"title\s(.*)", re.IGNORECASE | re.DOTALL)
_SECTION = re.compile(r"section\s(.*)", re.IGNORECASE | re.DOTALL)
_ACC_TITLE = re.compile(r"acctitle\s*:\s*(.*)", re.IGNORECASE)
_ACC_DESCR = re.compile(r"accdescr\s*:\s*(.*)", re.IGNORECASE)
_ACC_DESCR_BLOCK = re.compile(r"accdescr\s*\{(.*)", re.IGNORECASE)
_COMMENT_LINE = re.compile(r"\s*%%(?!\{).")
_DECIMAL = re.compile(r"[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
_RADIX = re.compile(r"0(?:[xX][0-9a-fA-F]+|[oO][0-7]+|[bB][01]+)")
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)  # Mermaid's own pattern for a line break in a name


@dataclass(frozen=True)
class Task:
    name: str
    score_text: str  # the score as written (trimmed)
    score: float | None  # what JavaScript's Number() makes of it; None for NaN
    actors: tuple[str, ...]
    line: int
    unscored: bool = False  # marked `# not scored`: the score written is only there for Mermaid to draw


@dataclass(frozen=True)
class Section:
    name: str | None  # None: the tasks written before the first `section`
    line: int
    tasks: tuple[Task, ...] = ()


@dataclass(frozen=True)
class Diagram:
    line: int  # the `journey` keyword
    title: str | None
    acc_title: str | None
    acc_descr: str | None
    sections: tuple[Section, ...]
    problems: tuple[Problem, ...]


def js_number(text: str) -> float | None:
    """JavaScript's ``Number(text)``, with None for NaN ("" is 0, "0x10" is 16, "1e0" is 1)."""
    text = text.strip()
    if not text:
        return 0.0
    if _DECIMAL.fullmatch(text):
        return float(text)
    if text.lstrip("+-") == "Infinity":
        return -math.inf if text.startswith("-") else math.inf
    if _RADIX.fullmatch(text):
        return float(int(text, 0))
    return None


def decode_entity(name: str) -> str:
    """Mermaid's entity code ``#name;`` as the character it stands for (unknown ones stay as written)."""
    if name.isdigit():
        code = int(name)
        if 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF:
            return chr(code)
        return f"#{name};"
    decoded = html.unescape(f"&{name};")
    return f"#{name};" if decoded == f"&{name};" else decoded


class _Reader:
    def __init__(self, block: Block):
        self.block = block
        self.problems: list[Problem] = list(block.problems)
        self.title: str | None = None
        self.acc_title: str | None = None
        self.acc_descr: str | None = None
        self.sections: list[tuple[str | None, int, list[Task]]] = []
        self.entities: list[str] = []

    def run(self) -> Diagram:
        lines = self.block.lines
        index = 0
        while index < len(lines):
            number, text = lines[index]
            text = text.replace("\x00", "\ufffd").replace("\x01", "\ufffd")
            stripped = text.strip()
            if stripped.startswith("%%{"):
                index = skip_directive(lines, index)
                continue
            index += 1
            if not stripped or stripped.startswith("%%"):
                continue
            if match := _ACC_TITLE.match(stripped):
                self.acc_title = self._restore(self._protect(match.group(1))).strip() or None
            elif match := _ACC_DESCR.match(stripped):
                self.acc_descr = self._restore(self._protect(match.group(1))).strip() or None
            elif match := _ACC_DESCR_BLOCK.match(stripped):
                index = self._acc_descr_block(number, match.group(1), index)
            else:
                self._statements(number, text)
        sections = tuple(Section(name, line, tuple(tasks)) for name, line, tasks in self.sections)
        title = self.title or self.block.front_title
        return Diagram(self.block.line, title, self.acc_title, self.acc_descr, sections, tuple(self.problems))

    def _acc_descr_block(self, number: int, first: str, index: int) -> int:
        """Read ``accDescr { … }`` up to its ``}``; the text after ``}`` is read as statements."""
        parts, lines = [first], self.block.lines
        while "}" not in parts[-1] and index < len(lines):
            line = lines[index][1]
            index += 1
            if not _COMMENT_LINE.match(line):  # Mermaid drops comment lines before lexing, even here
                parts.append(line)
        text = "\n".join(parts)
        if "}" in text:
            text, rest = text.split("}", 1)
            if rest.strip():
                self._statements(lines[index - 1][0] if len(parts) > 1 else number, rest)
        else:
            self.problems.append(Problem(number, say(M.ACC_DESCR_OPEN)))
        lines_out = [line.strip() for line in self._restore(self._protect(text)).splitlines()]
        self.acc_descr = "\n".join(lines_out).strip() or None
        return index

    def _protect(self, text: str) -> str:
        """Entity codes out of the way of `#` and `;` (Mermaid encodes them before lexing)."""

        def hide(match: re.Match) -> str:
            self.entities.append(decode_entity(match.group(1)))
            return f"\x00{len(self.entities) - 1}\x01"

        return _ENTITY.sub(hide, text)

    def _restore(self, text: str) -> str:
        return _PLACEHOLDER.sub(lambda m: self.entities[int(m.group(1))], text)

    def _statements(self, number: int, text: str) -> None:
        text = self._protect(text)
        comment = ""
        cut = [i for i in (text.find("#"), text.find("%%")) if i >= 0]
        if cut:
            if text.find("#") == min(cut):
                comment = text[min(cut) + 1 :].strip()
            text = text[: min(cut)]
        statements = [s.strip() for s in text.split(";") if s.strip()]
        for index, statement in enumerate(statements):
            # A comment belongs to the statement it ends.
            self._statement(number, statement, comment if index == len(statements) - 1 else "")

    def _statement(self, number: int, text: str, comment: str = "") -> None:
        shown = self._restore(text)
        word = text.split(":", 1)[0].strip().lower()
        if text.lower() == "journey":
            self._problem(number, M.SECOND_JOURNEY)
        elif match := _TITLE.match(text):
            title = self._restore(match.group(1)).strip()
            if title:
                self.title = title
            else:
                self._problem(number, M.TITLE_EMPTY)
        elif match := _SECTION.match(text):
            self._section(number, match.group(1))
        elif word in ("title", "section") and ":" in text and js_number(text.split(":")[1]) is None:
            # `Title: 3: Me` is a task named Title, but `Title: My day` is a YAML habit
            rest = shown.split(":", 1)[1].strip()
            self._problem(number, M.KEYWORD_COLON, line=shown, keyword=word, rest=rest)
        elif ":" not in text:
            if word in ("title", "section"):
                self._problem(number, M.KEYWORD_EMPTY, line=shown)
            else:
                self._problem(number, M.NOT_A_TASK, line=shown)
        else:
            self._task(number, text, comment == M.NOT_SCORED_MARK)

    def _section(self, number: int, text: str) -> None:
        name = text
        if ":" in text:
            name = text.split(":", 1)[0]
            self._problem(number, M.SECTION_COLON, section=Quoted(self._name(name)))
        name = self._name(name)
        if not name:
            self._problem(number, M.SECTION_EMPTY)
            return
        self.sections.append((name, number, []))

    def _name(self, text: str) -> str:
        """A section or task name: entity codes decoded, ``<br>`` a line break, blanks trimmed."""
        # Mermaid splits the name it draws before entity codes are decoded: `#60;br>` stays text.
        return "\n".join(self._restore(line).strip() for line in _BREAK.split(text.strip()))

    def _task(self, number: int, text: str, unscored: bool = False) -> None:
        name, data = text.split(":", 1)
        name = self._name(name)
        if not name:
            self._problem(number, M.TASK_NO_NAME)
            return
        pieces = data.split(":")
        score_text = pieces[0].strip()
        actors: tuple[str, ...] = ()
        if len(pieces) > 1:
            actors = tuple(a for a in (self._restore(p).strip() for p in pieces[1].split(",")) if a)
        if len(pieces) > 2:
            ignored = self._restore(":".join(pieces[2:])).strip()
            self._problem(number, M.TASK_EXTRA, task=Quoted(name), ignored=ignored)
        if not self.sections:
            self.sections.append((None, number, []))
        # An entity code in a score is not a number to Mermaid either.
        score = None if _PLACEHOLDER.search(score_text) else js_number(score_text)
        task = Task(name, self._restore(score_text), score, actors, number, unscored)
        self.sections[-1][2].append(task)

    def _problem(self, number: int, template, **params) -> None:
        self.problems.append(Problem(number, say(template, **params)))


def parse_block(block: Block) -> Diagram:
    return _Reader(block).run()


def full_width_digits(text: str) -> bool:
    """Whether ``text`` is a number once full-width digits become ASCII (a Japanese IME slip)."""
    normal = unicodedata.normalize("NFKC", text)
    return normal != text and js_number(normal) is not None
