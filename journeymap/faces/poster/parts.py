"""The poster's header (title, description, persona strip) and footer (legends, map-level
findings, the source and format version)."""

from __future__ import annotations

from journeymap import __version__
from journeymap.faces.poster.curve import marker
from journeymap.faces.poster.markup import element, num, text
from journeymap.faces.poster.metrics import Metrics
from journeymap.faces.poster.themes import Theme
from journeymap.i18n import Series
from journeymap.messages import words as W
from journeymap.textwidth import cells_for, clip, pixels_for, truncate, wide_cells
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
    budget, wide = _columns(width_px, font_size, bold), wide_cells(bold)
    return clip(list(layout.wrapped(text_, budget, wide)), most, budget, wide)


def _cut(text_: str, width_px: float, font_size: float) -> str:
    return truncate(text_, _columns(width_px, font_size), wide=wide_cells())


def _persona_lines(layout: Layout, badge) -> tuple[list[str], list[str]]:
    """A persona card's name (wrapped whole, cut only past five lines) and what it says about them."""
    name = _lines(layout, badge.name, PERSONA_W - 44, 14, 5, bold=True)
    about = badge.description or " · ".join(badge.goals[:1] + badge.frustrations[:1])
    return name, (_lines(layout, about, PERSONA_W - 24, 11, 2) if about else [])


def _persona_height(layout: Layout, badge) -> float:
    name, about = _persona_lines(layout, badge)
    return max(PERSONA_H, 26 + 18 * len(name) + 15 * len(about) + (22 if badge.channels else 6))


def header(layout: Layout, theme: Theme, width: float, m: Metrics, compact: bool = False) -> tuple[float, str]:
    """Title, description and (``m.persona_cards``) a card per persona.

    ``compact``: the map's title alone, small, as a page of one stage has it."""
    out = []
    margin = m.margin
    inner = width - 2 * margin
    if compact:
        for line in _lines(layout, layout.title, inner, m.small, 1):
            out.append(text(margin, margin + m.small, line, font_size=num(m.small), fill=theme.muted))
        return margin + m.small + m.pad + 4, "".join(out)
    y = margin + m.title
    for line in _lines(layout, layout.title, inner, m.title, 2, bold=True):
        out.append(text(margin, y, line, font_size=num(m.title), font_weight="bold"))
        y += m.title + 6
    if layout.description:
        for line in _lines(layout, layout.description, inner, m.description, 3):
            out.append(text(margin, y, line, font_size=num(m.description), fill=theme.muted))
            y += m.description + 5
    if not m.persona_cards:
        return y + m.pad, "".join(out)
    y += 10
    # Cards flow in rows; a row is as tall as its tallest card (a long name takes two lines).
    rows: list[list] = [[]]
    x = margin
    for badge in layout.personas:
        if x + PERSONA_W > width - margin and x > margin:
            rows.append([])
            x = margin
        rows[-1].append(badge)
        x += PERSONA_W + 12
    for n, row in enumerate(rows):
        if n:
            y += 10
        height = max((_persona_height(layout, badge) for badge in row), default=PERSONA_H)
        for k, badge in enumerate(row):
            out.append(_persona_card(layout, theme, badge, margin + k * (PERSONA_W + 12), y, height))
        y += height
    return y + 24, "".join(out)


def _persona_card(layout: Layout, theme: Theme, badge, x: float, y: float, height: float) -> str:
    out = [
        element("rect", x=float(x), y=float(y), width=float(PERSONA_W), height=float(height), rx="8",
                fill=theme.card_fill, stroke=badge.color, stroke_width="2"),
        marker(badge.marker, x + 18, y + 20, badge.color, badge.color, 6),
    ]
    name, about = _persona_lines(layout, badge)
    line_y = y + 25
    for line in name:
        out.append(text(x + 32, line_y, line, font_size="14", font_weight="bold"))
        line_y += 18
    line_y += 1
    for line in about:
        out.append(text(x + 12, line_y, line, font_size="11", fill=theme.muted))
        line_y += 15
    if badge.channels:
        channels = layout.word(W.CHANNELS, channels=Series(badge.channel_labels))
        out.append(text(x + 12, y + height - 10, _cut(channels, PERSONA_W - 24, 11), font_size="11"))
    return "".join(out)


