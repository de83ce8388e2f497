"""`journeymap init`: a new map from a commented template, in English or Japanese."""

from __future__ import annotations

from importlib import resources

TEMPLATES = ("basic", "minimal")
LANGUAGES = ("en", "ja")
SCHEMA_FILE = "journeymap.schema.json"


def template_text(template: str = "basic", lang: str = "en") -> str:
    """The template's YAML, comments included; raises KeyError for an unknown template or language."""
    if template not in TEMPLATES or lang not in LANGUAGES:
        raise KeyError(f"{template}.{lang}")
    return resources.files("journeymap.templates").joinpath(f"{template}.{lang}.yaml").read_text(encoding="utf-8")
