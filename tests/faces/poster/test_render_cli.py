"""`journeymap render`: where outputs go, atomic writes, never over an input, exit codes."""

from __future__ import annotations

import os
import shutil

import pytest

from journeymap.faces import formats

from ...conftest import EXAMPLES
from .pixels import png_size


@pytest.fixture
def maps(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    shutil.copytree(EXAMPLES, tmp_path / "examples")
    return tmp_path / "examples"


def test_default_output_goes_beside_the_map(cli, maps):
    result = cli("render", "examples/weak-signup.yaml")
    assert result.exit_code == 0
    assert result.stdout == "wrote examples/weak-signup.svg\n"
    assert (maps / "weak-signup.svg").read_text(encoding="utf-8").startswith("<svg")


def test_several_maps_at_once_and_into_a_directory(cli, maps, tmp_path):
    (tmp_path / "out").mkdir()
    result = cli("render", "examples/weak-signup.yaml", "examples/saas-onboarding.yaml", "-o", "out", "-f", "html")
    assert result.exit_code == 0
    assert sorted(os.listdir(tmp_path / "out")) == ["saas-onboarding.html", "weak-signup.html"]
    result = cli("render", "examples/weak-signup.yaml", "examples/saas-onboarding.yaml", "-o", "one.svg")
    assert result.exit_code == 2 and "-o must name one (write one.svg/ to create it)" in result.stderr


def test_a_trailing_slash_creates_the_directory(cli, maps, tmp_path):
    result = cli("render", "examples/weak-signup.yaml", "examples/saas-onboarding.yaml", "-o", "posters/2026/")
    assert result.exit_code == 0, result.stderr
    assert sorted(os.listdir(tmp_path / "posters" / "2026")) == ["saas-onboarding.svg", "weak-signup.svg"]
    result = cli("render", "examples/weak-signup.yaml", "-o", "missing/poster.svg")
    assert result.exit_code == 2 and "the directory missing does not exist (mkdir missing first)" in result.stderr
    assert not (tmp_path / "missing").exists()


@pytest.mark.parametrize(
    ("name", "starts"),
    [("poster.png", b"\x89PNG"), ("hand-out.pdf", b"%PDF-"), ("page.html", b"<!DOCTYPE html>"), ("flow.dot", b"digraph journey {"), ("j.mmd", b"journey\n"), ("p.svg", b"<svg")],
)
def test_the_output_name_chooses_the_format(cli, maps, tmp_path, name, starts):
    result = cli("render", "examples/weak-signup.yaml", "-o", name)
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / name).read_bytes().startswith(starts)


def test_a_name_and_a_format_that_disagree_are_refused(cli, maps, tmp_path):
    result = cli("render", "examples/weak-signup.yaml", "-o", "poster.png", "--format", "svg")
    assert result.exit_code == 2
    assert "-o poster.png says PNG but --format svg writes SVG: rename the file to end in .svg" in result.stderr
    result = cli("render", "examples/weak-signup.yaml", "-o", "poster.pdf", "--format", "svg")
    assert result.exit_code == 2 and "-o poster.pdf says PDF but --format svg writes SVG: rename the file to end in .svg" in result.stderr
    result = cli("render", "examples/weak-signup.yaml", "-o", "poster.docx")
    assert result.exit_code == 2 and "cannot write .docx files" in result.stderr
    result = cli("render", "examples/weak-signup.yaml", "-o", "posters")
    assert result.exit_code == 2 and "write posters.svg (or .html, .png, .pdf, .dot, .mmd) for a file, or posters/ for a directory" in result.stderr
    assert not (tmp_path / "poster.png").exists() and not (tmp_path / "poster.pdf").exists()
    assert not (tmp_path / "poster.docx").exists()


def test_standard_output(cli, maps):
    result = cli("render", "examples/weak-signup.yaml", "-o", "-", "-f", "dot")
    assert result.exit_code == 0 and result.stdout.startswith("digraph journey {")


