"""Turn composed nodes into the typed model, reporting every structural problem.

The walk is driven by the tables in :mod:`journeymap.load.spec`; it never stops at
the first problem. Objects that lack a required field are left out of the
model (the finding says why), everything else is still checked.

Over 300 lines on purpose: one Builder turns every field kind of the spec into model
values, each with the words of its mistakes; the converters form one table, and split by
kind they would scatter it.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import replace
from typing import Callable

from journeymap.findings import Finding, Span
from journeymap.i18n import Quoted, say
from journeymap.load import blueprint as blueprints
from journeymap.load import spec as S
from journeymap.load.compose import FORBIDDEN, MAPPING, SCALAR, SEQUENCE, Node
from journeymap.load.scalars import BOOL, FLOAT, INT, MERGE, NULL, STR, number_of
from journeymap.load.structural import error
from journeymap.messages import compare as CM
from journeymap.messages import load as L
from journeymap.model import NO_PERSONA, AcceptedPain, Codes, Emotion, Evidence, Ids, Item, Journey, Persona, Scale, Score, Stage, Touchpoint
from journeymap.phases import PHASE_IDS, infer_phase, phase_for_label
from journeymap.suggest import closest, full_width_problem, quoted_list, slugify
from journeymap.survey import SURVEY_OBJECTS

_INVALID = object()
# What to type instead, for each shape a value can have the wrong kind of.
_SHAPE_HINTS = {L.A_MAPPING: L.HINT_MAPPING, L.TEXTS: L.HINT_TEXTS, L.TEXT: L.HINT_TEXT}
_SLUG = re.compile(S.SLUG_PATTERN)
_CODE = re.compile(S.CODE_PATTERN)
_KEY_LIKE = re.compile(r"^[A-Za-z_][A-Za-z0-9_-]*$")
_LARGEST_FLOAT = int(1.7976931348623157e308)
_TEXT_TAGS = (STR, MERGE)

# persona ref text, the span of its value -> the persona, or None (findings already recorded)
RefResolver = Callable[[str, Span], "Persona | None"]


def describe(node: Node):
    """How a message names what the user wrote instead."""
    if node.kind == SEQUENCE:
        return say(L.GOT_LIST)
    if node.kind == MAPPING:
        return say(L.GOT_MAPPING)
    if node.tag in (INT, FLOAT):
        return say(L.GOT_NUMBER, value=node.value)
    if node.tag == BOOL:
        return say(L.GOT_BOOLEAN, value=node.value)
    if node.tag == NULL:
        return say(L.GOT_NULL)
    return say(L.GOT_TEXT, value=Quoted(node.value))


def _field(name: str):
    return say(L.FIELD, field=name)


def _object(label: str, article: bool = True):
    return say((L.AN_OBJECT if article else L.OBJECT)[label])


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
            S.RECORDS: lambda node, field: _valid(blueprints.items(self, node, field)),
            S.DURATION: lambda node, field: _valid(blueprints.duration(self, node, field)),
            S.ITEMS: self._items,
            S.IDS: self._ids,
        }
        self._construct = {
            "Journey": self._make_journey,
            "Scale": lambda values, span: Scale(values["min"], values["max"], span),
            "Persona": lambda values, span: Persona(**values, span=span),
            "Stage": self._make_stage,
            "Touchpoint": lambda values, span: Touchpoint(**values, span=span),
            "Evidence": lambda values, span: Evidence(**values, span=span),
            **blueprints.CONSTRUCTORS,
            "Item": lambda values, span: Item(values["text"], values["id"], span),
            "AcceptedPain": lambda values, span: AcceptedPain(**values, span=span),
        }
        for name, kind in SURVEY_OBJECTS.items():  # measured data: data files, columns, questions, targets
            self._construct[name] = lambda values, span, kind=kind: kind(**values, span=span)

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

    def _error(self, node: Node, code: str, message, hint=None) -> None:
        self.findings.append(error(node.span(self.path), code, message, hint))

    def _wrong_type(self, node: Node, what, expected, hint=None, **expected_params) -> None:
        """E103: ``what`` (a message) must be ``expected`` (a catalogue template), not what the node holds."""
        shape = _SHAPE_HINTS.get(expected)
        self._error(
            node,
            "E103",
            say(L.WRONG_TYPE, what=what, expected=say(expected, **expected_params), got=describe(node)),
            hint or (say(shape) if shape else None),
        )

    # -- mappings -----------------------------------------------------------


    def _read_mapping(self, node: Node, spec: S.ObjectSpec, label: str | None = None):
        """(values, extensions, complete) for a mapping of ``spec``; None if it is not a mapping."""
        if node.kind is not MAPPING:
            if node.tag != FORBIDDEN:
                self._error(
                    node,
                    "E103",
                    say(L.OBJECT_NOT_MAPPING, object=_object(label or spec.label), got=describe(node)),
                    say(L.HINT_MAPPING),
                )
            return None
        fields = self._fields[spec.name]
        values: dict = {}
        extensions: list = []
        present: set[str] = set()
        complete = True
        for key, value in node.value:
            if key.kind != SCALAR or key.tag not in _TEXT_TAGS:
                self._error(key, "E103", say(L.WRONG_TYPE, what=say(L.KEYS), expected=say(L.TEXT), got=describe(key)))
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
                    self._error(key, "E110", say(L.EMPTY, field=name), _example_hint(field))
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
            hint = say(L.KEY_HAS_SLIP, slip=slip[0])
        elif value.tag == NULL and not _KEY_LIKE.match(name):
            # `{name: Aiko (28, designer)}`: the comma ended the value and "designer)" became a key.
            hint = say(L.COMMA_IN_FLOW)
        elif suggestion:
            hint = say(L.DID_YOU_MEAN_FIELD, guess=suggestion)
        else:
            owners = [o for o in S.owners_of(name) if o is not spec]
            if owners:
                hint = say(L.FIELD_OF_OTHER, field=name, owner=_object(owners[0].label), object=_object(spec.label))
            else:
                hint = say(L.FIELDS_OF, object=_object(spec.label, article=False), fields=quoted_list(self._fields[spec.name], 12))
        self._error(key, "E102", say(L.UNKNOWN_FIELD, field=name, object=_object(spec.label)), hint)

    def _missing(self, node: Node, spec: S.ObjectSpec, field: S.Field, values: dict) -> None:
        if spec is S.JOURNEY:
            who = say(L.THE_MAP)
        elif "id" not in values:
            who = _object(spec.label, article=False)
        else:
            who = say(L.OBJECT_WITH_ID, object=_object(spec.label, article=False), id=Quoted(values["id"]))
        if spec is S.JOURNEY and field.name == "journeymap":
            message, hint = say(L.NO_VERSION), say(L.NO_VERSION_HINT)
        else:
            message, hint = say(L.MISSING, who=who, field=field.name), _example_hint(field)
        self.findings.append(error(node.span(self.path), "E110", message, hint))

    # -- scalar kinds -------------------------------------------------------

    def _text(self, node: Node, field: S.Field):
        if node.kind != SCALAR or node.tag not in _TEXT_TAGS:
            hint = say(L.HINT_QUOTE, field=field.name, value=node.value) if node.kind == SCALAR else None
            self._wrong_type(node, _field(field.name), L.TEXT, hint)
            return _INVALID
        if field.required and not node.value.strip():
            self._error(node, "E110", say(L.EMPTY, field=field.name), _example_hint(field))
            return _INVALID
        return node.value

    def _texts(self, node: Node, field: S.Field):
        if node.kind == SCALAR:
            value = self._text(node, field)
            return _INVALID if value is _INVALID else (value,)
        if node.kind != SEQUENCE:
            self._wrong_type(node, _field(field.name), L.TEXTS)
            return _INVALID
        items = []
        for item in node.value:
            if item.kind == SCALAR and item.tag in _TEXT_TAGS:
                items.append(item.value)
            elif item.kind == SCALAR and item.tag == NULL:
                self._error(item, "E111", say(L.EMPTY_ITEM, field=field.name), say(L.EMPTY_ITEM_HINT))
            elif item.tag != FORBIDDEN:
                hint = say(L.HINT_QUOTE_ITEM, value=item.value) if item.kind == SCALAR else None
                self._wrong_type(item, say(L.EACH_ITEM, field=field.name), L.TEXT, hint)
        return tuple(items)

    def _slug(self, node: Node, field: S.Field):
        value = self._text(node, field)
        if value is _INVALID:
            return _INVALID
        if not _SLUG.match(value):
            suggestion = slugify(value)
            hint = say(L.ID_HINT_EXAMPLE, suggestion=suggestion) if suggestion else say(L.ID_HINT)
            self._error(node, "E111", say(L.NOT_AN_ID, value=value), hint)
            return _INVALID
        return value

    def _number_value(self, node: Node, what):
        value = number_of(node) if node.kind == SCALAR else None
        if value is None:
            self._wrong_type(node, what, L.A_NUMBER, _quoted_number_hint(node))
            return _INVALID
        if isinstance(value, int) and abs(value) > _LARGEST_FLOAT:
            # An integer beyond any float (9999… with 500 digits) is infinite as far as a scale goes.
            return math.inf if value > 0 else -math.inf
        return value

    def _number(self, node: Node, field: S.Field):
        return self._number_value(node, _field(field.name))

    def _count(self, node: Node, field: S.Field):
        number = number_of(node) if node.kind == SCALAR else None
        whole = isinstance(number, int) or (isinstance(number, float) and math.isfinite(number) and number.is_integer())
        if whole:
            value = int(number)
            if value >= 0:
                return value
            self._error(node, "E111", say(L.NEGATIVE, field=field.name), say(L.HINT_EXAMPLE, field=field.name, example="120"))
            return _INVALID
        self._wrong_type(node, _field(field.name), L.A_WHOLE_NUMBER, _quoted_number_hint(node))
        return _INVALID

    def _version(self, node: Node, field: S.Field):
        version = number_of(node) if node.kind == SCALAR and node.tag == INT else None
        if version is not None:
            if version == S.FORMAT_VERSION:
                return version
            self._error(
                node,
                "E108",
                say(L.UNSUPPORTED_VERSION, value=node.value, version=S.FORMAT_VERSION),
                say(L.UNSUPPORTED_VERSION_HINT, version=S.FORMAT_VERSION),
            )
            return _INVALID
        self._wrong_type(node, _field("journeymap"), L.THE_VERSION_NUMBER, _quoted_number_hint(node), version=S.FORMAT_VERSION)
        return _INVALID

    def _emotion(self, node: Node, field: S.Field):
        span = node.span(self.path)
        if node.kind == MAPPING:
            scores = []
            for key, value in node.value:
                if key.kind != SCALAR or key.tag not in _TEXT_TAGS:
                    self._error(key, "E103", say(L.WRONG_TYPE, what=say(L.PERSONA_IDS_IN_EMOTION), expected=say(L.TEXT), got=describe(key)))
                    continue
                if value.kind == SCALAR and value.tag == NULL:
                    score = None
                else:
                    score = self._number_value(value, say(L.THE_SCORE_FOR, persona=Quoted(key.value)))
                    if score is _INVALID:
                        continue
                scores.append(Score(key.value, score, value.span(self.path), key.span(self.path)))
            return Emotion(None, tuple(scores), True, span)
        if node.kind == SCALAR and node.tag in (INT, FLOAT):
            value = self._number_value(node, _field("emotion"))
            return _INVALID if value is _INVALID else Emotion(value, (), False, span)
        self._wrong_type(node, _field("emotion"), L.AN_EMOTION, _quoted_number_hint(node) or say(L.HINT_EMOTION))
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
        choices = ", ".join(field.choices)
        hint = say(L.CHOICE_HINT_GUESS, guess=suggestion, choices=choices) if suggestion else say(L.CHOICE_HINT, choices=choices)
        if field.choices == S.EXPERIENTIAL_VALUES:
            from journeymap.experiential import VALUES

            hint = say(L.VALUES_IN_JAPANESE, hint=hint, names=", ".join(v.ja for v in VALUES))
        self._error(node, "E111", say(L.NOT_A_CHOICE, value=value, field=field.name.rstrip("s")), hint)

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
                    say(L.NOT_A_CODE, item=item),
                    say(L.NOT_A_CODE_HINT),
                )
        valid = [(item_node, item) for item_node, item in items if _CODE.match(item)]
        return Codes([item for _, item in valid], [item_node.span(self.path) for item_node, _ in valid])

    def _items(self, node: Node, field: S.Field):
        """Pain points or opportunities: a text, or a list whose items are texts or mappings {id, text}."""
        if node.kind == MAPPING:
            built = self.build(node, S.ITEM)
            return _INVALID if built is None else (built,)
        if node.kind != SEQUENCE:
            texts = self._texts(node, field)
            return _INVALID if texts is _INVALID else tuple(Item(text, None, node.span(self.path)) for text in texts)
        items = []
        for item in node.value:
            if item.kind == MAPPING:
                built = self.build(item, S.ITEM)
                if built is not None:
                    items.append(built)
            elif item.kind == SCALAR and item.tag in _TEXT_TAGS:
                items.append(Item(item.value, None, item.span(self.path)))
            elif item.kind == SCALAR and item.tag == NULL:
                self._error(item, "E111", say(L.EMPTY_ITEM, field=field.name), say(L.EMPTY_ITEM_HINT))
            elif item.tag != FORBIDDEN:
                hint = say(L.HINT_QUOTE_ITEM, value=item.value) if item.kind == SCALAR else say(CM.ITEM_HINT)
                self._wrong_type(item, say(L.EACH_ITEM, field=field.name), CM.TEXT_OR_ITEM, hint)
        return tuple(items)

    def _ids(self, node: Node, field: S.Field):
        items = self._text_items(node, field)
        if items is _INVALID:
            return _INVALID
        valid = []
        for item_node, item in items:
            if _SLUG.match(item):
                valid.append((item_node, item))
            else:
                suggestion = slugify(item)
                hint = say(L.ID_HINT_EXAMPLE, suggestion=suggestion) if suggestion else say(L.ID_HINT)
                self._error(item_node, "E111", say(L.NOT_AN_ID, value=item), hint)
        return Ids([item for _, item in valid], [item_node.span(self.path) for item_node, _ in valid])

    # -- nested objects -----------------------------------------------------

    def _object(self, node: Node, field: S.Field):
        built = self.build(node, S.OBJECTS_BY_NAME[field.of])
        return _INVALID if built is None else built

    def _objects(self, node: Node, field: S.Field):
        of = S.OBJECTS_BY_NAME[field.of]
        if node.kind != SEQUENCE:
            hint = say(L.HINT_START_EACH, object=_object(of.label, article=False)) if node.kind == MAPPING else None
            self._wrong_type(node, _field(field.name), L.OBJECTS[of.label], hint)
            return _INVALID
        if len(node.value) < field.min_items:
            self._error(
                node,
                "E111",
                say(L.TOO_FEW, field=field.name, count=field.min_items, object=_object(of.label, article=False)),
                _example_hint(field)
                or say(L.TOO_FEW_HINT, field=field.name, count=field.min_items, object=_object(of.label, article=False)),
            )
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
            self._wrong_type(node, _field("personas"), L.OBJECTS["persona"], say(L.HINT_START_EACH, object=_object("persona", article=False)))
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
        read = self._read_mapping(node, S.PERSONA_REF, "persona reference")
        if read is None or not read[2]:
            return None
        ref = read[0]["ref"]
        if self.resolve_ref is None:
            self._error(node, "E107", say(L.CANNOT_FOLLOW_REF, ref=ref))
            return None
        value_node = next(value for key, value in node.value if key.value == "ref")
        return self.resolve_ref(ref, value_node.span(self.path))

    # -- constructors needing more than the values --------------------------

    def _make_journey(self, values: dict, span: Span) -> Journey:
        values["version"] = values.pop("journeymap")
        if values.get("single_scores") == NO_PERSONA:
            values["stages"] = tuple(_scores_for_no_persona(stage) for stage in values.get("stages", ()))
        return Journey(**values, path=self.path, span=self._marker_span or span)

    def _make_stage(self, values: dict, span: Span) -> Stage:
        if "phase" not in values:
            inferred = infer_phase(values["id"], values["name"])
            if inferred is not None:
                return Stage(**values, phase=inferred, phase_inferred=True, span=span)
        return Stage(**values, span=span)


def _valid(value):
    """None from a converter of another module means "already reported": the builder's _INVALID."""
    return _INVALID if value is None else value


