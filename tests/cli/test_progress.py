"""The progress bar shows on a terminal only: never in a pipe, in CI, for a machine format or one file."""

from __future__ import annotations

import io

from journeymap.cli import progress as P


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_only_on_a_terminal_outside_ci_for_many_files(monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    monkeypatch.setattr(P.sys, "stderr", Terminal())
    assert P.shows(10)
    assert not P.shows(1)
    assert not P.shows(10, machine=True)
    monkeypatch.setenv("CI", "true")
    assert not P.shows(10)
    monkeypatch.delenv("CI")
    monkeypatch.setenv("TERM", "dumb")
    assert not P.shows(10)
    monkeypatch.setenv("TERM", "xterm")
    monkeypatch.setattr(P.sys, "stderr", io.StringIO())  # a pipe or a file
    assert not P.shows(10)


def test_on_a_terminal_it_names_the_file_and_leaves_nothing_behind(monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    terminal = Terminal()
    monkeypatch.setattr(P.sys, "stderr", terminal)
    with P.progress(["maps/a.yaml", "maps/b\x1b[2J.yaml"]) as step:
        step("maps/a.yaml")
        step("maps/b\x1b[2J.yaml")
    drawn = terminal.getvalue()
    assert "\x1b[2J" not in drawn  # a file name cannot send escape sequences to the terminal


def test_commands_into_a_pipe_print_no_bar(cli, tmp_path, monkeypatch):
    from ..conftest import EXAMPLES

    monkeypatch.chdir(EXAMPLES.parent)
    result = cli("check", "examples")
    assert "━" not in result.stderr and "━" not in result.stdout
