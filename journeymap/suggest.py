"""Suggestions for hints: the closest known word, a slug made from free text."""

from __future__ import annotations

import re
import unicodedata


def closest(word: str, candidates) -> str | None:
    """The candidate a typo most likely meant, or None when nothing is close."""
    import difflib  # only needed when there is a mistake to explain

    lowered = word.lower().replace(" ", "_")
    candidates = list(candidates)
    for candidate in candidates:
        if candidate.lower() == lowered or candidate.replace("_", "-") == lowered.replace("_", "-"):
            return candidate
    matches = difflib.get_close_matches(lowered, candidates, n=1, cutoff=0.6)
    return matches[0] if matches else None


def slugify(text: str) -> str:
    """A valid id made from ``text`` ("Sign-up Form" → "sign-up-form"); empty if nothing is left."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9_-]+", "-", ascii_text.lower()).strip("-_")
    return slug


def quoted_list(items, limit: int = 8) -> str:
    items = list(items)
    shown = ", ".join(items[:limit])
    return shown + (f", … ({len(items) - limit} more)" if len(items) > limit else "")
