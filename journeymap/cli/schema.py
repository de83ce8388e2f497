"""`journeymap schema`: the JSON Schema of format v1, for editors and other tools."""

from __future__ import annotations

from journeymap.cli.app import app, emit


@app.command(
    help=(
        "Print the JSON Schema (draft 2020-12) of the journey map format.\n\n"
        "Editors with the YAML language server check and complete maps that start with\n"
        "`# yaml-language-server: $schema=<path or URL of this schema>`."
    )
)
def schema() -> None:
    from journeymap.load.schema import schema_json

    emit(schema_json())
