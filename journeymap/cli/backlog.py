"""`journeymap backlog`: every opportunity across maps, as work items with a priority."""

from __future__ import annotations

from enum import Enum
from typing import List, Optional

import typer

from journeymap.cli.app import LANG_HELP, Lang, app, between, emit, fail, is_debug, speak


class BacklogFormat(str, Enum):
    md = "md"
    csv = "csv"
    json = "json"


@app.command(
    short_help="Every opportunity across maps as work items: CSV for a tracker, JSON, markdown.",
    help=(
        "List every opportunity of the maps under PATH (files or directories, found as `check` finds "
        "them) with its journey, stage, touchpoint, owner, the pain points and scores behind it, and a "
        "priority from 0 to 100 derived from them (docs/site.md explains the formula). The most "
        "urgent come first.\n\n"
        "--format csv imports into an issue tracker (Jira maps Summary, Description, Priority and "
        "Labels by itself; docs/site.md has the mapping for Jira and GitHub Issues); md suits a "
        "pull-request comment; json is for tools."
    ),
)
def backlog(
    ctx: typer.Context,
    paths: Optional[List[str]] = typer.Argument(
        None, metavar="PATH...", show_default=False, help="Map files or directories (default: the current directory)."
    ),
    output_format: BacklogFormat = typer.Option(BacklogFormat.md, "--format", "-f", help="md, csv or json."),
    output: Optional[str] = typer.Option(
        None, "--output", "-o", metavar="FILE", help="Write to this file (replaced in one step) instead of standard output."
    ),
    top: Optional[int] = typer.Option(
        None, "--top", metavar="N", callback=between(1, 1_000_000), help="Only the N most urgent (md, csv and json)."
    ),
    config: Optional[str] = typer.Option(None, "--config", metavar="FILE", help="Configuration to use for the rules."),
    lang: Optional[Lang] = typer.Option(None, "--lang", help=LANG_HELP, show_default=False),
) -> None:
    from journeymap.cli.common import machine_language
    from journeymap.cli.many import analysed, find_maps, report_problems
    from journeymap.cli.progress import progress
    from journeymap.faces import backlog as face
    from journeymap.i18n import chosen_language
    from journeymap.views.backlog import items, most_urgent_first
    from journeymap.views.portfolio import portfolio_language
    from journeymap.views.report import language_of

    speak(lang)
    machine = output_format is not BacklogFormat.md
    run = find_maps(paths, config)
    if output is not None:
        _check_output(output, run.files)
    found, languages = [], []
    with progress(run.files, machine and output is None) as step:
        for result in analysed(run, step, is_debug(ctx)):
            if result.ok:
                found.extend(items(result.journey))
                languages.append(language_of(result.journey))
    report_problems(run)
    found = most_urgent_first(found)
    found_shown = found if top is None else found[:top]
    if output_format is BacklogFormat.csv:
        text = face.to_csv(found_shown, machine_language(lang))
    elif output_format is BacklogFormat.json:
        text = face.to_json(found_shown, run.files, run.problems, machine_language(lang))
    else:
        said = chosen_language(getattr(lang, "value", None)) or portfolio_language(languages)
        text = face.to_markdown(found, len(run.files), said, top)
    if output is None:
        emit(text)
    else:
        _write(output, text)
    raise typer.Exit(run.exit_code)


def _check_output(output: str, files: list[str]) -> None:
    """-o names a file that is neither a map nor one of the inputs (a usage error before any work)."""
    import os

    from journeymap.i18n import say
    from journeymap.messages import site as S
    from journeymap.output import MAP_SUFFIXES

    if output.lower().endswith(MAP_SUFFIXES) or os.path.realpath(output) in {os.path.realpath(f) for f in files}:
        fail(say(S.REFUSE_MAP, path=output))
    if os.path.isdir(output):
        fail(say(S.OUTPUT_IS_DIRECTORY, path=output, example=os.path.join(output, "backlog.csv")))


def _write(output: str, text: str) -> None:
    from journeymap.i18n import say
    from journeymap.messages import cli as C
    from journeymap.output import write_atomic

    try:
        write_atomic(output, text.encode("utf-8"))
    except OSError as exc:
        fail(say(C.CANNOT_WRITE, path=output, reason=exc.strerror or str(exc)))
    emit(say(C.WROTE, path=output))
    emit("\n")
