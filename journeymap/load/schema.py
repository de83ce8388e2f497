"""The JSON Schema (draft 2020-12) of format v1, generated from :mod:`journeymap.load.spec`.

What a schema cannot say (scores inside the map's own scale, unique ids, known
persona ids, persona refs, duplicate keys) is checked by the loader only.
"""

from __future__ import annotations

import json

from journeymap.load import spec as S

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"

_STRING = {"type": "string"}
_STRINGS = {"anyOf": [_STRING, {"type": "array", "items": _STRING}]}


def _ref(name: str) -> dict:
    return {"$ref": f"#/$defs/{name}"}


def _one_or_list(item: dict) -> dict:
    return {"anyOf": [item, {"type": "array", "items": item}]}


def _duration() -> dict:
    from journeymap.load.durations import schema_pattern

    return {"type": "string", "pattern": schema_pattern()}


def field_schema(field: S.Field) -> dict:
    kind = field.kind
    if kind == S.VERSION:
        schema = {"type": "integer", "const": S.FORMAT_VERSION}
    elif kind == S.TEXT:
        schema = {"type": "string", "minLength": 1} if field.required else dict(_STRING)
    elif kind == S.TEXTS:
        schema = json.loads(json.dumps(_STRINGS))
    elif kind == S.SLUG:
        schema = {"type": "string", "pattern": S.SLUG_PATTERN}
    elif kind == S.NUMBER:
        schema = {"type": "number"}
    elif kind == S.COUNT:
        schema = {"type": "integer", "minimum": 0}
    elif kind == S.EMOTION:
        schema = {
            "anyOf": [
                {"type": "number"},
                {"type": "object", "additionalProperties": {"type": ["number", "null"]}},
            ]
        }
    elif kind == S.CHOICE:
        schema = {"type": "string", "enum": list(field.choices)}
    elif kind == S.CHOICES:
        schema = _one_or_list({"type": "string", "enum": [*field.choices, *(alias for alias, _ in field.aliases)]})
    elif kind == S.CODES:
        schema = _one_or_list({"type": "string", "pattern": S.CODE_PATTERN})
    elif kind == S.OBJECT:
        schema = _ref(field.of)
    elif kind == S.OBJECTS:
        schema = {"type": "array", "items": _ref(field.of)}
        if field.min_items:
            schema["minItems"] = field.min_items
    elif kind == S.OBJECT_OR_OBJECTS:
        schema = _one_or_list(_ref(field.of))
    elif kind == S.RECORDS:
        # Text stands for the object's first field: an action, an experience, a duration.
        first = S.OBJECTS_BY_NAME[field.of].fields[0]
        shorthand = _duration() if first.kind == S.DURATION else {"type": "string", "minLength": 1}
        schema = _one_or_list({"anyOf": [shorthand, _ref(field.of)]})
    elif kind == S.DURATION:
        schema = _duration()
    elif kind == S.ITEMS:
        item = {"anyOf": [_STRING, _ref("Item")]}
        schema = {"anyOf": [_STRING, _ref("Item"), {"type": "array", "items": item}]}
    elif kind == S.IDS:
        schema = _one_or_list({"type": "string", "pattern": S.SLUG_PATTERN})
    elif kind == S.PERSONAS:
        schema = {"type": "array", "items": {"anyOf": [_ref("Persona"), _ref("PersonaRef")]}}
    else:  # pragma: no cover - a new kind must be described here
        raise ValueError(f"no schema for field kind {kind!r}")
    if not field.required:
        # An empty optional field (`goal:`) means "not given".
        schema = {"anyOf": [schema, {"type": "null"}]}
    schema["description"] = field.doc
    if field.example is not None:
        schema["examples"] = [field.example]
    return schema


def object_schema(spec: S.ObjectSpec) -> dict:
    schema = {
        "type": "object",
        "description": spec.doc,
        "properties": {f.name: field_schema(f) for f in spec.fields},
        "patternProperties": {f"^{S.EXTENSION_PREFIX}": {"description": "A custom field, kept but not interpreted."}},
        "additionalProperties": False,
    }
    required = [f.name for f in spec.required]
    if required:
        schema["required"] = required
    needs = {f.name: list(f.needs) for f in spec.fields if f.needs}
    if needs:
        schema["dependentRequired"] = needs
    return schema


def build_schema() -> dict:
    root = object_schema(S.JOURNEY)
    return {
        "$schema": SCHEMA_DIALECT,
        "title": "journeymap format v1",
        **root,
        "$defs": {name: object_schema(o) for name, o in S.OBJECTS_BY_NAME.items() if o is not S.JOURNEY},
    }


def schema_json() -> str:
    return json.dumps(build_schema(), ensure_ascii=False, indent=2) + "\n"
