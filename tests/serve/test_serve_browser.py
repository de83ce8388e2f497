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
    # "Pricing and" alone: the fitted overview may wrap the name onto two lines.
    waited = browser.wait_for("document.body.innerText.includes('Pricing and')")
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
    assert "E100 yaml-syntax" in page and "Pricing and" in page

    # No script from the map ran, and the page made no request outside the server.
    assert browser.evaluate("typeof window.jmInjected") == "undefined"


@pytest.fixture
def presented(tmp_path):
    """The Japanese example served with file-system events (no polling), in a 1920 × 1080 browser."""
    map_path = tmp_path / "coffee.ja.yaml"
    map_path.write_text((EXAMPLES / "coffee-subscription.ja.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "kenji.yaml").write_text(
        (EXAMPLES / "personas" / "kenji.yaml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("JOURNEYMAP_WATCH_POLL", "JOURNEYMAP_LANG", "LC_ALL", "LC_MESSAGES")}
    env["LANG"] = "C.UTF-8"  # the terminal speaks English; the page speaks the map's Japanese
    process = subprocess.Popen(
        [sys.executable, "-m", "journeymap", "serve", str(map_path), "--port", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )
    first = process.stdout.readline()
    assert first.startswith("Serving "), first + process.stderr.read()
    opened = Browser()
    opened.size(1920, 1080)
    opened.open(first.split(" at ")[1].strip())
    yield map_path, opened
    opened.close()
    process.terminate()
    process.wait(timeout=10)


def where(browser) -> str:
    return browser.evaluate("document.getElementById('jm-where').textContent")


def test_the_arrow_keys_step_through_the_stages_and_the_address_keeps_the_stage(presented):
    _, browser = presented
    assert where(browser) == "ジャーニー全体"  # the page speaks the map's language
    # The whole journey fills the window: the poster is as wide as the screen and no taller.
    box = browser.evaluate("JSON.stringify(document.querySelector('#jm-live svg').getBoundingClientRect())")
    assert '"width":1920' in box.replace(" ", "") or '"width":19' in box
    browser.key("ArrowRight")
    browser.wait_for("!document.getElementById('jm-stage').hidden")
    assert browser.evaluate("location.hash") == "#stage-1"
    assert "認知" in browser.evaluate("document.getElementById('jm-stage').innerText")
    browser.key("ArrowRight")
    browser.wait_for("location.hash === '#stage-2'")
    browser.wait_for("document.getElementById('jm-stage').innerText.includes('興味・関心')")
    assert where(browser) == "ステージ 2 / 9"
    # A reload stays on the stage.
    browser.call("Page.reload")
    browser.wait_for("document.readyState === 'complete' && !document.getElementById('jm-stage').hidden")
    assert "興味・関心" in browser.evaluate("document.getElementById('jm-stage').innerText")
    browser.key("ArrowLeft")
    browser.wait_for("location.hash === '#stage-1'")
    browser.key("Home")
    browser.wait_for("document.getElementById('jm-stage').hidden && !document.getElementById('jm-live').hidden")
    browser.key("End")
    browser.wait_for("location.hash === '#stage-9'")
    browser.key("+")
    browser.wait_for("document.body.classList.contains('zoomed')")
    browser.key("0")
    browser.wait_for("!document.body.classList.contains('zoomed')")


def test_a_save_appears_within_a_second_and_a_broken_save_shows_its_errors_over_the_last_good_version(presented):
    map_path, browser = presented
    text = map_path.read_text(encoding="utf-8")
    browser.key("ArrowRight")
    browser.wait_for("!document.getElementById('jm-stage').hidden")
    saved = time.monotonic()
    map_path.write_text(text.replace("goal: ブランドの存在を知る", "goal: ブランドを覚えてもらう"), encoding="utf-8")
    browser.wait_for("document.getElementById('jm-stage').innerText.includes('ブランドを覚えてもらう')", timeout=5)
    assert time.monotonic() - saved < 1.0  # pushed by the server on the file's event, not polled
    browser.key("Home")
    browser.wait_for("document.getElementById('jm-live').innerText.includes('ブランドを覚えてもらう')")

    map_path.write_text(text + "  broken: [\n", encoding="utf-8")
    browser.wait_for("document.getElementById('jm-live').innerText.includes('E100')", timeout=5)
    shown = browser.evaluate("document.getElementById('jm-live').innerText")
    assert "ブランドを覚えてもらう" in shown  # the last good version stays under the errors
    browser.key("ArrowRight")
    browser.wait_for("document.getElementById('jm-stage').innerText.includes('E100')")
    assert "ブランドを覚えてもらう" in browser.evaluate("document.getElementById('jm-stage').innerText")


def test_serve_compare_toggles_the_states_with_v(tmp_path, browser):
    for name in ("meal-kit.current.yaml", "meal-kit.future.yaml"):
        (tmp_path / name).write_text((EXAMPLES / name).read_text(encoding="utf-8"), encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "journeymap", "serve", str(tmp_path / "meal-kit.future.yaml"), "--port", "0",
         "--compare", str(tmp_path / "meal-kit.current.yaml")],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        first = process.stdout.readline()
        assert first.startswith("Serving "), first + process.stderr.read()
        browser.open(first.split(" at ")[1].strip())
        browser.wait_for("document.querySelector('.jm-state-both') !== null")
        shown = "getComputedStyle(document.querySelector('.jm-state-%s')).display !== 'none'"
        assert browser.evaluate(shown % "both") and not browser.evaluate(shown % "after")
        browser.key("v")
        browser.wait_for(shown % "after")
        assert not browser.evaluate(shown % "both") and not browser.evaluate(shown % "before")
        browser.key("v")
        browser.wait_for(shown % "before")
        browser.key("v")
        browser.wait_for(shown % "both")
    finally:
        process.terminate()
        process.wait(timeout=10)
