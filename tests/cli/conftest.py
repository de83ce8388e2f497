"""Fixtures of the command tests."""

from __future__ import annotations

import shutil

import pytest

from ..conftest import EXAMPLES


@pytest.fixture
def maps(tmp_path, monkeypatch):
    """A copy of examples/ in a fresh working folder (commands may write beside it)."""
    monkeypatch.chdir(tmp_path)
    shutil.copytree(EXAMPLES, tmp_path / "examples")
    return tmp_path / "examples"
