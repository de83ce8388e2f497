"""The pieces of a blueprint slot, each measured before it is drawn: a touchpoint card, an action
note with its department, a fail point, a wait, a list of physical evidence.

A block is (height, draw): ``draw(x, y)`` returns the SVG of the block with its top-left
corner at (x, y), ``width`` pixels wide. Text is wrapped by the layout (display width,
Japanese line breaking) and cut with an ellipsis past a few lines.
"""

from __future__ import annotations

from typing import Callable

from journeymap.faces.poster.icons import icon
from journeymap.faces.poster.markup import element, num, text
from journeymap.faces.poster.parts import card_flag_text
from journeymap.faces.poster.svg import bullets
from journeymap.faces.poster.themes import Theme
from journeymap.messages import blueprint as B
from journeymap.messages import words as W
from journeymap.textwidth import cells_for, clip
from journeymap.views.blueprint import FailMark, Step, WaitMark
from journeymap.views.layout import Card, Layout

LINE = 16
SMALL = 14
GAP = 6
NOTE_LINES = 4
FAIL_LINES = 3
Block = tuple[float, Callable[[float, float], str]]


def cells(width: float, size: float = 12, bold: bool = False) -> int:
    """Display cells of text in exactly ``width`` pixels (the caller has taken its padding off)."""
    return max(4, cells_for(width, size, bold))


def _lines(layout: Layout, content: str, width: float, most: int, size: float = 12, bold: bool = False) -> list[str]:
    budget = cells(width, size, bold)
    return clip(list(layout.wrapped(content, budget)), most, budget)


def stack(blocks: list[Block], gap: float = GAP) -> Block:
    """Blocks one under another."""
    height = sum(h for h, _ in blocks) + gap * max(0, len(blocks) - 1)

    def draw(x: float, y: float) -> str:
        out = []
        for h, part in blocks:
            out.append(part(x, y))
            y += h + gap
        return "".join(out)

    return height, draw


def card_block(layout: Layout, theme: Theme, card: Card, width: float) -> Block:
    """A touchpoint as the poster shows it: channel, name, owner and the codes of its flags."""
    names = _lines(layout, card.name, width - 16, 3, bold=True)
    owner = layout.word(W.OWNER, owner=card.owner) if card.owner else None
    height = 34 + len(names) * LINE + (LINE if owner else 0) + (LINE if card.flags else 0)
    flagged = any(f.severity != "info" for f in card.flags)

    def draw(x: float, y: float) -> str:
        out = [
            element("rect", x=float(x), y=float(y), width=float(width), height=float(height), rx="6",
                    fill=theme.card_fill, stroke=theme.flag if flagged else theme.card_stroke),
            icon(card.channel, x + 8, y + 8, theme.muted),
            text(x + 28, y + 19, card.channel_label or "—", font_size="10", fill=theme.muted),
        ]
        line_y = y + 38
        for line in names:
            out.append(text(x + 8, line_y, line, font_weight="bold"))
            line_y += LINE
        if owner:
            out.append(text(x + 8, line_y, clip([owner], 1, cells(width - 16, 10))[0], font_size="10", fill=theme.muted))
            line_y += LINE
        if card.flags:
            out.append(text(x + 8, line_y, card_flag_text(card.flags), font_size="10", font_weight="bold", fill=theme.flag))
        return "".join(out)

    return height, draw


def whole_stage_block(label: str, theme: Theme, width: float) -> Block:
    height = 34.0

    def draw(x: float, y: float) -> str:
        return element("rect", x=float(x), y=float(y), width=float(width), height=height, rx="6", fill="none",
                       stroke=theme.card_stroke, stroke_dasharray="4 3") + text(
            x + 8, y + 21, label, font_style="italic", fill=theme.muted)

    return height, draw


def bullets_block(layout: Layout, items, width: float, most: int, style: dict | None = None) -> Block:
    lines = bullets(layout, items, cells(width), most)
    style = style or {}

    def draw(x: float, y: float) -> str:
        return "".join(text(x, y + 12 + n * LINE, line, **style) for n, line in enumerate(lines))

    return len(lines) * LINE, draw


