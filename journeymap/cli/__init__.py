"""The command line: one module per command, all registered on one typer app.

Commands stay thin: options -> settings -> call the core -> pick a reporter
-> print -> exit code. Heavy libraries are imported inside the commands that
need them.
"""

from __future__ import annotations

import gc
import os
import sys

from .app import app
from . import check as _check  # noqa: F401  (registers the command)
from . import diff as _diff  # noqa: F401
from . import imports as _imports  # noqa: F401
from . import init as _init  # noqa: F401
from . import render as _render  # noqa: F401
from . import report as _report  # noqa: F401
from . import rules as _rules  # noqa: F401
from . import schema as _schema  # noqa: F401
from . import serve as _serve  # noqa: F401
from . import show as _show  # noqa: F401


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
        sys.stderr.write("journeymap: interrupted\n")
        sys.exit(130)
    except Exception as exc:  # the last line of defence: never a traceback unless asked
        if debug:
            raise
        sys.stderr.write(
            f"journeymap: internal error: {type(exc).__name__}: {exc} (run again with --debug for the traceback)\n"
        )
        sys.exit(2)
