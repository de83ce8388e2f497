"""`journeymap report DIR` (or several files): the report's numbers across a portfolio of maps."""

from __future__ import annotations

import sys

import typer

from journeymap.cli.app import emit, is_debug, output_width, speak, use_color


def portfolio_report(ctx: typer.Context, paths: list[str], fmt: str, top: int, config, lang) -> None:
    """Analyse every map under ``paths`` and print the portfolio in ``fmt``; exits with the run's code."""
    from journeymap.cli.common import machine_language
    from journeymap.cli.many import analysed, find_maps, report_problems
    from journeymap.cli.progress import progress
    from journeymap.i18n import chosen_language
    from journeymap.views.portfolio import PortfolioBuilder
    from journeymap.views.report import build_report

    speak(lang)
    run = find_maps(paths, config)
    builder = PortfolioBuilder(run.files)
    with progress(run.files, machine=fmt == "json") as step:
        for result in analysed(run, step, is_debug(ctx)):
            report = build_report(result.journey, result.findings) if result.ok else None
            builder.add(result.path, result.journey if result.ok else None, result.findings, report)
    report_problems(run)
    if fmt == "json":
        from journeymap.faces.portfolio import portfolio_json

        emit(portfolio_json(builder.build(), top, run.problems, machine_language(lang)))
    else:
        portfolio = builder.build(chosen_language(getattr(lang, "value", None)))
        if fmt == "md":
            from journeymap.faces.markdown.portfolio import render

            emit(render(portfolio, portfolio.lang, top))
        else:
            from journeymap.faces.terminal.portfolio import render

            color = use_color(sys.stdout)
            emit(render(portfolio, output_width(sys.stdout) or 100, color, portfolio.lang, top), styled=color)
    raise typer.Exit(run.exit_code)