def note_block(layout: Layout, theme: Theme, step: Step, width: float) -> Block:
    """An action on a sticky note: a stripe in its department's colour, the text, who does it."""
    lines = _lines(layout, step.text, width - 18, NOTE_LINES)
    who = step.department or ""
    if step.codes:
        who = " · ".join([who, " ".join(step.codes)]) if who else " ".join(step.codes)
    who_line = clip([who], 1, cells(width - 18, 10, bold=True))[0] if who else ""
    height = 8 + len(lines) * LINE + (SMALL if who_line else 0) + 4

    def draw(x: float, y: float) -> str:
        out = [
            element("rect", x=float(x), y=float(y), width=float(width), height=float(height), rx="4",
                    fill=theme.card_fill, stroke=theme.flag if step.codes else theme.card_stroke),
        ]
        if step.color:
            out.append(element("rect", x=float(x), y=float(y), width=5.0, height=float(height), rx="2", fill=step.color))
        for n, line in enumerate(lines):
            out.append(text(x + 11, y + 20 + n * LINE, line))
        if who_line:
            out.append(text(x + 11, y + 18 + len(lines) * LINE + 1, who_line, font_size="10", font_weight="bold",
                            fill=theme.flag if step.codes else theme.muted))
        return "".join(out)

    return height, draw


def fail_block(layout: Layout, theme: Theme, fail: FailMark, width: float) -> Block:
    """A fail point: the red F of a blueprint, what the customer experiences, its owner and mitigation."""
    room = width - 28
    lines = _lines(layout, fail.experience, room, FAIL_LINES)
    owner = layout.word(B.FAIL_OWNER, owner=fail.owner) if fail.owner else layout.word(B.FAIL_NO_OWNER)
    mitigation = (
        _lines(layout, layout.word(B.FAIL_MITIGATION, mitigation=fail.mitigation), room, 3, 10)
        if fail.mitigation
        else [layout.word(B.FAIL_NO_MITIGATION)]
    )
    height = len(lines) * LINE + SMALL * (1 + len(mitigation)) + 6

    def draw(x: float, y: float) -> str:
        out = [
            element("circle", cx=float(x + 9), cy=float(y + 9), r="8", fill=theme.flag),
            text(x + 9, y + 13, "F", font_size="11", font_weight="bold", fill=theme.background, text_anchor="middle"),
        ]
        line_y = y + 13
        for line in lines:
            out.append(text(x + 24, line_y, line))
            line_y += LINE
        out.append(text(x + 24, line_y - 1, clip([owner], 1, cells(room, 10))[0], font_size="10",
                        fill=theme.muted if fail.owner else theme.flag, font_weight=None if fail.owner else "bold"))
        line_y += SMALL
        for line in mitigation:
            out.append(text(x + 24, line_y - 1, line, font_size="10", fill=theme.muted if fail.mitigation else theme.flag,
                            font_weight=None if fail.mitigation else "bold"))
            line_y += SMALL
        return "".join(out)

    return height, draw


def wait_block(layout: Layout, theme: Theme, wait: WaitMark, width: float) -> Block:
    """A wait: an hourglass, how long (in the flag colour when over its target), the target, what for."""
    room = width - 28
    head = wait.duration + (" · " + layout.word(B.WAIT_TARGET, target=wait.target) if wait.target else "")
    what = _lines(layout, layout.word(B.WAIT_FOR, what=wait.what), room, 2, 10) if wait.what else []
    height = LINE + SMALL * len(what) + 4
    color = theme.flag if wait.over else theme.muted

    def draw(x: float, y: float) -> str:
        out = [
            f'<path d="M{num(x + 3)} {num(y + 1)}h12M{num(x + 3)} {num(y + 17)}h12M{num(x + 5)} {num(y + 1)}'
            f"c0 6 8 6 8 8s-8 2-8 8M{num(x + 13)} {num(y + 1)}c0 6-8 6-8 8s8 2 8 8\" fill=\"none\" "
            f'stroke="{color}" stroke-width="1.6" stroke-linecap="round"/>',
            text(x + 24, y + 13, clip([head], 1, cells(room, 12, bold=True))[0], font_weight="bold",
                 fill=theme.flag if wait.over else None),
        ]
        for n, line in enumerate(what):
            out.append(text(x + 24, y + 13 + LINE + n * SMALL - 1, line, font_size="10", fill=theme.muted))
        return "".join(out)

    return height, draw
