"""The poster's header (title, description, persona strip) and footer (legends, map-level
findings, the source and format version)."""

from __future__ import annotations

from journeymap import __version__
from journeymap.faces.poster.curve import marker
from journeymap.faces.poster.markup import element, num, text
from journeymap.faces.poster.themes import Theme
from journeymap.i18n import Series
from journeymap.messages import words as W
from journeymap.textwidth import cells_for, clip, pixels_for, truncate
from journeymap.views.layout import Flag, Layout
from journeymap.views.palette import score_color

PERSONA_W = 270
PERSONA_H = 96


def stage_flag_text(flags: tuple[Flag, ...]) -> str:
    """"W201 ×2 · W202 · W208": the codes on a stage, each once with its count."""
    return " · ".join(_counted(flag) for flag in flags)


def card_flag_text(flags: tuple[Flag, ...]) -> str:
    """"I301 W206": the codes on a touchpoint card."""
    return " ".join(_counted(flag) for flag in flags)


def _counted(flag: Flag) -> str:
    return flag.code if flag.count == 1 else f"{flag.code} ×{flag.count}"


def _columns(width_px: float, font_size: float, bold: bool = False) -> int:
    return max(4, cells_for(width_px, font_size, bold))


def _lines(layout: Layout, text_: str, width_px: float, font_size: float, most: int, bold: bool = False) -> list[str]:
    budget = _columns(width_px, font_size, bold)
    return clip(list(layout.wrapped(text_, budget)), most, budget)


def header(layout: Layout, theme: Theme, width: float, margin: float) -> tuple[float, str]:
    out = []
    y = margin + 26
    inner = width - 2 * margin
    for line in _lines(layout, layout.title, inner, 26, 2, bold=True):
        out.append(text(margin, y, line, font_size="26", font_weight="bold"))
        y += 32
    if layout.description:
        for line in _lines(layout, layout.description, inner, 13, 3):
            out.append(text(margin, y, line, font_size="13", fill=theme.muted))
            y += 18
    y += 10
    x = margin
    for badge in layout.personas:
        if x + PERSONA_W > width - margin and x > margin:
            x = margin
            y += PERSONA_H + 10
        out.append(element("rect", x=float(x), y=float(y), width=float(PERSONA_W), height=float(PERSONA_H), rx="8",
                           fill=theme.card_fill, stroke=badge.color, stroke_width="2"))
        out.append(marker(badge.marker, x + 18, y + 20, badge.color, badge.color, 6))
        out.append(text(x + 32, y + 25, truncate(badge.name, _columns(PERSONA_W - 44, 14, bold=True)), font_size="14", font_weight="bold"))
        line_y = y + 44
        about = badge.description or " · ".join(badge.goals[:1] + badge.frustrations[:1])
        for line in _lines(layout, about, PERSONA_W - 24, 11, 2) if about else []:
            out.append(text(x + 12, line_y, line, font_size="11", fill=theme.muted))
            line_y += 15
        if badge.channels:
            channels = layout.word(W.CHANNELS, channels=Series(badge.channel_labels))
            out.append(text(x + 12, y + PERSONA_H - 10, truncate(channels, _columns(PERSONA_W - 24, 11)), font_size="11"))
        x += PERSONA_W + 12
    return y + PERSONA_H + 24, "".join(out)


def footer(layout: Layout, theme: Theme, width: float, margin: float, y: float) -> tuple[float, str]:
    out = []
    inner = width - 2 * margin
    x = margin
    # Persona key: line colour and marker shape.
    for badge in layout.personas:
        out.append(element("line", x1=float(x), x2=float(x + 28), y1=float(y), y2=float(y), stroke=badge.color, stroke_width="2.5"))
        out.append(marker(badge.marker, x + 14, y, badge.color, badge.color, 5))
        label = badge.short or badge.name
        out.append(text(x + 36, y + 4, label, font_size="11"))
        x += 36 + pixels_for(label, 11) + 24
    # Score colours, from the bottom of the scale through neutral to the top.
    x += 12
    score = layout.word(W.SCORE)
    out.append(text(x, y + 4, score, font_size="11", fill=theme.muted))
    x += pixels_for(score, 11) + 14
    for i, (relative, value) in enumerate(layout.swatches()):
        out.append(element("rect", x=float(x + i * 46), y=float(y - 7), width=14.0, height=14.0, rx="3",
                           fill=score_color(relative)))
        out.append(text(x + i * 46 + 18, y + 4, value, font_size="11", fill=theme.muted))
    y += 28
    for flag in layout.map_flags:
        for message in flag.messages:
            for part in _lines(layout, f"{flag.code} {flag.label}: {message}", inner, 11, 2):
                out.append(text(margin, y, part, font_size="11", fill=theme.flag if flag.severity != "info" else theme.muted))
                y += 15
    codes = _codes_present(layout)
    if codes:
        key = " · ".join(f"{code} {name}" for code, name in codes)
        for part in layout.wrapped(key, _columns(inner, 11)):
            out.append(text(margin, y, part, font_size="11", fill=theme.muted))
            y += 15
    source = layout.word(
        W.SOURCE_LINE, path=layout.path, version=str(layout.version), counts=layout.counts_text(), tool=__version__
    )
    y += 6
    out.append(text(margin, y, truncate(source, _columns(inner, 11)), font_size="11", fill=theme.muted))
    return y, "".join(out)


def _codes_present(layout: Layout) -> list[tuple[str, str]]:
    found = {}
    for column in layout.columns:
        for flag in column.flags:
            found[flag.code] = flag.label
        for card in column.cards:
            for flag in card.flags:
                found[flag.code] = flag.label
    return sorted(found.items())


__all__ = ["footer", "header", "num", "stage_flag_text"]
