"""`render --watch`: redraws on save, says what changed, keeps the last good output when a save is broken."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

from journeymap.watch.files import Watcher

from ..conftest import EXAMPLES


def wait_until(condition, timeout=10.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


def test_watcher_ignores_touches_and_sees_edits(tmp_path):
    path = tmp_path / "m.yaml"
    path.write_text("a\n")
    ticks = []
    watcher = Watcher([str(path)], poll=0.0, settle=0.0, sleep=lambda s: ticks.append(s))
    os.utime(path, ns=(1, 1))
    stop_after = iter(range(5))
    assert watcher.wait(lambda: next(stop_after, None) is None) is False  # touched, not edited
    path.write_text("b\n")
    assert watcher.wait() is True


def test_render_watch_end_to_end(tmp_path):
    map_path = tmp_path / "map.yaml"
    text = (EXAMPLES / "weak-signup.yaml").read_text(encoding="utf-8")
    map_path.write_text(text, encoding="utf-8")
    svg = tmp_path / "map.svg"
    log = tmp_path / "watch.log"
    with open(log, "w") as sink:
        process = subprocess.Popen(
            [sys.executable, "-m", "journeymap", "render", str(map_path), "--watch"],
            stdout=sink,
            stderr=subprocess.STDOUT,
            text=True,
            env={**os.environ, "JOURNEYMAP_WATCH_POLL": "0.05", "NO_COLOR": "1"},
        )
        try:
            assert wait_until(lambda: "Watching 1 map" in log.read_text())
            first = svg.read_bytes()
            map_path.write_text(text.replace("emotion: {lena: 1, george: 1}", "emotion: {lena: -2, george: 1}"), encoding="utf-8")
            assert wait_until(lambda: "fell from" in log.read_text() and svg.read_bytes() != first)
            good = svg.read_bytes()
            map_path.write_text(text + "  broken: [\n", encoding="utf-8")
            assert wait_until(lambda: "has errors; keeping the last good" in log.read_text())
            assert svg.read_bytes() == good
        finally:
            process.send_signal(signal.SIGINT)
            process.wait(timeout=10)
    out = log.read_text()
    assert process.returncode == 0
    assert "'Awareness' fell from +1 to -2 for Lena" in out
    assert "new      W211 critical-moment" in out
    assert "E100 yaml-syntax" in out
    assert "Stopped watching." in out
    assert "Traceback" not in out
    assert not [p for p in os.listdir(tmp_path) if p.endswith(".tmp")]


def test_watch_cannot_write_to_standard_output(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "m.yaml").write_text((EXAMPLES / "weak-signup.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    result = cli("render", "m.yaml", "--watch", "-o", "-")
    assert result.exit_code == 2 and "cannot write to standard output" in result.stderr


def test_render_watch_survives_a_map_replaced_by_dev_zero_and_a_fifo(tmp_path):
    map_path = tmp_path / "map.yaml"
    text = (EXAMPLES / "weak-signup.yaml").read_text(encoding="utf-8")
    map_path.write_text(text, encoding="utf-8")
    log = tmp_path / "watch.log"
    with open(log, "w") as sink:
        process = subprocess.Popen(
            [sys.executable, "-m", "journeymap", "render", str(map_path), "--watch"],
            stdout=sink,
            stderr=subprocess.STDOUT,
            env={**os.environ, "JOURNEYMAP_WATCH_POLL": "0.05", "NO_COLOR": "1"},
        )
        try:
            assert wait_until(lambda: "Watching 1 map" in log.read_text())
            map_path.unlink()
            map_path.symlink_to("/dev/zero")
            assert wait_until(lambda: "not a regular file (a device)" in log.read_text())
            map_path.unlink()
            os.mkfifo(map_path)
            assert wait_until(lambda: "not a regular file (a named pipe)" in log.read_text())
            map_path.unlink()
            map_path.write_text(text.replace("Pantry Box", "Pantry Crate"), encoding="utf-8")
            assert wait_until(lambda: log.read_text().count("wrote ") >= 2)
            assert process.poll() is None  # still watching
        finally:
            process.send_signal(signal.SIGINT)
            process.wait(timeout=10)
    out = log.read_text()
    assert "Traceback" not in out and "MemoryError" not in out
    assert "Pantry Crate" in (tmp_path / "map.svg").read_text(encoding="utf-8")


def test_serve_page_shows_why_a_save_cannot_be_read_and_recovers(tmp_path):
    from journeymap.check.config import Settings
    from journeymap.check.engine import Engine
    from journeymap.serve.live import LiveMap

    map_path = tmp_path / "map.yaml"
    text = (EXAMPLES / "weak-signup.yaml").read_text(encoding="utf-8")
    map_path.write_text(text, encoding="utf-8")
    live = LiveMap(str(map_path), Settings(), Engine())
    assert not live.refresh().problem
    map_path.unlink()
    map_path.symlink_to("/dev/zero")
    snap = live.refresh()
    assert "not a regular file (a device)" in snap.problem and "Pantry Box" in snap.content
    map_path.unlink()
    os.mkfifo(map_path)
    assert "not a regular file (a named pipe)" in live.refresh().problem
    map_path.unlink()
    map_path.write_text(text.replace("Pantry Box", "Pantry Crate"), encoding="utf-8")
    snap = live.refresh()
    assert not snap.problem and "Pantry Crate" in snap.content


def test_serve_updater_thread_reports_an_unexpected_error_and_keeps_going(tmp_path, monkeypatch):
    """Whatever goes wrong while updating is shown on the page, and the next save works."""
    from journeymap.check.config import Settings
    from journeymap.check.engine import Engine
    from journeymap.serve.live import LiveMap

    map_path = tmp_path / "map.yaml"
    text = (EXAMPLES / "weak-signup.yaml").read_text(encoding="utf-8")
    map_path.write_text(text, encoding="utf-8")
    live = LiveMap(str(map_path), Settings(), Engine())
    live.refresh()
    calls = []

    def explode(*args, **kwargs):
        calls.append(1)
        raise RuntimeError("boom")

    monkeypatch.setattr("journeymap.views.layout.build_layout", explode)
    snap = live.refresh()
    assert calls and "internal error: RuntimeError: boom" in snap.problem and "Pantry Box" in snap.content
    monkeypatch.undo()
    map_path.write_text(text.replace("Pantry Box", "Pantry Crate"), encoding="utf-8")
    snap = live.refresh()
    assert not snap.problem and "Pantry Crate" in snap.content
