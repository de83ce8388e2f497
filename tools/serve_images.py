"""Screenshots of `journeymap serve` as a projector shows it (1920 × 1080), for the docs.

Usage: python tools/serve_images.py  (run by `make images`; needs Chromium)

For each example it starts `journeymap serve`, opens the page in headless Chromium at
1920 × 1080, saves the overview, presses → three times and saves that stage's page.
The pictures land in docs/images/serve-<name>-overview.png and -stage.png.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.serve.browser import Browser, chromium_path  # noqa: E402

EXAMPLES = {
    "coffee-subscription.ja": "examples/coffee-subscription.ja.yaml",
    "saas-onboarding": "examples/saas-onboarding.yaml",
}
IMAGES = ROOT / "docs" / "images"


def shoot(name: str, path: str, browser: Browser) -> list[Path]:
    server = subprocess.Popen(
        [sys.executable, "-m", "journeymap", "serve", path, "--port", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
    )
    try:
        first = server.stdout.readline()
        if " at " not in first:
            raise SystemExit(f"serve did not start for {path}: {first}{server.stderr.read()}")
        browser.open(first.split(" at ")[1].strip())
        time.sleep(0.5)  # let the fonts settle before the picture
        overview = IMAGES / f"serve-{name}-overview.png"
        browser.screenshot(overview)
        for _ in range(3):
            browser.key("ArrowRight")
        browser.wait_for("!document.getElementById('jm-stage').hidden")
        time.sleep(0.5)
        stage = IMAGES / f"serve-{name}-stage.png"
        browser.screenshot(stage)
        return [overview, stage]
    finally:
        server.terminate()
        server.wait(timeout=10)


def main() -> None:
    if chromium_path() is None:
        raise SystemExit("Chromium is needed for the serve screenshots (apt install chromium)")
    IMAGES.mkdir(parents=True, exist_ok=True)
    browser = Browser()
    try:
        browser.size(1920, 1080)
        for name, path in EXAMPLES.items():
            for written in shoot(name, path, browser):
                print(written.relative_to(ROOT))
    finally:
        browser.close()


if __name__ == "__main__":
    main()