def _scores_for_no_persona(stage: Stage) -> Stage:
    """The stage with each one-number emotion marked as scoring no persona in particular."""
    touchpoints = tuple(
        replace(tp, emotion=replace(tp.emotion, everyone=False))
        if tp.emotion is not None and not tp.emotion.per_persona
        else tp
        for tp in stage.touchpoints
    )
    return replace(stage, touchpoints=touchpoints)


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
        return say(L.HINT_HALF_WIDTH, number=half_width)
    plain = node.end_line == node.line and node.end_column - node.column == len(node.value)
    if not plain:
        return say(L.HINT_REMOVE_QUOTES, number=node.value)
    if "e" in half_width.lower():
        # YAML 1.1 reads an exponent as a number only with a point and a sign: 1.0e+3, 1.5e-3.
        mantissa, _, exponent = half_width.lower().partition("e")
        if "." not in mantissa:
            mantissa += ".0"
        if exponent[:1] not in "+-":
            exponent = "+" + exponent
        return say(L.HINT_EXPONENT, value=node.value, exponent=f"{mantissa}e{exponent}", number=f"{float(half_width):g}")
    return None


def _example_hint(field: S.Field) -> str | None:
    if field.example is None:
        return None
    example = field.example
    if isinstance(example, list):
        example = "[" + ", ".join(map(str, example)) + "]"
    elif isinstance(example, dict):
        example = "{" + ", ".join(f"{k}: {v}" for k, v in example.items()) + "}"
    return say(L.HINT_EXAMPLE, field=field.name, example=example)
