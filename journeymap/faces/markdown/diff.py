"""A diff as a pull-request comment (GitHub-flavoured markdown)."""

from __future__ import annotations

from journeymap.faces.markdown.report import _cell, _table
from journeymap.faces.summary import plural
from journeymap.faces.terminal.diff import cx_sentence
from journeymap.scores import signed
from journeymap.views.diff import MapDiff


def _score(value):
    return "—" if value is None else signed(value)


def render(diff: MapDiff) -> str:
    out = [f"### journeymap: `{_cell(diff.path)}` ({_cell(diff.old_label)} → {_cell(diff.new_label)})", ""]
    if diff.empty:
        out.append("No changes in customer terms.")
        return "\n".join(out) + "\n"
    fell = sum(1 for a in diff.averages if a.dropped)
    summary = [cx_sentence(diff)] if cx_sentence(diff) else []
    summary += [f"{plural(fell, 'stage average')} fell", plural(len(diff.introduced), "new finding"), f"{len(diff.resolved)} resolved"]
    out += ["**" + " · ".join(summary) + "**", ""]
    if diff.averages:
        rows = [
            [a.stage, a.persona, _score(a.old), _score(a.new), ("▼ " if a.dropped else "▲ " if a.old is not None and a.new is not None else "") + (signed(a.new - a.old) if a.old is not None and a.new is not None else "")]
            for a in diff.averages
        ]
        out += ["#### Emotion by stage", ""] + _table(["Stage", "Persona", "Before", "After", "Change"], rows, {2, 3, 4}) + [""]
    if diff.scores:
        rows = [[s.touchpoint, s.stage, s.persona, _score(s.old), _score(s.new)] for s in diff.scores]
        out += ["#### Touchpoint scores", ""] + _table(["Touchpoint", "Stage", "Persona", "Before", "After"], rows, {3, 4}) + [""]
    if diff.structure:
        out += ["#### Structure", ""] + [f"- {_cell(c.text)}" for c in diff.structure] + [""]
    if diff.lists:
        out += ["#### Pain points and opportunities", ""]
        for change in diff.lists:
            out += [f"- added {change.field} at '{_cell(change.touchpoint)}': {_cell(item)}" for item in change.added]
            out += [f"- removed {change.field} at '{_cell(change.touchpoint)}': {_cell(item)}" for item in change.removed]
        out.append("")
    if diff.introduced or diff.resolved:
        rows = [["new", f"{f.code} {f.name}", f.message] for f in diff.introduced]
        rows += [["resolved", f"{f.code} {f.name}", f.message] for f in diff.resolved]
        out += ["#### Findings", ""] + _table(["", "Rule", "Message"], rows) + [""]
    return "\n".join(out).rstrip() + "\n"
