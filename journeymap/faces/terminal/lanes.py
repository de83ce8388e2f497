"""What each lane of a stage says, as styled lines of a given width; shared by the wide and stacked views.

Touchpoints are lettered a, b, c… within their stage, and every action,
thought, pain point and opportunity carries its touchpoint's letter, so a
lane reads on its own and still says where each item comes from.
"""

from __future__ import annotations

from journeymap.faces.terminal.lines import Line, clean, flow, line_width, text_lines
from journeymap.faces.terminal.measured import mark_units
from journeymap.faces.terminal.parts import card_scores, count_suffix, emotion_rows, flag_units, letter
from journeymap.messages import words as W
from journeymap.textwidth import width
from journeymap.views.layout import Column, Layout

ITEM_STYLES = {"actions": "", "thoughts": "italic", "pains": "", "opportunities": ""}


def lane_title_width(layout: Layout) -> int:
    return max((width(layout.lane_title(lane)) for lane in layout.lanes), default=0)


def stage_title(number: int, column: Column) -> Line:
    return [(f"{number} ", "bold"), (clean(column.name), "bold")]


def phase_text(column: Column) -> str | None:
    """The stage's canonical phase, when its name does not already say it."""
    if column.phase_label and column.phase_label.casefold() != column.name.casefold():
        return column.phase_label
    return None


def stage_head(layout: Layout, column: Column, columns: int, number: int, title: bool = True, phase: bool = True) -> list[Line]:
    """The stage's name and phase (unless a panel border shows them), then its flags."""
    lines = text_lines(clean(column.name), columns, "bold", first=[(f"{number} ", "bold")]) if title else []
    if phase and phase_text(column):
        lines += text_lines(phase_text(column), columns, "dim")
    lines += flow(flag_units(column.flags), columns)
    return lines


def _prefix(layout: Layout, index: int) -> Line:
    # Without the touchpoints lane a letter would point at nothing; a bullet does.
    return [(letter(index) if "touchpoints" in layout.lanes else "•", "dim"), (" ", "")]


def lane_lines(layout: Layout, column: Column, lane: str, columns: int) -> list[Line]:
    """The lines of ``lane`` for ``column``, at most ``columns`` wide; [] when the lane is empty here."""
    if lane == "goal":
        return text_lines(column.goal, columns) if column.goal else []
    if lane == "emotion":
        if all(value is None for value in column.averages):
            return []
        return [line for row in emotion_rows(layout, column) for line in flow([row], columns)]
    if lane == "touchpoints":
        return _touchpoints(layout, column, columns)
    lines: list[Line] = []
    for index, card in enumerate(column.cards):
        for item in layout.lane_texts(card, lane):
            lines += text_lines(item, columns, ITEM_STYLES[lane], first=_prefix(layout, index))
    return lines


def _touchpoints(layout: Layout, column: Column, columns: int) -> list[Line]:
    if not column.cards:
        return [[(layout.word(W.NO_TOUCHPOINTS), "dim")]]
    lines: list[Line] = []
    for index, card in enumerate(column.cards):
        lines += text_lines(clean(card.name), columns, "bold", first=[(letter(index), "dim"), (" ", "")])
        indent = width(letter(index)) + 1
        where = [[(clean(text), "dim")] for text in (card.channel_label or card.channel, card.owner) if text]
        details = []
        for i, unit in enumerate(where):
            details.append(unit + ([(" ·", "dim")] if i < len(where) - 1 else []))
        lines += flow(details, columns, sep=" ", indent=indent)
        if "emotion" in layout.lanes:
            lines += flow(card_scores(layout, card), columns, indent=indent)
        lines += flow(mark_units(card), columns, indent=indent)  # what customers said (data:)
        lines += flow(flag_units(card.flags), columns, indent=indent)
    return lines


def needed_width(layout: Layout, column: Column, number: int) -> int:
    """The narrowest a stage column can be with every name whole on one line.

    Names are the stage's and its touchpoints'; channel, owner, persona scores
    and rule names are kept whole too. Free text (goal, thoughts…) wraps.
    """
    needs = [line_width(stage_title(number, column))]
    if column.phase_label:
        needs.append(width(column.phase_label))
    # A flag may break between its code and its rule name, not inside the name.
    needs += [_flag_need(flag) for flag in column.flags]
    if "touchpoints" in layout.lanes:
        for index, card in enumerate(column.cards):
            indent = width(letter(index)) + 1
            needs.append(indent + width(clean(card.name)))
            needs += [indent + width(clean(t)) + 2 for t in (card.channel_label or card.channel, card.owner) if t]
            if "emotion" in layout.lanes:
                needs += [indent + line_width(unit) for unit in card_scores(layout, card)]
            needs += [indent + _flag_need(flag) for flag in card.flags]
    if "emotion" in layout.lanes:
        needs += [line_width(row) for row in emotion_rows(layout, column)]
    return max(needs)


def _flag_need(flag) -> int:
    """Columns for a flag's rule name and its count ("persona-channel-gap ×2"), plus the ⚑ and room."""
    return width(flag.label + count_suffix(flag.count)) + 3


def natural_width(layout: Layout, column: Column, number: int) -> int:
    """How wide the column would like to be: its longest line unwrapped."""
    lines = [line for lane in layout.lanes for line in lane_lines(layout, column, lane, 10_000)]
    return max([needed_width(layout, column, number), *map(line_width, lines)])
