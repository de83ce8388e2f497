"""`journeymap rules` and `journeymap explain`: the catalogue of codes, and one code in depth."""

from __future__ import annotations

import json
import sys
from enum import Enum
from typing import Optional

import typer

from journeymap.cli.app import app, emit, fail, output_width, use_color


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
) -> None:
    from journeymap.check.codes import entries

    catalogue = entries()
    if output_format is RulesFormat.json:
        rows = [
            {"code": e.code, "name": e.name, "severity": e.severity.value, "summary": e.summary}
            for e in catalogue
        ]
        emit(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        return
    name_width = max(len(e.name) for e in catalogue)
    lines = [f"{'CODE':<5} {'NAME':<{name_width}}  {'SEVERITY':<8}  SUMMARY"]
    for entry in catalogue:
        lines.append(f"{entry.code:<5} {entry.name:<{name_width}}  {entry.severity.value:<8}  {entry.summary}")
    lines.append("")
    lines.append("`journeymap explain CODE` shows why a rule matters and how to fix what it finds.")
    emit("\n".join(lines) + "\n")


@app.command(
    "explain",
    short_help="Explain one code in depth: why it matters and how to fix it.",
    help=(
        "Explain one code: what it finds, why it matters for customers, an example and how to fix it, "
        "with the thresholds in force here (from journeymap.toml or pyproject.toml).\n\n"
        "\b\nExamples:\n  journeymap explain W204\n  journeymap explain single-channel-stage"
    ),
)
def explain(
    code: str = typer.Argument(..., metavar="CODE", help="A code (W204) or a rule name (single-channel-stage)."),
    config: Optional[str] = typer.Option(None, "--config", metavar="FILE", help="Read thresholds from this file."),
) -> None:
    from journeymap.check.codes import find
    from journeymap.check.select import suggestion
    from journeymap.cli.common import settings_for

    entry = find(code)
    if entry is None:
        hint = suggestion(code)
        fail(f"unknown code '{code}'" + (f"; did you mean {hint}?" if hint else "") + " (`journeymap rules` lists them all)")
    settings = settings_for(["."], config)
    text = _explanation(entry, settings)
    if use_color(sys.stdout):
        from io import StringIO

        from rich.markdown import Markdown

        from journeymap.faces.styled import safe_console

        console = safe_console(file=StringIO(), force_terminal=True, width=output_width(sys.stdout))
        console.print(Markdown(text))
        emit(console.file.getvalue(), styled=True)
    else:
        emit(text + "\n")


def _explanation(entry, settings) -> str:
    from journeymap.check.codes import option_in_scale_units
    from journeymap.check.config import shown_path

    lines = [f"# {entry.code} {entry.name} ({entry.severity.value})", "", entry.summary, "", entry.doc, ""]
    configured = settings.rules.get(entry.name, {})
    if entry.options or "severity" in configured:
        source = shown_path(settings.path) if settings.path else "defaults"
        lines += [f"## In force here ({source})", ""]
        if "severity" in configured:
            lines.append(f"- severity = {configured['severity']} (default {entry.severity.value})")
        for option in entry.options:
            value = configured.get(option.name, option.default)
            meaning = option_in_scale_units(option, value)
            default = "" if value == option.default else f"; default {option.default:g}"
            lines.append(
                f"- {option.name} = {value:g}{f' ({meaning})' if meaning else ''}{default}: {option.doc}"
            )
        lines.append("")
    if entry.structural:
        lines.append("Structural errors cannot be ignored: the map cannot be read reliably until they are fixed.")
    else:
        lines += [
            "## Turning it off",
            "",
            f"- for one stage or touchpoint: `ignore: [{entry.code}]` in the map",
            f'- everywhere: `ignore = ["{entry.code}"]` in journeymap.toml, or `--ignore {entry.code}`',
        ]
        if entry.options:
            lines.append(f"- thresholds: `[tool.journeymap.rules.{entry.name}]` in pyproject.toml")
    return "\n".join(lines)
