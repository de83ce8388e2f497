"""The one-line summary every human-readable report ends with."""

from __future__ import annotations

from journeymap.findings import count_by_severity
from journeymap.i18n import Series, speaker, tr
from journeymap.messages import cli as C
from journeymap.messages import words as W


def counts_text(findings, lang: str = "en") -> str:
    """"20 warnings, 3 infos" in ``lang`` (empty when there are none)."""
    return counts_words(count_by_severity(findings), lang)


def counts_words(counts: dict, lang: str = "en") -> str:
    """The same from counts by severity ({"errors": 0, "warnings": 20, "infos": 3})."""
    w = speaker(lang)
    parts = [
        w(template, count=counts[key])
        for key, template in (("errors", W.ERRORS), ("warnings", W.WARNINGS), ("infos", W.INFOS))
        if counts.get(key)
    ]
    return tr(lang, Series(parts)) if parts else ""


def summary_line(files: int, findings, unreadable: int = 0, lang: str = "en") -> str:
    w = speaker(lang)
    counts = counts_text(findings, lang)
    if unreadable:
        checked = w(C.CHECKED_SOME, checked=files - unreadable, count=files, unreadable=unreadable)
        return w(C.SUMMARY, checked=checked, counts=counts) if counts else w(C.NO_OTHER_PROBLEMS, checked=checked)
    checked = w(C.CHECKED, count=files)
    return w(C.SUMMARY, checked=checked, counts=counts) if counts else w(C.NO_PROBLEMS, checked=checked)
