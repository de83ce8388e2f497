"""Check a list of map files: load each, analyse it, collect findings.

Returns a :class:`CheckRun` value; the CLI decides what to print and which
exit code that means. One file's failure never stops the others.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from journeymap.check.config import Settings
from journeymap.findings import Finding, Severity
from journeymap.load.loader import Loaded, MapLoader

# Runs the analysis rules on a loaded map; returns their findings.
Analyser = Callable[[Loaded], list[Finding]]


@dataclass
class CheckRun:
    files: list[str]
    findings: list[Finding]
    sources: dict[str, str] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)  # files that could not be checked at all

    def failing(self, fail_on: str) -> bool:
        threshold = Severity(fail_on).rank
        return any(f.severity.rank >= threshold for f in self.findings)

    def exit_code(self, fail_on: str) -> int:
        if self.problems:
            return 2
        return 1 if self.failing(fail_on) else 0


def check_files(
    files: list[str],
    settings: Settings,
    analyse: Analyser | None = None,
    debug: bool = False,
) -> CheckRun:
    loader = MapLoader(settings.max_file_size)
    run = CheckRun(files=list(files), findings=[])
    unique: set[Finding] = set()
    for path in files:
        try:
            loaded = loader.load(path)
            found = list(loaded.findings)
            if analyse is not None and loaded.ok:
                found.extend(analyse(loaded))
        except OSError as exc:
            run.problems.append(f"{path}: cannot read: {exc.strerror or exc}")
            continue
        except Exception as exc:  # never a traceback for a user; --debug shows it
            if debug:
                raise
            run.problems.append(
                f"{path}: internal error ({type(exc).__name__}: {exc}); run with --debug for the traceback"
            )
            continue
        run.sources.update(loaded.sources)
        # Persona files shared by several maps report their problems once.
        for finding in found:
            if finding not in unique:
                unique.add(finding)
                run.findings.append(finding)
    run.findings.sort(key=lambda f: f.sort_key)
    return run
