"""Turn composed nodes into the typed model, reporting every structural problem.

The walk is driven by the tables in :mod:`journeymap.load.spec`; it never stops at
the first problem. Objects that lack a required field are left out of the
model (the finding says why), everything else is still checked.
"""

from __future__ import annotations

import math
import re
import unicodedata
from typing import Callable

from journeymap.findings import Finding, Span
from journeymap.load import spec as S
from journeymap.load.compose import BOOL, FLOAT, FORBIDDEN, INT, MAPPING, MERGE, NULL, SCALAR, SEQUENCE, STR, Node
from journeymap.load.structural import error
from journeymap.model import Codes, Emotion, Evidence, Journey, Persona, Scale, Score, Stage, Touchpoint
from journeymap.phases import PHASE_IDS, infer_phase, phase_for_label
from journeymap.suggest import closest, full_width_problem, quoted_list, slugify

_INVALID = object()
# What to type instead, for each shape a value can have the wrong kind of.
_SHAPE_HINTS = {
    "a mapping of 'key: value' lines": "write its fields as `key: value` lines, indented under it (for example `id: checkout`, then `name: Checkout`)",
    "text or a list of texts": "write one text after the colon, or a list with one '- ' line per item",
    "text": "write the text after the colon; put it in quotes if it looks like a number or starts with [ or {",
}
_SLUG = re.compile(S.SLUG_PATTERN)
_CODE = re.compile(S.CODE_PATTERN)
_KEY_LIKE = re.compile(r"^[A-Za-z_][A-Za-z0-9_-]*$")
_LARGEST_FLOAT = int(1.7976931348623157e308)
_TEXT_TAGS = (STR, MERGE)

# persona ref text, the span of its value -> the persona, or None (findings already recorded)
RefResolver = Callable[[str, Span], "Persona | None"]


def describe(node: Node) -> str:
    """How a message names what the user wrote instead."""
    if node.kind == SEQUENCE:
        return "a list"
    if node.kind == MAPPING:
        return "a mapping"
    if node.tag in (INT, FLOAT):
        return f"the number {node.value}"
    if node.tag == BOOL:
        return f"the boolean {node.value}"
    if node.tag == NULL:
        return "nothing (null)"
    return f"the text '{node.value}'"


def to_int(text: str) -> int:
    """YAML 1.1 integer text to int, as PyYAML reads it."""
    digits = text.replace("_", "")
    sign = -1 if digits[0] == "-" else 1
    if digits[0] in "+-":
        digits = digits[1:]
    if digits == "0":
        return 0
    if digits.startswith("0b"):
        return sign * int(digits[2:], 2)
    if digits.startswith("0x"):
        return sign * int(digits[2:], 16)
    if ":" in digits:
        value = 0
        for part in digits.split(":"):
            value = value * 60 + int(part)
        return sign * value
    if digits[0] == "0":
        return sign * int(digits, 8)
    return sign * int(digits)


def to_float(text: str) -> float:
    """YAML 1.1 float text to float, as PyYAML reads it."""
    digits = text.replace("_", "").lower()
    sign = -1.0 if digits[0] == "-" else 1.0
    if digits[0] in "+-":
        digits = digits[1:]
    if digits == ".inf":
        return sign * math.inf
    if digits == ".nan":
        return math.nan
    if ":" in digits:
        value = 0.0
        for part in digits.split(":"):
            value = value * 60 + float(part)
        return sign * value
    return sign * float(digits)


def number_of(node: Node):
    """The int or float a scalar node resolved as, or None when its digits do not make a number.

    YAML 1.1's patterns accept texts such as `0b_` or `0x_` (underscores, no digits);
    they are treated as text that is not a number rather than crashing the reader.
    """
    try:
        if node.tag == INT:
            return to_int(node.value)
        if node.tag == FLOAT:
            return to_float(node.value)
    except ValueError:
        return None
    return None


def plain(node: Node):
    """A node as plain Python data (for x- extension fields)."""
    if node.kind == SEQUENCE:
        return [plain(item) for item in node.value]
    if node.kind == MAPPING:
        return {key.value: plain(value) for key, value in node.value}
    if node.tag in (INT, FLOAT):
        number = number_of(node)
        return node.value if number is None else number
    if node.tag == BOOL:
        return node.value.lower() in ("yes", "true", "on")
    if node.tag == NULL:
        return None
    return node.value