def _legend(layout: Layout, theme: Theme, width: float, m: Metrics, y: float) -> tuple[float, float, list[str]]:
    """The persona key (line colour and marker) and the score colours, wrapping to stay on the poster."""
    out: list[str] = []
    size, step = m.legend, m.legend * 2
    font = num(size)
    left, right = m.margin, width - m.margin
    x = left
    for badge in layout.personas:
        label = badge.short or badge.name
        room = right - left - 36
        if pixels_for(label, size) > room:
            label = _cut(label, room, size)
        entry = 36 + pixels_for(label, size)
        if x > left and x + entry > right:
            x, y = left, y + step
        out.append(element("line", x1=float(x), x2=float(x + 28), y1=float(y), y2=float(y), stroke=badge.color, stroke_width="2.5"))
        out.append(marker(badge.marker, x + 14, y, badge.color, badge.color, 5))
        out.append(text(x + 36, y + 4, label, font_size=font))
        x += entry + 24
    # Score colours, from the bottom of the scale through neutral to the top.
    x += 12
    score = layout.word(W.SCORE)
    swatches = layout.swatches()
    gap = 4 * size + 2
    block = pixels_for(score, size) + 14 + gap * len(swatches)
    if x > left and x + block > right:
        x, y = left, y + step
    out.append(text(x, y + 4, score, font_size=font, fill=theme.muted))
    x += pixels_for(score, size) + 14
    for i, (relative, value) in enumerate(swatches):
        out.append(element("rect", x=float(x + i * gap), y=float(y - 7), width=14.0, height=14.0, rx="3",
                           fill=score_color(relative)))
        out.append(text(x + i * gap + 18, y + 4, value, font_size=font, fill=theme.muted))
    return y, x + gap * len(swatches), out


def footer(layout: Layout, theme: Theme, width: float, m: Metrics, y: float, flags: bool = True,
           client: bool = False) -> tuple[float, str]:
    """Legends, then (``flags``) the findings about the whole map and the key to the codes, then the source.

    ``client`` leaves the findings' counts out of the source line as well."""
    margin, size = m.margin, m.legend
    font, step = num(size), size + 4
    inner = width - 2 * margin
    y, end, out = _legend(layout, theme, width, m, y)
    if client:
        source = layout.word(W.SOURCE_LINE_CLIENT, path=layout.path, tool=__version__)
    else:
        source = layout.word(
            W.SOURCE_LINE, path=layout.path, version=str(layout.version), counts=layout.counts_text(), tool=__version__
        )
    beside = not m.persona_cards and end + 24 + pixels_for(source, size) <= width - margin
    if beside:  # a fitted poster keeps its height for the map: the source goes at the key's right
        out.append(text(width - margin, y + 4, source, font_size=font, fill=theme.muted, text_anchor="end"))
    y += m.legend_gap + 4
    if flags:
        for flag in layout.map_flags:
            for message in flag.messages:
                for part in _lines(layout, f"{flag.code} {flag.label}: {message}", inner, size, 2):
                    out.append(text(margin, y, part, font_size=font, fill=theme.flag if flag.severity != "info" else theme.muted))
                    y += step
        codes = _codes_present(layout)
        if codes:
            key = " · ".join(f"{code} {name}" for code, name in codes)
            for part in _lines(layout, key, inner, size, 1000):
                out.append(text(margin, y, part, font_size=font, fill=theme.muted))
                y += step
    if beside:
        return y - step, "".join(out)
    y += 6
    out.append(text(margin, y, _cut(source, inner, size), font_size=font, fill=theme.muted))
    return y, "".join(out)


def findings_block(layout: Layout, theme: Theme, width: float, m: Metrics, y: float, stage: int) -> tuple[float, str]:
    """What was flagged on one stage and its touchpoints, in words (a page of one stage shows it)."""
    column = layout.columns[stage]
    entries = [("", flag) for flag in column.flags]
    entries += [(card.name, flag) for card in column.cards for flag in card.flags]
    if not entries:
        return y, ""
    out = []
    inner = width - 2 * m.margin
    for where, flag in entries:
        for message in flag.messages:
            said = f"{flag.code} {flag.label}: {message}" if not where else f"{flag.code} {flag.label} — {where}: {message}"
            color = theme.flag if flag.severity != "info" else theme.muted
            for part in _lines(layout, said, inner, m.body, 3):
                out.append(text(m.margin, y, part, font_size=num(m.body), fill=color))
                y += m.line
    return y + m.pad + m.legend, "".join(out)


def _codes_present(layout: Layout) -> list[tuple[str, str]]:
    found = {}
    for column in layout.columns:
        for flag in column.flags:
            found[flag.code] = flag.label
        for card in column.cards:
            for flag in card.flags:
                found[flag.code] = flag.label
    return sorted(found.items())


__all__ = ["findings_block", "footer", "header", "num", "stage_flag_text"]
