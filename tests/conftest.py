from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from textwrap import dedent

import pytest
from typer.testing import CliRunner

from journeymap.cli import app
from journeymap.loader import Loaded, MapLoader

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
CASES = Path(__file__).resolve().parent / "cases"


def load_text(text: str, path: str = "map.yaml") -> Loaded:
    return MapLoader().load_text(dedent(text), path)


def codes(loaded: Loaded) -> list[str]:
    return [f.code for f in loaded.findings]


@pytest.fixture
def cli(monkeypatch):
    """Run journeymap in-process as a user would, without colour and at a fixed width."""
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    runner = CliRunner()

    def run(*args: str, input: str | None = None):
        return runner.invoke(app, list(args), input=input, catch_exceptions=False)

    return run


def run_process(*args: str, cwd: Path | None = None, timeout: float = 30, env: dict | None = None):
    """Run journeymap in a fresh interpreter, exactly as the console script would."""
    environment = {**os.environ, "NO_COLOR": "1", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "journeymap", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
        env=environment,
    )
