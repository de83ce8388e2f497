"""The poster's sizes, in its own units: type, lines, padding, the curve's height, column widths.

``POSTER`` is the poster as it has always been drawn (a wall chart, as wide as
the journey is long). ``COMPACT`` is for a poster fitted to a screen or a page
(`--fit`, the stage pages of a presentation or a handout): its smallest text is
as large as its body text and it wastes no height, so that once the poster is
scaled to fill the shape every text is as large as it can be.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Metrics:
    margin: float = 32
    small: float = 10  # channel, phase, owner, scale ticks, scores, codes on cards
    flag: float = 11  # codes on a stage
    legend: float = 11  # the key under the poster, the source line
    body: float = 12
    line: float = 16  # one line of body text
    pad: float = 10
    stage: float = 16  # stage names
    stage_line: float = 20
    title: float = 26
    description: float = 13
    curve: float = 220  # the emotion lane's height
    label_w: float = 150  # the lane titles' column
    sub_w: float = 200  # a touchpoint's column, at least
    band_gap: float = 28
    legend_gap: float = 24  # from the last band to the key
    persona_cards: bool = True  # a card per persona under the title (else the key names them)
    phase: bool = True  # the phase under each stage's name
    roomy_cards: bool = True  # the owner on a line of its own, room kept for codes (else beside the channel)

    @property
    def smallest(self) -> float:
        return min(self.small, self.flag, self.legend, self.body)


POSTER = Metrics()
COMPACT = Metrics(
    margin=12,
    small=12,
    flag=12,
    legend=12,
    line=15,
    pad=4,
    stage=15,
    stage_line=18,
    title=18,
    description=12,
    curve=84,
    label_w=84,
    sub_w=120,
    band_gap=12,
    legend_gap=18,
    persona_cards=False,
    phase=False,
    roomy_cards=False,
)