class Builder:
    """Builds one file's model; findings accumulate in ``findings``."""

    def __init__(self, path: str, findings: list[Finding], resolve_ref: RefResolver | None = None):
        self.path = path
        self.findings = findings
        self.resolve_ref = resolve_ref
        self._marker_span: Span | None = None
        # False once a persona could not be built: scores naming it are then not "unknown".
        self.personas_complete = True
        self._fields = {name: {f.name: f for f in o.fields} for name, o in S.OBJECTS_BY_NAME.items()}
        self._convert = {
            S.VERSION: self._version,
            S.TEXT: self._text,
            S.TEXTS: self._texts,
            S.SLUG: self._slug,
            S.NUMBER: self._number,
            S.COUNT: self._count,
            S.EMOTION: self._emotion,
            S.CHOICE: self._choice,
            S.CHOICES: self._choices,
            S.CODES: self._codes,
            S.OBJECT: self._object,
            S.OBJECTS: self._objects,
            S.OBJECT_OR_OBJECTS: self._object_or_objects,
            S.PERSONAS: self._personas,
        }
        self._construct = {
            "Journey": self._make_journey,
            "Scale": lambda values, span: Scale(values["min"], values["max"], span),
            "Persona": lambda values, span: Persona(**values, span=span),
            "Stage": self._make_stage,
            "Touchpoint": lambda values, span: Touchpoint(**values, span=span),
            "Evidence": lambda values, span: Evidence(**values, span=span),
        }

    # -- entry points -------------------------------------------------------

    def journey(self, root: Node) -> Journey | None:
        marker = next((key for key, _ in root.value if key.value == "journeymap"), None)
        self._marker_span = marker.span(self.path) if marker is not None else None
        return self.build(root, S.JOURNEY)

    def build(self, node: Node, spec: S.ObjectSpec):
        """One object of ``spec`` from a mapping node, or None when it cannot be built."""
        read = self._read_mapping(node, spec)
        if read is None:
            return None
        values, extensions, complete = read
        if not complete:
            return None
        if extensions:
            values["extensions"] = tuple(extensions)
        return self._construct[spec.name](values, node.span(self.path))

    # -- reporting ----------------------------------------------------------

    def _error(self, node: Node, code: str, message: str, hint: str | None = None) -> None:
        self.findings.append(error(node.span(self.path), code, message, hint))

    def _wrong_type(self, node: Node, what: str, expected: str, hint: str | None = None) -> None:
        self._error(node, "E103", f"{what} must be {expected}, not {describe(node)}", hint or _SHAPE_HINTS.get(expected))

    # -- mappings -----------------------------------------------------------


    def _read_mapping(self, node: Node, spec: S.ObjectSpec, label: str | None = None):
        """(values, extensions, complete) for a mapping of ``spec``; None if it is not a mapping."""
        if node.kind is not MAPPING:
            if node.tag != FORBIDDEN:
                label = label or f"a {spec.label}"
                self._wrong_type(node, label[0].upper() + label[1:], "a mapping of 'key: value' lines")
            return None
        fields = self._fields[spec.name]
        values: dict = {}
        extensions: list = []
        present: set[str] = set()
        complete = True
        for key, value in node.value:
            if key.kind != SCALAR or key.tag not in _TEXT_TAGS:
                self._error(key, "E103", f"keys must be text, not {describe(key)}")
                continue
            name = key.value
            field = fields.get(name)
            if field is None:
                if name.startswith(S.EXTENSION_PREFIX):
                    extensions.append((name, plain(value)))
                else:
                    self._unknown_field(key, spec, value)
                continue
            present.add(name)
            if field.kind is S.TEXT and value.tag is STR and (not field.required or value.value.strip()):
                values[name] = value.value  # the common case, without a converter call
                continue
            if value.tag == FORBIDDEN:
                complete = complete and not field.required
                continue
            if value.kind == SCALAR and value.tag == NULL:
                if field.required:
                    complete = False
                    self._error(key, "E110", f"`{name}` is empty", _example_hint(field))
                continue
            converted = self._convert[field.kind](value, field)
            if converted is _INVALID:
                complete = complete and not field.required
            else:
                values[name] = converted
        for field in spec.required:
            if field.name not in present:
                complete = False
                self._missing(node, spec, field, values)
        return values, extensions, complete

    def _unknown_field(self, key: Node, spec: S.ObjectSpec, value: Node) -> None:
        name = key.value
        suggestion = closest(name, self._fields[spec.name])
        slip = full_width_problem(name)
        if slip is not None:
            hint = f"the key contains {slip[0]}"
        elif value.tag == NULL and not _KEY_LIKE.match(name):
            # `{name: Aiko (28, designer)}`: the comma ended the value and "designer)" became a key.
            hint = "a comma inside {…} starts a new field: put text that contains a comma in quotes"
        elif suggestion:
            hint = f"did you mean `{suggestion}`?"
        else:
            owners = [o for o in S.owners_of(name) if o is not spec]
            if owners:
                hint = f"`{name}` is a field of a {owners[0].label}, not of a {spec.label}"
            else:
                hint = f"{spec.label} fields: {quoted_list(self._fields[spec.name], 12)}; custom fields start with x-"
        self._error(key, "E102", f"unknown field `{name}` in {_article(spec.label)}", hint)

    def _missing(self, node: Node, spec: S.ObjectSpec, field: S.Field, values: dict) -> None:
        if spec is S.JOURNEY:
            who = "the map"
        else:
            who = spec.label if "id" not in values else f"{spec.label} '{values['id']}'"
        if spec is S.JOURNEY and field.name == "journeymap":
            message, hint = "the map has no `journeymap:` version key", "add `journeymap: 1` as the first line"
        else:
            message, hint = f"{who} has no `{field.name}`", _example_hint(field)
        self.findings.append(error(node.span(self.path), "E110", message, hint))

    # -- scalar kinds -------------------------------------------------------

    def _text(self, node: Node, field: S.Field):
        if node.kind != SCALAR or node.tag not in _TEXT_TAGS:
            hint = f'put it in quotes: {field.name}: "{node.value}"' if node.kind == SCALAR else None
            self._wrong_type(node, f"`{field.name}`", "text", hint)
            return _INVALID
        if field.required and not node.value.strip():
            self._error(node, "E110", f"`{field.name}` is empty", _example_hint(field))
            return _INVALID
        return node.value

    def _texts(self, node: Node, field: S.Field):
        if node.kind == SCALAR:
            value = self._text(node, field)
            return _INVALID if value is _INVALID else (value,)
        if node.kind != SEQUENCE:
            self._wrong_type(node, f"`{field.name}`", "text or a list of texts")
            return _INVALID
        items = []
        for item in node.value:
            if item.kind == SCALAR and item.tag in _TEXT_TAGS:
                items.append(item.value)
            elif item.kind == SCALAR and item.tag == NULL:
                self._error(item, "E111", f"an empty item in `{field.name}`", "delete the empty '- ' line")
            elif item.tag != FORBIDDEN:
                hint = f'put it in quotes: - "{item.value}"' if item.kind == SCALAR else None
                self._wrong_type(item, f"each item of `{field.name}`", "text", hint)
        return tuple(items)

    def _slug(self, node: Node, field: S.Field):
        value = self._text(node, field)
        if value is _INVALID:
            return _INVALID
        if not _SLUG.match(value):
            suggestion = slugify(value)
            hint = "ids use lowercase letters, digits, '-' and '_', starting with a letter or digit"
            if suggestion:
                hint += f", e.g. `{suggestion}`"
            self._error(node, "E111", f"`{value}` is not a valid id", hint)
            return _INVALID
        return value

    def _number_value(self, node: Node, what: str):
        value = number_of(node) if node.kind == SCALAR else None
        if value is None:
            self._wrong_type(node, what, "a number", _quoted_number_hint(node))
            return _INVALID
        if isinstance(value, int) and abs(value) > _LARGEST_FLOAT:
            # An integer beyond any float (9999… with 500 digits) is infinite as far as a scale goes.
            return math.inf if value > 0 else -math.inf
        return value

    def _number(self, node: Node, field: S.Field):
        return self._number_value(node, f"`{field.name}`")

    def _count(self, node: Node, field: S.Field):
        number = number_of(node) if node.kind == SCALAR else None
        whole = isinstance(number, int) or (isinstance(number, float) and math.isfinite(number) and number.is_integer())
        if whole:
            value = int(number)
            if value >= 0:
                return value
            self._error(node, "E111", f"`{field.name}` must not be negative")
            return _INVALID
        self._wrong_type(node, f"`{field.name}`", "a whole number", _quoted_number_hint(node))
        return _INVALID

    def _version(self, node: Node, field: S.Field):
        version = number_of(node) if node.kind == SCALAR and node.tag == INT else None
        if version is not None:
            if version == S.FORMAT_VERSION:
                return version
            self._error(
                node,
                "E108",
                f"format version {node.value} is not supported (this journeymap reads version {S.FORMAT_VERSION})",
                f"write `journeymap: {S.FORMAT_VERSION}`, or upgrade journeymap",
            )
            return _INVALID
        self._wrong_type(
            node, "`journeymap`", f"the format version number {S.FORMAT_VERSION}", _quoted_number_hint(node)
        )
        return _INVALID

    def _emotion(self, node: Node, field: S.Field):
        span = node.span(self.path)
        if node.kind == MAPPING:
            scores = []
            for key, value in node.value:
                if key.kind != SCALAR or key.tag not in _TEXT_TAGS:
                    self._error(key, "E103", f"persona ids in `emotion` must be text, not {describe(key)}")
                    continue
                if value.kind == SCALAR and value.tag == NULL:
                    score = None
                else:
                    score = self._number_value(value, f"the score for '{key.value}'")
                    if score is _INVALID:
                        continue
                scores.append(Score(key.value, score, value.span(self.path), key.span(self.path)))
            return Emotion(None, tuple(scores), True, span)
        if node.kind == SCALAR and node.tag in (INT, FLOAT):
            value = self._number_value(node, "`emotion`")
            return _INVALID if value is _INVALID else Emotion(value, (), False, span)
        self._wrong_type(
            node,
            "`emotion`",
            "a number, a mapping persona → number, or null",
            _quoted_number_hint(node) or "for example `emotion: 1`, or one score per persona id: `emotion: {<id>: 1}`",
        )
        return _INVALID

    def _choice(self, node: Node, field: S.Field):
        value = self._text(node, field)
        if value is _INVALID:
            return _INVALID
        if value in field.choices:
            return value
        self._invalid_choice(node, field, value)
        return _INVALID

    def _invalid_choice(self, node: Node, field: S.Field, value: str) -> None:
        suggestion = closest(value, field.choices)
        if field.choices == PHASE_IDS and phase_for_label(value):
            suggestion = phase_for_label(value)
        hint = f"did you mean `{suggestion}`? " if suggestion else ""
        hint += f"one of: {', '.join(field.choices)}"
        if field.choices == S.EXPERIENTIAL_VALUES:
            from journeymap.experiential import VALUES

            hint += f" (or in Japanese: {', '.join(v.ja for v in VALUES)})"
        self._error(node, "E111", f"`{value}` is not a valid {field.name.rstrip('s')}", hint)

    def _text_items(self, node: Node, field: S.Field):
        """(node, text) for each item of a text-or-list field, or _INVALID (already reported)."""
        items = self._texts(node, field)
        if items is _INVALID:
            return _INVALID
        nodes = node.value if node.kind == SEQUENCE else [node]
        return list(zip((n for n in nodes if n.kind == SCALAR and n.tag in _TEXT_TAGS), items))

    def _choices(self, node: Node, field: S.Field):
        items = self._text_items(node, field)
        if items is _INVALID:
            return _INVALID
        aliases = dict(field.aliases)
        chosen = []
        for item_node, item in items:
            item = aliases.get(item, item)
            if item in field.choices:
                chosen.append(item)
            else:
                self._invalid_choice(item_node, field, item)
        return tuple(chosen)

    def _codes(self, node: Node, field: S.Field):
        items = self._text_items(node, field)
        if items is _INVALID:
            return _INVALID
        for item_node, item in items:
            if not _CODE.match(item):
                self._error(
                    item_node,
                    "E111",
                    f"`{item}` is not a rule code or name",
                    "write a code like W204, a prefix like W2, or a name like empty-stage",
                )
        valid = [(item_node, item) for item_node, item in items if _CODE.match(item)]
        return Codes([item for _, item in valid], [item_node.span(self.path) for item_node, _ in valid])

    # -- nested objects -----------------------------------------------------

    def _object(self, node: Node, field: S.Field):
        built = self.build(node, S.OBJECTS_BY_NAME[field.of])
        return _INVALID if built is None else built

    def _objects(self, node: Node, field: S.Field):
        of = S.OBJECTS_BY_NAME[field.of]
        if node.kind != SEQUENCE:
            hint = f"start each {of.label} with '- '" if node.kind == MAPPING else None
            self._wrong_type(node, f"`{field.name}`", f"a list of {of.label}s", hint)
            return _INVALID
        if len(node.value) < field.min_items:
            self._error(node, "E111", f"`{field.name}` must hold at least {field.min_items} {of.label}")
            return _INVALID
        built = (self.build(item, of) for item in node.value)
        return tuple(item for item in built if item is not None)

    def _object_or_objects(self, node: Node, field: S.Field):
        if node.kind == MAPPING:
            built = self.build(node, S.OBJECTS_BY_NAME[field.of])
            return () if built is None else (built,)
        return self._objects(node, field)

    def _personas(self, node: Node, field: S.Field):
        if node.kind != SEQUENCE:
            self._wrong_type(node, "`personas`", "a list of personas", "start each persona with '- '")
            return _INVALID
        personas = (self.persona_entry(item) for item in node.value)
        return tuple(persona for persona in personas if persona is not None)

    def persona_entry(self, node: Node) -> Persona | None:
        """An inline persona, or the persona a ``ref:`` entry leads to."""
        if node.kind == MAPPING and any(key.value == "ref" for key, _ in node.value):
            persona = self._persona_ref(node)
        else:
            persona = self.build(node, S.PERSONA)
        if persona is None or node.dropped:
            self.personas_complete = False
        return persona

    def _persona_ref(self, node: Node) -> Persona | None:
        read = self._read_mapping(node, S.PERSONA_REF, "a persona reference")
        if read is None or not read[2]:
            return None
        ref = read[0]["ref"]
        if self.resolve_ref is None:
            self._error(node, "E107", f"cannot follow `ref: {ref}` from here")
            return None
        value_node = next(value for key, value in node.value if key.value == "ref")
        return self.resolve_ref(ref, value_node.span(self.path))

    # -- constructors needing more than the values --------------------------

    def _make_journey(self, values: dict, span: Span) -> Journey:
        values["version"] = values.pop("journeymap")
        return Journey(**values, path=self.path, span=self._marker_span or span)

    def _make_stage(self, values: dict, span: Span) -> Stage:
        if "phase" not in values:
            inferred = infer_phase(values["id"], values["name"])
            if inferred is not None:
                return Stage(**values, phase=inferred, phase_inferred=True, span=span)
        return Stage(**values, span=span)


