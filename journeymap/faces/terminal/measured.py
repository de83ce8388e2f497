"""What customers said at a touchpoint, as the terminal shows it under the team's scores."""

from __future__ import annotations

from journeymap.faces.terminal.lines import Line
from journeymap.views.layout import Card
from journeymap.views.palette import score_color

BELOW_TARGET = "▼"


def mark_units(card: Card) -> list[Line]:
    """The card's measured mark ("CSAT 2.1/5 · n 340"), coloured by how good it is; [] when not measured."""
    mark = card.measured
    if mark is None:
        return []
    line: Line = [("◆ ", score_color(mark.relative)), (mark.text, "")]
    if mark.below_target:
        line.append((" " + BELOW_TARGET, "bold #ca0020"))
    return [line]
