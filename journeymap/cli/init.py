"""`journeymap init`: start a new map from a commented template."""

from __future__ import annotations

import os
from enum import Enum
from typing import Optional

import typer

from journeymap.cli.app import app, emit, fail, say_here, speak
from journeymap.i18n import say
from journeymap.messages import cli as C


class Language(str, Enum):
    en = "en"
    ja = "ja"


class Template(str, Enum):
    basic = "basic"
    minimal = "minimal"


@app.command(
    short_help="Start a new map from a template that explains each field.",
    help=(
        "Start a new journey map from a template with comments explaining each field: "
        "the canonical stages (awareness to advocacy), one persona and example touchpoints.\n\n"
        "Writes PATH (default journey.yaml) and, beside it, journeymap.schema.json so that editors "
        "complete and check the map as you type. Never overwrites an existing file.\n\n"
        "Example: journeymap init coffee.yaml --lang ja"
    )
)
def init(
    path: str = typer.Argument("journey.yaml", metavar="[PATH]", help="Where to write the new map."),
    lang: Optional[Language] = typer.Option(
        None, "--lang", help="en or ja: the language of the map's labels and comments, and of what init says. "
        "Default: JOURNEYMAP_LANG, else the locale (LANG), else en.", show_default=False
    ),
    template: Template = typer.Option(
        Template.basic, "--template", help="basic (six stages with examples) or minimal (three stages)."
    ),
) -> None:
    from journeymap.cli.scaffold import SCHEMA_FILE, template_text
    from journeymap.load.schema import schema_json
    from journeymap.output import write_atomic

    said = speak(lang)
    if os.path.isdir(path):
        fail(say(C.INIT_DIRECTORY, path=path, free=_free_name(path)))
    if os.path.exists(path):
        fail(say(C.INIT_EXISTS, path=path, free=_free_name(os.path.dirname(path))))
    if not path.lower().endswith((".yaml", ".yml")):
        fail(say(C.INIT_ENDING, path=path))
    directory = os.path.dirname(path)
    try:
        if directory:
            os.makedirs(directory, exist_ok=True)
        write_atomic(path, template_text(template.value, said).encode("utf-8"))
        written = [path]
        schema_path = os.path.join(directory, SCHEMA_FILE)
        if not os.path.exists(schema_path):
            write_atomic(schema_path, schema_json().encode("utf-8"))
            written.append(schema_path)
    except OSError as exc:
        fail(say(C.CANNOT_WRITE, path=path, reason=exc.strerror or str(exc)))
    for name in written:
        emit(say_here(C.WROTE, path=name) + "\n")
    emit(say_here(C.INIT_NEXT, path=path) + "\n")


def _free_name(directory: str) -> str:
    """A map name in ``directory`` that does not exist yet: journey.yaml, new-map.yaml, new-map-2.yaml…"""
    for number in range(1, 1000):
        name = "journey.yaml" if number == 1 else "new-map.yaml" if number == 2 else f"new-map-{number - 1}.yaml"
        candidate = os.path.join(directory, name) if directory else name
        if not os.path.exists(candidate):
            return candidate
    return os.path.join(directory, "new-map.yaml") if directory else "new-map.yaml"
