from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from textwrap import dedent

import pytest
from hypothesis import settings
from typer.testing import CliRunner

from journeymap.cli import app
from journeymap.load.loader import Loaded, MapLoader

# CI must give the same result on every run: property tests use a fixed seed by default.
# HYPOTHESIS_PROFILE=explore searches new examples (and remembers failures in .hypothesis/).
settings.register_profile("default", derandomize=True, database=None, deadline=None)
settings.register_profile("explore", max_examples=1000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
CASES = Path(__file__).resolve().parent / "cases"

# A map with no findings at all: every rule is satisfied.
CLEAN_MAP = """\
journeymap: 1
title: Clean
stages:
  - id: purchase
    name: Purchase
    touchpoints:
      - {id: shop, name: Web shop, channel: web, owner: sales, emotion: 1, evidence: {source: Survey}, values: [sense, act]}
      - {id: call, name: Phone order, channel: phone, owner: sales, emotion: 1, evidence: {source: Survey}, values: [relate]}
  - id: support
    name: Support
    touchpoints:
      - {id: chat, name: Chat, channel: chat, owner: support, emotion: 1, evidence: {source: Survey}, values: [think]}
      - {id: hotline, name: Hotline, channel: phone, owner: support, emotion: 1, evidence: {source: Survey}, values: [feel]}
"""


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
    # The same result on every machine: English messages unless a test asks for another locale.
    for variable, value in ENGLISH_LOCALE.items():
        if value is None:
            monkeypatch.delenv(variable, raising=False)
        else:
            monkeypatch.setenv(variable, value)
    runner = CliRunner()

    def run(*args: str, input: str | None = None):
        return runner.invoke(app, list(args), input=input, catch_exceptions=False)

    return run


# Whatever the machine's locale, tests start from English messages (a test may set another).
ENGLISH_LOCALE = {"LANG": "C.UTF-8", "LANGUAGE": None, "LC_ALL": None, "LC_MESSAGES": None, "JOURNEYMAP_LANG": None}


def run_process(*args: str, cwd: Path | None = None, timeout: float = 30, env: dict | None = None):
    """Run journeymap in a fresh interpreter, exactly as the console script would."""
    environment = {key: value for key, value in os.environ.items() if key not in ENGLISH_LOCALE}
    environment.update({"NO_COLOR": "1", "LANG": "C.UTF-8", **(env or {})})
    return subprocess.run(
        [sys.executable, "-m", "journeymap", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
        env=environment,
    )


GOLDEN = Path(__file__).resolve().parent / "golden"


def pytest_addoption(parser):
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="Rewrite tests/golden/ from the current output; review the diff before committing.",
    )


@pytest.fixture
def golden(request):
    """Compare text with tests/golden/<name>; with --update-golden, write it instead."""
    update = request.config.getoption("--update-golden")

    def check(name: str, text: str) -> None:
        path = GOLDEN / name
        if update:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            return
        assert path.exists(), f"{path.relative_to(ROOT)} is missing: run pytest --update-golden and review it"
        assert text == path.read_text(encoding="utf-8"), (
            f"output differs from {path.relative_to(ROOT)}; if the change is intended, "
            "run pytest --update-golden and review the diff"
        )

    return check
