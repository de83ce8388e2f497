"""Noticing that files changed, by polling: portable, no dependency, debounced.

Editors save in different ways (write in place, truncate then write, write a
copy and rename it); each shows up as a change of size, modification time or
inode. A change counts once the files have stopped changing for a moment, so
a save that takes several writes gives one event, and only when the bytes
really differ (touching a file is not an edit).
"""

from __future__ import annotations

import hashlib
import os
import time
from typing import Callable

Stamp = tuple


def stamp(paths) -> dict[str, Stamp | None]:
    stamps = {}
    for path in paths:
        try:
            info = os.stat(path)
            stamps[path] = (info.st_mtime_ns, info.st_size, info.st_ino)
        except OSError:
            stamps[path] = None
    return stamps


def digest(paths) -> dict[str, str | None]:
    digests = {}
    for path in paths:
        try:
            with open(path, "rb") as handle:
                digests[path] = hashlib.sha256(handle.read()).hexdigest()
        except OSError:
            digests[path] = None
    return digests


class Watcher:
    """Waits until the content of any watched file changes."""

    def __init__(self, paths, poll: float | None = None, settle: float | None = None, sleep: Callable = time.sleep):
        self.poll = poll if poll is not None else float(os.environ.get("JOURNEYMAP_WATCH_POLL", "0.25"))
        self.settle = settle if settle is not None else self.poll
        self.sleep = sleep
        self.watch(paths)

    def watch(self, paths) -> None:
        """Watch these paths from now on (the map and, for example, its persona files)."""
        self.paths = list(dict.fromkeys(paths))
        self.stamps = stamp(self.paths)
        self.digests = digest(self.paths)

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
            contents = digest(self.paths)
            if contents != self.digests:
                self.digests = contents
                return True
        return False
