"""Analysing maps: the one way every command loads a map and runs the rules on it.

:class:`Analyser` loads a map (from a path or from bytes out of git), keeps the
loader's findings, and when the map is valid runs the rule engine on it: an
:class:`Analysed` value with every finding, sorted. ``check`` runs it over many
files into a :class:`CheckRun`; show, report, render, diff, serve and watch
analyse one map each. The CLI decides what to print and which exit code that
means. One file's failure never stops the others.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from journeymap.check.config import Settings
from journeymap.findings import Finding, Severity
from journeymap.i18n import say
from journeymap.load.loader import Loaded, MapLoader
from journeymap.messages import cli as C


@dataclass
class Analysed:
    """A map as the commands see it: the loaded map and all its findings, loader's and rules', sorted."""

    loaded: Loaded
    findings: list[Finding]

    @property
    def ok(self) -> bool:
        return self.loaded.ok

    @property
    def journey(self):
        return self.loaded.journey

    @property
    def path(self) -> str:
        return self.loaded.path

    @property
    def sources(self) -> dict[str, str]:
        return self.loaded.sources

    @property
    def watched(self) -> set[str]:
        """Every file whose change changes this map: the map, its persona files, its counterpart and
        its survey data (named beside the map), for serve and render --watch to wait on."""
        files = set(self.sources)
        journey = self.journey
        if journey is not None:
            here = os.path.dirname(self.path)
            files.update(os.path.join(here, data.file) for data in journey.data if not os.path.isabs(data.file))
        return files


class Analyser:
    """Loads maps with the configured limits and runs the configured rules on the valid ones."""

    def __init__(self, settings: Settings, engine=None, data_opener=None):
        self.loader = MapLoader(settings.max_file_size, settings.max_data_size, data_opener)
        self.engine = engine

    def path(self, path: str) -> Analysed:
        """Raises OSError when the file cannot be read at all."""
        return self._analyse(self.loader.load(path))

    def data(self, data: bytes, path: str) -> Analysed:
        """A map whose bytes come from elsewhere (git); refs resolve beside ``path``."""
        return self._analyse(self.loader.load_bytes(data, path))

    def _analyse(self, loaded: Loaded) -> Analysed:
        findings = list(loaded.findings)
        if self.engine is not None and loaded.ok:
            findings.extend(self.engine.run(loaded.journey))
        findings = list(dict.fromkeys(findings))
        findings.sort(key=lambda f: f.sort_key)
        return Analysed(loaded, findings)


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


def analyse_each(files: list[str], analyser: Analyser, problems: list, debug: bool = False, step=None):
    """Each file analysed in turn; one that cannot be read (or fails inside) is a problem, never a stop.

    ``step(path)`` is called as each file starts (a progress bar, on a terminal).
    """
    for path in files:
        if step is not None:
            step(path)
        try:
            analysed = analyser.path(path)
        except OSError as exc:
            problems.append(say(C.CANNOT_READ, path=path, reason=exc.strerror or str(exc)))
            continue
        except Exception as exc:  # never a traceback for a user; --debug shows it
            if debug:
                raise
            problems.append(say(C.INTERNAL_ERROR_IN, path=path, error=f"{type(exc).__name__}: {exc}"))
            continue
        yield analysed


def check_files(files: list[str], settings: Settings, engine=None, debug: bool = False, step=None) -> CheckRun:
    run = CheckRun(files=list(files), findings=[])
    unique: set[Finding] = set()
    for analysed in analyse_each(files, Analyser(settings, engine), run.problems, debug, step):
        run.sources.update(analysed.sources)
        # Persona files shared by several maps report their problems once.
        for finding in analysed.findings:
            if finding not in unique:
                unique.add(finding)
                run.findings.append(finding)
    run.findings.sort(key=lambda f: f.sort_key)
    return run
