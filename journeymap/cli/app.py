"""The typer application, its global options, and helpers every command shares."""

from __future__ import annotations

import os
import sys
from enum import Enum
from typing import NoReturn, TextIO

import typer

from journeymap import __version__
from journeymap.messages import cli as C

app = typer.Typer(
    name="journeymap",
    help=(
        "Customer journey maps as YAML: check them, find weak stages, and report where to act.\n\n"
        "New here? `journeymap init journey.yaml` writes a map to start from, "
        "`journeymap check journey.yaml` says what to improve and `journeymap show journey.yaml` "
        "draws it in the terminal. Every command has --help."
    ),
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    # Plain help: readable at any width and on a projector, and no "<bool>" after flags.
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class Lang(str, Enum):
    """The languages of --lang."""

    en = "en"
    ja = "ja"


LANG_HELP = (
    "en or ja. Default: JOURNEYMAP_LANG, else the locale (LANG) for messages, the map's own "
    "language for what it draws; machine formats stay English unless asked."
)

# The language this command speaks to the terminal in: set once per command (see speak()).
_spoken = {"lang": None}


def speak(option: "Lang | str | None") -> str:
    """The terminal's language for this command: --lang, JOURNEYMAP_LANG, the locale, or English."""
    from journeymap.i18n import DEFAULT, chosen_language, locale_language

    value = option.value if isinstance(option, Enum) else option
    _spoken["lang"] = chosen_language(value) or locale_language() or DEFAULT
    return _spoken["lang"]


def spoken() -> str:
    return _spoken["lang"] or speak(None)


class ThemeName(str, Enum):
    """The poster's colours, for render and serve."""

    light = "light"
    dark = "dark"


class Audience(str, Enum):
    """Who the drawing is for (render, serve)."""

    team = "team"
    client = "client"


AUDIENCE_HELP = (
    "team (default): the map with what the rules found; client: the map alone, without rule codes, "
    "outlines or the findings table, for the people the journey is about."
)
FIT_HELP = (
    "Fit the poster to a screen or a sheet: 16:9, 4:3, any W:H, a4, a3, a4-portrait, a3-portrait. "
    "The stages fold into bands so the text is as large as that shape allows."
)


def fit_shape(value: str | None):
    """An option callback: --fit's shape, or a message that says what it takes."""
    if value is None:
        return None
    from journeymap.faces.poster.fit import parse_shape

    try:
        return parse_shape(value)
    except ValueError:
        raise typer.BadParameter(say_here(C.BAD_FIT, value=value)) from None


def _version(value: bool) -> None:
    if value:
        typer.echo(f"journeymap {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    ctx: typer.Context,
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version and exit."),
    debug: bool = typer.Option(False, "--debug", help="Show Python tracebacks for internal errors (for bug reports)."),
) -> None:
    ctx.obj = {"debug": debug or bool(os.environ.get("JOURNEYMAP_DEBUG"))}


def is_debug(ctx: typer.Context) -> bool:
    root = ctx.find_root()
    return bool(root.obj and root.obj.get("debug"))


def use_color(stream: TextIO) -> bool:
    """Colour only on a terminal; NO_COLOR wins, FORCE_COLOR forces it (https://no-color.org)."""
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    if os.environ.get("TERM") == "dumb":
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def output_width(stream: TextIO) -> int | None:
    """Columns to fit output to: COLUMNS if set, else the terminal's width, else unknown (a pipe)."""
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    isatty = getattr(stream, "isatty", None)
    if isatty and isatty():
        import shutil

        return shutil.get_terminal_size().columns
    return None


def between(low: float, high: float):
    """An option callback: a number from low to high, said in words (click would print "0.1<=x<=8.0")."""

    def check(value):
        if value is not None and not low <= value <= high:
            raise typer.BadParameter(say_here(C.NOT_BETWEEN, value=f"{value:g}", low=f"{low:g}", high=f"{high:g}"))
        return value

    return check


class OutputBroken(Exception):
    """Standard output or error could not be written (a full disk, a closed pipe): exit 2."""

    def __init__(self, error: OSError):
        super().__init__(error.strerror or str(error))


def emit(text: str, stream: TextIO | None = None, styled: bool = False) -> None:
    """Write text for people or tools: the one sink of every command.

    Control characters from a map are shown visibly, never sent to the terminal
    (``styled`` output comes from a SafeConsole, which has done that already and
    holds colour codes of our own). Writing fails as a usage error, not a traceback.
    """
    from journeymap.i18n import Msg, tr
    from journeymap.textsafe import terminal_safe

    if isinstance(text, Msg):
        text = tr(spoken(), text)
    _write_chunks(stream or sys.stdout, text if styled else terminal_safe(text))


def emit_bytes(data: bytes) -> None:
    """Bytes to standard output (a PNG piped on), with the same failure as :func:`emit`."""
    sys.stdout.flush()
    _write_chunks(sys.stdout.buffer, data)


# One write() of megabytes into a pipe whose reader has gone can end as a short write
# that Python does not report; written in pieces, the next piece fails as it should.
_CHUNK = 64 * 1024


def _write_chunks(stream, data) -> None:
    try:
        for start in range(0, len(data), _CHUNK):
            stream.write(data[start : start + _CHUNK])
            stream.flush()
    except OSError as exc:
        raise OutputBroken(exc) from None


def fail(message, code: int = 2) -> NoReturn:
    """A one-line error on stderr and the exit code (2: usage or unreadable input).

    ``message`` is a catalogue message (said in the terminal's language) or text.
    """
    from journeymap.i18n import tr

    emit(say_here(C.ERROR, message=tr(spoken(), message)) + "\n", sys.stderr)
    raise typer.Exit(code)


def say_here(template, **params) -> str:
    """A catalogue message in the terminal's language."""
    from journeymap.i18n import say, tr

    return tr(spoken(), say(template, **params))
