"""`journeymap import mermaid`: a Mermaid journey diagram as a journey map.

Importing this module registers the `import` command group on the app.
"""

from __future__ import annotations

import os
import sys
from typing import Optional

import typer

from journeymap.cli.app import LANG_HELP, Lang, app, emit, fail, say_here, speak, spoken
from journeymap.i18n import Series, say, tr
from journeymap.messages import cli as C
from journeymap.messages import words as W

import_app = typer.Typer(
    help="Create a journey map from a diagram written elsewhere (Mermaid `journey`).",
    no_args_is_help=True,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)
app.add_typer(import_app, name="import", short_help="Create a journey map from a Mermaid journey diagram.")


@import_app.command(
    "mermaid",
    short_help="Turn a Mermaid journey diagram into a journey map.",
    help=(
        "Read a Mermaid `journey` diagram (a .mmd file, or the ```mermaid and ::: mermaid blocks of "
        "Markdown, the <pre class=\"mermaid\"> and <div class=\"mermaid\"> elements of HTML, the "
        ".. mermaid:: directives of reStructuredText) and write it as a journey map: sections become "
        "stages, tasks touchpoints, actors personas, every score is kept.\n\n"
        "The YAML goes to standard output unless -o names a file. Notes go to stderr as FILE:LINE: a "
        "line that cannot be read is skipped, a score that is not a number leaves its touchpoint "
        "unscored, scores beyond Mermaid's 0..5 widen the map's scale. The map always passes "
        "`journeymap check` without errors, and `render --format mermaid` gives the diagram back."
    ),
)
def mermaid(
    path: str = typer.Argument(
        ..., metavar="FILE", help="A .mmd diagram, or a Markdown, HTML or reStructuredText file holding Mermaid blocks."
    ),
    index: int = typer.Option(
        1, "--index", "-n", min=1, metavar="N", help="Which journey diagram of the file to read (1 is the first)."
    ),
    output: Optional[str] = typer.Option(
        None, "--output", "-o", metavar="PATH", help="Write the map to this file (- for standard output)."
    ),
    force: bool = typer.Option(False, "--force", help="Replace PATH if it already exists."),
    lang: Optional[Lang] = typer.Option(None, "--lang", help=LANG_HELP, show_default=False),
) -> None:
    from journeymap.load.mermaid.to_map import DiagramIndexError, NoJourneyDiagram, import_mermaid

    speak(lang)
    text = _read(path)
    if output not in (None, "-"):
        _check_target(output, path, force)
    try:
        imported = import_mermaid(text, path, index)
    except DiagramIndexError as exc:
        fail(exc.message)
    except NoJourneyDiagram as exc:
        fail(exc.message, 1)
    for problem in imported.problems:
        emit(f"{path}:{problem.line}: {tr(spoken(), problem.message)}\n", sys.stderr)
    if output in (None, "-"):
        emit(imported.yaml)
        return
    from journeymap.output import write_atomic

    try:
        write_atomic(output, imported.yaml.encode("utf-8"))
    except OSError as exc:
        fail(say(C.CANNOT_WRITE, path=output, reason=exc.strerror or str(exc)))
    journey = imported.journey
    touchpoints = sum(len(stage.touchpoints) for stage in journey.stages)
    counts = Series(
        [say(W.STAGES, count=len(journey.stages)), say(W.TOUCHPOINTS, count=touchpoints), say(C.PERSONAS, count=len(journey.personas))]
    )
    emit(say_here(C.WROTE_COUNTS, path=output, counts=counts) + "\n")


def _read(path: str) -> str:
    from journeymap.load.mermaid.blocks import DiagramFileError, read_diagram_file

    try:
        return read_diagram_file(path)
    except DiagramFileError as exc:
        fail(exc.message)


def _check_target(output: str, source: str, force: bool) -> None:
    """Refuse to write over the input, over an existing file (unless --force), or into nowhere."""
    if os.path.exists(output) and os.path.realpath(output) == os.path.realpath(source):
        fail(say(C.IMPORT_OVER_INPUT, path=output))
    if os.path.isdir(output):
        fail(say(C.IMPORT_TO_DIRECTORY, path=output))
    if os.path.exists(output) and not force:
        fail(say(C.IMPORT_EXISTS, path=output))
    parent = os.path.dirname(os.path.abspath(output))
    if not os.path.isdir(parent):
        fail(say(C.NO_DIRECTORY, path=output, folder=os.path.dirname(output) or "."))
