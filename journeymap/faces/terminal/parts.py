"""The small pieces every part of the view shows the same way: scores, persona markers, flags, words.

The view's own words follow the map's language, as the layout's lane titles do.
"""

from __future__ import annotations

from journeymap.faces.terminal.lines import Line, clean
from journeymap.scores import score_text, signed
from journeymap.textwidth import width
from journeymap.views.layout import Card, Column, Flag, Layout, PersonaBadge
from journeymap.views.palette import MARKER_SYMBOLS, score_color

FLAG = "⚑"
MISSING = "—"

WORDS = {
    "en": {
        "curve": "Emotion curve",
        "neutral": "neutral",
        "scale": "scale",
        "stage": "stage",
        "stages": "stages",
        "touchpoint": "touchpoint",
        "touchpoints": "touchpoints",
        "none": "no touchpoints",
        "map": "Whole map:",
        "no_scores": "No scores to draw.",
    },
    "ja": {
        "curve": "感情曲線",
        "neutral": "中立",
        "scale": "スケール",
        "stage": "ステージ",
        "stages": "ステージ",
        "touchpoint": "タッチポイント",
        "touchpoints": "タッチポイント",
        "none": "タッチポイントなし",
        "map": "マップ全体:",
        "no_scores": "描ける点数がありません。",
    },
}

FLAG_STYLES = {"error": "bold #ca0020", "warning": "bold #b35806", "info": "#5e3c99"}


def word(layout: Layout, key: str) -> str:
    return WORDS.get(layout.lang, WORDS["en"])[key]


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


def counted_flags(flags: tuple[Flag, ...]) -> list[tuple[Flag, int]]:
    """Each rule once with how often it fired, errors and warnings before advice."""
    order = {"error": 0, "warning": 1, "info": 2}
    counts: dict[str, int] = {}
    first: dict[str, Flag] = {}
    for flag in flags:
        counts[flag.code] = counts.get(flag.code, 0) + 1
        first.setdefault(flag.code, flag)
    ranked = sorted(first.items(), key=lambda item: (order.get(item[1].severity, 3), item[0]))
    return [(flag, counts[code]) for code, flag in ranked]


def count_suffix(count: int) -> str:
    """" ×2" after a rule that fired twice; a no-break space keeps it with the rule name when wrapped."""
    return f"\u00a0×{count}" if count > 1 else ""


def flag_units(flags: tuple[Flag, ...]) -> list[Line]:
    """One unit per rule: "⚑ W201 low-stage-emotion ×2", errors and warnings before advice."""
    return [
        [(f"{FLAG} {flag.code} {flag.name}{count_suffix(count)}", FLAG_STYLES.get(flag.severity, ""))]
        for flag, count in counted_flags(flags)
    ]


def summary(layout: Layout) -> str:
    """One line about the findings, and where to read them."""
    counts = layout.counts
    n_errors, n_warnings, n_infos = counts.get("errors", 0), counts.get("warnings", 0), counts.get("infos", 0)
    if layout.lang == "ja":
        parts = [f"{label} {n} 件" for label, n in (("エラー", n_errors), ("警告", n_warnings), ("情報", n_infos)) if n]
        if not parts:
            return "指摘はありません。"
        return "、".join(parts) + f" — 詳しくは `journeymap check {layout.path}`"
    parts = [
        f"{n} {name}{'s' if n != 1 else ''}"
        for name, n in (("error", n_errors), ("warning", n_warnings), ("info", n_infos))
        if n
    ]
    if not parts:
        return "No findings: the map checks clean."
    return ", ".join(parts) + f" — run `journeymap check {layout.path}` for details"
