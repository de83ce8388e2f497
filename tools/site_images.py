"""Screenshots of the examples' site for the docs (`make site-images`), with headless Chromium.

    python tools/site_images.py [CHROMIUM]

Builds `journeymap site examples/` into a temporary folder and photographs the
index, a persona page and a department page at 1920x1080 into docs/images/.
Chromium runs with a fresh profile and without background networking; the
pages themselves request nothing (their Content-Security-Policy forbids it).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHOTS = {
    "index.html": "site-index.png",
    "personas/kenji.html": "site-persona.png",
    "owners/product.html": "site-department.png",
}


def main(argv: list[str]) -> int:
    chromium = argv[0] if argv else shutil.which("chromium") or "/usr/bin/chromium"
    with tempfile.TemporaryDirectory() as work:
        site = Path(work) / "site"
        subprocess.run([sys.executable, "-m", "journeymap", "site", "examples/", "-o", str(site)], cwd=ROOT, check=True)
        for page, image in SHOTS.items():
            with tempfile.TemporaryDirectory() as profile:
                subprocess.run(
                    [
                        chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--no-first-run", f"--user-data-dir={profile}",
                        f"--screenshot={ROOT / 'docs' / 'images' / image}", "--window-size=1920,1080",
                        (site / page).as_uri(),
                    ],
                    check=True,
                    capture_output=True,
                    timeout=120,
                )
            print(f"wrote docs/images/{image}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
