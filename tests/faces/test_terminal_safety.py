"""No control character from a map ever reaches a terminal, whatever the command.

A map (and its file name) full of escape sequences: OSC that retitles the terminal,
CSI that clears it, BEL, C1 controls, DEL, a right-to-left override, rich markup.
Every command's stdout and stderr may hold newlines and tabs, and, when colour is on,
our own SGR colour codes, and nothing else below U+0020 or in U+007F..U+009F.
"""

from __future__ import annotations

import re

import pytest

EVIL = r"\e]0;pwned\a\e[2J\x9b31m\x7f\u202eevil[/nope][bold red]x[/]\x85\r"
RAW = ["\x1b]0;pwned", "\x07", "\x1b[2J", "\x9b", "\x7f", "\u202e"]


def evil_map(second: bool = False) -> str:
    score = 1 if second else 2
    return f"""\
journeymap: 1
title: "T {EVIL}"
description: "d {EVIL}"
personas:
  - id: p
    name: "P {EVIL}"
    channels: ["web{EVIL}"]
    goals: ["g {EVIL}"]
stages:
  - id: s
    name: "S {EVIL}"
    goal: "goal {EVIL}"
    touchpoints:
      - id: t
        name: "TP {EVIL}"
        channel: "c{EVIL}"
        owner: "o{EVIL}"
        actions: ["a {EVIL}"]
        thoughts: ["th {EVIL}"]
        emotion: -2
        pain_points: ["pain {EVIL}"]
        opportunities: ["opp {EVIL}"]
  - id: u
    name: "U {EVIL}"
    touchpoints:
      - id: t2
        name: "TP{score} {EVIL}"
        emotion: {score}
"""


NAME = "esc\x1b[2J.yaml"  # the file name itself carries a sequence
COMMANDS = [
    ("check", NAME),
    ("check", NAME, "-f", "github"),
    ("check", NAME, "-f", "concise"),
    ("check", NAME, "-f", "json"),
    ("check", NAME, "-f", "sarif"),
    ("check", "broken.yaml"),
    ("report", NAME),
    ("report", NAME, "-f", "md"),
    ("report", NAME, "-f", "json"),
    ("show", NAME),
    ("show", NAME, "--persona", "p"),
    ("show", NAME, "--persona", "nobody"),
    ("diff", NAME, "second.yaml"),
    ("diff", NAME, "second.yaml", "-f", "md"),
    ("diff", NAME, "second.yaml", "-f", "json"),
    ("render", NAME, "-o", "out.svg"),
    ("render", "broken.yaml", "-o", "out.svg"),
    ("explain", "W205"),
    ("import", "mermaid", "journey.mmd"),
]
SGR = re.compile(r"\x1b\[[0-9;]*m")


def unsafe(text: str, color: bool) -> list[str]:
    if color:
        text = SGR.sub("", text)
    return sorted({repr(c) for c in text if (ord(c) < 0x20 and c not in "\n\t") or 0x7F <= ord(c) <= 0x9F or c == "\u202e"})


@pytest.fixture
def evil_dir(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / NAME).write_text(evil_map(), encoding="utf-8")
    (tmp_path / "second.yaml").write_text(evil_map(second=True), encoding="utf-8")
    (tmp_path / "broken.yaml").write_text(evil_map() + f'  - {{id: "bad id {EVIL}"}}\n', encoding="utf-8")
    (tmp_path / "journey.mmd").write_text(
        "journey\n  title T \x1b]0;x\x07\n  section S \x1b[2J\n    Task \x9b: 5: Me \u202e\n", encoding="utf-8"
    )
    return tmp_path


def test_the_map_really_holds_the_sequences(evil_dir):
    from journeymap.load.loader import MapLoader

    loaded = MapLoader().load(NAME)
    assert loaded.ok
    assert all(raw in loaded.journey.stages[0].name for raw in RAW)


@pytest.mark.parametrize("color", [False, True], ids=["plain", "colour"])
@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: " ".join(a).replace(NAME, "esc.yaml"))
def test_no_control_character_reaches_the_terminal(cli, evil_dir, monkeypatch, args, color):
    if color:
        monkeypatch.delenv("NO_COLOR")
        monkeypatch.setenv("FORCE_COLOR", "1")
    result = cli(*args)
    assert "Traceback" not in result.stdout + result.stderr
    assert result.stdout or result.stderr
    assert unsafe(result.stdout, color) == []
    assert unsafe(result.stderr, color) == []


def test_json_keeps_the_values_exactly(cli, evil_dir):
    import json

    document = json.loads(cli("check", NAME, "-f", "json").stdout)
    messages = " ".join(f["message"] for f in document["findings"])
    assert all(raw in messages for raw in ["\x1b]0;pwned", "\x9b", "\u202e"])
