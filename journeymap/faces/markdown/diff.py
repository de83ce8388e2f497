"""A diff as a pull-request comment (GitHub-flavoured markdown)."""

from __future__ import annotations

from journeymap.check.codes import display_name
from journeymap.faces.markdown.report import _cell, _table
from journeymap.faces.terminal.diff import cx_sentence, totals
from journeymap.i18n import Quoted, speaker, tr
from journeymap.messages import views as V
from journeymap.messages.data import METRICS_CHANGED
from journeymap.scores import signed
from journeymap.views.diff import MapDiff


def _score(value):
    return "—" if value is None else signed(value)


def render(diff: MapDiff, lang: str = "en") -> str:
    w = speaker(lang)
    title = w(V.DIFF_MD_TITLE, path=f"`{_cell(diff.path)}`", old=_cell(diff.old_label), new=_cell(diff.new_label))
    out = [f"### {title}", ""]
    if diff.empty:
        out.append(w(V.DIFF_NO_CHANGE_SHORT))
        return "\n".join(out) + "\n"
    cx = cx_sentence(diff, lang)
    summary = ([cx] if cx else []) + list(totals(diff, lang))
    out += ["**" + " · ".join(summary) + "**", ""]
    if diff.averages:
        rows = [
            [
                a.stage,
                tr(lang, a.persona),
                _score(a.old),
                _score(a.new),
                ("▼ " if a.dropped else "▲ " if a.old is not None and a.new is not None else "")
                + (signed(a.new - a.old) if a.old is not None and a.new is not None else ""),
            ]
            for a in diff.averages
        ]
        header = [w(V.STAGE), w(V.PERSONA), w(V.BEFORE), w(V.AFTER), w(V.CHANGE)]
        out += [f"#### {w(V.EMOTION_BY_STAGE)}", ""] + _table(header, rows, {2, 3, 4}) + [""]
    if diff.scores:
        rows = [[s.touchpoint, s.stage, tr(lang, s.persona), _score(s.old), _score(s.new)] for s in diff.scores]
        header = [w(V.TOUCHPOINT), w(V.STAGE), w(V.PERSONA), w(V.BEFORE), w(V.AFTER)]
        out += [f"#### {w(V.TOUCHPOINT_SCORES)}", ""] + _table(header, rows, {3, 4}) + [""]
    if diff.structure:
        out += [f"#### {w(V.STRUCTURE)}", ""] + [f"- {_cell(tr(lang, c.text))}" for c in diff.structure] + [""]
    if diff.lists:
        out += [f"#### {w(V.PAINS_AND_OPPORTUNITIES)}", ""]
        for change in diff.lists:
            for template, items in ((V.ITEM_ADDED, change.added), (V.ITEM_REMOVED, change.removed)):
                out += [
                    "- " + _cell(w(template, item=change.field, touchpoint=Quoted(change.touchpoint), text=item)) for item in items
                ]
        out.append("")
    if diff.metrics:
        out += [f"#### {w(METRICS_CHANGED)}", ""]
        out += [f"- {'▼ ' if m.fell else ''}{_cell(tr(lang, m.text))}" for m in diff.metrics] + [""]
    if diff.introduced or diff.resolved:
        rows = [[w(V.FINDING_NEW), f"{f.code} {display_name(f.code, f.name, lang)}", tr(lang, f.message)] for f in diff.introduced]
        rows += [[w(V.FINDING_RESOLVED), f"{f.code} {display_name(f.code, f.name, lang)}", tr(lang, f.message)] for f in diff.resolved]
        out += [f"#### {w(V.FINDINGS)}", ""] + _table(["", w(V.RULE), w(V.MESSAGE)], rows) + [""]
    return "\n".join(out).rstrip() + "\n"
