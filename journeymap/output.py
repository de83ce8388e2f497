"""Where outputs go, and writing them so that nobody ever sees half a file.

An output is written to a temporary file beside its destination and moved
into place in one step (``os.replace``); if anything fails, the previous file
is untouched and the temporary one is removed. Inputs are never overwritten.
"""

from __future__ import annotations

import os
import tempfile

EXTENSIONS = {"svg": ".svg", "html": ".html", "png": ".png", "dot": ".dot", "flow": ".flow.svg", "mermaid": ".mmd"}
MAP_SUFFIXES = (".yaml", ".yml")


class OutputError(ValueError):
    """An output path that must not be used (a usage error, exit code 2)."""


def default_output(source: str, fmt: str) -> str:
    """``maps/coffee.yaml`` → ``maps/coffee.svg`` (beside the input)."""
    base, suffix = os.path.splitext(source)
    if suffix.lower() not in MAP_SUFFIXES:
        base = source
    return base + EXTENSIONS[fmt]


def plan_outputs(sources: list[str], fmt: str, output: str | None, protected: set[str] = frozenset()) -> list[str]:
    """The output path for each source ("-" for standard output); raises OutputError."""
    if output == "-":
        if len(sources) > 1:
            raise OutputError("-o - writes to standard output, which can take one map only")
        return ["-"]
    if output is None:
        targets = [default_output(s, fmt) for s in sources]
    elif os.path.isdir(output):
        targets = [os.path.join(output, os.path.basename(default_output(s, fmt))) for s in sources]
    elif len(sources) > 1:
        raise OutputError(f"{output} is not a directory; with several maps, -o must name a directory")
    else:
        targets = [output]
    inputs = {os.path.realpath(p) for p in list(sources) + list(protected)}
    seen: set[str] = set()
    for target in targets:
        real = os.path.realpath(target)
        if real in inputs or target.lower().endswith(MAP_SUFFIXES):
            raise OutputError(f"refusing to write {target}: it is a journey map (an input is never overwritten)")
        if real in seen:
            raise OutputError(f"two maps would be written to {target}; use -o DIRECTORY or rename one")
        seen.add(real)
        parent = os.path.dirname(os.path.abspath(target))
        if not os.path.isdir(parent):
            raise OutputError(f"cannot write {target}: the directory {os.path.dirname(target) or '.'} does not exist")
    return targets


def write_atomic(path: str, data: bytes) -> None:
    """Write ``data`` to ``path`` in one step; on any error the old file stays as it was."""
    directory = os.path.dirname(os.path.abspath(path))
    handle, temporary = tempfile.mkstemp(dir=directory, prefix=f".{os.path.basename(path)}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        mode = 0o666 & ~_umask()
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        try:
            os.unlink(temporary)
        except FileNotFoundError:
            pass
        raise


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
