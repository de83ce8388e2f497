"""A diff for people: what changed in the journey, worst news first."""

from __future__ import annotations

from journeymap.check.codes import display_name
from journeymap.i18n import Quoted, speaker, tr
from journeymap.messages import views as V
from journeymap.messages.data import METRICS_CHANGED
from journeymap.scores import signed
from journeymap.views.diff import MapDiff

ARROWS = {"added": "+", "removed": "-", "renamed": "~", "moved": "↕", "changed": "~"}


def score_of(value: float | None, lang: str) -> str:
    return speaker(lang)(V.NOT_SCORED) if value is None else signed(value)


def average_sentence(change, lang: str = "en") -> str:
    w = speaker(lang)
    stage = Quoted(change.stage)
    if change.old is None:
        return w(V.NOW_SCORED, stage=stage, value=signed(change.new), persona=change.persona)
    if change.new is None:
        return w(V.NO_LONGER_SCORED, stage=stage, persona=change.persona, value=signed(change.old))
    template = V.FELL if change.new < change.old else V.ROSE
    return w(template, stage=stage, old=signed(change.old), new=signed(change.new), persona=change.persona)


def cx_sentence(diff: MapDiff, lang: str = "en") -> str | None:
    if diff.cx_old is None or diff.cx_new is None or diff.cx_old == diff.cx_new:
        return None
    delta = round(diff.cx_new - diff.cx_old, 1)
    return speaker(lang)(V.CX_CHANGE, old=f"{diff.cx_old:g}", new=f"{diff.cx_new:g}", delta=f"{'+' if delta > 0 else ''}{delta:g}")


def totals(diff: MapDiff, lang: str) -> tuple[str, str, str]:
    w = speaker(lang)
    fell = sum(1 for a in diff.averages if a.dropped)
    return w(V.AVERAGES_FELL, count=fell), w(V.NEW_FINDINGS, count=len(diff.introduced)), w(V.RESOLVED, count=len(diff.resolved))


def render(diff: MapDiff, lang: str = "en") -> str:
    w = speaker(lang)
    lines = [w(V.DIFF_HEAD, path=diff.path, old=diff.old_label, new=diff.new_label)]
    if diff.empty:
        lines.append(w(V.DIFF_NO_CHANGE))
        return "\n".join(lines) + "\n"
    cx = cx_sentence(diff, lang)
    if cx:
        lines.append(cx)
    if diff.averages:
        lines += ["", w(V.EMOTION_BY_STAGE)]
        lines += [
            f"  {'▼' if a.dropped else '▲' if a.old is not None and a.new is not None else '•'} {average_sentence(a, lang)}"
            for a in diff.averages
        ]
    if diff.scores:
        lines += ["", w(V.TOUCHPOINT_SCORES)]
        lines += [
            "  "
            + w(
                V.SCORE_CHANGE,
                touchpoint=Quoted(s.touchpoint),
                stage=Quoted(s.stage),
                old=score_of(s.old, lang),
                new=score_of(s.new, lang),
                persona=s.persona,
            )
            for s in diff.scores
        ]
    for what, title in (("stage", V.STAGES), ("touchpoint", V.TOUCHPOINTS), ("persona", V.PERSONAS)):
        changes = [c for c in diff.structure if c.what == what]
        if changes:
            lines += ["", w(title)]
            lines += [f"  {ARROWS[c.kind]} {tr(lang, c.text)}" for c in changes]
    if diff.lists:
        lines += ["", w(V.PAINS_AND_OPPORTUNITIES)]
        for change in diff.lists:
            for sign, items in (("+", change.added), ("-", change.removed)):
                for item in items:
                    lines.append(f"  {sign} " + w(V.ITEM_ADDED_AT, item=change.field, touchpoint=Quoted(change.touchpoint), text=item))
    if diff.metrics:
        lines += ["", w(METRICS_CHANGED)]
        lines += [f"  {'▼' if m.fell else '•'} {tr(lang, m.text)}" for m in diff.metrics]
    if diff.introduced or diff.resolved:
        lines += ["", w(V.FINDINGS)]
        new, resolved = w(V.FINDING_NEW), w(V.FINDING_RESOLVED)
        pad = max(len(new), len(resolved))
        lines += [f"  {new:<{pad}} {f.code} {display_name(f.code, f.name, lang)}: {tr(lang, f.message)}" for f in diff.introduced]
        lines += [f"  {resolved:<{pad}} {f.code} {display_name(f.code, f.name, lang)}: {tr(lang, f.message)}" for f in diff.resolved]
    fell, added, resolved_count = totals(diff, lang)
    lines += ["", w(V.DIFF_TOTALS, fell=fell, new=added, resolved=resolved_count)]
    return "\n".join(lines) + "\n"
