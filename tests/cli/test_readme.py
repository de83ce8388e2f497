"""Every `journeymap` line in the README's shell examples works when pasted as written."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ..conftest import EXAMPLES, ROOT

# Long-running on purpose (a server, a watcher): started elsewhere in the suite, not pasted here.
KEEPS_RUNNING = re.compile(r"^journeymap serve |--watch")


def readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"^```sh\n(.*?)^```", text, flags=re.S | re.M)
    lines = [line.strip() for block in blocks for line in block.splitlines()]
    return [line for line in lines if line.startswith("journeymap ") and not KEEPS_RUNNING.search(line)]


COMMANDS = readme_commands()


def test_the_readme_shows_every_command():
    shown = {line.split()[1] for line in COMMANDS}
    assert {"init", "check", "show", "render", "report", "explain", "schema", "import", "diff", "site", "backlog"} <= shown


@pytest.fixture(scope="module")
def workshop(tmp_path_factory):
    """A folder like a clone of the repository: the examples and the README."""
    root = tmp_path_factory.mktemp("readme")
    shutil.copytree(EXAMPLES, root / "examples")
    shutil.copy(ROOT / "README.md", root / "README.md")
    subprocess.run(["git", "init", "-q"], cwd=root, check=True)
    subprocess.run(["git", "add", "."], cwd=root, check=True)
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "examples"], cwd=root, check=True
    )
    return root


@pytest.mark.parametrize("command", COMMANDS)
def test_readme_command_runs_as_written(workshop, command):
    env = dict(os.environ, NO_COLOR="1", COLUMNS="100")
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    result = subprocess.run(["bash", "-c", command], cwd=workshop, env=env, capture_output=True, text=True, timeout=120)
    assert "Traceback" not in result.stderr
    assert result.returncode == 0, f"{command}\n{result.stderr}"
