"""Noticing that files changed: file-system events through watchfiles, polling where there are none.

Editors save in different ways (write in place, truncate then write, write a
copy and rename it over the file); events are taken for the folders that hold
the files, so a file replaced by a rename is still seen. A change counts only
when the bytes really differ (touching a file is not an edit), and a save of
several writes in quick succession gives one change.

watchfiles (the Rust `notify` crate: inotify, FSEvents, ReadDirectoryChangesW)
tells of a save within milliseconds. Where it cannot watch (no events on a
network share, the system's limit of watches reached, the package missing)
or where ``JOURNEYMAP_WATCH_POLL`` asks for it, the files are polled.

Files are read as every other file is (:func:`journeymap.load.source.read_limited`):
a map replaced by a link to /dev/zero or by a named pipe, or grown past the
size limit, is a change to report, never a read that cannot end.
"""

from __future__ import annotations

import hashlib
import os
import time
from typing import Callable

from journeymap.load.source import DEFAULT_MAX_BYTES, FileTooLarge, read_limited

Stamp = tuple
DEBOUNCE_MS = 30  # events closer than this are one save
TICK_MS = 200  # how often a wait looks at its stop() while no event comes


def stamp(paths) -> dict[str, Stamp | None]:
    stamps = {}
    for path in paths:
        try:
            info = os.stat(path)
            stamps[path] = (info.st_mtime_ns, info.st_size, info.st_ino, info.st_mode)
        except OSError:
            stamps[path] = None
    return stamps


def digest(paths, max_bytes: int = DEFAULT_MAX_BYTES) -> dict[str, object]:
    """What each file holds, as far as telling a change goes: a hash, or why it cannot be read."""
    digests: dict[str, object] = {}
    for path in paths:
        try:
            digests[path] = hashlib.sha256(read_limited(path, max_bytes)).hexdigest()
        except FileTooLarge as exc:
            digests[path] = ("too-large", exc.size)
        except OSError as exc:
            digests[path] = ("unreadable", exc.errno, exc.strerror)
    return digests


class _Stop:
    """watchfiles' stop_event, asking our stop() (it only calls is_set)."""

    def __init__(self, stop: Callable[[], bool]):
        self.stop = stop

    def is_set(self) -> bool:
        return bool(self.stop())


class Watcher:
    """Waits until the content of any watched file changes.

    ``poll`` (seconds) makes it poll instead of taking events; so does the
    JOURNEYMAP_WATCH_POLL variable. ``events`` says which it is doing."""

    def __init__(
        self,
        paths,
        poll: float | None = None,
        settle: float | None = None,
        sleep: Callable = time.sleep,
        max_bytes: int = DEFAULT_MAX_BYTES,
    ):
        asked = os.environ.get("JOURNEYMAP_WATCH_POLL")
        self.events = poll is None and not asked
        self.poll = poll if poll is not None else float(asked or "0.25")
        self.settle = settle if settle is not None else self.poll
        self.sleep = sleep
        self.max_bytes = max_bytes
        self._stream = None
        self._stream_dirs: tuple[str, ...] = ()
        self._stop: Callable[[], bool] = lambda: False
        self.watch(paths)

    def watch(self, paths) -> None:
        """Watch these paths from now on (the map and, for example, its persona files)."""
        self.paths = list(dict.fromkeys(paths))
        self.stamps = stamp(self.paths)
        self.digests = digest(self.paths, self.max_bytes)
        self._targets = {os.path.realpath(p) for p in self.paths} | {os.path.abspath(p) for p in self.paths}

    def wait(self, stop: Callable[[], bool] = lambda: False) -> bool:
        """Block until a file's content changed (True) or ``stop()`` says so (False)."""
        self._stop = stop
        if self.events:
            try:
                return self._wait_for_events(stop)
            except (ImportError, OSError, RuntimeError):
                # No events here (a missing package, a full inotify table, a filesystem
                # without them): poll from now on, and look once for what was missed.
                self.events = False
                self._stream = None
                if self._changed():
                    return True
        return self._wait_polling(stop)

    def _changed(self) -> bool:
        contents = digest(self.paths, self.max_bytes)
        if contents != self.digests:
            self.digests = contents
            self.stamps = stamp(self.paths)
            return True
        return False

    def _events(self):
        """A stream of event batches for the folders of the watched files (kept between waits, so
        that a save while the last one is being drawn is not missed)."""
        folders = tuple(sorted({os.path.dirname(os.path.abspath(p)) or "." for p in self.paths}))
        if self._stream is None or folders != self._stream_dirs:
            import watchfiles

            self._stream_dirs = folders
            self._stream = watchfiles.watch(
                *folders,
                watch_filter=lambda _, path: path in self._targets or os.path.realpath(path) in self._targets,
                debounce=DEBOUNCE_MS,
                step=5,
                rust_timeout=TICK_MS,
                yield_on_timeout=True,
                stop_event=_Stop(lambda: self._stop()),
                raise_interrupt=False,
                recursive=False,
                ignore_permission_denied=True,
            )
        return self._stream

    def _wait_for_events(self, stop: Callable[[], bool]) -> bool:
        stream = self._events()
        for changes in stream:
            if stop():
                return False
            if changes and self._changed():
                return True
        self._stream = None  # the stream ended: it was stopped
        return False

    def _wait_polling(self, stop: Callable[[], bool]) -> bool:
        while not stop():
            self.sleep(self.poll)
            current = stamp(self.paths)
            if current == self.stamps:
                continue
            # Let the save finish: wait until two looks in a row agree.
            while not stop():
                self.sleep(self.settle)
                again = stamp(self.paths)
                if again == current:
                    break
                current = again
            self.stamps = current
            if self._changed():
                return True
        return False
