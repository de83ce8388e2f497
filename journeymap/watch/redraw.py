"""`render --watch`: draw every map again on each save, say what changed, survive broken saves.

The loop speaks through ``say`` (one line at a time, already in the terminal's
language) and shows a broken map's findings through ``show_findings``; it
never prints or exits itself. It returns when the watcher stops or on Ctrl-C.
"""

from __future__ import annotations

import time
from typing import Callable

from journeymap.i18n import speaker


def changes(before, after, engine, lang: str) -> list[str]:
    """What changed between two good versions, as the diff says it (at most 14 lines)."""
    from journeymap.faces.terminal.diff import render
    from journeymap.messages import cli as C
    from journeymap.views.diff import diff_maps

    result = diff_maps(before, after, engine.run(before), engine.run(after), "before", "after")
    if result.empty:
        return ["  " + speaker(lang)(C.WATCH_NO_CHANGE)]
    lines = [line for line in render(result, lang).splitlines()[1:] if line.strip()]
    return ["  " + line for line in lines[:14]] + (["  …"] if len(lines) > 14 else [])


def redraw(paths, targets, options, settings, engine, lang: str, say: Callable[[str], None], show_findings, wait=None) -> None:
    """Draw each map to its target now and after every change of it or of a file it names."""
    from journeymap.check.run import Analyser
    from journeymap.faces.formats import render_bytes
    from journeymap.faces.graphviz import GraphvizMissing
    from journeymap.faces.poster.fonts import DrawingError
    from journeymap.faces.summary import counts_text
    from journeymap.messages import cli as C
    from journeymap.output import write_atomic
    from journeymap.watch.files import Watcher

    w = speaker(lang)
    good: dict[str, object] = {}
    sources: set[str] = set(paths)
    analyser = Analyser(settings, engine)

    def draw(path: str, target: str, stamp: str) -> None:
        try:
            analysed = analyser.path(path)
        except OSError as exc:
            say(w(C.WATCH_CANNOT_READ, time=stamp, path=path, reason=exc.strerror or str(exc), target=target))
            return
        sources.update(analysed.watched)
        if not analysed.ok:
            show_findings(analysed)
            say(w(C.WATCH_HAS_ERRORS, time=stamp, path=path, target=target))
            return
        try:
            write_atomic(target, render_bytes(analysed.journey, analysed.findings, options))
        except (DrawingError, GraphvizMissing, OSError) as exc:
            say(w(C.WATCH_CANNOT_DRAW, time=stamp, path=path, reason=str(exc), target=target))
            return
        counts = counts_text(analysed.findings, lang) or w(C.NO_FINDINGS)
        say(w(C.WATCH_WROTE, time=stamp, target=target, counts=counts))
        if path in good:
            for line in changes(good[path], analysed.journey, engine, lang):
                say(line)
        good[path] = analysed.journey

    def attempt(path: str, target: str) -> None:
        stamp = time.strftime("%H:%M:%S")
        try:
            draw(path, target, stamp)
        except Exception as exc:  # noqa: BLE001 - a watch outlives any one save
            say(w(C.WATCH_INTERNAL, time=stamp, path=path, error=f"{type(exc).__name__}: {exc}", target=target))

    for path, target in zip(paths, targets):
        attempt(path, target)
    watcher = Watcher(sorted(sources), max_bytes=settings.max_file_size)
    say(w(C.WATCHING, count=len(paths)))
    try:
        while watcher.wait():
            for path, target in zip(paths, targets):
                attempt(path, target)
            watcher.watch(sorted(sources))
    except KeyboardInterrupt:
        say(w(C.WATCH_STOPPED))
