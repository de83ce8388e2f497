"""The state of a served map: the last good rendering, the current problem, a version number.

A broken save does not replace the last good map: the page shows the
problem above it until the next good save. Pages wait on :meth:`LiveMap.wait`
and hear of a new version the moment it exists (the server pushes it to them).

The overview is the poster fitted to a 16:9 screen; the page of one stage is
drawn when a browser first asks for it, once per version.
"""

from __future__ import annotations

import html
import threading
from dataclasses import dataclass

from journeymap.i18n import say, tr
from journeymap.messages import words as W

SCREEN = "16:9"  # the shape of the overview and of each stage's page: a projector's


@dataclass(frozen=True)
class Snapshot:
    version: int
    title: str
    lang: str
    content: str  # the map as HTML (escaped), or "" before the first good save
    problem: str  # why the latest save cannot be shown, as HTML (escaped), or ""
    stages: tuple[str, ...] = ()  # the stages' names, in order (for the page's navigation)


class LiveMap:
    def __init__(
        self, path: str, settings, engine, theme: str = "light", lang: str | None = None, audience: str = "team",
        compare: str | None = None,
    ):
        self.path = path
        self.compare = compare  # the other state's map: the page toggles between current, future and both
        self.settings = settings
        self.engine = engine
        self.theme = theme
        self.lang = lang  # the page's language; None: the map's own
        self.audience = audience
        self.sources: set[str] = {path} | ({compare} if compare else set())
        self._overlay = None  # of the last good drawing, for the pages of single stages
        self._lock = threading.Lock()
        self._changed = threading.Condition(self._lock)
        self._snapshot = Snapshot(0, path, "en", "", "")
        self._layout = None  # the last good layout, for the pages of single stages
        self._stage_pages: dict[int, str] = {}  # of the last good drawing, by stage

    @property
    def snapshot(self) -> Snapshot:
        with self._lock:
            return self._snapshot

    def wait(self, version: int, timeout: float) -> Snapshot:
        """The snapshot once its version is not ``version`` any more, or after ``timeout`` seconds."""
        with self._changed:
            self._changed.wait_for(lambda: self._snapshot.version != version, timeout)
            return self._snapshot

    def refresh(self) -> Snapshot:
        """Load and render the map again; keep the last good content when it is broken."""
        try:
            title, lang, content, problem, layout = self._render()
        except Exception as exc:  # noqa: BLE001 - the page says so; the next save may be fine
            title, lang, content, layout = None, None, None, None
            problem = self._problem(say(W.LIVE_INTERNAL, error=f"{type(exc).__name__}: {exc}"))
        return self._update(title, lang, content, problem, layout)

    def fail(self, message: str) -> Snapshot:
        """Show ``message`` above the last good version (an error outside loading and drawing)."""
        return self._update(None, None, None, self._problem(message), None)

    def stage(self, index: int) -> str | None:
        """The page of one stage (0-based) as HTML, with the current problem above it; None if no such stage."""
        with self._lock:
            snap, layout, pages = self._snapshot, self._layout, self._stage_pages
        if layout is None or not 0 <= index < len(layout.columns):
            return None
        page = pages.get(index)
        if page is None:
            page = pages[index] = f'<div class="poster fill">{self._poster(layout, index)}</div>'
        return snap.problem + page

    def _update(self, title, lang, content, problem, layout) -> Snapshot:
        with self._changed:
            old = self._snapshot
            stages = old.stages
            if content is None:
                content, title, lang = old.content, old.title, old.lang
            else:
                self._layout = layout
                stages = tuple(column.name for column in layout.columns)
            if (content, problem) != (old.content, old.problem):
                if content != old.content:
                    self._stage_pages = {}  # a new drawing: its stage pages are drawn when asked for
                self._snapshot = Snapshot(old.version + 1, title, lang, content, problem, stages)
                self._changed.notify_all()
            return self._snapshot

    def _problem(self, text) -> str:
        return _problem(text, self.lang or self._snapshot.lang)

    def _poster(self, layout, stage: int | None = None, overlay=None) -> str:
        from journeymap.faces.poster.fit import parse_shape
        from journeymap.faces.poster.svg import PosterOptions, render_svg
        from journeymap.faces.poster.themes import THEMES

        options = PosterOptions(
            theme=THEMES[self.theme], audience=self.audience, stage=stage, fit=parse_shape(SCREEN),
            overlay=overlay if stage is None else self._overlay,
        )
        return render_svg(layout, options)

    def _render(self):
        from journeymap.check.run import Analyser
        from journeymap.faces.poster.html import presentation
        from journeymap.views.layout import build_layout

        try:
            analysed = Analyser(self.settings, self.engine).path(self.path)
        except OSError as exc:
            problem = self._problem(say(W.LIVE_CANNOT_READ, path=self.path, reason=exc.strerror or str(exc)))
            return None, None, None, problem, None
        self.sources.update(analysed.watched)
        if not analysed.ok:
            return None, None, None, self._problem(_findings_text(analysed, self.lang or self._snapshot.lang)), None
        if self.compare is not None:
            return self._render_states(analysed)
        layout = build_layout(analysed.journey, analysed.findings, lang=self.lang)
        return layout.title, layout.lang, presentation(layout, self._poster(layout), self.audience), "", layout

    def _render_states(self, this):
        """Both states: the overlay first, then the future and the current alone (the page shows one)."""
        from journeymap.check.run import Analyser
        from journeymap.faces.poster.html import presentation
        from journeymap.messages import compare as M
        from journeymap.views.compare import build_overlay, this_is_before
        from journeymap.views.layout import build_layout

        try:
            other = Analyser(self.settings, self.engine).path(self.compare)
        except OSError as exc:
            problem = self._problem(say(W.LIVE_CANNOT_READ, path=self.compare, reason=exc.strerror or str(exc)))
            return None, None, None, problem, None
        self.sources.update(other.watched)
        if not other.ok:
            return None, None, None, self._problem(_findings_text(other, self.lang or self._snapshot.lang)), None
        before, after = (this, other) if this_is_before(this.journey, other.journey) else (other, this)
        layout = build_layout(after.journey, after.findings, lang=self.lang)
        before_layout = build_layout(before.journey, before.findings, lang=layout.lang)
        words = {"current": say(M.CURRENT_STATE), "future": say(M.FUTURE_STATE)}
        self._overlay = overlay = build_overlay(
            layout, before.journey, after.journey, words.get(before.journey.state, before.path),
            words.get(after.journey.state, after.path),
        )
        states = (("after", self._poster(layout)), ("before", self._poster(before_layout)))
        content = presentation(layout, self._poster(layout, overlay=overlay), self.audience, states)
        return layout.title, layout.lang, content, "", layout


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
