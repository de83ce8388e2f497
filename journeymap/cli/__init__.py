"""The command line: one module per command, all registered on one typer app.

Commands stay thin: options -> settings -> call the core -> pick a reporter
-> print -> exit code. Heavy libraries are imported inside the commands that
need them.
"""

from __future__ import annotations

import errno
import gc
import os
import sys

import typer

from journeymap.cli import backlog as _backlog  # noqa: F401  (registers the command)
from journeymap.cli import check as _check  # noqa: F401
from journeymap.cli import diff as _diff  # noqa: F401
from journeymap.cli import imports as _imports  # noqa: F401
from journeymap.cli import init as _init  # noqa: F401
from journeymap.cli import render as _render  # noqa: F401
from journeymap.cli import report as _report  # noqa: F401
from journeymap.cli import rules as _rules  # noqa: F401
from journeymap.cli import schema as _schema  # noqa: F401
from journeymap.cli import serve as _serve  # noqa: F401
from journeymap.cli import show as _show  # noqa: F401
from journeymap.cli import site as _site  # noqa: F401
from journeymap.cli.app import OutputBroken, app, say_here
from journeymap.messages import cli as C


def main(argv: list[str] | None = None) -> None:
    args = list(sys.argv[1:] if argv is None else argv)
    # --debug may be typed anywhere on the line; it is a global option.
    debug = "--debug" in args or bool(os.environ.get("JOURNEYMAP_DEBUG"))
    if "--debug" in args:
        args.remove("--debug")
        args.insert(0, "--debug")
    # A command builds large trees of small objects without cycles and then exits: the
    # cyclic collector only costs time here (a quarter of a second on 10,000 touchpoints).
    # The long-running commands (serve, render --watch) switch it back on.
    gc.disable()
    click = _click()

    try:
        # Not standalone: a mistyped option comes back here, to be said in the user's language.
        code = app(args=args, prog_name="journeymap", standalone_mode=False)
    except click.UsageError as exc:
        _usage_error(exc, args)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except (KeyboardInterrupt, typer.Abort):
        sys.stderr.write(f"journeymap: {say_here(C.INTERRUPTED)}\n")
        sys.exit(130)
    except OutputBroken as exc:
        _output_failed(str(exc))
    except OSError as exc:
        # Output written by typer or click itself (--help, usage errors) fails the same way.
        if exc.errno not in _OUTPUT_ERRNOS or debug:
            raise
        _output_failed(exc.strerror or str(exc))
    except Exception as exc:  # the last line of defence: never a traceback unless asked
        if debug:
            raise
        sys.stderr.write(
            f"journeymap: {say_here(C.INTERNAL_ERROR, error=f'{type(exc).__name__}: {exc}')}\n"
        )
        sys.exit(2)
    sys.exit(code if isinstance(code, int) else 0)


def _click():
    """The exceptions of the click that typer runs on: typer 0.2x carries its own copy."""
    try:
        from typer._click import exceptions
    except ImportError:  # typer releases that use the click package itself
        from click import exceptions
    return exceptions


def _usage_error(exc, args: list[str]) -> None:
    """A mistyped command line, exit 2: click's own words in English; in Japanese, ours, with
    the nearest valid choice or option where there is one."""
    click = _click()
    from journeymap.cli.app import speak
    from journeymap.i18n import say, tr

    lang = speak(_lang_asked(args))  # the command never started, so its --lang is read here
    if lang == "en":
        exc.show()
        sys.exit(exc.exit_code)
    ctx = getattr(exc, "ctx", None)
    command = ctx.command_path if ctx is not None else "journeymap"
    known = _usage_message(exc, click)
    message = tr(lang, known) if known is not None else exc.format_message()
    sys.stderr.write(f"{command}: {tr(lang, say(C.USAGE_ERROR))}: {message}\n{tr(lang, say(C.USAGE_HELP, command=command))}\n")
    sys.exit(exc.exit_code)


def _lang_asked(args: list[str]) -> str | None:
    """The value of --lang on a command line that did not parse, if it is there and valid."""
    for index, arg in enumerate(args):
        if arg.startswith("--lang="):
            value = arg.split("=", 1)[1]
        elif arg == "--lang" and index + 1 < len(args):
            value = args[index + 1]
        else:
            continue
        if value in ("en", "ja"):
            return value
    return None


def _usage_message(exc, click):
    """The catalogue message of a usage error journeymap knows how to say, else None."""
    import re

    from journeymap.i18n import Series, say
    from journeymap.suggest import closest

    param = getattr(exc, "param", None)
    name = param.get_error_hint(exc.ctx) if param is not None and exc.ctx is not None else ""
    if isinstance(exc, click.NoSuchOption):
        guess = closest(exc.option_name, sorted(exc.possibilities or ()))
        if guess:
            return say(C.NO_SUCH_OPTION_GUESS, option=exc.option_name, guess=guess)
        return say(C.NO_SUCH_OPTION, option=exc.option_name)
    if isinstance(exc, click.MissingParameter):
        return say(C.MISSING_PARAMETER, name=name.replace("'", "") or "FILE")
    if isinstance(exc, click.BadParameter):
        name = name.replace("'", "")
        choices = getattr(getattr(param, "type", None), "choices", None)
        given = re.match(CLICK_NOT_A_CHOICE, exc.message or "")
        if choices and given:
            value, options = given.group(1), [str(getattr(c, "value", c)) for c in choices]
            guess = closest(value, options)
            if guess:
                return say(C.BAD_CHOICE_GUESS, value=value, option=name, choices=Series(options), guess=guess)
            return say(C.BAD_CHOICE, value=value, option=name, choices=Series(options))
        if name.split(" / ")[0] in (exc.message or ""):
            return exc.message  # journeymap's own check of the value: it names the option already
        return say(C.BAD_VALUE, option=name, message=exc.message)
    command = re.match(CLICK_NO_COMMAND, exc.message or "")
    if command and exc.ctx is not None:
        names = sorted(getattr(exc.ctx.command, "commands", {}) or ())
        guess = closest(command.group(1), names)
        if guess:
            return say(C.NO_SUCH_COMMAND_GUESS, command=command.group(1), guess=guess)
        return say(C.NO_SUCH_COMMAND, command=command.group(1), commands=Series(names))
    return None


# What click says in English, read back to say it in Japanese (patterns, not words for users).
CLICK_NOT_A_CHOICE = r"'(.*)'\sis\snot\s"
CLICK_NO_COMMAND = r"No\ssuch\scommand\s'([^']+)'"

_OUTPUT_ERRNOS = {errno.EPIPE, errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO}


def _output_failed(reason: str) -> None:
    """A full disk or a closed pipe on standard output: one line on stderr, exit 2."""
    _silence_stdout()
    try:
        sys.stderr.write(f"{say_here(C.ERROR, message=say_here(C.CANNOT_WRITE_OUTPUT, reason=reason))}\n")
        sys.stderr.flush()
    except OSError:
        pass
    sys.exit(2)


def _silence_stdout() -> None:
    """Point standard output at /dev/null, so that Python's last flush at exit cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass
