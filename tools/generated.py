"""Writing generated files, or checking that the committed ones are current (shared by the tools)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def write_or_check(files: dict[Path, bytes], check: bool, command: str) -> int:
    """Write each file whose bytes differ; with ``check``, only list them. 1 when any is stale."""
    stale = []
    for path, data in files.items():
        if path.exists() and path.read_bytes() == data:
            continue
        if check:
            stale.append(path)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        print(f"wrote {path.relative_to(ROOT)}")
    for path in stale:
        print(f"{path.relative_to(ROOT)} is out of date: run `{command}`")
    return 1 if stale else 0
