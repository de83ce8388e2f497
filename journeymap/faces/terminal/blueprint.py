"""`journeymap show --view blueprint`: the service blueprint in a terminal.

Each stage is a grid: lane titles on the left, one column per touchpoint (and one
for the whole stage when the stage has a blueprint of its own), so that what the
customer meets and what happens behind it stay in the same column. Between the
lanes run the three lines of a blueprint, drawn and named: ``─`` interaction,
``╌`` visibility, ``┈`` internal interaction. A stage with more touchpoints than
the width holds is cut into several grids. Plain lines of styled text, measured
by display width: Japanese lines up, and no line is wider than asked.
"""

from __future__ import annotations

from journeymap.faces.terminal.lines import Line, clean, flow, padded, text_lines
from journeymap.faces.terminal.parts import FLAG_STYLES, card_scores, flag_units, letter
from journeymap.messages import blueprint as B
from journeymap.messages import words as W
from journeymap.textwidth import width
from journeymap.views.blueprint import BlueprintView, Slot

MIN_WIDTH = 40
MIN_SLOT = 16
MAX_SLOT = 36
RULES = {"interaction": "─", "visibility": "╌", "internal": "┈"}
WARN = FLAG_STYLES["warning"]
SEP = [(" │ ", "dim")]


def render(view: BlueprintView, width: int = 100, color: bool = False, color_system: str = "256", start: int = 1) -> str:
    from journeymap.faces.terminal.console import make_console, output, print_lines
    from journeymap.faces.terminal.curve import render_curve
    from journeymap.faces.terminal.frame import footer, header

    width = max(MIN_WIDTH, width)
    console = make_console(width, color, color_system)
    lines = header(view.layout, width)
    if not view.has_blueprint:
        lines += text_lines(view.layout.word(B.NO_BLUEPRINT), width, WARN)
    for index in range(len(view.bands)):
        lines.append([])
        lines += _stage(view, index, width, start)
    if "emotion" in view.lanes and view.layout.columns:
        lines.append([])
        lines += render_curve(view.layout, width, start)
    if view.departments:
        lines.append([])
        lines += _departments(view, width)
    lines.append([])
    lines += footer(view.layout, width)
    print_lines(console, lines)
    return output(console)


def _stage(view: BlueprintView, index: int, columns: int, start: int) -> list[Line]:
    band = view.bands[index]
    column = band.column
    head: Line = [(f"{start + index} ", "bold"), (clean(column.name), "bold")]
    if column.phase_label and column.phase_label.casefold() != column.name.casefold():
        head += [(" · ", "dim"), (column.phase_label, "dim")]
    lines = flow([head, *flag_units(column.flags)], columns)
    title = max(width(view.lane_title(lane)) for lane in view.lanes)
    title = min(title, max(16, columns // 4))  # フロントステージ and サポートプロセス stay whole at 60 columns
    slots = list(band.slots) or [None]
    per = max(1, min(len(slots), (columns - title) // (MIN_SLOT + 3)))
    for first in range(0, len(slots), per):
        chunk = slots[first:first + per]
        slot_width = min(MAX_SLOT, (columns - title - 3 * len(chunk)) // len(chunk))
        lines += _grid(view, chunk, first, title, slot_width, columns)
    return lines


def _grid(view: BlueprintView, chunk, first: int, title: int, slot_width: int, columns: int) -> list[Line]:
    out: list[Line] = []
    total = title + len(chunk) * (slot_width + 3)
    for index, lane in enumerate(view.lanes):
        names = view.lines_before(index)
        for line in names:
            out.append(_rule(view.line_title(line), RULES[line], min(total, columns)))
        if not names:
            joint = "─┬─" if index == 0 else "─┼─"  # nothing above the first row to cross
            out.append([("─" * title + joint + joint.join("─" * slot_width for _ in chunk), "dim")])
        cells = [_cell(view, lane, slot, first + k, slot_width) for k, slot in enumerate(chunk)]
        heading = text_lines(view.lane_title(lane), title, "bold")
        for n in range(max(len(heading), *(len(c) for c in cells))):
            row = padded(heading[n] if n < len(heading) else [], title)
            for cell in cells:
                row += SEP + padded(cell[n] if n < len(cell) else [], slot_width)
            out.append(row)
    return out


def _rule(name: str, stroke: str, total: int) -> Line:
    label = f"{stroke} {name} "
    return [(label + stroke * max(0, total - width(label)), "bold")]


def _cell(view: BlueprintView, lane: str, slot: Slot | None, number: int, columns: int) -> list[Line]:
    layout = view.layout
    if slot is None:
        return [[(layout.word(W.NO_TOUCHPOINTS), "dim")]] if lane == "customer" else []
    card = slot.card
    if lane == "customer":
        if card is None:
            return [[(view.whole_stage(), "dim")]]
        lines = text_lines(clean(card.name), columns, "bold", first=[(letter(number), "dim"), (" ", "")])
        details = [[(clean(t), "dim")] for t in (card.channel_label or card.channel, card.owner) if t]
        lines += flow(details, columns, sep=" · ", indent=2)
        lines += flow(flag_units(card.flags), columns, indent=2)
        for action in card.actions:
            lines += text_lines(action, columns, "", first=[("• ", "dim")])
        return lines
    if lane == "emotion":
        return flow(card_scores(layout, card), columns) if card else []
    if lane == "evidence":
        return [line for item in slot.evidence for line in text_lines(item, columns, "", first=[("▪ ", "dim")])]
    if lane == "fails":
        lines = []
        for fail in slot.fails:
            lines += text_lines(fail.experience, columns, "bold", first=[("[F] ", WARN)])
            owner = layout.word(B.FAIL_OWNER, owner=fail.owner) if fail.owner else layout.word(B.FAIL_NO_OWNER)
            lines += text_lines(owner, columns, "dim" if fail.owner else WARN, indent=4, first=[("    ", "")])
            mitigation = (
                layout.word(B.FAIL_MITIGATION, mitigation=fail.mitigation) if fail.mitigation else layout.word(B.FAIL_NO_MITIGATION)
            )
            lines += text_lines(mitigation, columns, "dim" if fail.mitigation else WARN, first=[("    ", "")])
        return lines
    if lane == "waits":
        lines = []
        for wait in slot.waits:
            units = [[("⧗ ", WARN if wait.over else "dim"), (wait.duration, WARN if wait.over else "bold")]]
            if wait.target:
                units.append([(layout.word(B.WAIT_TARGET, target=wait.target), "dim")])
            lines += flow(units, columns, sep=" · ")
            if wait.what:
                lines += text_lines(layout.word(B.WAIT_FOR, what=wait.what), columns, "dim", first=[("  ", "")])
        return lines
    lines = []
    for step in slot.steps(lane):
        lines += text_lines(step.text, columns, "", first=[("▸ ", step.color or "dim")])
        who = [(clean(step.department), step.color or "dim")] if step.department else []
        if step.codes:
            who += [(" " if who else "", ""), (" ".join(step.codes), WARN)]
        if who:
            lines += flow([who], columns, indent=2)
    return lines


def _departments(view: BlueprintView, columns: int) -> list[Line]:
    from journeymap.i18n import Series, say

    layout = view.layout
    units = [[(layout.word(B.DEPARTMENTS), "bold")]]
    for department in view.departments:
        lanes = Series(say(B.LANE_NAMES[lane]) for lane in department.lanes)
        units.append([("■ ", department.color), (layout.word(B.DEPARTMENT_LANES, department=clean(department.name), lanes=lanes), "")])
    return flow(units, columns, sep="   ")

