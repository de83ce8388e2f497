"""The SVG poster: header, a column per stage (a sub-column per touchpoint), lanes, curve, footer.

Sizes are computed from the content: a stage is as wide as its touchpoints,
a lane as tall as its longest text (cut with an ellipsis past a few lines).
Everything drawn comes from the layout (its wrapped text, curve points, flags,
counts and words); sizes in pixels are turned into display cells by
:func:`journeymap.textwidth.cells_for`, the one estimate every face uses.

Over 300 lines on purpose: the poster is measured and drawn in one pass over the
layout (row heights depend on every column's wrapped text); its header and footer
are in parts.py, markers and the curve's path in curve.py.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from journeymap.faces.poster.curve import curve_lane
from journeymap.faces.poster.icons import icon
from journeymap.faces.poster.markup import attrs, element, escape, num, text, text_with
from journeymap.faces.poster.parts import card_flag_text, footer, header, stage_flag_text
from journeymap.faces.poster.themes import FONT_FAMILY, LIGHT, Theme
from journeymap.i18n import Series
from journeymap.messages import words as W
from journeymap.textwidth import cells_for, clip
from journeymap.views.layout import Card, Column, Layout

MARGIN = 32
LABEL_W = 150
SUB_W = 200
MIN_WIDTH = 960
PAD = 10
LINE = 16
CURVE_H = 220
MAX_LINES = {"goal": 4, "name": 3, "actions": 5, "thoughts": 5, "pains": 6, "opportunities": 6}


@dataclass(frozen=True)
class PosterOptions:
    theme: Theme = LIGHT
    id_prefix: str | None = None  # default: derived from the map's path and title


def cells(width_px: float, font_size: float = 12, bold: bool = False) -> int:
    """Display cells of text in a box ``width_px`` wide, its padding taken off."""
    return max(4, cells_for(width_px - 2 * PAD, font_size, bold))


def bullets(layout: Layout, items, columns: int, max_lines: int, bare: bool = False) -> list[str]:
    """Items as wrapped bullet lines (a single thought stands without a bullet), cut to ``max_lines``."""
    lines: list[str] = []
    for item in items:
        prefix = "" if bare and len(items) == 1 else "• "
        wrapped = layout.wrapped(item, columns - len(prefix))
        lines.append(prefix + wrapped[0])
        lines.extend(" " * len(prefix) + rest for rest in wrapped[1:])
    return clip(lines, max_lines, columns)


@dataclass
class _Sub:
    column: Column
    card: Card | None
    x: float


def render_svg(layout: Layout, options: PosterOptions = PosterOptions()) -> str:
    return _Poster(layout, options).draw()


class _Poster:
    def __init__(self, layout: Layout, options: PosterOptions):
        self.layout = layout
        self.theme = options.theme
        digest = hashlib.sha256(f"{layout.path}\n{layout.title}".encode()).hexdigest()[:8]
        self.id = options.id_prefix or f"jm-{digest}"
        total_subs = sum(max(1, len(c.cards)) for c in layout.columns) or 1
        self.sub_w = max(SUB_W, (MIN_WIDTH - 2 * MARGIN - LABEL_W) / total_subs)
        self.width = 2 * MARGIN + LABEL_W + self.sub_w * total_subs
        self.grid_x = MARGIN + LABEL_W
        self.subs: list[_Sub] = []
        self.column_x: list[tuple[float, float]] = []
        x = self.grid_x
        for column in layout.columns:
            start = x
            for card in column.cards or (None,):
                self.subs.append(_Sub(column, card, x))
                x += self.sub_w
            self.column_x.append((start, x - start))
        self.text_cells = cells(self.sub_w)
        self._wrapped: dict[tuple, list[str]] = {}

    # -- rows ----------------------------------------------------------------

    def _lane_lines(self, lane: str, sub: _Sub) -> list[str]:
        # Each lane is measured to size its row and drawn later: wrap it once.
        key = (lane, id(sub))
        if key not in self._wrapped:
            self._wrapped[key] = self._wrap_lane(lane, sub)
        return self._wrapped[key]

    def _wrap_lane(self, lane: str, sub: _Sub) -> list[str]:
        card = sub.card
        if lane not in MAX_LINES or lane == "goal" or card is None:
            return []
        texts = self.layout.lane_texts(card, lane)
        return bullets(self.layout, texts, self.text_cells, MAX_LINES[lane], bare=lane == "thoughts")

    def _goal_lines(self, index: int) -> list[str]:
        column = self.layout.columns[index]
        _, width = self.column_x[index]
        budget = cells(width)
        return clip(list(self.layout.wrapped(column.goal, budget)), MAX_LINES["goal"], budget) if column.goal else []

    def _name_lines(self, card: Card) -> list[str]:
        key = ("name", id(card))
        if key not in self._wrapped:
            budget = cells(self.sub_w - 8, 12, bold=True)
            self._wrapped[key] = clip(list(self.layout.wrapped(card.name, budget)), MAX_LINES["name"], budget)
        return self._wrapped[key]

    def _row_height(self, lane: str) -> float:
        if lane == "emotion":
            return CURVE_H
        if lane == "goal":
            most = max((len(self._goal_lines(i)) for i in range(len(self.layout.columns))), default=0)
        elif lane == "touchpoints":
            most = max((len(self._name_lines(s.card)) + 2 for s in self.subs if s.card), default=1)
            return most * LINE + 2 * PAD + 20
        else:
            most = max((len(self._lane_lines(lane, s)) for s in self.subs), default=0)
        return max(1, most) * LINE + 2 * PAD

    def _stage_head_height(self) -> float:
        most = 1
        for index, column in enumerate(self.layout.columns):
            _, width = self.column_x[index]
            name = len(self._stage_name_lines(column, width))
            flags = len(self._stage_flag_lines(column, width))
            most = max(most, name * 20 + 16 + flags * 14)
        return most + 2 * PAD

    def _stage_name_lines(self, column: Column, width: float) -> list[str]:
        budget = cells(width, 16, bold=True)
        return clip(list(self.layout.wrapped(column.name, budget)), 2, budget)

    def _stage_flag_lines(self, column: Column, width: float) -> list[str]:
        if not column.flags:
            return []
        budget = cells(width, 11, bold=True)
        return clip(list(self.layout.wrapped(stage_flag_text(column.flags), budget)), 3, budget)

    # -- drawing -------------------------------------------------------------

    def draw(self) -> str:
        layout, theme = self.layout, self.theme
        body: list[str] = []
        top, head = header(layout, theme, self.width, MARGIN)
        body.append(head)
        rows = [(lane, self._row_height(lane)) for lane in layout.lanes]
        head_h = self._stage_head_height()
        grid_top = top
        grid_bottom = grid_top + head_h + sum(h for _, h in rows)
        body.append(self._stage_bands(grid_top, head_h, grid_bottom))
        y = grid_top + head_h
        for lane, height in rows:
            body.append(self._lane(lane, y, height))
            y += height
        body.append(self._flag_outlines(grid_top, grid_bottom))
        bottom, foot = footer(layout, theme, self.width, MARGIN, grid_bottom + 24)
        body.append(foot)
        height = bottom + MARGIN
        summary = _summary(layout)
        return "".join(
            [
                f'<svg xmlns="http://www.w3.org/2000/svg" width="{num(self.width)}" height="{num(height)}" '
                f'viewBox="0 0 {num(self.width)} {num(height)}" role="img" '
                f'aria-labelledby="{self.id}-title {self.id}-desc" id="{self.id}">',
                f'<title id="{self.id}-title">{escape(layout.title)}</title>',
                f'<desc id="{self.id}-desc">{escape(summary)}</desc>',
                f'<rect width="100%" height="100%" fill="{theme.background}"/>',
                f'<g font-family="{escape(FONT_FAMILY)}" font-size="12" fill="{theme.text}">',
                *body,
                "</g></svg>\n",
            ]
        )

    def _stage_bands(self, top: float, head_h: float, bottom: float) -> str:
        theme = self.theme
        out = [element("rect", x=float(MARGIN), y=float(top), width=float(LABEL_W - 4), height=float(bottom - top),
                       fill=theme.label_fill, rx="6")]
        for index, column in enumerate(self.layout.columns):
            x, width = self.column_x[index]
            fill = theme.stage_fills[index % 2]
            out.append(element("rect", x=x + 2.0, y=float(top), width=width - 4.0, height=float(bottom - top), fill=fill, rx="6"))
            y = top + PAD + 16
            for line in self._stage_name_lines(column, width):
                out.append(text(x + PAD, y, line, font_size="16", font_weight="bold"))
                y += 20
            if column.phase_label:
                # A Japanese stage named after its phase (認知) gets the English phase instead of itself again.
                phase = column.phase_label if column.phase_label != column.name else (column.phase or "")
                out.append(text(x + PAD, y - 2, phase.upper(), font_size="10", fill=theme.muted, letter_spacing="0.5"))
            y += 14
            for line in self._stage_flag_lines(column, width):
                out.append(text(x + PAD, y, line, font_size="11", font_weight="bold", fill=theme.flag))
                y += 14
            if not column.cards:
                empty = self.layout.word(W.NO_TOUCHPOINTS)
                out.append(text(x + PAD, top + head_h + PAD + 12, empty, fill=theme.muted, font_style="italic"))
        return "".join(out)

    def _flag_outlines(self, top: float, bottom: float) -> str:
        out = []
        for index, column in enumerate(self.layout.columns):
            if any(f.severity != "info" for f in column.flags):
                x, width = self.column_x[index]
                tooltip = "\n".join(f"{f.code} {f.label}: {message}" for f in column.flags for message in f.messages)
                out.append(
                    f'<rect x="{num(x + 2)}" y="{num(top)}" width="{num(width - 4)}" height="{num(bottom - top)}" '
                    f'rx="6" fill="none" stroke="{self.theme.flag}" stroke-width="2.5" stroke-dasharray="8 4">'
                    f"<title>{escape(tooltip)}</title></rect>"
                )
        return "".join(out)

    def _lane(self, lane: str, y: float, height: float) -> str:
        theme, layout = self.theme, self.layout
        out = [
            element("line", x1=float(MARGIN), x2=float(self.width - MARGIN), y1=float(y), y2=float(y), stroke=theme.grid),
            text(MARGIN + PAD, y + PAD + 12, layout.lane_title(lane), font_weight="bold", font_size="12"),
        ]
        if lane == "emotion":
            out.append(self._curve(y, height))
        elif lane == "goal":
            for index in range(len(layout.columns)):
                x, _ = self.column_x[index]
                for n, line in enumerate(self._goal_lines(index)):
                    out.append(text(x + PAD, y + PAD + 12 + n * LINE, line))
        elif lane == "touchpoints":
            styles = {
                "small": attrs(font_size="10", fill=theme.muted),
                "bold": attrs(font_weight="bold"),
                "flags": attrs(font_size="10", font_weight="bold", fill=theme.flag),
            }
            for sub in self.subs:
                if sub.card is not None:
                    out.append(self._card(sub, y, height, styles))
        else:
            color = {"pains": theme.pain, "opportunities": theme.opportunity}.get(lane)
            style = attrs(fill=color, font_style="italic" if lane == "thoughts" else None)
            for sub in self.subs:
                for n, line in enumerate(self._lane_lines(lane, sub)):
                    out.append(text_with(sub.x + PAD, y + PAD + 12 + n * LINE, line, style))
        return "".join(out)

    def _card(self, sub: _Sub, y: float, height: float, styles: dict[str, str]) -> str:
        theme, card = self.theme, sub.card
        x, w = sub.x + 6, self.sub_w - 12
        flagged = card.flags and any(f.severity != "info" for f in card.flags)
        out = [
            f'<rect x="{num(x)}" y="{num(y + 6.0)}" width="{num(w)}" height="{num(height - 12.0)}" rx="6" '
            f'fill="{theme.card_fill}" stroke="{theme.flag if flagged else theme.card_stroke}"/>',
            icon(card.channel, x + 8, y + 14, theme.muted),
            text_with(x + 28, y + 25, card.channel_label or "—", styles["small"]),
        ]
        line_y = y + 44
        for line in self._name_lines(card):
            out.append(text_with(x + 8, line_y, line, styles["bold"]))
            line_y += LINE
        if card.owner:
            owner = self.layout.word(W.OWNER, owner=card.owner)
            out.append(text_with(x + 8, line_y, clip([owner], 1, cells_for(w - 8, 10))[0], styles["small"]))
        if card.flags:
            out.append(text_with(x + 8, y + height - 14, card_flag_text(card.flags), styles["flags"]))
        return "".join(out)

    def _curve(self, y: float, height: float) -> str:
        return curve_lane(
            self.layout, self.theme, y, height, self.grid_x, self.width - MARGIN,
            lambda point: self.grid_x + (point.slot + 0.5) * self.sub_w,
        )


def _summary(layout: Layout) -> str:
    return layout.word(
        W.POSTER_SUMMARY,
        stages=layout.word(W.STAGES, count=len(layout.columns)),
        names=Series(column.name for column in layout.columns),
        personas=Series(badge.name for badge in layout.personas),
        scale=f"{num(layout.scale_min)}..{num(layout.scale_max)}",
        counts=layout.counts_text(),
    )
