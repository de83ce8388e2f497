"""A progress bar for long runs over many maps (site, backlog, report, check): on a terminal only.

It shows on standard error when that is a terminal, never in CI (``CI`` is
set by GitHub Actions, GitLab CI and most others), never with ``TERM=dumb``,
never for a machine format and never for a single file. It names the file
being worked on and disappears when the run ends, so what stays on the
screen is the command's own output. rich is imported only when a bar shows.
"""

from __future__ import annotations

import os
import sys
from contextlib import contextmanager


def shows(files: int, machine: bool = False) -> bool:
    """Whether a run over ``files`` maps draws a bar here."""
    if machine or files < 2:
        return False
    if os.environ.get("CI") or os.environ.get("TERM") == "dumb":
        return False
    isatty = getattr(sys.stderr, "isatty", None)
    return bool(isatty and isatty())


def _nothing(path: str) -> None:
    return None


@contextmanager
def progress(files: list[str], machine: bool = False):
    """``step(path)``, to call as each file starts; a no-op unless :func:`shows`."""
    if not shows(len(files), machine):
        yield _nothing
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from journeymap.faces.styled import safe_console
    from journeymap.textsafe import one_line

    console = safe_console(file=sys.stderr)
    columns = (
        BarColumn(bar_width=30),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.description}", markup=False),
    )
    with Progress(*columns, console=console, transient=True) as bar:
        task = bar.add_task("", total=len(files))
        started = [0]

        def step(path: str) -> None:
            # A file name is map text too: its control characters are shown, never sent.
            bar.update(task, completed=started[0], description=one_line(path))
            started[0] += 1

        yield step
        bar.update(task, completed=len(files))
