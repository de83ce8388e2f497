"""Steps every command shares: the configuration, the rule engine, analysing one map, the languages."""

from __future__ import annotations

import os
import sys
from typing import Optional

from journeymap.cli.app import emit, fail, output_width, spoken, use_color
from journeymap.messages import cli as C


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
        fail(exc.message)


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
        fail(exc.message)
    return Engine(chosen or settings.select, settings.ignore + skipped, settings.rules)


def analyse_one(path: str, settings, engine=None):
    """Load one map and run the rules on it: the Analysed value; a missing or unreadable file exits 2."""
    from journeymap.check.run import Analyser

    if not os.path.exists(path):
        fail(_say(C.NO_SUCH_FILE, path=path))
    if os.path.isdir(path):
        fail(_say(C.IS_A_DIRECTORY, path=path))
    try:
        return Analyser(settings, engine).path(path)
    except OSError as exc:
        fail(_say(C.CANNOT_READ, path=path, reason=exc.strerror or str(exc)))


def print_findings(analysed, summary: bool = True) -> None:
    """Why a map cannot be used: its findings on stderr, as `check` would print them
    (``summary=False``: without the "Checked 1 file" line, for one map among many)."""
    from journeymap.check.run import CheckRun
    from journeymap.faces import ReportOptions
    from journeymap.faces.styled import styled_text
    from journeymap.faces.text import report

    run = CheckRun([analysed.path], list(analysed.findings), analysed.sources)
    options = ReportOptions(color=use_color(sys.stderr), width=output_width(sys.stderr), lang=spoken(), summary=summary)
    emit(styled_text(report(run, options), options.color), sys.stderr, styled=True)


def require_valid(analysed, code: int = 1) -> None:
    """Stop with the map's findings on stderr when it has structural errors."""
    import typer

    if not analysed.ok:
        print_findings(analysed)
        raise typer.Exit(code)


def audience_language(option, journey) -> str:
    """What a poster, page or report is written in: --lang, JOURNEYMAP_LANG, else the map's own language."""
    from journeymap.i18n import chosen_language
    from journeymap.views.report import language_of

    return chosen_language(_value(option)) or language_of(journey)


def machine_language(option) -> str:
    """JSON, SARIF, GitHub and concise output: English unless --lang or JOURNEYMAP_LANG asks otherwise."""
    from journeymap.i18n import DEFAULT, chosen_language

    return chosen_language(_value(option)) or DEFAULT


def _value(option):
    return getattr(option, "value", option)


def _say(template, **params):
    from journeymap.i18n import say

    return say(template, **params)
