"""A diff for people: what changed in the journey, worst news first."""

from __future__ import annotations

from journeymap.faces.summary import plural
from journeymap.scores import score_text, signed
from journeymap.views.diff import MapDiff

ARROWS = {"added": "+", "removed": "-", "renamed": "~", "moved": "↕", "changed": "~"}


def _score(value: float | None) -> str:
    return "not scored" if value is None else signed(value)


def average_sentence(change) -> str:
    if change.old is None:
        return f"'{change.stage}' is now scored {signed(change.new)} for {change.persona}"
    if change.new is None:
        return f"'{change.stage}' is no longer scored for {change.persona} (was {signed(change.old)})"
    verb = "fell" if change.new < change.old else "rose"
    return f"'{change.stage}' {verb} from {signed(change.old)} to {signed(change.new)} for {change.persona}"


def cx_sentence(diff: MapDiff) -> str | None:
    if diff.cx_old is None or diff.cx_new is None or diff.cx_old == diff.cx_new:
        return None
    delta = round(diff.cx_new - diff.cx_old, 1)
    return f"CX score {diff.cx_old:g} → {diff.cx_new:g} ({'+' if delta > 0 else ''}{delta:g})"


def render(diff: MapDiff) -> str:
    lines = [f"{diff.path}: {diff.old_label} → {diff.new_label}"]
    if diff.empty:
        lines.append("No changes in customer terms (scores, stages, touchpoints, personas, findings).")
        return "\n".join(lines) + "\n"
    cx = cx_sentence(diff)
    if cx:
        lines.append(cx)
    if diff.averages:
        lines += ["", "Emotion by stage"]
        lines += [f"  {'▼' if a.dropped else '▲' if a.old is not None and a.new is not None else '•'} {average_sentence(a)}" for a in diff.averages]
    if diff.scores:
        lines += ["", "Touchpoint scores"]
        lines += [f"  '{s.touchpoint}' in '{s.stage}': {_score(s.old)} → {_score(s.new)} for {s.persona}" for s in diff.scores]
    for what, title in (("stage", "Stages"), ("touchpoint", "Touchpoints"), ("persona", "Personas")):
        changes = [c for c in diff.structure if c.what == what]
        if changes:
            lines += ["", title]
            lines += [f"  {ARROWS[c.kind]} {c.text}" for c in changes]
    if diff.lists:
        lines += ["", "Pain points and opportunities"]
        for change in diff.lists:
            for item in change.added:
                lines.append(f"  + {change.field} at '{change.touchpoint}': {item}")
            for item in change.removed:
                lines.append(f"  - {change.field} at '{change.touchpoint}': {item}")
    if diff.introduced or diff.resolved:
        lines += ["", "Findings"]
        lines += [f"  new      {f.code} {f.name}: {f.message}" for f in diff.introduced]
        lines += [f"  resolved {f.code} {f.name}: {f.message}" for f in diff.resolved]
    fell = sum(1 for a in diff.averages if a.dropped)
    lines += ["", f"{plural(fell, 'stage average')} fell; {plural(len(diff.introduced), 'new finding')}, {len(diff.resolved)} resolved."]
    return "\n".join(lines) + "\n"


__all__ = ["average_sentence", "cx_sentence", "render", "score_text"]
