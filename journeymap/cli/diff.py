"""`journeymap diff`: what changed between two versions of a map, in customer terms."""

from __future__ import annotations

import sys
from enum import Enum
from typing import Optional

import typer

from journeymap.cli.app import app, emit, fail


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
) -> None:
    from journeymap.cli.common import engine_for, load_one, print_findings, settings_for
    from journeymap.load.git import GitError, read_at_revision
    from journeymap.load.loader import Loaded, MapLoader
    from journeymap.model import Journey
    from journeymap.views.diff import diff_maps

    if (new is None) == (rev is None):
        fail("give two files (journeymap diff OLD NEW) or one file and a revision (journeymap diff FILE --rev REV)")
    current = new if new is not None else old
    settings = settings_for([current], config)
    after = load_one(current, settings)
    if rev is not None:
        try:
            data = read_at_revision(current, rev)
        except GitError as exc:
            fail(str(exc))
        old_label, new_label = rev, "working tree"
        if data is None:
            # The map is new since that revision: everything in it is an addition, and the label says why.
            old_label = f"{rev} (the file did not exist)"
            before = Loaded(current, Journey(title=after.path, stages=(), path=current), [])
        else:
            before = MapLoader(settings.max_file_size).load_bytes(data, current)
    else:
        before = load_one(old, settings)
        old_label, new_label = old, new
    for loaded, label in ((before, old_label), (after, new_label)):
        if not loaded.ok:
            print_findings(loaded, settings)
            fail(f"the {label} version has errors; fix them before comparing", code=1)
    engine = engine_for(settings)
    # A map that did not exist at the revision has no findings to resolve.
    old_findings = engine.run(before.journey) if before.journey.span is not None else []
    result = diff_maps(before.journey, after.journey, old_findings, engine.run(after.journey), old_label, new_label)
    if output_format is DiffFormat.json:
        import dataclasses
        import json

        data = dataclasses.asdict(result)
        data["introduced"] = [f.to_dict() for f in result.introduced]
        data["resolved"] = [f.to_dict() for f in result.resolved]
        data["regressions"] = result.regressions()
        from journeymap.textsafe import json_safe

        emit(json_safe(json.dumps(data, ensure_ascii=False, indent=2)) + "\n")
    elif output_format is DiffFormat.md:
        from journeymap.faces.markdown.diff import render

        emit(render(result))
    else:
        from journeymap.faces.terminal.diff import render

        emit(render(result))
    regressions = result.regressions()
    if fail_on_regression and regressions:
        emit("journeymap: regression: " + "; ".join(regressions) + "\n", sys.stderr)
        raise typer.Exit(1)
