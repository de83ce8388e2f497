"""The state of a served map: the last good rendering, the current problem, a version number.

A broken save does not replace the last good map: the page shows the
problem above it until the next good save.
"""

from __future__ import annotations

import html
import threading
from dataclasses import dataclass

from journeymap.i18n import say, tr
from journeymap.messages import words as W


@dataclass(frozen=True)
class Snapshot:
    version: int
    title: str
    lang: str
    content: str  # the map as HTML (escaped), or "" before the first good save
    problem: str  # why the latest save cannot be shown, as HTML (escaped), or ""


class LiveMap:
    def __init__(self, path: str, settings, engine, theme: str = "light", lang: str | None = None):
        self.path = path
        self.settings = settings
        self.engine = engine
        self.theme = theme
        self.lang = lang  # the page's language; None: the map's own
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
            title, lang, content, problem = None, None, None, self._problem(say(W.LIVE_INTERNAL, error=f"{type(exc).__name__}: {exc}"))
        return self._update(title, lang, content, problem)

    def fail(self, message: str) -> Snapshot:
        """Show ``message`` above the last good version (an error outside loading and drawing)."""
        return self._update(None, None, None, self._problem(message))

    def _update(self, title, lang, content, problem) -> Snapshot:
        with self._lock:
            old = self._snapshot
            if content is None:
                content, title, lang = old.content, old.title, old.lang
            if (content, problem) != (old.content, old.problem):
                self._snapshot = Snapshot(old.version + 1, title, lang, content, problem)
            return self._snapshot

    def _problem(self, text) -> str:
        return _problem(text, self.lang or self._snapshot.lang)

    def _render(self):
        from journeymap.check.run import Analyser
        from journeymap.faces.poster.html import content, footer
        from journeymap.faces.poster.svg import PosterOptions, render_svg
        from journeymap.faces.poster.themes import THEMES
        from journeymap.views.layout import build_layout

        try:
            analysed = Analyser(self.settings, self.engine).path(self.path)
        except OSError as exc:
            return None, None, None, self._problem(say(W.LIVE_CANNOT_READ, path=self.path, reason=exc.strerror or str(exc)))
        self.sources.update(analysed.sources)
        if not analysed.ok:
            return None, None, None, self._problem(_findings_text(analysed, self.lang or self._snapshot.lang))
        layout = build_layout(analysed.journey, analysed.findings, lang=self.lang)
        svg = render_svg(layout, PosterOptions(theme=THEMES[self.theme]))
        return layout.title, layout.lang, content(layout, svg) + footer(layout), ""


def _problem(text: str, lang: str) -> str:
    return (
        f'<section class="problem"><strong>{html.escape(tr(lang, say(W.LIVE_PROBLEM)))}</strong>'
        f"<pre>{html.escape(tr(lang, text))}</pre></section>"
    )


def _findings_text(analysed, lang: str) -> str:
    from journeymap.check.run import CheckRun
    from journeymap.faces import ReportOptions
    from journeymap.faces.styled import plain_text
    from journeymap.faces.text import report

    run = CheckRun([analysed.path], list(analysed.findings), analysed.sources)
    return plain_text(report(run, ReportOptions(summary=False, width=100, lang=lang)))
