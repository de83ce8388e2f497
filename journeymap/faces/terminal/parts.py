"""The small pieces every part of the view shows the same way: scores, persona markers, flags.

Words come from the layout (its language, the message catalogue); counts of flags too.
"""

from __future__ import annotations

from journeymap.faces.terminal.lines import Line, clean
from journeymap.messages import words as W
from journeymap.scores import score_text, signed
from journeymap.textwidth import width
from journeymap.views.layout import Card, Column, Flag, Layout, PersonaBadge
from journeymap.views.palette import MARKER_SYMBOLS, score_color

FLAG = "⚑"
MISSING = "—"

FLAG_STYLES = {"error": "bold #ca0020", "warning": "bold #b35806", "info": "#5e3c99"}


def marker(badge: PersonaBadge) -> str:
    return MARKER_SYMBOLS.get(badge.marker, "●")


def letter(index: int) -> str:
    """a, b, … z, aa, ab, … for the touchpoints of a stage."""
    text = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        text = chr(ord("a") + rest) + text
    return text


def number(layout: Layout, value: float) -> str:
    """A score on the map's own scale: signed when the scale runs through zero (-2..2), plain on 1..5."""
    return signed(value) if layout.scale_min < 0 < layout.scale_max else score_text(value)


def scale_text(layout: Layout) -> str:
    return f"{score_text(layout.scale_min)}..{score_text(layout.scale_max)}"


def score(layout: Layout, value: float | None) -> Line:
    """A score with its mood symbol (↑↑ ↑ → ↓ ↓↓), coloured by how good it is."""
    if value is None:
        return [(MISSING, "dim")]
    style = score_color(layout.relative(value))
    return [(number(layout, value), style), (" ", ""), (layout.mood(value).symbol, style)]


def persona_label(layout: Layout, badge: PersonaBadge, full: bool = False) -> Line:
    name = badge.name if full or not badge.short else badge.short
    return [(marker(badge), badge.color), (" ", ""), (clean(name), "bold" if full else "")]


def card_scores(layout: Layout, card: Card) -> list[Line]:
    """One unit per persona who scored this touchpoint: marker, score, mood."""
    return [
        [(marker(badge), badge.color), (" ", ""), *score(layout, value)]
        for badge, value in zip(layout.personas, card.scores)
        if value is not None
    ]


def emotion_rows(layout: Layout, column: Column) -> list[Line]:
    """The stage's average per persona, names and scores aligned."""
    names = [clean(b.short or b.name) for b in layout.personas]
    name_width = max(map(width, names), default=0)
    numbers = [number(layout, v) if v is not None else MISSING for v in column.averages]
    number_width = max(map(width, numbers), default=0)
    rows = []
    for badge, name, value in zip(layout.personas, names, column.averages):
        cells = score(layout, value)
        lead = " " * (number_width - width(cells[0][0]))
        rows.append(
            [(marker(badge), badge.color), (" ", ""), (name + " " * (name_width - width(name)), ""), (" " + lead, "")]
            + cells
        )
    return rows


def count_suffix(count: int) -> str:
    """" ×2" after a rule that fired twice; a no-break space keeps it with the rule name when wrapped."""
    return f"\u00a0×{count}" if count > 1 else ""


def flag_units(flags: tuple[Flag, ...]) -> list[Line]:
    """One unit per rule: "⚑ W201 low-stage-emotion ×2", errors and warnings before advice."""
    return [[(f"{FLAG} {flag.code} {flag.label}{count_suffix(flag.count)}", FLAG_STYLES.get(flag.severity, ""))] for flag in flags]


def summary(layout: Layout) -> str:
    """One line about the findings, and where to read them."""
    if not any(layout.counts.values()):
        return layout.word(W.CHECKS_CLEAN)
    return layout.word(W.FINDINGS_THEN_CHECK, counts=layout.counts_text(), path=layout.path)
