"""The pre-commit hook, run by the real `pre-commit` tool against this repository."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ..conftest import EXAMPLES, ROOT

PRE_COMMIT = Path(sys.executable).with_name("pre-commit")

pytestmark = pytest.mark.skipif(not PRE_COMMIT.exists(), reason="pre-commit is installed by the test extra")


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    """This repository as committed, plus the working tree's changes committed on top, so
    that `try-repo` installs exactly what is being tested."""
    copy = tmp_path_factory.mktemp("journeymap-repo")
    subprocess.run(["git", "clone", "-q", str(ROOT), str(copy)], check=True)
    for path in subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.splitlines():
        source = ROOT / path
        if source.is_file():
            (copy / path).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, copy / path)
    for command in (["add", "-A"], ["-c", "user.email=t@e", "-c", "user.name=t", "commit", "-qm", "test", "--allow-empty"]):
        subprocess.run(["git", *command], cwd=copy, check=True, capture_output=True)
    return copy


@pytest.fixture
def user_repo(tmp_path):
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    shutil.copy(EXAMPLES / "call-centre-support.yaml", tmp_path / "good.yaml")
    (tmp_path / "bad.yaml").write_text("journeymap: 1\ntitle: T\nstages: [{id: s, name: S, touchpoint: []}]\n")
    (tmp_path / "workflow.yaml").write_text("on: push\njobs: {}\n")
    return tmp_path


def try_repo(project, cwd, *files):
    env = {**os.environ, "PRE_COMMIT_HOME": str(project.parent / "pre-commit-home"), "NO_COLOR": "1"}
    return subprocess.run(
        [str(PRE_COMMIT), "try-repo", str(project), "journeymap-check", "--files", *files],
        cwd=cwd, capture_output=True, text=True, env=env, timeout=600,
    )


def test_hook_passes_on_a_good_map_and_ignores_other_yaml(project, user_repo):
    result = try_repo(project, user_repo, "good.yaml", "workflow.yaml")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "journeymap check" in result.stdout and "Passed" in result.stdout


def test_hook_fails_on_a_broken_map_and_says_why(project, user_repo):
    result = try_repo(project, user_repo, "bad.yaml")
    assert result.returncode == 1
    assert "E102 unknown-field: unknown field `touchpoint` in a stage" in result.stdout
    assert "Traceback" not in result.stdout
