"""Analysing many maps, one at a time: what site, backlog and report of a directory share.

The maps are found as `check` finds them (journeymap/check/discover.py) and
analysed one after another, so that memory holds one map at a time and what
each command keeps of it. A file that cannot be read is a problem (exit 2),
a map with errors is reported on stderr and left out (exit 1); the others
go on.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from typing import Iterator, Optional

from journeymap.cli.app import emit, fail, spoken
from journeymap.messages import cli as C


@dataclass
class Run:
    """The maps of one command and what went wrong with some of them."""

    files: list[str]
    settings: object
    engine: object
    problems: list = field(default_factory=list)  # catalogue messages: files that could not be read
    broken: list[str] = field(default_factory=list)  # maps with errors, left out

    @property
    def exit_code(self) -> int:
        if self.problems:
            return 2
        return 1 if self.broken else 0


def find_maps(paths: Optional[list[str]], config: Optional[str]) -> Run:
    """The maps under ``paths`` (default: the current directory); no map at all exits 2."""
    from journeymap.check.discover import DiscoveryError, Excluder, discover
    from journeymap.cli.common import engine_for, settings_for

    targets = list(paths) if paths else ["."]
    settings = settings_for(targets, config)
    engine = engine_for(settings)
    try:
        files = discover(targets, settings.max_file_size, Excluder(settings.exclude, settings.base))
    except DiscoveryError as exc:
        fail(exc.message)
    return Run(files, settings, engine)


def analysed(run: Run, step=None, debug: bool = False) -> Iterator:
    """Each map of ``run`` analysed, in order (``Analysed``, valid or not); unreadable files are recorded.

    ``step(path)`` is called as each file starts (the progress bar). A map with
    errors is yielded too (the site shows its findings) and its findings go to stderr.
    """
    from journeymap.check.run import Analyser, analyse_each
    from journeymap.cli.common import print_findings

    for result in analyse_each(run.files, Analyser(run.settings, run.engine), run.problems, debug, step):
        if not result.ok:
            run.broken.append(result.path)
            print_findings(result, summary=False)
        yield result


def report_problems(run: Run, left_out: bool = True) -> None:
    """Files that could not be read at all, one line each on stderr; then one line naming the
    maps left out because they have errors (their findings were printed as they were met)."""
    from journeymap.i18n import Series, say, tr

    for problem in run.problems:
        emit(tr(spoken(), say(C.ERROR, message=problem)) + "\n", sys.stderr)
    if run.broken and left_out:
        used = len(run.files) - len(run.broken) - len(run.problems)
        line = say(C.MAPS_LEFT_OUT, count=len(run.broken), used=used, paths=Series(run.broken))
        emit(tr(spoken(), line) + "\n", sys.stderr)