def test_png_at_scale(cli, maps):
    assert cli("render", "examples/weak-signup.yaml", "-f", "png", "--scale", "2").exit_code == 0
    width, _ = png_size((maps / "weak-signup.png").read_bytes())
    one = cli("render", "examples/weak-signup.yaml", "-f", "png", "-o", "one.png")
    assert one.exit_code == 0
    assert width == 2 * png_size((maps.parent / "one.png").read_bytes())[0]


def test_an_input_is_never_overwritten(cli, maps):
    before = (maps / "weak-signup.yaml").read_bytes()
    for target in ("examples/weak-signup.yaml", "examples/personas/kenji.yaml", "other.yml"):
        result = cli("render", "examples/weak-signup.yaml", "-o", target)
        assert result.exit_code == 2, target
        assert f"refusing to write {target}" in result.stderr
    assert cli("render", "examples/coffee-subscription.ja.yaml", "-o", "examples/personas/kenji.yaml").exit_code == 2
    assert (maps / "weak-signup.yaml").read_bytes() == before


def test_an_invalid_map_writes_nothing_and_exits_one(cli, maps):
    (maps / "broken.yaml").write_text("journeymap: 1\ntitle: T\nstages: [{id: s, name: S, colour: red}]\n")
    (maps / "broken.svg").write_text("previous poster")
    result = cli("render", "examples/broken.yaml")
    assert result.exit_code == 1
    assert "E102 unknown-field" in result.stderr
    assert (maps / "broken.svg").read_text() == "previous poster"


def test_a_failing_render_keeps_the_previous_output_and_leaves_no_partial_file(cli, maps, monkeypatch):
    (maps / "weak-signup.svg").write_text("previous poster")

    def explode(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", explode)
    result = cli("render", "examples/weak-signup.yaml")
    assert result.exit_code == 2
    assert "cannot write examples/weak-signup.svg: No space left on device" in result.stderr
    assert (maps / "weak-signup.svg").read_text() == "previous poster"
    assert not [name for name in os.listdir(maps) if name.endswith(".tmp")]


def test_unknown_persona_lists_the_known_ones(cli, maps):
    result = cli("render", "examples/weak-signup.yaml", "--persona", "nobody")
    assert result.exit_code == 2
    assert "its personas: lena, george" in result.stderr


def test_persona_option_draws_one_persona(cli, maps):
    svg = cli("render", "examples/weak-signup.yaml", "--persona", "george", "-o", "-").stdout
    curves = svg.count('stroke-width="2.5" stroke-linecap="round"')
    assert curves == 1 and "Lena (38" not in svg and "George (71" in svg


def test_missing_file_exits_two(cli, maps):
    result = cli("render", "nope.yaml")
    assert result.exit_code == 2 and result.stderr == "journeymap: error: nope.yaml: no such file or directory\n"


def test_render_option_defaults():
    assert formats.RenderOptions().fmt == "svg"


def test_mermaid_export_through_the_command_round_trips(cli, maps, tmp_path):
    result = cli("render", "examples/call-centre-support.yaml", "-f", "mermaid")
    assert result.exit_code == 0 and result.stdout == "wrote examples/call-centre-support.mmd\n"
    block = (maps / "call-centre-support.mmd").read_text(encoding="utf-8")
    assert block.startswith("journey\n") and "section Contact the call centre" in block
    imported = cli("import", "mermaid", "examples/call-centre-support.mmd", "-o", "back.yaml")
    assert imported.exit_code == 0, imported.stderr
    assert cli("check", "back.yaml", "--select", "E").exit_code == 0


def test_png_to_a_terminal_is_refused_but_to_a_pipe_is_written(maps):
    import pty
    import subprocess
    import sys

    command = [sys.executable, "-m", "journeymap", "render", "examples/weak-signup.yaml", "-f", "png", "-o", "-"]
    pid, fd = pty.fork()
    if pid == 0:  # the child: stdout is a terminal
        os.execv(sys.executable, command)
    shown = b""
    while True:
        try:
            data = os.read(fd, 4096)
        except OSError:
            break
        if not data:
            break
        shown += data
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 2
    assert b"a PNG is not text: write it to a file (-o poster.png)" in shown and b"\x89PNG" not in shown
    piped = subprocess.run(command, capture_output=True, check=True)
    assert piped.stdout.startswith(b"\x89PNG")
