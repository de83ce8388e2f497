"""`journeymap check`: validate and analyse maps; exit 0 clean, 1 findings, 2 usage."""

from __future__ import annotations

import sys
from enum import Enum
from typing import List, Optional

import typer

from journeymap.cli.app import LANG_HELP, Lang, app, emit, fail, is_debug, output_width, speak, use_color
from journeymap.i18n import say, tr
from journeymap.messages import cli as C


class CheckFormat(str, Enum):
    text = "text"
    concise = "concise"
    json = "json"
    github = "github"
    sarif = "sarif"


class Level(str, Enum):
    error = "error"
    warning = "warning"
    info = "info"


@app.command(
    help=(
        "Check journey maps for mistakes and weak stages.\n\n"
        "PATH can be map files or directories (every *.yaml/*.yml with a `journeymap:` key "
        "is checked); without PATH, the current directory.\n\n"
        "Exit code: 0 nothing at the failing level, 1 problems at the failing level "
        "(errors by default), 2 a path or option is wrong."
    )
)
def check(
    ctx: typer.Context,
    paths: Optional[List[str]] = typer.Argument(
        None, metavar="PATH...", show_default=False, help="Map files or directories (default: the current directory)."
    ),
    output_format: CheckFormat = typer.Option(
        CheckFormat.text,
        "--format",
        "-f",
        help=(
            "text for people; concise for one line per finding (editors, grep); json for tools; "
            "github for Actions annotations; sarif for code scanning."
        ),
    ),
    select: Optional[List[str]] = typer.Option(
        None, "--select", metavar="RULES", help="Only these rules: codes, prefixes or names, comma-separated (W2,critical-moment)."
    ),
    ignore: Optional[List[str]] = typer.Option(
        None, "--ignore", metavar="RULES", help="Skip these rules (added to the configuration's ignore list)."
    ),
    fail_on: Optional[Level] = typer.Option(
        None, "--fail-on", help="Exit 1 when a finding of this severity or worse exists [default: error]."
    ),
    strict: bool = typer.Option(False, "--strict", help="Same as --fail-on warning: weak stages fail the run too."),
    skip_non_maps: bool = typer.Option(
        False, "--skip-non-maps", help="Skip named YAML files that are not journey maps (for pre-commit hooks)."
    ),
    config: Optional[str] = typer.Option(
        None, "--config", metavar="FILE", help="Use this journeymap.toml or pyproject.toml instead of searching upward."
    ),
    lang: Optional[Lang] = typer.Option(None, "--lang", help=LANG_HELP, show_default=False),
) -> None:
    from journeymap.check.discover import DiscoveryError, Excluder, discover
    from journeymap.check.run import check_files
    from journeymap.cli.common import engine_for, machine_language, settings_for
    from journeymap.faces import MACHINE_FORMATS, ReportOptions, get_reporter

    said = speak(lang)
    machine = output_format.value in MACHINE_FORMATS
    targets = list(paths) if paths else ["."]
    settings = settings_for(targets, config)
    engine = engine_for(settings, select, ignore)
    level = "warning" if strict else (fail_on.value if fail_on else settings.fail_on)
    options = ReportOptions(
        fail_on=level,
        color=use_color(sys.stdout),
        width=output_width(sys.stdout),
        lang=machine_language(lang) if machine else said,
    )
    reporter = get_reporter(output_format.value)
    try:
        files = discover(targets, settings.max_file_size, Excluder(settings.exclude, settings.base), skip_non_maps)
    except DiscoveryError as exc:
        if output_format.value in ("json", "sarif", "github"):
            # Tools reading stdout still get a document that says what went wrong.
            from journeymap.check.run import CheckRun

            emit(reporter(CheckRun(files=[], findings=[], problems=[exc.message]), options))
        fail(exc.message)
    from journeymap.cli.progress import progress

    with progress(files, machine) as step:
        run = check_files(files, settings, engine, debug=is_debug(ctx), step=step)
    if output_format.value in ("text", "concise"):
        for problem in run.problems:  # the other machine formats carry them in their own document
            emit(tr(said, say(C.ERROR, message=problem)) + "\n", sys.stderr)
    output = reporter(run, options)
    if isinstance(output, str):
        emit(output)
    else:
        from journeymap.faces.styled import styled_text

        emit(styled_text(output, options.color), styled=True)
    if output_format.value in MACHINE_FORMATS:
        # Standard output holds only what the tool reads; the count for people goes beside it.
        from journeymap.faces.summary import summary_line

        emit(summary_line(len(run.files), run.findings, len(run.problems), said) + "\n", sys.stderr)
    raise typer.Exit(run.exit_code(level))
