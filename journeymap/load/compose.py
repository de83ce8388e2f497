"""Compose YAML text into nodes that keep their positions, safely.

We read libyaml's event stream (PyYAML's C parser) and build the node tree
ourselves instead of calling ``yaml.compose``:

* libyaml's composer recurses in C: 100,000 nested brackets crash the
  interpreter, and 10,000 take half a second. Here depth is bounded and the
  document is refused at the first bracket too deep.
* an alias keeps the position of the alias itself, and the total number of
  nodes reached through aliases is bounded, so an alias bomb stops early;
* duplicate keys are found at their second occurrence, naming the first;
* only the core-schema tags are accepted; nothing is ever constructed from a
  tag, so ``!!python/object/apply`` cannot run code.

Scalars are resolved with the YAML 1.1 rules PyYAML uses (so that anything
``yaml.safe_dump`` writes loads back the same), except that timestamps stay
text. This is linear in the size of the file.
"""

from __future__ import annotations

import re

import yaml

from journeymap.findings import Finding, Span
from journeymap.i18n import say
from journeymap.load.structural import error
from journeymap.messages import load as L
from journeymap.suggest import full_width_problem

MAX_DEPTH = 64
ALIAS_BUDGET = 100_000

SCALAR, SEQUENCE, MAPPING = "scalar", "sequence", "mapping"
_DEPTH_MESSAGE = say(L.TOO_DEEP, depth=MAX_DEPTH)
_DEPTH_HINT = say(L.TOO_DEEP_HINT)

STR, INT, FLOAT, BOOL, NULL = "str", "int", "float", "bool", "null"
MERGE = "merge"  # an unquoted << key
FORBIDDEN = "forbidden"  # a node whose tag was refused; already reported, never read

_CORE = "tag:yaml.org,2002:"
_ALLOWED_TAGS = {
    _CORE + "str": STR,
    _CORE + "int": INT,
    _CORE + "float": FLOAT,
    _CORE + "bool": BOOL,
    _CORE + "null": NULL,
    _CORE + "seq": SEQUENCE,
    _CORE + "map": MAPPING,
    "!": STR,
}

# The YAML 1.1 implicit resolvers PyYAML registers, minus timestamps (kept as text).
_BOOL_WORDS = frozenset("yes Yes YES no No NO true True TRUE false False FALSE on On ON off Off OFF".split())
_NULL_WORDS = frozenset(["", "~", "null", "Null", "NULL"])
_WORDS = _BOOL_WORDS | _NULL_WORDS
_INT = re.compile(
    r"""^(?:[-+]?0b[0-1_]+
    |[-+]?0[0-7_]+
    |[-+]?(?:0|[1-9][0-9_]*)
    |[-+]?0x[0-9a-fA-F_]+
    |[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$""",
    re.X,
)
_FLOAT = re.compile(
    r"""^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?
    |\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?
    |[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*
    |[-+]?\.(?:inf|Inf|INF)
    |\.(?:nan|NaN|NAN))$""",
    re.X,
)
_NUMERIC_START = frozenset("0123456789+-.")
# Plain scalars starting with anything else are text (unless they are a boolean word):
# the composer skips the resolver for them.
_SPECIAL_START = frozenset("0123456789+-.~<") | frozenset([""])


class Node:
    """A composed YAML node with a 1-based span.

    ``value`` is the scalar text, a list of nodes, or a list of (key, value)
    node pairs.
    """

    __slots__ = ("kind", "tag", "value", "line", "column", "end_line", "end_column", "dropped")

    def __init__(self, kind, tag, value, start, end):
        self.kind = kind
        self.tag = tag
        self.value = value
        # The one place where libyaml's 0-based marks become 1-based positions. (Keeping the
        # marks and converting on demand saved ~4% of loading but held 28 MB more at
        # 10,000 touchpoints: not worth it.)
        self.line = start.line + 1
        self.column = start.column + 1
        self.end_line = end.line + 1
        self.end_column = end.column + 1
        self.dropped = 0  # duplicate keys removed from this mapping (already reported)

    def span(self, path: str) -> Span:
        return Span(path, self.line, self.column, self.end_line, self.end_column)

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"Node({self.kind}, {self.tag}, line {self.line})"


def resolve_plain(value: str) -> str:
    """The tag of an untagged plain scalar under PyYAML's YAML 1.1 rules (timestamps excepted)."""
    if value in _NULL_WORDS:
        return NULL
    if value == "<<":
        return MERGE
    first = value[0]
    if first in _NUMERIC_START:
        if _INT.match(value):
            return INT
        if _FLOAT.match(value):
            return FLOAT
        return STR
    if value in _BOOL_WORDS:
        return BOOL
    return STR


class ComposeResult:
    __slots__ = ("root", "findings")

    def __init__(self, root: Node | None, findings: list[Finding]):
        self.root = root
        self.findings = findings


