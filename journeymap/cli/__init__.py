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
    try:
        app(args=args, prog_name="journeymap")
    except KeyboardInterrupt:
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
