"""Hostile and broken files through the real command: fast, clear, no traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ..conftest import run_process


def _bomb() -> bytes:
    lines = ["journeymap: 1", "title: Bomb", "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for level in "bcdefghi":
        previous = chr(ord(level) - 1)
        lines.append(f"{level}: &{level} [" + ", ".join([f"*{previous}"] * 9) + "]")
    lines.append("stages: [*i]")
    return "\n".join(lines).encode()


HOSTILE = {
    "alias-bomb.yaml": (_bomb(), 1, "alias bomb"),
    "deep.yaml": (b"journeymap: 1\ntitle: " + b"[" * 10_000 + b"]" * 10_000 + b"\n", 1, "nested more than"),
    "python-tag.yaml": (
        b"journeymap: 1\ntitle: !!python/object/apply:os.system ['echo pwned']\nstages: []\n",
        1,
        "not allowed",
    ),
    "binary.yaml": (bytes(range(256)) * 64, 1, "binary file"),
    "utf16.yaml": ("journeymap: 1\ntitle: 地図\n".encode("utf-16"), 1, "UTF-16"),
    "empty.yaml": (b"", 1, "empty"),
    "comments-only.yaml": (b"# nothing here yet\n", 1, "empty"),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_file_ends_quickly_with_a_clear_message(name, tmp_path):
    data, exit_code, phrase = HOSTILE[name]
    (tmp_path / name).write_bytes(data)
    result = run_process("check", name, cwd=tmp_path)  # its timeout is the guard against a hang
    assert result.returncode == exit_code
    assert phrase in result.stdout
    assert "Traceback" not in result.stdout + result.stderr
    assert not (tmp_path / "pwned").exists()
    assert (tmp_path / name).read_bytes() == data


def test_missing_file_via_the_console_entry_point(tmp_path):
    result = run_process("check", "missing.yaml", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr == "journeymap: error: missing.yaml: no such file or directory\n"


def test_config_path_that_is_a_directory_is_one_line_exit_two(tmp_path):
    (tmp_path / "m.yaml").write_text("journeymap: 1\ntitle: T\nstages: [{id: s, name: S}]\n")
    result = run_process("check", "m.yaml", "--config", ".", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith("journeymap: error: .: cannot read configuration")
    assert len(result.stderr.strip().splitlines()) == 1


def test_unexpected_internal_error_is_one_line_exit_two_and_debug_shows_it(monkeypatch, capsys):
    from journeymap.cli import main

    def explode(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr("journeymap.check.discover.discover", explode)
    with pytest.raises(SystemExit) as exit_info:
        main(["check", "."])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert err == "journeymap: internal error: RuntimeError: boom (run again with --debug for the traceback)\n"
    with pytest.raises(RuntimeError):
        main(["check", ".", "--debug"])


HOSTILE_DIR = Path(__file__).parent.parent / "hostile"
EXPECTED = dict(
    line.split(": ", 1) for line in (HOSTILE_DIR / "expected.txt").read_text().splitlines() if line and not line.startswith("#")
)


def test_every_corpus_file_has_an_expectation():
    assert set(EXPECTED) == {p.name for p in HOSTILE_DIR.glob("*.yaml")}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_hostile_corpus(cli, name, monkeypatch):
    monkeypatch.chdir(HOSTILE_DIR)
    before = (HOSTILE_DIR / name).read_bytes()
    result = cli("check", name, "--select", "E", "--format", "json")
    document = json.loads(result.stdout)
    assert document["problems"] == []
    codes = ",".join(sorted({f["code"] for f in document["findings"]})) or "-"
    assert codes == EXPECTED[name].strip()
    assert result.exit_code == (0 if codes == "-" else 1)
    assert (HOSTILE_DIR / name).read_bytes() == before
