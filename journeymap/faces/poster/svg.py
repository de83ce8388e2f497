"""The SVG poster: header, one or more bands of stages (a sub-column per touchpoint), lanes, curve, footer.

Sizes are computed from the content: a stage is as wide as its touchpoints,
a lane as tall as its longest text (cut with an ellipsis past a few lines).
Everything drawn comes from the layout (its wrapped text, curve points, flags,
counts and words); sizes in pixels are turned into display cells by
:func:`journeymap.textwidth.cells_for`, the one estimate every face uses.

A poster is drawn in bands: one band of every stage by default, several when
it is fitted to a screen or a page (:mod:`journeymap.faces.poster.fit` chooses
them); the emotion curve runs on from band to band, each with its own scale.
A poster of one stage (``PosterOptions.stage``) is a page of a presentation
or of a handout: the stage large, its curve coming in from the stage before.

Over 300 lines on purpose: the poster is measured and drawn in one pass over the
layout (row heights depend on every column's wrapped text); its header and footer
are in parts.py, markers and the curve's path in curve.py.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from journeymap.faces.poster.curve import persona_line, scale_lines, ticks
from journeymap.faces.poster.icons import icon
from journeymap.faces.poster.markup import attrs, element, escape, num, text, text_with
from journeymap.faces.poster.measured import card_mark, mark_width
from journeymap.faces.poster.metrics import COMPACT, POSTER, Metrics
from journeymap.faces.poster.overlay import draw_emotion, strip_height
from journeymap.faces.poster.parts import card_flag_text, findings_block, footer, header, stage_flag_text
from journeymap.faces.poster.themes import FONT_FAMILY, LIGHT, Theme
from journeymap.i18n import Series
from journeymap.messages import words as W
from journeymap.textwidth import cells_for, clip, longest_word, measure, truncate, wide_cells
from journeymap.views.layout import Card, Column, Layout

MIN_WIDTH = 960
WIDE, WIDE_BOLD = wide_cells(), wide_cells(bold=True)  # a CJK character is one em wide
MAX_LINES = {"goal": 4, "name": 4, "stage": 4, "actions": 5, "thoughts": 5, "pains": 6, "opportunities": 6}
AUDIENCES = ("team", "client")


@dataclass(frozen=True)
class PosterOptions:
    theme: Theme = LIGHT
    id_prefix: str | None = None  # default: derived from the map's path and title
    audience: str = "team"  # "client": the map without rule codes, outlines or findings
    stage: int | None = None  # draw this stage only (its index), as a page of its own
    fit: object | None = None  # a Shape (fit.py) to fit; None: as wide as the journey is long
    overlay: object | None = None  # views.compare.Overlay: another state of the journey, drawn in the emotion lane

    @property
    def flags(self) -> bool:
        return self.audience != "client"


def cells(width_px: float, font_size: float = 12, bold: bool = False, pad: float = POSTER.pad) -> int:
    """Display cells of text in a box ``width_px`` wide, its padding taken off."""
    return max(4, cells_for(width_px - 2 * pad, font_size, bold))


def bullets(layout: Layout, items, columns: int, max_lines: int, bare: bool = False) -> list[str]:
    """Items as wrapped bullet lines (a single thought stands without a bullet), cut to ``max_lines``."""
    lines: list[str] = []
    for item in items:
        prefix = "" if bare and len(items) == 1 else "• "
        wrapped = layout.wrapped(item, columns - len(prefix), WIDE)
        lines.append(prefix + wrapped[0])
        lines.extend(" " * len(prefix) + rest for rest in wrapped[1:])
    return clip(lines, max_lines, columns, WIDE)


@dataclass
class _Sub:
    column: Column
    card: Card | None
    x: float
    slot: int  # the touchpoint's place in the whole journey (the layout's curve slot)


@dataclass
class _Band:
    """A row of stages: its columns (indexes into the layout), their sub-columns and x positions."""

    columns: list[int]
    subs: list[_Sub] = field(default_factory=list)
    column_x: dict[int, tuple[float, float]] = field(default_factory=dict)
    first_slot: int = 0
    slots: int = 0


def render_svg(layout: Layout, options: PosterOptions = PosterOptions()) -> str:
    if options.fit is not None:
        from journeymap.faces.poster.fit import fitted

        return fitted(layout, options).draw()
    return Poster(layout, options).draw()


def slot_starts(layout: Layout) -> list[int]:
    """The curve slot each column starts at (an empty stage takes one slot)."""
    starts, slot = [], 0
    for column in layout.columns:
        starts.append(slot)
        slot += max(1, len(column.cards))
    return starts


def _stages_shown(layout: Layout, options: PosterOptions) -> list[int]:
    if options.stage is None:
        return list(range(len(layout.columns)))
    return [options.stage]


class Poster:
    """A poster of ``layout`` in bands; :meth:`arrange` sets the bands and the width, :meth:`draw` draws."""

    def __init__(self, layout: Layout, options: PosterOptions, bands: list[list[int]] | None = None, width: float | None = None):
        self.layout = layout
        self.options = options
        self.theme = options.theme
        self.show_flags = options.flags
        digest = hashlib.sha256(f"{layout.path}\n{layout.title}".encode()).hexdigest()[:8]
        self.id = options.id_prefix or f"jm-{digest}"
        self.starts = slot_starts(layout)
        self.focus = options.stage is not None
        self.overlay = options.overlay
        self.m: Metrics = COMPACT if options.fit is not None else POSTER
        shown = _stages_shown(layout, options)
        self.arrange(bands or [shown], width)

    # -- geometry ------------------------------------------------------------

    def arrange(self, bands: list[list[int]], width: float | None = None) -> None:
        """Lay the stages out in ``bands``; ``width`` fixes the poster's width (else it follows the content)."""
        m = self.m
        self.label_w = m.label_w if m.roomy_cards else self._label_width()
        most = max(sum(max(1, len(self.layout.columns[c].cards)) for c in band) for band in bands) or 1
        if width is None:
            self.sub_w = max(m.sub_w, (MIN_WIDTH - 2 * m.margin - self.label_w) / most)
            self.width = 2 * m.margin + self.label_w + self.sub_w * most
        else:
            self.sub_w = (width - 2 * m.margin - self.label_w) / most
            self.width = width
        self.grid_x = m.margin + self.label_w
        self.bands = []
        for columns in bands:
            band = _Band(list(columns), first_slot=self.starts[columns[0]] if columns else 0)
            x = self.grid_x
            for index in columns:
                column = self.layout.columns[index]
                start = x
                for k, card in enumerate(column.cards or (None,)):
                    band.subs.append(_Sub(column, card, x, self.starts[index] + k))
                    x += self.sub_w
                band.column_x[index] = (start, x - start)
            band.slots = len(band.subs)
            self.bands.append(band)
        self.text_cells = self._cells(self.sub_w)
        self._wrapped: dict[tuple, list[str]] = {}

    def _label_width(self) -> float:
        """As narrow as the lane titles allow without breaking a word (タッチポイント stays whole)."""
        cell = self.m.body * 0.64  # a bold cell
        word = max((longest_word(self.layout.lane_title(lane), WIDE_BOLD) for lane in self.layout.lanes), default=0)
        return min(POSTER.label_w, max(self.m.label_w, (word + 1) * cell + 2 * self.m.pad + 4))

    def _cells(self, width: float, size: float | None = None, bold: bool = False) -> int:
        return cells(width, size or self.m.body, bold, self.m.pad)

    # -- rows ----------------------------------------------------------------

    def _lane_lines(self, lane: str, sub: _Sub) -> list[str]:
        # Each lane is measured to size its row and drawn later: wrap it once.
        key = (lane, sub.slot)
        if key not in self._wrapped:
            self._wrapped[key] = self._wrap_lane(lane, sub)
        return self._wrapped[key]

    def _wrap_lane(self, lane: str, sub: _Sub) -> list[str]:
        card = sub.card
        if lane not in MAX_LINES or lane == "goal" or card is None:
            return []
        texts = self.layout.lane_texts(card, lane)
        bare = lane == "thoughts" or not self.m.roomy_cards  # a single item needs no bullet on a fitted poster
        return bullets(self.layout, texts, self.text_cells, MAX_LINES[lane], bare=bare)

    def _goal_lines(self, band: _Band, index: int) -> list[str]:
        column = self.layout.columns[index]
        _, width = band.column_x[index]
        budget = self._cells(width)
        return clip(list(self.layout.wrapped(column.goal, budget, WIDE)), MAX_LINES["goal"], budget, WIDE) if column.goal else []

    def _name_lines(self, card: Card) -> list[str]:
        key = ("name", id(card))
        if key not in self._wrapped:
            budget = self._cells(self.sub_w - 8, bold=True)
            self._wrapped[key] = clip(list(self.layout.wrapped(card.name, budget, WIDE_BOLD)), MAX_LINES["name"], budget, WIDE_BOLD)
        return self._wrapped[key]

    def _row_height(self, lane: str, band: _Band) -> float:
        m = self.m
        if lane == "emotion":
            return m.curve + strip_height(self.overlay, len(self.layout.personas), m)
        if lane == "goal":
            most = max((len(self._goal_lines(band, i)) for i in band.columns), default=0)
        elif lane == "touchpoints":
            names = max((len(self._name_lines(s.card)) for s in band.subs if s.card), default=0)
            if m.roomy_cards:
                return (names + 2) * m.line + 2 * m.pad + 20
            codes = self.show_flags and any(s.card and s.card.flags for s in band.subs)
            return (names + 1 + codes) * m.line + 2 * m.pad + 8
        else:
            most = max((len(self._lane_lines(lane, s)) for s in band.subs), default=0)
        return max(1, most) * m.line + 2 * m.pad

    def _stage_head_height(self, band: _Band) -> float:
        most = 1
        for index in band.columns:
            column = self.layout.columns[index]
            _, width = band.column_x[index]
            name = len(self._stage_name_lines(column, width))
            flags = len(self._stage_flag_lines(column, width))
            phase = self.m.small + 6 if self.m.phase else 2
            most = max(most, name * self.m.stage_line + phase + flags * (self.m.flag + 3))
        return most + 2 * self.m.pad

    def _stage_name_lines(self, column: Column, width: float) -> list[str]:
        budget = self._cells(width, self.m.stage, bold=True)
        return clip(list(self.layout.wrapped(column.name, budget, WIDE_BOLD)), MAX_LINES["stage"], budget, WIDE_BOLD)

    def _stage_flag_lines(self, column: Column, width: float) -> list[str]:
        if not column.flags or not self.show_flags:
            return []
        budget = self._cells(width, self.m.flag, bold=True)
        return clip(list(self.layout.wrapped(stage_flag_text(column.flags), budget, WIDE_BOLD)), 3, budget, WIDE_BOLD)

    def _band_rows(self, band: _Band) -> tuple[float, list[tuple[str, float]]]:
        return self._stage_head_height(band), [(lane, self._row_height(lane, band)) for lane in self.layout.lanes]

    def measure(self) -> float:
        """The poster's height as :meth:`draw` would draw it."""
        top, _ = header(self.layout, self.theme, self.width, self.m, compact=self.focus)
        y = top
        for band in self.bands:
            head_h, rows = self._band_rows(band)
            y += head_h + sum(h for _, h in rows) + self.m.band_gap
        bottom, _ = self._footer(y - self.m.band_gap + self.m.legend_gap)
        return bottom + self.m.margin

    # -- drawing -------------------------------------------------------------

    def draw(self, canvas: tuple[float, float] | None = None, size: tuple[str, str] | None = None) -> str:
        """The SVG; ``canvas`` sets its coordinate box (width, height) and ``size`` its displayed size."""
        layout, theme = self.layout, self.theme
        body: list[str] = []
        m = self.m
        top, head = header(layout, theme, self.width, m, compact=self.focus)
        body.append(head)
        y = top
        for band in self.bands:
            head_h, rows = self._band_rows(band)
            grid_bottom = y + head_h + sum(h for _, h in rows)
            body.append(self._stage_bands(band, y, head_h, grid_bottom))
            row_y = y + head_h
            for lane, height in rows:
                body.append(self._lane(band, lane, row_y, height))
                row_y += height
            if self.show_flags:
                body.append(self._flag_outlines(band, y, grid_bottom))
            y = grid_bottom + m.band_gap
        bottom, foot = self._footer(y - m.band_gap + m.legend_gap)
        body.append(foot)
        width, height = canvas or (self.width, bottom + m.margin)
        shown_w, shown_h = size or (num(width), num(height))
        summary = _summary(layout)
        return "".join(
            [
                f'<svg xmlns="http://www.w3.org/2000/svg" width="{shown_w}" height="{shown_h}" '
                f'viewBox="0 0 {num(width)} {num(height)}" role="img" '
                f'aria-labelledby="{self.id}-title {self.id}-desc" id="{self.id}">',
                f'<title id="{self.id}-title">{escape(layout.title)}</title>',
                f'<desc id="{self.id}-desc">{escape(summary)}</desc>',
                f'<rect width="100%" height="100%" fill="{theme.background}"/>',
                f'<g font-family="{escape(FONT_FAMILY)}" font-size="12" fill="{theme.text}">',
                *body,
                "</g></svg>\n",
            ]
        )

    def _footer(self, y: float) -> tuple[float, str]:
        out = ""
        if self.focus and self.show_flags:
            y, out = findings_block(self.layout, self.theme, self.width, self.m, y, self.options.stage)
        bottom, foot = footer(self.layout, self.theme, self.width, self.m, y, flags=self.show_flags and not self.focus,
                              client=not self.show_flags)
        return bottom, out + foot

    def _stage_bands(self, band: _Band, top: float, head_h: float, bottom: float) -> str:
        theme, m = self.theme, self.m
        out = [element("rect", x=float(m.margin), y=float(top), width=float(self.label_w - 4), height=float(bottom - top),
                       fill=theme.label_fill, rx="6")]
        for index in band.columns:
            column = self.layout.columns[index]
            x, width = band.column_x[index]
            fill = theme.stage_fills[index % 2]
            out.append(element("rect", x=x + 2.0, y=float(top), width=width - 4.0, height=float(bottom - top), fill=fill, rx="6"))
            y = top + m.pad + m.stage
            for line in self._stage_name_lines(column, width):
                out.append(text(x + m.pad, y, line, font_size=num(m.stage), font_weight="bold"))
                y += m.stage_line
            if column.phase_label and m.phase:
                # A Japanese stage named after its phase (認知) gets the English phase instead of itself again.
                phase = column.phase_label if column.phase_label != column.name else (column.phase or "")
                out.append(text(x + m.pad, y - 2, phase.upper(), font_size=num(m.small), fill=theme.muted, letter_spacing="0.5"))
            y += m.small + 4 if m.phase else 0
            for line in self._stage_flag_lines(column, width):
                out.append(text(x + m.pad, y, line, font_size=num(m.flag), font_weight="bold", fill=theme.flag))
                y += m.flag + 3
            if not column.cards:
                empty = self.layout.word(W.NO_TOUCHPOINTS)
                out.append(text(x + m.pad, top + head_h + m.pad + m.body, empty, fill=theme.muted, font_style="italic"))
        return "".join(out)

    def _flag_outlines(self, band: _Band, top: float, bottom: float) -> str:
        out = []
        for index in band.columns:
            column = self.layout.columns[index]
            if any(f.severity != "info" for f in column.flags):
                x, width = band.column_x[index]
                tooltip = "\n".join(f"{f.code} {f.label}: {message}" for f in column.flags for message in f.messages)
                out.append(
                    f'<rect x="{num(x + 2)}" y="{num(top)}" width="{num(width - 4)}" height="{num(bottom - top)}" '
                    f'rx="6" fill="none" stroke="{self.theme.flag}" stroke-width="2.5" stroke-dasharray="8 4">'
                    f"<title>{escape(tooltip)}</title></rect>"
                )
        return "".join(out)

    def _lane(self, band: _Band, lane: str, y: float, height: float) -> str:
        theme, layout, m = self.theme, self.layout, self.m
        first = y + m.pad + m.body  # the first line's baseline
        right = self.grid_x + band.slots * self.sub_w + m.margin
        out = [
            element("line", x1=float(m.margin), x2=float(right - m.margin), y1=float(y), y2=float(y), stroke=theme.grid),
        ]
        for n, line in enumerate(self._lane_title_lines(lane)):
            out.append(text(m.margin + m.pad, first + n * m.line, line, font_weight="bold", font_size=num(m.body)))
        if lane == "emotion":
            out.append(self._curve(band, y, height) if self.overlay is None else draw_emotion(self, band, y, height))
        elif lane == "goal":
            for index in band.columns:
                x, _ = band.column_x[index]
                for n, line in enumerate(self._goal_lines(band, index)):
                    out.append(text(x + m.pad, first + n * m.line, line))
        elif lane == "touchpoints":
            styles = {
                "small": attrs(font_size=num(m.small), fill=theme.muted),
                "bold": attrs(font_weight="bold"),
                "flags": attrs(font_size=num(m.small), font_weight="bold", fill=theme.flag),
            }
            for sub in band.subs:
                if sub.card is not None:
                    out.append(self._card(sub, y, height, styles))
        else:
            color = {"pains": theme.pain, "opportunities": theme.opportunity}.get(lane)
            style = attrs(fill=color, font_style="italic" if lane == "thoughts" else None)
            for sub in band.subs:
                for n, line in enumerate(self._lane_lines(lane, sub)):
                    out.append(text_with(sub.x + m.pad, first + n * m.line, line, style))
        return "".join(out)

    def _lane_title_lines(self, lane: str) -> list[str]:
        title = self.layout.lane_title(lane)
        budget = self._cells(self.label_w - 4, bold=True)
        return clip(list(self.layout.wrapped(title, budget, WIDE_BOLD)), 2, budget, WIDE_BOLD)

    def _card(self, sub: _Sub, y: float, height: float, styles: dict[str, str]) -> str:
        theme, card, m = self.theme, sub.card, self.m
        inset = m.pad - 4
        x, w = sub.x + inset, self.sub_w - 2 * inset
        flagged = self.show_flags and card.flags and any(f.severity != "info" for f in card.flags)
        channel_y = y + m.pad + 15 if m.roomy_cards else y + inset + m.line  # beside the 14-unit icon
        channel = card.channel_label or "—"
        room = cells_for(w - 32 - mark_width(card), m.small)  # the measured mark (data:) shares the line
        owner = self.layout.word(W.OWNER, owner=card.owner) if card.owner else None
        if owner and not m.roomy_cards:
            # Beside the channel when it fits there, else left to the report (a fitted poster has no room).
            both = f"{channel} · {owner}"
            channel = both if measure(both, WIDE) <= room else channel
            owner = None
        out = [
            f'<rect x="{num(x)}" y="{num(y + inset)}" width="{num(w)}" height="{num(height - 2 * inset)}" rx="6" '
            f'fill="{theme.card_fill}" stroke="{theme.flag if flagged else theme.card_stroke}"/>',
            icon(card.channel, x + 8, channel_y - 11, theme.muted),
            text_with(x + 28, channel_y, truncate(channel, room, wide=WIDE), styles["small"]),
        ]
        line_y = channel_y + m.line + (3 if m.roomy_cards else 0)
        for line in self._name_lines(card):
            out.append(text_with(x + 8, line_y, line, styles["bold"]))
            line_y += m.line
        if owner:
            out.append(text_with(x + 8, line_y, truncate(owner, cells_for(w - 8, m.small), wide=WIDE), styles["small"]))
        if card.flags and self.show_flags:
            out.append(text_with(x + 8, y + height - m.pad - 4, card_flag_text(card.flags), styles["flags"]))
        out.append(card_mark(card, x + w - 6, y + inset + 6, theme))  # what customers said (data:)
        return "".join(out)

    def _curve(self, band: _Band, y: float, height: float) -> str:
        layout, theme, m = self.layout, self.theme, self.m
        top, bottom = y + m.pad + 14, y + height - m.pad - 10
        right = self.grid_x + band.slots * self.sub_w
        small = num(m.small)

        def y_of(score: float) -> float:
            return bottom - (score - layout.scale_min) / (layout.scale_max - layout.scale_min) * (bottom - top)

        def x_of(slot: int) -> float:
            return self.grid_x + (slot - band.first_slot + 0.5) * self.sub_w

        # Where the lane is too low for a label on every line, the ends and the neutral line keep theirs.
        crowded = (bottom - top) / max(1, len(ticks(layout.scale_min, layout.scale_max)) - 1) < m.small + 2
        out = scale_lines(layout, theme, y_of, self.grid_x, right, small, crowded)
        slots = {sub.slot for sub in band.subs}
        count = len(layout.personas)
        labels: dict[float, str] = {}
        for index in range(count):
            offset = (index - (count - 1) / 2) * 5 if count > 1 else 0.0
            scored = [point for point in layout.curve if point.scores[index] is not None]
            inside = [p for p in scored if p.slot in slots]
            points = [(x_of(p.slot) + offset, y_of(p.scores[index]), p.scores[index]) for p in inside]
            line = [(px, py) for px, py, _ in points]
            if inside:
                # The curve runs on from the band (or stage) before and into the one after: it
                # enters and leaves at the edges, half-way to the neighbouring score.
                before = [p for p in scored if p.slot < inside[0].slot]
                after = [p for p in scored if p.slot > inside[-1].slot]
                if before:
                    line.insert(0, (float(self.grid_x), (y_of(before[-1].scores[index]) + line[0][1]) / 2))
                if after:
                    line.append((float(right), (y_of(after[0].scores[index]) + line[-1][1]) / 2))
            out += persona_line(layout, index, line, points, top, bottom, labels, small)
        return "".join(out)


# The name the rest of the package knew the poster by.
_Poster = Poster


def _summary(layout: Layout) -> str:
    return layout.word(
        W.POSTER_SUMMARY,
        stages=layout.word(W.STAGES, count=len(layout.columns)),
        names=Series(column.name for column in layout.columns),
        personas=Series(badge.name for badge in layout.personas),
        scale=f"{num(layout.scale_min)}..{num(layout.scale_max)}",
        counts=layout.counts_text(),
    )
