"""The service blueprint as SVG (and so HTML and PNG): a column per touchpoint, grouped by stage,
and the lanes of :mod:`journeymap.views.blueprint` from the customer's down to the support
processes, with the lines of interaction, visibility and internal interaction between them.

It shares the poster's header (title, personas), footer (legends, map findings, source),
text measurement and emotion curve, so the two read as one family; sizes follow the
content, as on the poster.
"""

from __future__ import annotations

import hashlib
import re

from journeymap.faces.poster.blueprint_items import (
    GAP,
    Block,
    bullets_block,
    card_block,
    fail_block,
    note_block,
    stack,
    wait_block,
    whole_stage_block,
)
from journeymap.faces.poster.curve import curve_lane
from journeymap.faces.poster.markup import element, escape, num, text
from journeymap.faces.poster.metrics import POSTER
from journeymap.faces.poster.parts import footer, header, stage_flag_text
from journeymap.faces.poster.svg import PosterOptions, cells
from journeymap.faces.poster.themes import FONT_FAMILY
from journeymap.i18n import Series, say
from journeymap.messages import blueprint as B
from journeymap.messages import words as W
from journeymap.textwidth import clip, pixels_for
from journeymap.views.blueprint import BlueprintView, Slot

MARGIN = POSTER.margin
LABEL_W = 150
SLOT_W = 210
MIN_WIDTH = 960
PAD = 10
CURVE_H = 200
LINE_ROW = 26
EVIDENCE_LINES = 4
ACTION_LINES = 4
LINE_STYLES = {"interaction": None, "visibility": "9 5", "internal": "2 4"}


def render_blueprint_svg(view: BlueprintView, options: PosterOptions = PosterOptions()) -> str:
    return BlueprintDrawing(view, options).draw()


class FittedBlueprint:
    """A blueprint scaled whole to fit a shape (``--fit``): centred on a page of the shape's proportions.

    Unlike the poster it is not folded into bands: its lanes already make it tall (docs/rendering.md)."""

    def __init__(self, svg: str, shape):
        self.svg = svg
        self.shape = shape
        head = svg[: svg.find(">")]
        self.drawn = tuple(float(re.search(rf' {name}="([\d.]+)"', head).group(1)) for name in ("width", "height"))
        drawn_w, drawn_h = self.drawn
        # The page, in the drawing's units: as wide or as high as the drawing, in the shape's proportions.
        self.width = max(drawn_w, drawn_h * shape.aspect)
        self.height = self.width / shape.aspect
        self.dx, self.dy = (self.width - drawn_w) / 2, (self.height - drawn_h) / 2

    def smallest_text(self) -> float:
        """The smallest text in pixels when the page fills the shape."""
        return POSTER.smallest * self.shape.width / self.width

    def draw(self) -> str:
        width, height = self.shape.size
        svg = re.sub(
            r' width="[\d.]+" height="[\d.]+" viewBox="[^"]*"',
            f' width="{width}" height="{height}" viewBox="0 0 {num(self.width)} {num(self.height)}"',
            self.svg,
            count=1,
        )
        # The background fills the page; the drawing moves to its middle.
        start, end = svg.index("<g ", svg.index("<rect ")), svg.rindex("</svg>")
        return f'{svg[:start]}<g transform="translate({num(self.dx)},{num(self.dy)})">{svg[start:end]}</g></svg>\n'


def fit_blueprint(svg: str, shape) -> FittedBlueprint:
    return FittedBlueprint(svg, shape)


