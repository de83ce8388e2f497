"""Noticing that files changed, by polling: portable, no dependency, debounced.

Editors save in different ways (write in place, truncate then write, write a
copy and rename it); each shows up as a change of size, modification time or
inode. A change counts once the files have stopped changing for a moment, so
a save that takes several writes gives one event, and only when the bytes
really differ (touching a file is not an edit).

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


class Watcher:
    """Waits until the content of any watched file changes."""

    def __init__(
        self,
        paths,
        poll: float | None = None,
        settle: float | None = None,
        sleep: Callable = time.sleep,
        max_bytes: int = DEFAULT_MAX_BYTES,
    ):
        self.poll = poll if poll is not None else float(os.environ.get("JOURNEYMAP_WATCH_POLL", "0.25"))
        self.settle = settle if settle is not None else self.poll
        self.sleep = sleep
        self.max_bytes = max_bytes
        self.watch(paths)

    def watch(self, paths) -> None:
        """Watch these paths from now on (the map and, for example, its persona files)."""
        self.paths = list(dict.fromkeys(paths))
        self.stamps = stamp(self.paths)
        self.digests = digest(self.paths, self.max_bytes)

    def wait(self, stop: Callable[[], bool] = lambda: False) -> bool:
        """Block until a file's content changed (True) or ``stop()`` says so (False)."""
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
            contents = digest(self.paths, self.max_bytes)
            if contents != self.digests:
                self.digests = contents
                return True
        return False
