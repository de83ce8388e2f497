"""What customers said at a touchpoint, as the poster shows it: a small mark on the card.

One function, called once per card by svg.py: a pill at the card's top right
with the headline metric and its number of answers ("CSAT 2.1/5 · n 340"),
filled with the colour of the measured score, outlined when it misses its
target, with every metric and interval in its tooltip.
"""

from __future__ import annotations

from journeymap.faces.poster.markup import escape, num
from journeymap.faces.poster.themes import Theme
from journeymap.textwidth import width
from journeymap.views.layout import Card
from journeymap.views.palette import score_color

_FONT = 10
_HEIGHT = 16


def mark_width(card: Card) -> float:
    """How wide the mark of ``card`` is, with the gap before it (0 when not measured): the channel line gives it room."""
    return _box_width(card.measured) + 6 if card.measured is not None else 0.0


def _box_width(mark) -> float:
    return width(_text(mark)) * _FONT * 0.55 + 12


def _text(mark) -> str:
    return ("▼ " if mark.below_target else "") + mark.text


def card_mark(card: Card, right: float, top: float, theme: Theme) -> str:
    """The measured mark of ``card``, right-aligned at ``right``, its top at ``top``; "" when not measured."""
    mark = card.measured
    if mark is None:
        return ""
    text = _text(mark)
    box_w = _box_width(mark)
    x = right - box_w
    stroke = f' stroke="{theme.flag}" stroke-width="1.5"' if mark.below_target else ""
    return (
        f'<g class="measured"><title>{escape(mark.title)}</title>'
        f'<rect x="{num(x)}" y="{num(top)}" width="{num(box_w)}" height="{_HEIGHT}" rx="8" '
        f'fill="{score_color(mark.relative)}" fill-opacity="0.25"{stroke}/>'
        f'<text x="{num(right - 6)}" y="{num(top + 11.5)}" font-size="{_FONT}" text-anchor="end" '
        f'fill="{theme.text}">{escape(text)}</text></g>'
    )