class BlueprintDrawing:
    def __init__(self, view: BlueprintView, options: PosterOptions):
        self.view = view
        self.layout = view.layout
        self.theme = options.theme
        self.options = options
        digest = hashlib.sha256(f"{self.layout.path}\n{self.layout.title}\nblueprint".encode()).hexdigest()[:8]
        self.id = options.id_prefix or f"jm-{digest}"
        slots = view.slot_count or 1
        self.slot_w = max(SLOT_W, (MIN_WIDTH - 2 * MARGIN - LABEL_W) / slots)
        self.width = 2 * MARGIN + LABEL_W + self.slot_w * slots
        self.grid_x = MARGIN + LABEL_W
        self.inner = self.slot_w - 2 * 6  # a block's width inside its slot
        # (band index, slot or None for an empty stage, x) for every column of the grid.
        self.columns: list[tuple[int, Slot | None, float]] = []
        for index, band in enumerate(view.bands):
            for k, slot in enumerate(band.slots or (None,)):
                self.columns.append((index, slot, self.grid_x + (band.first + k) * self.slot_w))

    # -- what each lane holds, measured ---------------------------------------------------

    def _block(self, lane: str, slot: Slot | None) -> Block | None:
        layout, theme, width = self.layout, self.theme, self.inner
        if slot is None:
            return (LINE_ROW, lambda x, y: text(x + 4, y + 16, layout.word(W.NO_TOUCHPOINTS), fill=theme.muted,
                                                font_style="italic")) if lane == "customer" else None
        if lane == "customer":
            if slot.card is None:
                return whole_stage_block(self.view.whole_stage(), theme, width)
            blocks = [card_block(layout, theme, slot.card, width)]
            if slot.card.actions:
                blocks.append(bullets_block(layout, slot.card.actions, width, ACTION_LINES))
            return stack(blocks)
        if lane == "evidence":
            return bullets_block(layout, slot.evidence, width, EVIDENCE_LINES) if slot.evidence else None
        if lane in ("frontstage", "backstage", "support"):
            steps = slot.steps(lane)
            return stack([note_block(layout, theme, step, width) for step in steps]) if steps else None
        if lane == "fails":
            return stack([fail_block(layout, theme, f, width) for f in slot.fails], 10) if slot.fails else None
        if lane == "waits":
            return stack([wait_block(layout, theme, w, width) for w in slot.waits]) if slot.waits else None
        return None

    def _rows(self) -> list[tuple[str, float, list]]:
        rows = []
        for lane in self.view.lanes:
            if lane == "emotion":
                rows.append((lane, float(CURVE_H), []))
                continue
            blocks = [(x, self._block(lane, slot)) for _, slot, x in self.columns]
            tallest = max((b[0] for _, b in blocks if b), default=0)
            rows.append((lane, max(LINE_ROW, tallest + 2 * PAD), blocks))
        return rows

    # -- drawing ----------------------------------------------------------------------------

    def draw(self) -> str:
        layout, theme, view = self.layout, self.theme, self.view
        body: list[str] = []
        top, head = header(layout, theme, self.width, POSTER)
        body.append(head)
        if not view.has_blueprint:
            body.append(text(MARGIN, top - 6, layout.word(B.NO_BLUEPRINT), font_size="12", fill=theme.flag))
            top += 12
        rows = self._rows()
        head_h = self._stage_head_height()
        bottom = top + head_h + sum(h for _, h, _ in rows)
        bottom += LINE_ROW * sum(len(view.lines_before(i)) for i in range(len(rows)))
        body.append(self._stage_bands(top, head_h, bottom))
        y = top + head_h
        for index, (lane, height, blocks) in enumerate(rows):
            for line in view.lines_before(index):
                body.append(self._line(line, y))
                y += LINE_ROW
            body.append(self._lane(lane, y, height, blocks))
            y += height
        legend_bottom, legend = self._departments(bottom + 28)
        body.append(legend)
        end, foot = footer(layout, theme, self.width, POSTER, legend_bottom, flags=self.options.flags,
                           client=not self.options.flags)
        body.append(foot)
        height = end + MARGIN
        return "".join(
            [
                f'<svg xmlns="http://www.w3.org/2000/svg" width="{num(self.width)}" height="{num(height)}" '
                f'viewBox="0 0 {num(self.width)} {num(height)}" role="img" '
                f'aria-labelledby="{self.id}-title {self.id}-desc" id="{self.id}">',
                f'<title id="{self.id}-title">{escape(layout.title)}</title>',
                f'<desc id="{self.id}-desc">{escape(self._summary())}</desc>',
                f'<rect width="100%" height="100%" fill="{theme.background}"/>',
                f'<g font-family="{escape(FONT_FAMILY)}" font-size="12" fill="{theme.text}">',
                *body,
                "</g></svg>\n",
            ]
        )

    def _band_x(self, index: int) -> tuple[float, float]:
        band = self.view.bands[index]
        return self.grid_x + band.first * self.slot_w, max(1, len(band.slots)) * self.slot_w

    def _stage_lines(self, index: int) -> tuple[list[str], list[str]]:
        column = self.view.bands[index].column
        _, width = self._band_x(index)
        names = clip(list(self.layout.wrapped(column.name, cells(width, 16, True))), 2, cells(width, 16, True))
        flags = []
        if column.flags:
            budget = cells(width, 11, True)
            flags = clip(list(self.layout.wrapped(stage_flag_text(column.flags), budget)), 3, budget)
        return names, flags

    def _stage_head_height(self) -> float:
        most = 1
        for index in range(len(self.view.bands)):
            names, flags = self._stage_lines(index)
            most = max(most, len(names) * 20 + 16 + len(flags) * 14)
        return most + 2 * PAD

    def _stage_bands(self, top: float, head_h: float, bottom: float) -> str:
        theme = self.theme
        out = [element("rect", x=float(MARGIN), y=float(top), width=float(LABEL_W - 4), height=float(bottom - top),
                       fill=theme.label_fill, rx="6")]
        for index, band in enumerate(self.view.bands):
            x, width = self._band_x(index)
            out.append(element("rect", x=x + 2.0, y=float(top), width=width - 4.0, height=float(bottom - top),
                               fill=theme.stage_fills[index % 2], rx="6"))
            names, flags = self._stage_lines(index)
            y = top + PAD + 16
            for line in names:
                out.append(text(x + PAD, y, line, font_size="16", font_weight="bold"))
                y += 20
            column = band.column
            if column.phase_label:
                phase = column.phase_label if column.phase_label != column.name else (column.phase or "")
                out.append(text(x + PAD, y - 2, phase.upper(), font_size="10", fill=theme.muted, letter_spacing="0.5"))
            y += 14
            for line in flags:
                out.append(text(x + PAD, y, line, font_size="11", font_weight="bold", fill=theme.flag))
                y += 14
        return "".join(out)

    def _line(self, line: str, y: float) -> str:
        """One of Shostack's three lines, across the grid, named in the label column."""
        mid = y + LINE_ROW / 2 + 4
        return element("line", x1=float(MARGIN), x2=float(self.width - MARGIN), y1=mid, y2=mid, stroke=self.theme.text,
                       stroke_width="1.6", stroke_dasharray=LINE_STYLES[line]) + text(
            MARGIN + PAD, mid - 5, self.view.line_title(line), font_size="10", font_style="italic", fill=self.theme.muted)

    def _lane(self, lane: str, y: float, height: float, blocks) -> str:
        theme = self.theme
        out = [
            element("line", x1=float(MARGIN), x2=float(self.width - MARGIN), y1=float(y), y2=float(y), stroke=theme.grid),
            text(MARGIN + PAD, y + PAD + 12, self.view.lane_title(lane), font_weight="bold"),
        ]
        if lane == "emotion":
            out.append(curve_lane(self.layout, theme, y, height, self.grid_x, self.width - MARGIN,
                                  lambda point: self.grid_x + (self.view.slot_of(point) + 0.5) * self.slot_w))
        for x, block in blocks:
            if block is not None:
                out.append(block[1](x + 6, y + PAD))
        return "".join(out)

    def _departments(self, y: float) -> tuple[float, str]:
        """The departments and their colours, in order of appearance, wrapped to the width."""
        if not self.view.departments:
            return y, ""
        layout, theme = self.layout, self.theme
        label = layout.word(B.DEPARTMENTS)
        out = [text(MARGIN, y + 4, label, font_size="11", font_weight="bold")]
        x = MARGIN + pixels_for(label, 11, True) + 14
        for department in self.view.departments:
            lanes = Series(say(B.LANE_NAMES[lane]) for lane in department.lanes)
            name = layout.word(B.DEPARTMENT_LANES, department=department.name, lanes=lanes)
            room = pixels_for(name, 11) + 40
            if x + room > self.width - MARGIN and x > MARGIN + 120:
                x, y = MARGIN + pixels_for(label, 11, True) + 14, y + 20
            out.append(element("rect", x=float(x), y=float(y - 7), width=14.0, height=14.0, rx="3", fill=department.color))
            out.append(text(x + 20, y + 4, name, font_size="11"))
            x += room
        return y + 28, "".join(out)

    def _summary(self) -> str:
        layout, view = self.layout, self.view
        fails = sum(len(slot.fails) for band in view.bands for slot in band.slots)
        waits = sum(len(slot.waits) for band in view.bands for slot in band.slots)
        return layout.word(
            B.BLUEPRINT_SUMMARY,
            title=layout.title,
            stages=layout.word(W.STAGES, count=len(view.bands)),
            departments=layout.word(B.DEPARTMENT_COUNT, count=len(view.departments)),
            fails=layout.word(B.FAIL_COUNT, count=fails),
            waits=layout.word(B.WAIT_COUNT, count=waits),
            counts=layout.counts_text(),
        )
