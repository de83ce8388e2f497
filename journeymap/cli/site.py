"""`journeymap site`: a static site of every map under a directory, written into -o."""

from __future__ import annotations

import os
import sys
from typing import List, Optional

import typer

from journeymap.cli.app import LANG_HELP, Lang, app, emit, fail, is_debug, speak

MANIFEST = ".journeymap-site"  # the pages the last build wrote, so that the next removes the ones gone


@app.command(
    short_help="A static site of every map: journeys, personas, departments, a heat map.",
    help=(
        "Build a static site of every map under PATH (found as `check` finds them) into the folder "
        "-o names: an index of journeys that sorts without a server, a page per journey (poster, "
        "report, findings), a page per persona across journeys, a page per owner or department with "
        "its opportunities and pain points across journeys (most urgent first), and a stage x "
        "journey heat map.\n\n"
        "The pages work opened from the file system or on any static host, request nothing from "
        "elsewhere and run no script. The same maps give the same bytes. The site speaks the "
        "maps' language (Japanese maps, Japanese site) unless --lang says otherwise."
    ),
)
def site(
    ctx: typer.Context,
    paths: Optional[List[str]] = typer.Argument(
        None, metavar="PATH...", show_default=False, help="Directories or map files (default: the current directory)."
    ),
    output: str = typer.Option(..., "--output", "-o", metavar="DIR", help="The folder to write the site into (created if missing)."),
    config: Optional[str] = typer.Option(None, "--config", metavar="FILE", help="Configuration to use for the rules."),
    lang: Optional[Lang] = typer.Option(None, "--lang", help=LANG_HELP, show_default=False),
) -> None:
    from journeymap.cli.many import analysed, find_maps, report_problems
    from journeymap.cli.progress import progress
    from journeymap.faces.poster.svg import render_svg
    from journeymap.faces.site import portfolio_pages
    from journeymap.faces.site.journey import broken_page, journey_page
    from journeymap.i18n import chosen_language, say
    from journeymap.messages import site as S
    from journeymap.views.layout import build_layout
    from journeymap.views.portfolio import PortfolioBuilder
    from journeymap.views.report import NO_OWNER, build_report

    speak(lang)
    run = find_maps(paths, config)
    _check_output(output, run.files)
    asked = chosen_language(getattr(lang, "value", None))
    builder = PortfolioBuilder(run.files)
    written: list[str] = []
    broken = []
    with progress(run.files) as step:
        for result in analysed(run, step, is_debug(ctx)):
            if not result.ok:
                broken.append((builder.add(result.path, None, result.findings, None), result.findings))
                continue
            journey = result.journey
            report = build_report(journey, result.findings)
            entry = builder.add(result.path, journey, result.findings, report)
            layout = build_layout(journey, result.findings, lang=asked)
            personas = [builder.persona_entry(journey, p) for p in journey.personas]
            owners = {
                ("" if owner == NO_OWNER else owner): builder.owner_entry(None if owner == NO_OWNER else owner).slug
                for owner in report.backlog
            }
            page = journey_page(
                layout,
                render_svg(layout),
                report,
                [(p.short, f"personas/{p.slug}.html") for p in personas],
                {owner: f"owners/{slug}.html" for owner, slug in owners.items()},
            )
            _write(output, entry.page, page, written)
    report_problems(run, left_out=False)  # the site says it below, with where to find them
    portfolio = builder.build(asked)
    for entry, findings in broken:
        _write(output, entry.page, broken_page(entry.path, entry.title, findings, portfolio.lang), written)
    for name, page in portfolio_pages(portfolio):
        _write(output, name, page, written)
    _forget_old_pages(output, written)
    emit(say(S.WROTE_SITE, count=len(written), path=output))
    emit("\n")
    if run.broken:
        emit(say(S.BROKEN_MAPS, count=len(run.broken)), sys.stderr)
        emit("\n", sys.stderr)
    emit(say(S.OPEN_INDEX, path=os.path.join(output, "index.html")))
    emit("\n")
    raise typer.Exit(run.exit_code)


def _check_output(output: str, files: list[str]) -> None:
    """The site goes into a folder that is not a map and does not hold one it would replace."""
    from journeymap.i18n import say
    from journeymap.messages import site as S

    if os.path.exists(output) and not os.path.isdir(output):
        real = os.path.realpath(output)
        if real in {os.path.realpath(f) for f in files} or output.lower().endswith((".yaml", ".yml")):
            fail(say(S.REFUSE_MAP, path=output))
        fail(say(S.SITE_NEEDS_DIRECTORY, path=output))


def _write(output: str, name: str, page: str, written: list[str]) -> None:
    from journeymap.i18n import say
    from journeymap.messages import cli as C
    from journeymap.output import write_atomic

    target = os.path.join(output, *name.split("/"))
    try:
        write_atomic(target, page.encode("utf-8"), durable=False)
    except OSError as exc:
        fail(say(C.CANNOT_WRITE, path=target, reason=exc.strerror or str(exc)))
    written.append(name)


def _forget_old_pages(output: str, written: list[str]) -> None:
    """Remove the pages the last build wrote and this one did not (a map deleted or renamed since).

    Only pages named in the site's own manifest are removed, never another file.
    """
    from journeymap.output import write_atomic

    manifest = os.path.join(output, MANIFEST)
    previous: list[str] = []
    try:
        with open(manifest, encoding="utf-8") as stream:
            previous = [line.strip() for line in stream if line.strip()]
    except (OSError, UnicodeDecodeError):
        pass
    keep = set(written)
    for name in previous:
        parts = name.split("/")
        if name in keep or not name.endswith(".html") or ".." in parts or name.startswith("/"):
            continue
        try:
            os.unlink(os.path.join(output, *parts))
        except OSError:
            pass
    write_atomic(manifest, ("\n".join(sorted(keep)) + "\n").encode("utf-8"))
