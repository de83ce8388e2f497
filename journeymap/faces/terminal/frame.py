"""What comes before and after the stages: the title and personas, the map's own flags, the findings line."""

from __future__ import annotations

from journeymap.faces.terminal.lines import Line, flow, text_lines
from journeymap.faces.terminal.parts import flag_units, persona_label, scale_text, summary
from journeymap.messages import words as W
from journeymap.views.layout import Layout


def header(layout: Layout, columns: int) -> list[Line]:
    lines = text_lines(layout.title, columns, "bold")
    stages = len(layout.columns)
    cards = sum(len(c.cards) for c in layout.columns)
    facts = [
        layout.path,
        layout.word(W.SCALE, scale=scale_text(layout)),
        layout.word(W.STAGES, count=stages),
        layout.word(W.TOUCHPOINTS, count=cards),
    ]
    lines += flow([[(fact + (" ·" if i < len(facts) - 1 else ""), "dim")] for i, fact in enumerate(facts)], columns, sep=" ")
    if any(b.key for b in layout.personas):
        lines += flow([persona_label(layout, b, full=True) for b in layout.personas], columns, sep="   ")
    return lines


def footer(layout: Layout, columns: int) -> list[Line]:
    lines: list[Line] = []
    if layout.map_flags:
        units = flag_units(layout.map_flags)
        units[0] = [(layout.word(W.WHOLE_MAP), "bold"), (" ", "")] + units[0]
        lines += flow(units, columns)
    return lines + text_lines(summary(layout), columns, "bold")
