"""`journeymap init`: start a new map from a commented template."""

from __future__ import annotations

import os
from enum import Enum

import typer

from journeymap.cli.app import app, emit, fail


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
    lang: Language = typer.Option(Language.en, "--lang", help="en or ja: the language of the labels and comments."),
    template: Template = typer.Option(
        Template.basic, "--template", help="basic (six stages with examples) or minimal (three stages)."
    ),
) -> None:
    from journeymap.cli.output import write_atomic
    from journeymap.cli.scaffold import SCHEMA_FILE, template_text
    from journeymap.load.schema import schema_json

    if os.path.isdir(path):
        fail(f"{path} is a directory; name the new map inside it: journeymap init {_free_name(path)}")
    if os.path.exists(path):
        fail(
            f"{path} already exists; journeymap init never overwrites a file "
            f"(choose another name: journeymap init {_free_name(os.path.dirname(path))})"
        )
    if not path.lower().endswith((".yaml", ".yml")):
        fail(f"{path}: a journey map's name ends in .yaml or .yml")
    directory = os.path.dirname(path)
    try:
        if directory:
            os.makedirs(directory, exist_ok=True)
        write_atomic(path, template_text(template.value, lang.value).encode("utf-8"))
        written = [path]
        schema_path = os.path.join(directory, SCHEMA_FILE)
        if not os.path.exists(schema_path):
            write_atomic(schema_path, schema_json().encode("utf-8"))
            written.append(schema_path)
    except OSError as exc:
        fail(f"cannot write {path}: {exc.strerror or exc}")
    for name in written:
        emit(f"wrote {name}\n")
    emit(
        f"Next: edit {path}, then `journeymap check {path}` for what to improve and "
        f"`journeymap show {path}` to see it.\n"
    )


def _free_name(directory: str) -> str:
    """A map name in ``directory`` that does not exist yet: journey.yaml, new-map.yaml, new-map-2.yaml…"""
    for number in range(1, 1000):
        name = "journey.yaml" if number == 1 else "new-map.yaml" if number == 2 else f"new-map-{number - 1}.yaml"
        candidate = os.path.join(directory, name) if directory else name
        if not os.path.exists(candidate):
            return candidate
    return os.path.join(directory, "new-map.yaml") if directory else "new-map.yaml"
