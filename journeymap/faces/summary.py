"""The one-line summary every human-readable report ends with."""

from __future__ import annotations

from journeymap.findings import count_by_severity


def plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def summary_line(files: int, findings, unreadable: int = 0) -> str:
    counts = count_by_severity(findings)
    parts = [
        plural(counts[key], word)
        for key, word in (("errors", "error"), ("warnings", "warning"), ("infos", "info"))
        if counts[key]
    ]
    checked = f"Checked {plural(files, 'file')}"
    if unreadable:
        checked = f"Checked {files - unreadable} of {plural(files, 'file')} ({unreadable} could not be checked)"
        return f"{checked}: {', '.join(parts)}." if parts else f"{checked}: no other problems."
    return f"{checked}: {', '.join(parts)}." if parts else f"{checked}: no problems found."
