"""`journeymap diff`: what changed between two versions of a map, in customer terms."""

from __future__ import annotations

import sys
from enum import Enum
from typing import Optional

import typer

from journeymap.cli.app import LANG_HELP, Lang, app, emit, fail, say_here, speak
from journeymap.i18n import Series, say, tr
from journeymap.messages import cli as C


class DiffFormat(str, Enum):
    text = "text"
    md = "md"
    json = "json"


@app.command(
    short_help="What changed between two versions of a map, in customer terms.",
    help=(
        "Show what changed between two versions of a map: stage averages and scores per persona, "
        "stages, touchpoints and personas added, removed, renamed or moved, pain points and "
        "opportunities, and findings that are new or resolved.\n\n"
        "\b\n"
        "journeymap diff OLD.yaml NEW.yaml    compares two files\n"
        "journeymap diff map.yaml --rev main  compares the file with its version in git\n\n"
        "--format md is ready to paste as a pull-request comment. Exit code 0, or 1 with "
        "--fail-on-regression when a stage average fell or a new warning or error appeared."
    )
)
def diff(
    old: str = typer.Argument(..., metavar="OLD|FILE", help="The old version, or the file to compare with --rev."),
    new: Optional[str] = typer.Argument(None, metavar="[NEW]", help="The new version (not with --rev)."),
    rev: Optional[str] = typer.Option(None, "--rev", metavar="REV", help="Compare FILE with its version at this git revision."),
    output_format: DiffFormat = typer.Option(DiffFormat.text, "--format", "-f", help="text, md or json."),
    fail_on_regression: bool = typer.Option(
        False, "--fail-on-regression", help="Exit 1 when a stage average fell or a new warning or error appeared."
    ),
    config: Optional[str] = typer.Option(None, "--config", metavar="FILE", help="Configuration for the rules."),
    lang: Optional[Lang] = typer.Option(None, "--lang", help=LANG_HELP, show_default=False),
) -> None:
    from journeymap.check.run import Analysed, Analyser
    from journeymap.cli.common import analyse_one, audience_language, engine_for, machine_language, print_findings, settings_for
    from journeymap.faces import DIFF_FACES, get_face
    from journeymap.load.data import DEFAULT_MAX_DATA_BYTES
    from journeymap.load.git import GitError, opener_at_revision, read_at_revision
    from journeymap.load.loader import Loaded
    from journeymap.model import Journey
    from journeymap.views.diff import diff_maps

    said = speak(lang)
    if (new is None) == (rev is None):
        fail(say(C.DIFF_USAGE))
    current = new if new is not None else old
    settings = settings_for([current], config)
    engine = engine_for(settings)
    after = analyse_one(current, settings, engine)
    if rev is not None:
        try:
            data = read_at_revision(current, rev)
        except GitError as exc:
            fail(exc.message)
        old_label, new_label = rev, say_here(C.WORKING_TREE)
        if data is None:
            # The map is new since that revision: everything in it is an addition, and the label says why.
            old_label = say_here(C.DID_NOT_EXIST, revision=rev)
            before = Analysed(Loaded(current, Journey(title=after.path, stages=(), path=current), []), [])
        else:
            # Its survey files too, as they were at that revision (diff shows how the metrics moved).
            opener = opener_at_revision(rev, settings.max_data_size or DEFAULT_MAX_DATA_BYTES)
            before = Analyser(settings, engine, data_opener=opener).data(data, current)
    else:
        before = analyse_one(old, settings, engine)
        old_label, new_label = old, new
    for analysed, label in ((before, old_label), (after, new_label)):
        if not analysed.ok:
            print_findings(analysed)
            fail(say(C.VERSION_HAS_ERRORS, label=label), code=1)
    result = diff_maps(before.journey, after.journey, before.findings, after.findings, old_label, new_label)
    face = get_face(DIFF_FACES, output_format.value)
    if output_format is DiffFormat.json:
        emit(face(result, machine_language(lang)))
    elif output_format is DiffFormat.md:
        emit(face(result, audience_language(lang, after.journey)))
    else:
        emit(face(result, said))
    regressions = result.regressions()
    if fail_on_regression and regressions:
        emit(say_here(C.REGRESSION, reasons=tr(said, Series(regressions, ("; ", "。")))) + "\n", sys.stderr)
        raise typer.Exit(1)
