"""Steps several commands share: finding the configuration, building the rule engine, loading one map."""

from __future__ import annotations

import os
from typing import Optional

from journeymap.cli.app import fail


def find_config_for(targets: list[str]) -> Optional[str]:
    from journeymap.check.config import find_config

    existing = [os.path.abspath(t) for t in targets if os.path.exists(t)]
    if not existing:
        return None
    return find_config(os.path.commonpath(existing))


def settings_for(targets: list[str], config: Optional[str]):
    """The settings for these paths (or from --config); configuration errors exit 2."""
    from journeymap.check.config import ConfigError, load_settings

    try:
        return load_settings(config if config else find_config_for(targets))
    except ConfigError as exc:
        fail(str(exc))


def split_selectors(values: Optional[list[str]]) -> tuple[str, ...]:
    return tuple(part.strip() for value in values or () for part in value.split(",") if part.strip())


def engine_for(settings, select: Optional[list[str]] = None, ignore: Optional[list[str]] = None):
    """The rule engine: --select replaces the configured selection, --ignore adds to it."""
    from journeymap.check.engine import Engine, SelectionError, validate_selectors

    chosen, skipped = split_selectors(select), split_selectors(ignore)
    try:
        validate_selectors(chosen, "--select")
        validate_selectors(skipped, "--ignore")
    except SelectionError as exc:
        fail(str(exc))
    return Engine(chosen or settings.select, settings.ignore + skipped, settings.rules)


def load_one(path: str, settings, debug: bool = False):
    """Load a single map for a command that needs a valid one (report, show, render).

    Returns the Loaded value; a missing or unreadable file exits 2.
    """
    from journeymap.load.loader import MapLoader

    if not os.path.exists(path):
        fail(f"{path}: no such file or directory")
    if os.path.isdir(path):
        fail(f"{path} is a directory; name one map file")
    try:
        return MapLoader(settings.max_file_size).load(path)
    except OSError as exc:
        fail(f"{path}: cannot read: {exc.strerror or exc}")


def print_findings(loaded, settings) -> None:
    """Why a map cannot be used: its findings on stderr, as `check` would print them."""
    import sys

    from journeymap.check.run import CheckRun
    from journeymap.cli.app import emit, output_width, use_color
    from journeymap.faces import ReportOptions
    from journeymap.faces.styled import styled_text
    from journeymap.faces.text import report

    run = CheckRun([loaded.path], sorted(loaded.findings, key=lambda f: f.sort_key), loaded.sources)
    options = ReportOptions(color=use_color(sys.stderr), width=output_width(sys.stderr))
    emit(styled_text(report(run, options), options.color), sys.stderr, styled=True)
