"""Write the generated reference docs (docs/format.md, the JSON Schema, …).

    python tools/gen_docs.py          # regenerate
    python tools/gen_docs.py --check  # exit 1 when a committed file is stale
"""

from __future__ import annotations

import sys
from pathlib import Path

from journeymap.check.docs import generated_files


def main(argv: list[str]) -> int:
    root = Path(__file__).resolve().parent.parent
    stale = []
    for path, text in generated_files(root).items():
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current == text:
            continue
        if "--check" in argv:
            stale.append(path)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path.relative_to(root)}")
    for path in stale:
        print(f"{path.relative_to(root)} is out of date: run `make docs`")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
