"""Expand command-line paths into the journey map files to check.

A file named explicitly is always checked (and is an error if it is not a
journey map). A directory means every ``*.yaml``/``*.yml`` under it whose top
level has the ``journeymap`` key; hidden directories, ``.venv``,
``node_modules`` and the configured ``exclude`` patterns are skipped. The order is stable: arguments in the order
given, files under a directory sorted by path.
"""

from __future__ import annotations

import os
import re
import stat
from fnmatch import fnmatchcase

from journeymap.i18n import say
from journeymap.messages import cli as C

SKIP_DIRS = frozenset({"node_modules", "__pycache__", "venv", ".venv", "site-packages"})
EXTENSIONS = (".yaml", ".yml")
# A top-level `journeymap:` key, in block or flow style, quoted or not, after an optional BOM.
_MARKER = re.compile(rb"(?m)^(?:\xef\xbb\xbf)?(?:\{\s*)?[\"']?journeymap[\"']?\s*:")
_SNIFF_BYTES = 1024 * 1024


class DiscoveryError(Exception):
    """A path that does not exist, or a directory with no journey map in it (exit code 2)."""

    def __init__(self, message):
        super().__init__(str(message))
        self.message = message  # a catalogue message, said in the terminal's language


def display_path(path: str) -> str:
    """Paths as people type them: relative, forward slashes, no leading ./"""
    path = os.path.normpath(path).replace(os.sep, "/")
    return path[2:] if path.startswith("./") else path


def is_journey_map(path: str, max_bytes: int) -> bool:
    from journeymap.load.source import read_limited

    try:
        head = read_limited(path, min(max_bytes, _SNIFF_BYTES), head=True)
    except OSError:
        return True  # let the loader report why it cannot be read
    return _MARKER.search(head) is not None


class Excluder:
    """Glob patterns relative to ``base``; a pattern matching a directory excludes all below it."""

    def __init__(self, patterns: tuple[str, ...] = (), base: str = "."):
        self.patterns = tuple(p.strip("/") for p in patterns)
        self.base = os.path.abspath(base)

    def __call__(self, path: str) -> bool:
        if not self.patterns:
            return False
        relative = os.path.relpath(os.path.abspath(path), self.base).replace(os.sep, "/")
        return any(fnmatchcase(relative, pattern) for pattern in self.patterns)


def discover(
    paths: list[str], max_bytes: int, excluded: Excluder | None = None, skip_non_maps: bool = False
) -> list[str]:
    """The map files to check; raises DiscoveryError when no path exists, and for empty directories.

    A missing path beside ones that exist is passed on, so that the others are
    still checked and the missing one is reported as unreadable (exit code 2).

    With ``skip_non_maps``, files named explicitly that are not journey maps are skipped
    (pre-commit passes every changed YAML file) instead of being reported as E113.
    """
    excluded = excluded or Excluder()
    missing = [p for p in paths if not os.path.exists(p)]
    if missing and len(missing) == len(paths):
        raise DiscoveryError(say(C.NO_SUCH_FILE, path=display_path(missing[0])))
    found: list[str] = []
    seen: set[str] = set()
    for path in paths:
        if path in missing:
            maps = [path]
        elif os.path.isdir(path):
            maps = [f for f in _yaml_files(path, excluded) if is_journey_map(f, max_bytes)]
            if not maps:
                raise DiscoveryError(say(C.NO_MAPS_UNDER, path=display_path(path)))
        elif skip_non_maps and not is_journey_map(path, max_bytes):
            maps = []
        else:
            maps = [path]
        for map_path in maps:
            shown = display_path(map_path)
            if shown not in seen:
                seen.add(shown)
                found.append(shown)
    return found


def _yaml_files(directory: str, excluded: Excluder) -> list[str]:
    files = []
    for current, dirnames, filenames in os.walk(directory):
        dirnames[:] = sorted(
            d
            for d in dirnames
            if not d.startswith(".") and d not in SKIP_DIRS and not excluded(os.path.join(current, d))
        )
        for name in filenames:
            path = os.path.join(current, name)
            if name.endswith(EXTENSIONS) and not name.startswith(".") and not excluded(path):
                # A pipe or a device named *.yaml would block the read forever; a file named
                # on the command line is read whatever it is (`check <(git show HEAD:map.yaml)`).
                if not _is_special(path):
                    files.append(path)
    return sorted(files, key=lambda f: display_path(f))


def _is_special(path: str) -> bool:
    """A pipe, socket or device; a broken link is not special: it is reported as unreadable."""
    try:
        return not stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return False
