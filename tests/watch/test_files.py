"""The watcher: file-system events (watchfiles), polling where there are none."""

from __future__ import annotations

import os
import threading
import time

import pytest

from journeymap.watch.files import Watcher


def save_later(path, text, delay=0.2, rename=False):
    def save():
        time.sleep(delay)
        if rename:  # as editors that write a copy and move it over the file do
            copy = path.with_name(path.name + ".tmp")
            copy.write_text(text)
            os.replace(copy, path)
        else:
            path.write_text(text)

    thread = threading.Thread(target=save)
    thread.start()
    return thread


@pytest.fixture
def no_polling(monkeypatch):
    monkeypatch.delenv("JOURNEYMAP_WATCH_POLL", raising=False)


@pytest.mark.parametrize("rename", [False, True], ids=["in place", "renamed over"])
def test_events_tell_of_a_save_at_once(tmp_path, no_polling, rename):
    path = tmp_path / "map.yaml"
    path.write_text("a\n")
    watcher = Watcher([str(path)])
    assert watcher.events
    thread = save_later(path, "b\n", rename=rename)
    started = time.monotonic()
    deadline = started + 10
    assert watcher.wait(lambda: time.monotonic() > deadline) is True
    thread.join()
    # Again, for the next save: the same stream goes on.
    thread = save_later(path, "c\n", rename=rename)
    deadline = time.monotonic() + 10
    assert watcher.wait(lambda: time.monotonic() > deadline) is True
    thread.join()


def test_a_touch_is_not_an_edit_and_stop_ends_the_wait(tmp_path, no_polling):
    path = tmp_path / "map.yaml"
    path.write_text("a\n")
    watcher = Watcher([str(path)])
    threading.Thread(target=lambda: (time.sleep(0.2), os.utime(path, None))).start()
    deadline = time.monotonic() + 1.0
    assert watcher.wait(lambda: time.monotonic() > deadline) is False


def test_without_events_it_polls(tmp_path, no_polling, monkeypatch):
    import builtins

    real_import = builtins.__import__

    def no_watchfiles(name, *args, **kwargs):
        if name == "watchfiles":
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_watchfiles)
    path = tmp_path / "map.yaml"
    path.write_text("a\n")
    watcher = Watcher([str(path)], settle=0.01)
    watcher.poll = 0.02
    thread = save_later(path, "b\n")
    deadline = time.monotonic() + 10
    assert watcher.wait(lambda: time.monotonic() > deadline) is True
    assert not watcher.events  # fell back to polling
    thread.join()


def test_the_polling_variable_asks_for_polling(tmp_path, monkeypatch):
    monkeypatch.setenv("JOURNEYMAP_WATCH_POLL", "0.05")
    path = tmp_path / "map.yaml"
    path.write_text("a\n")
    assert not Watcher([str(path)]).events
