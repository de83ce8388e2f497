"""The state of a served map: the last good rendering, the current problem, a version number.

A broken save does not replace the last good map: the page shows the
problem above it until the next good save.
"""

from __future__ import annotations

import html
import threading
from dataclasses import dataclass


@dataclass(frozen=True)
class Snapshot:
    version: int
    title: str
    lang: str
    content: str  # the map as HTML (escaped), or "" before the first good save
    problem: str  # why the latest save cannot be shown, as HTML (escaped), or ""


class LiveMap:
    def __init__(self, path: str, settings, engine, theme: str = "light"):
        self.path = path
        self.settings = settings
        self.engine = engine
        self.theme = theme
        self.sources: set[str] = {path}
        self._lock = threading.Lock()
        self._snapshot = Snapshot(0, path, "en", "", "")

    @property
    def snapshot(self) -> Snapshot:
        with self._lock:
            return self._snapshot

    def refresh(self) -> Snapshot:
        """Load and render the map again; keep the last good content when it is broken."""
        try:
            title, lang, content, problem = self._render()
        except Exception as exc:  # noqa: BLE001 - the page says so; the next save may be fine
            title, lang, content, problem = None, None, None, _problem(f"internal error: {type(exc).__name__}: {exc}")
        return self._update(title, lang, content, problem)

    def fail(self, message: str) -> Snapshot:
        """Show ``message`` above the last good version (an error outside loading and drawing)."""
        return self._update(None, None, None, _problem(message))

    def _update(self, title, lang, content, problem) -> Snapshot:
        with self._lock:
            old = self._snapshot
            if content is None:
                content, title, lang = old.content, old.title, old.lang
            if (content, problem) != (old.content, old.problem):
                self._snapshot = Snapshot(old.version + 1, title, lang, content, problem)
            return self._snapshot

    def _render(self):
        from journeymap.faces.poster.html import content, footer
        from journeymap.faces.poster.svg import PosterOptions, render_svg
        from journeymap.faces.poster.themes import THEMES
        from journeymap.load.loader import MapLoader
        from journeymap.views.layout import build_layout

        try:
            loaded = MapLoader(self.settings.max_file_size).load(self.path)
        except OSError as exc:
            return None, None, None, _problem(f"cannot read {self.path}: {exc.strerror or exc}")
        self.sources.update(loaded.sources)
        if not loaded.ok:
            return None, None, None, _problem(_findings_text(loaded))
        findings = self.engine.run(loaded.journey)
        layout = build_layout(loaded.journey, findings)
        svg = render_svg(layout, PosterOptions(theme=THEMES[self.theme]))
        return layout.title, layout.lang, content(layout, svg) + footer(layout), ""


def _problem(text: str) -> str:
    return (
        '<section class="problem"><strong>The last save cannot be shown; this is the last good version.</strong>'
        f"<pre>{html.escape(text)}</pre></section>"
    )


def _findings_text(loaded) -> str:
    from journeymap.check.run import CheckRun
    from journeymap.faces import ReportOptions
    from journeymap.faces.styled import plain_text
    from journeymap.faces.text import report

    run = CheckRun([loaded.path], sorted(loaded.findings, key=lambda f: f.sort_key), loaded.sources)
    return plain_text(report(run, ReportOptions(summary=False, width=100)))
