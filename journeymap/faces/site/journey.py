"""A journey's page: the poster and its personas and findings (as `render --format html` draws
them), then the report's numbers, with links to the pages of its personas and departments.

The page speaks the map's own language (or the one asked for), as its poster does.
"""

from __future__ import annotations

from journeymap.faces.poster.html import content, footer
from journeymap.faces.poster.markup import escape
from journeymap.faces.site.page import document, link, markup_sentence, table
from journeymap.faces.tables import (
    coverage_table,
    cx_line,
    emotion_table,
    facts_line,
    opportunity_line,
    pain_table,
    values_table,
    weakness_lines,
)
from journeymap.i18n import Series, speaker, tr
from journeymap.messages import site as S
from journeymap.messages import views as V
from journeymap.views.layout import Layout
from journeymap.views.report import NO_OWNER, Report


def journey_page(layout: Layout, svg: str, report: Report, personas: list[tuple[str, str]], owners: dict[str, str]) -> str:
    """``personas``: (name, page) of each persona; ``owners``: owner as the report names it -> page."""
    lang = layout.lang
    w = speaker(lang)
    parts = [content(layout, svg)]
    if personas:
        links = tr(lang, Series([link(f"../{page}", name) for name, page in personas]))
        parts.append(f'<p class="small">{markup_sentence(lang, S.ON_THIS_SITE, personas=links)}</p>')
    parts.append(f"<h2>{escape(w(S.REPORT))}</h2>")
    parts.append(_report(report, lang, owners))
    return document(layout.title, lang, "\n".join(parts), 1, None, footer(layout))


def _report(report: Report, lang: str, owners: dict[str, str]) -> str:
    w = speaker(lang)
    out = [
        f'<p class="muted small">{escape(facts_line(report, lang, report.path))}</p>',
        f"<p><strong>{escape(cx_line(report, lang))}</strong></p>",
        f"<h3>{escape(w(V.EMOTION_BY_STAGE))}</h3>",
    ]
    header, rows = emotion_table(report, lang)
    out.append(table(header, rows, set(range(1, len(header)))))
    out.append(f"<h3>{escape(w(V.WEAKEST_STAGES))}</h3>")
    weak = weakness_lines(report, lang)
    out.append("<ol>" + "".join(f"<li>{escape(line)}</li>" for line in weak) + "</ol>" if weak else f"<p>{escape(w(V.NO_WEAK_STAGE))}</p>")
    out.append(f"<h3>{escape(w(V.TOP_PAINS))}</h3>")
    if report.pains:
        header, rows = pain_table(report, lang)
        out.append(table(header, rows, {0, 5}))
    else:
        out.append(f"<p>{escape(w(V.NO_PAINS))}</p>")
    out.append(f"<h3>{escape(w(V.BACKLOG))}</h3>")
    if not report.backlog:
        out.append(f"<p>{escape(w(V.NO_OPPORTUNITIES))}</p>")
    for owner, opportunities in report.backlog.items():
        name = tr(lang, owner)
        page = owners.get(owner if owner != NO_OWNER else "")
        out.append(f"<h4>{link('../' + page, name) if page else escape(name)}</h4>")
        out.append("<ul>" + "".join(f"<li>{escape(opportunity_line(o, lang))}</li>" for o in opportunities) + "</ul>")
    if report.personas:
        out.append(f"<h3>{escape(w(V.CHANNEL_COVERAGE))}</h3>")
        header, rows = coverage_table(report, lang)
        out.append(table(header, rows))
        out.append(f'<p class="muted small">{escape(w(V.COVERAGE_LEGEND))}</p>')
    out.append(f"<h3>{escape(w(V.VALUES))}</h3>")
    header, rows = values_table(report, lang)
    out.append(table(header, rows, {1}))
    return "\n".join(out)


def broken_page(path: str, title: str, findings, lang: str) -> str:
    """The page of a map with errors: what is wrong and where, so the site still links to it."""
    w = speaker(lang)
    from journeymap.messages import words as W

    rows = [
        [f"{f.path}:{f.line}:{f.column}", f.code, tr(lang, f.message) + (f" — {tr(lang, f.hint)}" if f.hint else "")]
        for f in findings
    ]
    body = (
        f"<h1>{escape(title)}</h1>"
        f'<div class="problem"><p>{escape(w(S.BROKEN_MAP))}</p></div>'
        f"<h2>{escape(w(W.FINDINGS))}</h2>"
        + table([w(W.WHERE), w(W.CODE), w(W.MESSAGE)], rows)
    )
    return document(title, lang, body, 1, None, f'<footer class="muted">{escape(path)}</footer>')
