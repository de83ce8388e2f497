"""Write the generated reference docs (docs/format.md, the JSON Schema, …).

    python tools/gen_docs.py          # regenerate
    python tools/gen_docs.py --check  # exit 1 when a committed file is stale
"""

from __future__ import annotations

import sys

from generated import ROOT, write_or_check

from journeymap.check.docs import generated_files


def main(argv: list[str]) -> int:
    files = {path: text.encode("utf-8") for path, text in generated_files(ROOT).items()}
    return write_or_check(files, "--check" in argv, "make docs")

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
