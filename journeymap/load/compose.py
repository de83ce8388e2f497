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

Over 300 lines on purpose: one loop runs once per YAML event, and its safety checks
(depth, aliases, tags, duplicate keys) share its state; split apart, every event would
pay for the indirection.
"""

from __future__ import annotations

import yaml

from journeymap.findings import Finding, Span
from journeymap.i18n import say
from journeymap.load.scalars import BOOL, FLOAT, INT, MERGE, NULL, SPECIAL_START, STR, WORDS, resolve_plain
from journeymap.load.structural import error
from journeymap.load.syntax import syntax_finding
from journeymap.messages import load as L

MAX_DEPTH = 64
ALIAS_BUDGET = 100_000

SCALAR, SEQUENCE, MAPPING = "scalar", "sequence", "mapping"
_DEPTH_MESSAGE = say(L.TOO_DEEP, depth=MAX_DEPTH)
_DEPTH_HINT = say(L.TOO_DEEP_HINT)

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
            findings.append(syntax_finding(exc, path, text))
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
        return findings + [syntax_finding(earlier, path, text)]
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
        special = SPECIAL_START
        while True:
            event = get()
            cls = type(event)
            if cls is ScalarEvent:
                tag = event.tag
                value = event.value
                if tag is None and event.implicit[0]:
                    if value[:1] in special or value in WORDS:
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


