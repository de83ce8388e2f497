"""Suggestions for hints: the closest known word, a slug made from free text."""

from __future__ import annotations

import re
import unicodedata

from journeymap.i18n import say
from journeymap.messages import load as L


def closest(word: str, candidates) -> str | None:
    """The candidate a typo most likely meant (case-insensitive), or None when nothing is close."""
    import difflib  # only needed when there is a mistake to explain

    by_key = {}
    for candidate in candidates:
        by_key.setdefault(candidate.lower().replace("_", "-"), candidate)
    key = word.lower().replace(" ", "-").replace("_", "-")
    if key in by_key:
        return by_key[key]
    matches = difflib.get_close_matches(key, list(by_key), n=5, cutoff=0.6)
    if not matches:
        return None
    # Equally close by difflib (W2O4: W204 and W242): the one that agrees in more places is the typo.
    top = difflib.SequenceMatcher(None, key, matches[0]).ratio()
    tied = [m for m in matches if difflib.SequenceMatcher(None, key, m).ratio() == top]
    return by_key[max(tied, key=lambda m: (sum(a == b for a, b in zip(key, m)), -len(m), -tied.index(m)))]


def slugify(text: str) -> str:
    """A valid id made from ``text`` ("Sign-up Form" → "sign-up-form"); empty if nothing is left."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9_-]+", "-", ascii_text.lower()).strip("-_")
    return slug


def quoted_list(items, limit: int = 8) -> str:
    items = list(items)
    shown = ", ".join(items[:limit])
    return shown + (f", … ({len(items) - limit} more)" if len(items) > limit else "")


FULL_WIDTH = {"：": L.FULL_WIDTH_COLON, "\u3000": L.FULL_WIDTH_SPACE}  # Japanese input methods type these


def full_width_problem(text: str) -> tuple[str, int] | None:
    """(what, index) of the first full-width colon or space in ``text``: Japanese IME slips."""
    found = [(text.index(char), what) for char, what in FULL_WIDTH.items() if char in text]
    if not found:
        return None
    index, what = min(found)
    return say(what), index
