"""Selectors: a rule code (W204), a prefix (W2, W, I) or a rule name (single-channel-stage).

The same selectors work in --select/--ignore, in configuration and in
`ignore:` lists of a map.
"""

from __future__ import annotations

from journeymap.load.structural import CODES as STRUCTURAL
from journeymap.rules.base import matches

__all__ = ["known", "matches", "suggestion", "unknown"]


def known(selector: str) -> bool:
    """Whether the selector names at least one rule or structural code."""
    from journeymap.rules import RULES

    everything = [(r.code, r.name) for r in RULES] + [(c.code, c.name) for c in STRUCTURAL]
    return any(matches(selector, code, name) for code, name in everything)


def unknown(selectors) -> list[tuple[str, str | None]]:
    """(selector, the closest known code or name) for each selector that names no rule."""
    return [(selector, suggestion(selector)) for selector in selectors if not known(selector)]


def suggestion(selector: str) -> str | None:
    from journeymap.rules import RULES
    from journeymap.suggest import closest

    codes = [r.code for r in RULES]
    # A letter typed for a digit (W2O4, W2l1) is a code; edit distance alone may pick a neighbour (W224).
    lookalike = selector[:1].upper() + selector[1:].upper().replace("O", "0").replace("L", "1").replace("I", "1")
    if lookalike in codes:
        return lookalike
    return closest(selector, codes + [r.name for r in RULES])
