"""`journeymap rules` and `journeymap explain`: the catalogue of codes, and one code in depth."""

from __future__ import annotations

import json
import sys
from enum import Enum
from typing import Optional

import typer

from journeymap.cli.app import LANG_HELP, Lang, app, emit, fail, output_width, say_here, speak, use_color
from journeymap.i18n import say
from journeymap.messages import cli as C


class RulesFormat(str, Enum):
    text = "text"
    json = "json"


@app.command(
    "rules",
    short_help="List every code journeymap reports, with its severity.",
    help=(
        "List every code journeymap reports: E1xx (the file is not a valid map), "
        "W2xx (weak stages) and I3xx (advice), with severity and a summary.\n\n"
        "Use a code or a name with `journeymap explain`, `--select`, `--ignore` or `ignore:` in a map."
    ),
)
def rules(
    output_format: RulesFormat = typer.Option(RulesFormat.text, "--format", "-f", help="text, or json for tools."),
    lang: Optional[Lang] = typer.Option(None, "--lang", help=LANG_HELP, show_default=False),
) -> None:
    from journeymap.check.codes import entries
    from journeymap.cli.common import machine_language
    from journeymap.faces.explain import catalogue_text

    said = speak(lang)
    catalogue = entries()
    if output_format is RulesFormat.json:
        language = machine_language(lang)
        rows = [
            {"code": e.code, "name": e.name, "severity": e.severity.value, "summary": e.summary_in(language)}
            for e in catalogue
        ]
        emit(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        return
    emit(catalogue_text(catalogue, said))


@app.command(
    "explain",
    short_help="Explain one code in depth: why it matters and how to fix it.",
    help=(
        "Explain one code: what it finds, why it matters for customers, an example and how to fix it, "
        "with the thresholds in force here (from journeymap.toml or pyproject.toml).\n\n"
        "\b\nExamples:\n  journeymap explain W204\n  journeymap explain single-channel-stage --lang ja"
    ),
)
def explain(
    code: str = typer.Argument(..., metavar="CODE", help="A code (W204) or a rule name (single-channel-stage)."),
    config: Optional[str] = typer.Option(None, "--config", metavar="FILE", help="Read thresholds from this file."),
    lang: Optional[Lang] = typer.Option(None, "--lang", help=LANG_HELP, show_default=False),
) -> None:
    from journeymap.check.codes import find
    from journeymap.check.config import shown_path
    from journeymap.check.select import suggestion
    from journeymap.cli.common import settings_for
    from journeymap.faces.explain import explanation

    said = speak(lang)
    entry = find(code)
    if entry is None:
        hint = suggestion(code)
        fail(say(C.UNKNOWN_CODE_GUESS, code=code, guess=hint) if hint else say(C.UNKNOWN_CODE, code=code))
    settings = settings_for(["."], config)
    source = shown_path(settings.path) if settings.path else say_here(C.DEFAULTS)
    text = explanation(entry, settings, source, said)
    if use_color(sys.stdout):
        from io import StringIO

        from rich.markdown import Markdown

        from journeymap.faces.styled import safe_console

        console = safe_console(file=StringIO(), force_terminal=True, width=output_width(sys.stdout))
        console.print(Markdown(text))
        emit(console.file.getvalue(), styled=True)
    else:
        emit(text + "\n")
