"""End to end in a real headless browser: open the page, change a score in the YAML, see it change."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from ..conftest import EXAMPLES
from .browser import Browser, chromium_path

pytestmark = pytest.mark.skipif(
    chromium_path() is None and not os.environ.get("JOURNEYMAP_REQUIRE_BROWSER"),
    reason="no Chromium here (CI installs Debian's chromium)",
)


@pytest.fixture
def served(tmp_path):
    map_path = tmp_path / "map.yaml"
    map_path.write_text((EXAMPLES / "weak-signup.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "journeymap", "serve", str(map_path), "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "JOURNEYMAP_WATCH_POLL": "0.1"},
    )
    first = process.stdout.readline()
    assert first.startswith("Serving "), first + process.stderr.read()
    url = first.split(" at ")[1].strip()
    yield map_path, url
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture
def browser():
    opened = Browser()
    yield opened
    opened.close()


def test_saving_the_yaml_updates_the_open_page(served, browser):
    map_path, url = served
    browser.open(url)
    assert browser.evaluate("document.title") == "Pantry Box — signing up for a meal-kit subscription"
    assert "Plans page" in browser.evaluate("document.body.innerText")

    text = map_path.read_text(encoding="utf-8")
    saved = time.monotonic()
    map_path.write_text(text.replace("name: Plans page", "name: Pricing and plans"), encoding="utf-8")
    waited = browser.wait_for("document.body.innerText.includes('Pricing and plans')")
    assert time.monotonic() - saved < 3.0, f"the page took {waited:.2f} s to update"

    # A score change reaches the poster: the label at the point changes.
    map_path.write_text(
        text.replace("name: Plans page", "name: Pricing and plans").replace(
            "emotion: {lena: 2, george: -1}", "emotion: {lena: 2, george: 1}"
        ),
        encoding="utf-8",
    )
    browser.wait_for("!document.body.innerText.includes('W201 low-stage-emotion: the \\'Compare plans\\'')")

    # A broken save shows the problem above the last good map.
    map_path.write_text(text + "  broken: [\n", encoding="utf-8")
    browser.wait_for("document.body.innerText.includes('The last save cannot be shown')")
    page = browser.evaluate("document.body.innerText")
    assert "E100 yaml-syntax" in page and "Pricing and plans" in page

    # No script from the map ran, and the page made no request outside the server.
    assert browser.evaluate("typeof window.jmInjected") == "undefined"
