"""`journeymap check`: validate and analyse maps; exit 0 clean, 1 findings, 2 usage."""

from __future__ import annotations

import os
import sys
from enum import Enum
from typing import List, Optional

import typer

from .app import app, fail, is_debug, use_color


class CheckFormat(str, Enum):
    text = "text"
    json = "json"
    github = "github"


@app.command(
    help=(
        "Check journey maps for mistakes and weak stages.\n\n"
        "PATH can be map files or directories (every *.yaml/*.yml with a `journeymap:` key "
        "is checked); without PATH, the current directory.\n\n"
        "Exit code: 0 no problems, 1 problems at the failing level, 2 a path or option is wrong."
    )
)
def check(
    ctx: typer.Context,
    paths: Optional[List[str]] = typer.Argument(None, metavar="PATH", show_default=False, help="Map files or directories (default: the current directory)."),
    output_format: CheckFormat = typer.Option(
        CheckFormat.text, "--format", "-f", help="text for people, json for tools, github for Actions annotations."
    ),
    config: Optional[str] = typer.Option(
        None, "--config", metavar="FILE", help="Use this journeymap.toml or pyproject.toml instead of searching upward."
    ),
) -> None:
    from ..checker import check_files
    from ..config import ConfigError, load_settings
    from ..discover import DiscoveryError, Excluder, discover
    from ..reporters import ReportOptions, get_reporter

    targets = list(paths) if paths else ["."]
    try:
        settings = load_settings(config if config else _find_config(targets))
    except ConfigError as exc:
        fail(str(exc))
    try:
        files = discover(targets, settings.max_file_size, Excluder(settings.exclude, settings.base))
    except DiscoveryError as exc:
        fail(str(exc))
    run = check_files(files, settings, debug=is_debug(ctx))
    options = ReportOptions(fail_on=settings.fail_on, color=use_color(sys.stdout))
    output = get_reporter(output_format.value)(run, options)
    if isinstance(output, str):
        sys.stdout.write(output)
    else:
        from ..reporters.styled import write

        write(output, sys.stdout, options.color)
    raise typer.Exit(run.exit_code(settings.fail_on))


def _find_config(targets: list[str]) -> Optional[str]:
    from ..config import find_config

    existing = [os.path.abspath(t) for t in targets if os.path.exists(t)]
    if not existing:
        return None
    return find_config(os.path.commonpath(existing))
