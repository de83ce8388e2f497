"""`journeymap render --watch`: draw again on every save, say what changed, survive broken saves."""

from __future__ import annotations

import sys
import time

import typer

from journeymap.cli.app import emit


def _say(text: str) -> None:
    emit(text + "\n")


def _changes(before, after, engine) -> list[str]:
    from journeymap.faces.terminal.diff import render
    from journeymap.views.diff import diff_maps

    result = diff_maps(before, after, engine.run(before), engine.run(after), "before", "after")
    if result.empty:
        return ["  no change in customer terms"]
    lines = [line for line in render(result).splitlines()[1:] if line.strip()]
    return ["  " + line for line in lines[:14]] + (["  …"] if len(lines) > 14 else [])


def watch(paths, targets, options, settings, engine) -> None:
    """Render every map now and again on each change; returns only through Ctrl-C (exit 0)."""
    import gc

    from journeymap.cli.common import print_findings
    from journeymap.cli.output import write_atomic
    from journeymap.faces.formats import render_bytes
    from journeymap.faces.graphviz import GraphvizMissing
    from journeymap.faces.poster.png import PngError
    from journeymap.faces.summary import summary_line
    from journeymap.load.loader import MapLoader
    from journeymap.watch import Watcher

    gc.enable()  # a long-running command: collect as usual
    good: dict[str, object] = {}
    sources: set[str] = set(paths)

    def attempt(path: str, target: str) -> None:
        stamp = time.strftime("%H:%M:%S")
        try:
            draw(path, target, stamp)
        except Exception as exc:  # noqa: BLE001 - a watch outlives any one save
            _say(f"[{stamp}] internal error on {path} ({type(exc).__name__}: {exc}); keeping the last good {target}")

    def draw(path: str, target: str, stamp: str) -> None:
        try:
            loaded = MapLoader(settings.max_file_size).load(path)
        except OSError as exc:
            _say(f"[{stamp}] cannot read {path}: {exc.strerror or exc}; keeping the last good {target}")
            return
        sources.update(loaded.sources)
        if not loaded.ok:
            sys.stdout.flush()
            print_findings(loaded, settings)
            _say(f"[{stamp}] {path} has errors; keeping the last good {target}")
            return
        findings = engine.run(loaded.journey)
        try:
            write_atomic(target, render_bytes(loaded.journey, findings, options))
        except (PngError, GraphvizMissing, OSError) as exc:
            _say(f"[{stamp}] could not draw {path}: {exc}; keeping the last good {target}")
            return
        _say(f"[{stamp}] wrote {target} — {summary_line(1, findings).split(': ', 1)[1]}")
        if path in good:
            for line in _changes(good[path], loaded.journey, engine):
                _say(line)
        good[path] = loaded.journey

    for path, target in zip(paths, targets):
        attempt(path, target)
    watcher = Watcher(sorted(sources), max_bytes=settings.max_file_size)
    _say(f"Watching {len(paths)} map{'s' if len(paths) > 1 else ''} for changes; press Ctrl-C to stop.")
    try:
        while watcher.wait():
            for path, target in zip(paths, targets):
                attempt(path, target)
            watcher.watch(sorted(sources))
    except KeyboardInterrupt:
        _say("Stopped watching.")
        raise typer.Exit(0) from None
