"""The model as plain data (and YAML text) in format v1, fields in spec order.

Empty and default values are left out, so the output is what a person would
have written. Loading the output gives back an equal model.
"""

from __future__ import annotations

from journeymap.load import spec as S
from journeymap.model import Duration, Emotion, Item, Journey, Persona

_DEFAULT_SCALE = (-2, 2)


def _emotion(emotion: Emotion):
    if not emotion.per_persona:
        return emotion.value
    return {score.persona: score.value for score in emotion.scores}


def _item(item):
    """A pain point or opportunity with an id as the mapping {id, text}; anything else as it is."""
    if isinstance(item, Item):
        return {"id": item.id, "text": str(item)} if item.id else str(item)
    return item


def _value(value):
    if isinstance(value, tuple) and value and hasattr(value[0], "__dataclass_fields__"):
        return [_object(item) for item in value]
    if isinstance(value, tuple):
        return [_item(item) for item in value]
    if isinstance(value, Emotion):
        return _emotion(value)
    if isinstance(value, Duration):
        from journeymap.load.durations import canonical

        return value.text or canonical(value.seconds)
    if hasattr(value, "__dataclass_fields__"):
        return _object(value)
    return value


def _object(obj, keep_refs: bool = True) -> dict:
    if isinstance(obj, Persona) and obj.ref and keep_refs:
        return {"ref": obj.ref}
    spec = S.OBJECTS_BY_NAME[type(obj).__name__]
    data: dict = {}
    for field in spec.fields:
        attribute = "version" if field.name == "journeymap" else field.name
        value = getattr(obj, attribute)
        if field.name == "phase" and getattr(obj, "phase_inferred", False):
            continue
        if field.name == "personas":
            if value:
                data["personas"] = [_object(p, keep_refs) for p in value]
            continue
        if field.name == "scale":
            if (value.min, value.max) != _DEFAULT_SCALE:
                data["scale"] = {"min": value.min, "max": value.max}
            continue
        if field.name == "emotion" and value is not None:
            data["emotion"] = _emotion(value)
            continue
        if value is None or value == ():
            continue
        data[field.name] = _value(value)
    for key, extra in getattr(obj, "extensions", ()):
        data[key] = extra
    return data


def to_data(journey: Journey, keep_refs: bool = True) -> dict:
    return _object(journey, keep_refs)


def to_yaml(journey: Journey, keep_refs: bool = True, header: str = "") -> str:
    import yaml

    body = yaml.safe_dump(to_data(journey, keep_refs), allow_unicode=True, sort_keys=False, width=100)
    return header + body
