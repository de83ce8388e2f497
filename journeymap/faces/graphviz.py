"""Every call to a Graphviz binary lives here (the flow view as SVG)."""

from __future__ import annotations

import shutil
import subprocess


class GraphvizMissing(RuntimeError):
    """Graphviz's `dot` is not installed or failed; the message says what to do."""


def dot_to_svg(source: str, timeout: float = 60) -> str:
    dot = shutil.which("dot")
    if dot is None:
        raise GraphvizMissing(
            "the flow view as SVG needs Graphviz's `dot` program: install it (Debian/Ubuntu: "
            "apt-get install graphviz, macOS: brew install graphviz), or use --format dot for the source"
        )
    try:
        done = subprocess.run(
            [dot, "-Tsvg"], input=source.encode("utf-8"), capture_output=True, timeout=timeout, check=False
        )
    except subprocess.TimeoutExpired:
        raise GraphvizMissing(f"Graphviz took longer than {timeout:g} s to draw the flow view") from None
    if done.returncode != 0:
        detail = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise GraphvizMissing(f"Graphviz could not draw the flow view: {detail[-1] if detail else done.returncode}")
    return done.stdout.decode("utf-8")
