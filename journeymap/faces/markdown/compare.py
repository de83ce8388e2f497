"""The comparison of two states as GitHub-flavoured markdown: a table of stage changes, then checklists."""

from __future__ import annotations

from journeymap.faces.comparison import cx_line, head, nothing, sections, stage_table
from journeymap.faces.markdown.report import _cell, _table
from journeymap.i18n import speaker
from journeymap.messages import compare as M
from journeymap.views.compare import Comparison

_CHECK = {"✓": "- [x] ", "·": "- [ ] ", "~": "- ", "✗": "- [ ] ", "+": "- ", "-": "- "}


def render(comparison: Comparison, lang: str | None = None) -> str:
    lang = lang or comparison.lang
    w = speaker(lang)
    out = [f"# {_cell(comparison.title)}", "", _cell(head(comparison, lang)), "", f"**{cx_line(comparison, lang)}**", ""]
    header, rows = stage_table(comparison, lang)
    out += [f"## {w(M.EMOTION_CHANGE)}", ""] + _table(header, rows) + [""]
    for mark, title, lines in sections(comparison, lang):
        out += [f"## {_cell(title)}", ""]
        out += [_CHECK[mark] + _cell(line) for line in lines] or [nothing(lang)]
        out.append("")
    return "\n".join(out).rstrip() + "\n"
