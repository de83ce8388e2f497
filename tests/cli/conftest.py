"""Fixtures of the command tests."""

from __future__ import annotations

import shutil

import pytest

from ..conftest import EXAMPLES


# The portfolio the many-maps tests count by hand: five journeys, two of them sharing 健二 through
# ref:, and a Markdown page of Mermaid diagrams that is not a map. Fixed, so that adding an example
# to examples/ does not change what these tests expect.
PORTFOLIO = (
    "call-centre-support.yaml",
    "coffee-gift.ja.yaml",
    "coffee-subscription.ja.yaml",
    "mermaid-journeys.md",
    "saas-onboarding.yaml",
    "weak-signup.yaml",
    "personas",
)


@pytest.fixture
def maps(tmp_path, monkeypatch):
    """A copy of five examples in a fresh working folder (commands may write beside it)."""
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "examples"
    folder.mkdir()
    for name in PORTFOLIO:
        source = EXAMPLES / name
        if source.is_dir():
            shutil.copytree(source, folder / name)
        else:
            shutil.copy2(source, folder / name)
    return folder