def _quoted_number_hint(node: Node) -> str | None:
    """What to type when a number was read as text: "1" in quotes, ２ typed full-width, 1e-3."""
    if node.kind != SCALAR or node.tag not in _TEXT_TAGS or not node.value:
        return None
    half_width = unicodedata.normalize("NFKC", node.value).replace("\u2212", "-").strip()
    try:
        float(half_width)
    except ValueError:
        return None
    if not half_width.isascii():
        return None
    if half_width != node.value:
        return f"type the number with half-width characters: {half_width}"
    plain = node.end_line == node.line and node.end_column - node.column == len(node.value)
    if not plain:
        return f"remove the quotes: {node.value}"
    if "e" in half_width.lower():
        # YAML 1.1 reads an exponent as a number only with a point and a sign: 1.0e+3, 1.5e-3.
        mantissa, _, exponent = half_width.lower().partition("e")
        if "." not in mantissa:
            mantissa += ".0"
        if exponent[:1] not in "+-":
            exponent = "+" + exponent
        return f"YAML reads {node.value} as text; write {mantissa}e{exponent}, or the plain number ({float(half_width):g})"
    return None


def _article(label: str) -> str:
    return ("an " if label[0] in "aeiou" else "a ") + label


def _example_hint(field: S.Field) -> str | None:
    if field.example is None:
        return None
    example = field.example
    if isinstance(example, list):
        example = "[" + ", ".join(map(str, example)) + "]"
    elif isinstance(example, dict):
        example = "{" + ", ".join(f"{k}: {v}" for k, v in example.items()) + "}"
    return f"for example `{field.name}: {example}`"
