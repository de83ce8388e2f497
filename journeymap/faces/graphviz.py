"""Every call to a Graphviz binary lives here (the flow view as SVG)."""

from __future__ import annotations

import shutil
import subprocess

from journeymap.i18n import say
from journeymap.messages import faces as F


class GraphvizMissing(RuntimeError):
    """Graphviz's `dot` is not installed or failed; the message says what to do."""

    def __init__(self, template, **params):
        self.message = say(template, **params)
        super().__init__(str(self.message))


def dot_to_svg(source: str, timeout: float = 60) -> str:
    dot = shutil.which("dot")
    if dot is None:
        raise GraphvizMissing(F.NO_DOT)
    try:
        done = subprocess.run(
            [dot, "-Tsvg"], input=source.encode("utf-8"), capture_output=True, timeout=timeout, check=False
        )
    except subprocess.TimeoutExpired:
        raise GraphvizMissing(F.DOT_TIMEOUT, seconds=f"{timeout:g}") from None
    if done.returncode != 0:
        detail = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise GraphvizMissing(F.DOT_FAILED, reason=detail[-1] if detail else str(done.returncode))
    return done.stdout.decode("utf-8")