def compose(text: str, path: str) -> ComposeResult:
    """Compose the single document in ``text``; problems become findings, never exceptions."""
    findings: list[Finding] = []
    try:
        root = _Composer(text, path, findings).run()
    except _Abort:
        root = None
    except yaml.YAMLError as exc:
        if _NESTING_LIMIT in str(getattr(exc, "problem", "")):
            findings[:] = _too_deep(exc, text, path)  # what composing saw so far, and more
        else:
            findings.append(_syntax_finding(exc, path, text))
        root = None
    return ComposeResult(root, findings)


# libyaml 0.2.6 (bundled with PyYAML 6.0.4) stops nesting itself at 1,000 levels, and its
# scanner reads a line of brackets ahead before the first event: the error then comes
# before our own limit could see the 65th level.
_NESTING_LIMIT = "maximum nesting depth"


def _too_deep(exc: yaml.YAMLError, text: str, path: str) -> list[Finding]:
    """E109 at the first level too deep, wherever libyaml noticed the depth.

    The text before libyaml's mark holds fewer than its limit of levels but more than
    ours, so composing that prefix stops at our limit, at the right bracket (after any
    duplicate key or refused tag on the way, as with a libyaml that has no limit).
    """
    mark = exc.problem_mark
    start = 0
    for _ in range(mark.line):
        start = text.index("\n", start) + 1
    prefix = text[: start + mark.column]
    findings: list[Finding] = []
    try:
        _Composer(prefix, path, findings).run()
    except _Abort:
        pass
    except yaml.YAMLError as earlier:
        # The text is broken before it is too deep (older libyaml reports that, too).
        return findings + [_syntax_finding(earlier, path, text)]
    if findings and findings[-1].code == "E109":
        return findings
    line, column = mark.line + 1, mark.column + 1
    return findings + [error(Span(path, line, column, line, column + 1), "E109", _DEPTH_MESSAGE, _DEPTH_HINT)]


class _Abort(Exception):
    """The document cannot be composed any further; the finding is already recorded."""


