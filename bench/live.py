"""How long a save takes to reach the picture on a `journeymap serve` page, in a real browser.

Starts `journeymap serve` on a copy of an example, opens it in headless Chromium
at 1920 × 1080, then saves the map ten times (a touchpoint renamed each time)
and measures, for each save, from the moment the file is written to the moment
the page holds the new picture (a MutationObserver in the page notes the time
the new name appears; both clocks are this machine's wall clock). Prints the
median and the slowest, for the overview and for one stage's page.

    make bench-live        (or: .venv/bin/python bench/live.py [--saves N] [--map FILE])
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.serve.browser import Browser, chromium_path  # noqa: E402

OBSERVER = """
window.jmSeen = {};
new MutationObserver(function () {
  var text = document.body.innerText;
  for (var i = 0; i < 100; i++) {
    var mark = "Save number " + i + ".";
    if (!(mark in window.jmSeen) && text.indexOf(mark) >= 0) { window.jmSeen[mark] = Date.now(); }
  }
}).observe(document.body, {childList: true, subtree: true, characterData: true});
"""


def measure(browser: Browser, path: Path, original: str, anchor: str, saves: int) -> list[float]:
    browser.evaluate(OBSERVER)
    delays = []
    for number in range(saves):
        mark = f"Save number {number}."
        text = original.replace(anchor, f"{anchor} {mark}", 1)
        time.sleep(0.4)  # saves a person makes, not a burst
        written = time.time()
        path.write_text(text, encoding="utf-8")
        browser.wait_for(f"'{mark}' in window.jmSeen", timeout=10)
        delays.append(browser.evaluate(f"window.jmSeen['{mark}']") / 1000 - written)
    return delays


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--saves", type=int, default=10)
    parser.add_argument("--map", default=str(ROOT / "examples" / "coffee-subscription.ja.yaml"))
    parser.add_argument("--overview-only", action="store_true", help="for versions of journeymap without stage pages")
    args = parser.parse_args()
    if chromium_path() is None:
        print("no Chromium here: install Debian's chromium (the CI script does)")
        return 2
    work = Path(tempfile.mkdtemp(prefix="journeymap-live-"))
    source = Path(args.map)
    shutil.copytree(source.parent / "personas", work / "personas", dirs_exist_ok=True) if (source.parent / "personas").is_dir() else None
    path = work / source.name
    original = source.read_text(encoding="utf-8")
    path.write_text(original, encoding="utf-8")
    anchor = "goal: " + original.split("goal: ", 1)[1].split("\n", 1)[0]  # the first stage's goal
    server = subprocess.Popen(
        [sys.executable, "-m", "journeymap", "serve", str(path), "--port", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env={k: v for k, v in os.environ.items() if k != "JOURNEYMAP_WATCH_POLL"},
    )
    url = server.stdout.readline().split(" at ")[1].strip()
    browser = Browser()
    try:
        browser.size(1920, 1080)
        browser.open(url)
        overview = measure(browser, path, original, anchor, args.saves)
        stage = []
        if not args.overview_only:
            browser.key("ArrowRight")
            browser.wait_for("!document.getElementById('jm-stage').hidden")
            stage = measure(browser, path, original, anchor, args.saves)
    finally:
        browser.close()
        server.terminate()
        server.wait(timeout=10)
        shutil.rmtree(work, ignore_errors=True)
    for name, delays in (("overview", overview), ("stage page", stage)):
        if not delays:
            continue
        print(f"save -> picture, {name:10}: median {statistics.median(delays):.3f} s, slowest {max(delays):.3f} s "
              f"({len(delays)} saves, {source.name})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
