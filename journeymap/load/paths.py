"""Paths a map names (persona `ref:`, data `file:`): relative to the naming file, inside the map's root.

One rule for every file a map leads to, so that a map checked out anywhere reads the
same files and a map from someone else cannot make journeymap read /etc/passwd.
"""

from __future__ import annotations

import os

ABSOLUTE, OUTSIDE = "absolute", "outside"


def resolve_relative(ref: str, naming_file: str, root: str) -> tuple[str, str, str | None]:
    """(path as shown, real path, problem): problem is ABSOLUTE, OUTSIDE or None when the path is fine.

    ``naming_file`` is the path of the file that names ``ref``; ``root`` the map's root.
    """
    if os.path.isabs(ref) or ref.startswith("~") or (len(ref) > 1 and ref[1] == ":"):
        return ref, ref, ABSOLUTE
    shown = os.path.normpath(os.path.join(os.path.dirname(naming_file), ref))
    real = os.path.realpath(shown)
    real_root = os.path.realpath(root)
    if os.path.commonpath([real, real_root]) != real_root:
        return shown, real, OUTSIDE
    return shown, real, None