class _Composer:
    def __init__(self, text: str, path: str, findings: list[Finding]):
        self.loader = yaml.CSafeLoader(text)
        self.path = path
        self.findings = findings
        self.anchors: dict[str, Node] = {}
        self.expanded = 0
        self._sizes: dict[int, int] = {}

    def fail(self, mark, code: str, message: str, hint: str | None = None) -> None:
        line, column = mark.line + 1, mark.column + 1
        self.findings.append(error(Span(self.path, line, column, line, column + 1), code, message, hint))

    def run(self) -> Node | None:
        try:
            return self._stream()
        finally:
            self.loader.dispose()

    def _stream(self) -> Node | None:
        get = self.loader.get_event
        get()  # StreamStartEvent
        event = get()
        if isinstance(event, yaml.StreamEndEvent):
            return None
        root = self._document(get)
        event = get()
        if isinstance(event, yaml.DocumentStartEvent):
            self.fail(
                event.start_mark,
                "E113",
                say(L.SEVERAL_DOCUMENTS),
                say(L.SEVERAL_DOCUMENTS_HINT),
            )
        return root

    def _document(self, get) -> Node | None:
        # Iterative: a stack of open collections instead of recursion. Each entry is
        # [node, pending key (mappings), anchor]. This loop runs once per YAML event, so
        # it keeps to local names and leaves node sizes to be counted only for aliases.
        stack: list[list] = []
        push, pop = stack.append, stack.pop
        root = None
        ScalarEvent, AliasEvent = yaml.ScalarEvent, yaml.AliasEvent
        MappingStartEvent, SequenceStartEvent = yaml.MappingStartEvent, yaml.SequenceStartEvent
        MappingEndEvent, SequenceEndEvent = yaml.MappingEndEvent, yaml.SequenceEndEvent
        special = _SPECIAL_START
        while True:
            event = get()
            cls = type(event)
            if cls is ScalarEvent:
                tag = event.tag
                value = event.value
                if tag is None and event.implicit[0]:
                    if value[:1] in special or value in _WORDS:
                        kind_tag = resolve_plain(value)
                        if kind_tag is MERGE and not (stack and stack[-1][0].kind is MAPPING and stack[-1][1] is None):
                            kind_tag = STR  # << is only a merge key in key position
                    else:
                        kind_tag = STR
                elif tag is None or tag == "!":
                    kind_tag = STR
                else:
                    kind_tag = self._checked_tag(tag, event, SCALAR)
                node = Node(SCALAR, kind_tag, value, event.start_mark, event.end_mark)
                if event.anchor is not None:
                    self._anchor(event.anchor, node)
            elif cls is MappingStartEvent or cls is SequenceStartEvent:
                if len(stack) >= MAX_DEPTH:
                    self.fail(event.start_mark, "E109", _DEPTH_MESSAGE, _DEPTH_HINT)
                    raise _Abort
                kind = MAPPING if cls is MappingStartEvent else SEQUENCE
                tag = event.tag
                node_tag = kind
                if tag is not None and tag != "!":
                    node_tag = self._checked_tag(tag, event, kind)
                push([Node(kind, node_tag, [], event.start_mark, event.start_mark), None, event.anchor])
                continue
            elif cls is MappingEndEvent or cls is SequenceEndEvent:
                node, _, anchor = pop()
                end = event.end_mark
                node.end_line, node.end_column = end.line + 1, end.column + 1
                if node.kind is MAPPING:
                    self._check_duplicates(node)
                if anchor is not None:
                    self._anchor(anchor, node)
            elif cls is AliasEvent:
                node = self.anchors.get(event.anchor)
                if node is None:
                    self.fail(event.start_mark, "E100", say(L.UNDEFINED_ALIAS, alias=event.anchor), say(L.HINT_MISSING_VALUE))
                    raise _Abort
                self.expanded += self._size(node)
                if self.expanded > ALIAS_BUDGET:
                    self.fail(
                        event.start_mark,
                        "E109",
                        say(L.ALIAS_BOMB, budget=f"{ALIAS_BUDGET:,}"),
                        say(L.ALIAS_BOMB_HINT),
                    )
                    raise _Abort
            else:  # DocumentStartEvent / DocumentEndEvent
                if root is not None:
                    return root
                continue
            if not stack:
                root = node
                continue
            top = stack[-1]
            parent = top[0]
            if parent.kind is SEQUENCE:
                parent.value.append(node)
            elif top[1] is None:
                top[1] = node
            else:
                parent.value.append((top[1], node))
                top[1] = None

    def _size(self, node: Node) -> int:
        """Nodes under ``node``, aliases expanded; each distinct node counted once (memoised),
        so even the size of an alias bomb is found in time linear in the file."""
        sizes = self._sizes
        if id(node) in sizes:
            return sizes[id(node)]
        order, todo = [], [node]
        while todo:
            current = todo.pop()
            if id(current) in sizes:
                continue
            order.append(current)
            if current.kind is SEQUENCE:
                todo.extend(current.value)
            elif current.kind is MAPPING:
                for key, value in current.value:
                    todo.append(key)
                    todo.append(value)
        for current in reversed(order):
            total = 1
            if current.kind is SEQUENCE:
                total += sum(sizes.get(id(child), 1) for child in current.value)
            elif current.kind is MAPPING:
                total += sum(sizes.get(id(k), 1) + sizes.get(id(v), 1) for k, v in current.value)
            sizes[id(current)] = total
        return sizes[id(node)]

    def _anchor(self, name: str, node: Node) -> None:
        self.anchors[name] = node

    def _checked_tag(self, tag: str, event, kind: str) -> str:
        known = _ALLOWED_TAGS.get(tag)
        if known is not None and (kind == SCALAR) == (known not in (SEQUENCE, MAPPING)):
            return known
        shown = "!!" + tag[len(_CORE):] if tag.startswith(_CORE) else tag
        self.fail(
            event.start_mark,
            "E109",
            say(L.FORBIDDEN_TAG, tag=shown),
            say(L.FORBIDDEN_TAG_HINT),
        )
        return FORBIDDEN

    def _check_duplicates(self, node: Node) -> None:
        pairs = node.value
        try:
            names = {key.value for key, _ in pairs}
        except TypeError:  # a key that is a list or a mapping
            names = None
        if names is not None and len(names) == len(pairs) and "<<" not in names:
            return  # the usual case, decided without a Python loop
        seen: dict[str, Node] = {}
        kept = []
        for key, value in node.value:
            if key.kind == SCALAR:
                if key.tag == MERGE:
                    self.findings.append(
                        error(
                            key.span(self.path),
                            "E109",
                            say(L.MERGE_KEY),
                            say(L.MERGE_KEY_HINT),
                        )
                    )
                    continue
                first = seen.get(key.value)
                if first is not None:
                    node.dropped += 1
                    if key.value == "id":
                        hint = say(L.DUPLICATE_ID_HINT)
                    else:
                        hint = say(L.DUPLICATE_KEY_HINT)
                    self.findings.append(
                        error(
                            key.span(self.path),
                            "E101",
                            say(L.DUPLICATE_KEY, key=key.value, line=first.line),
                            hint,
                        )
                    )
                    continue
                seen[key.value] = key
            kept.append((key, value))
        node.value = kept


def _unacceptable_character(exc, path: str, text: str) -> Finding:
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


def _syntax_finding(exc: yaml.YAMLError, path: str, text: str) -> Finding:
    if isinstance(exc, yaml.reader.ReaderError) and isinstance(exc.character, int):
        return _unacceptable_character(exc, path, text)
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
