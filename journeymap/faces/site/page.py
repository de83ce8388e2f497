"""The frame of every page of the site: head, Content-Security-Policy, navigation, footer, tables.

Pages link to each other with relative paths ending in a file name
(``../index.html``), so the site works opened from the file system as well as
on any static host, in any folder. The policy is the poster page's own:
nothing but inline styles and ``data:`` images, so no request ever leaves the
site and no script runs, whatever the maps' text holds. Every map string is
escaped here or by the caller with :func:`escape`.
"""

from __future__ import annotations

from journeymap import __version__
from journeymap.faces.poster.html import STATIC_CSP
from journeymap.faces.poster.markup import escape
from journeymap.faces.poster.themes import FONT_FAMILY, LIGHT
from journeymap.i18n import speaker
from journeymap.messages import site as S
from journeymap.views.palette import score_color

_CSS = """
:root { color-scheme: light; }
body { margin: 0; background: %(background)s; color: %(text)s; font-family: %(font)s; line-height: 1.5; }
main { max-width: 1280px; margin: 0 auto; padding: 16px 24px 32px; }
nav.site { background: %(label)s; border-bottom: 1px solid %(grid)s; }
nav.site ul { max-width: 1280px; margin: 0 auto; padding: 8px 24px; list-style: none; display: flex; flex-wrap: wrap; gap: 4px 20px; }
nav.site a { color: %(text)s; text-decoration: none; font-weight: 600; }
nav.site a[aria-current] { border-bottom: 3px solid %(link)s; }
a { color: %(link)s; }
h1 { font-size: 1.7rem; margin: .5rem 0 .25rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; }
h3 { font-size: 1rem; margin: 1.25rem 0 .25rem; }
.muted { color: %(muted)s; }
.small { font-size: .85rem; }
.lead { font-size: 1.05rem; margin: .25rem 0 1rem; }
table { border-collapse: collapse; width: 100%%; margin: .5rem 0 1rem; }
th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid %(grid)s; }
th { background: %(label)s; font-size: .9rem; white-space: nowrap; }
th a { color: %(text)s; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.spark { padding: 2px 8px; }
.chip { display: inline-block; min-width: 3.2em; padding: 0 .4em; border-radius: 4px; text-align: center;
  font-variant-numeric: tabular-nums; font-weight: 600; }
.band { display: inline-block; padding: 0 .45em; border-radius: 4px; font-size: .85rem; font-weight: 600; white-space: nowrap; }
.band-Highest { background: #ca0020; color: #ffffff; }
.band-High { background: #f4a582; color: #1f2328; }
.band-Medium { background: #f6e8c3; color: #1f2328; }
.band-Low { background: #e8eef4; color: #1f2328; }
.band-Lowest { background: #f6f8fa; color: #59636e; }
.error { color: %(flag)s; font-weight: bold; }
.warning { color: %(flag)s; }
.problem { border: 2px solid %(flag)s; border-radius: 8px; padding: 8px 16px; margin: 1rem 0; }
.personas { display: flex; flex-wrap: wrap; gap: 12px; }
.persona { border: 2px solid; border-radius: 8px; padding: 12px 16px; width: 260px; }
.persona h3 { margin: 0 0 .25rem; font-size: 1rem; }
.persona ul, .card ul { margin: .25rem 0; padding-left: 1.2rem; }
.card { border: 1px solid %(grid)s; border-radius: 8px; padding: 12px 16px; margin: 12px 0; }
.poster { overflow-x: auto; border: 1px solid %(grid)s; border-radius: 8px; }
.poster svg { display: block; }
.scroll { overflow-x: auto; }
table.heat td.cell { text-align: center; font-variant-numeric: tabular-nums; min-width: 3.5em; }
table.heat th.col { white-space: normal; min-width: 4.5em; text-align: center; }
table.heat tr.average td { border-top: 2px solid %(text)s; font-weight: 600; }
svg.spark, svg.curve { display: block; }
footer { margin-top: 2rem; font-size: .85rem; }
"""

CSS = _CSS % {
    "background": LIGHT.background,
    "text": LIGHT.text,
    "muted": LIGHT.muted,
    "grid": LIGHT.grid,
    "label": LIGHT.label_fill,
    "flag": LIGHT.flag,
    "link": "#0969da",
    "font": FONT_FAMILY,
}

# The site's top-level pages, in the order the navigation lists them.
NAVIGATION = (
    ("index.html", S.NAV_JOURNEYS),
    ("personas.html", S.NAV_PERSONAS),
    ("owners.html", S.NAV_OWNERS),
    ("heatmap.html", S.NAV_HEATMAP),
)


def up(depth: int) -> str:
    """The relative way back to the site's root from a page ``depth`` folders down."""
    return "../" * depth


def document(title: str, lang: str, body: str, depth: int = 0, current: str | None = None, footer: str = "") -> str:
    """One page: the head with the policy and the styles, the navigation, ``body`` and ``footer`` (markup)."""
    w = speaker(lang)
    links = "".join(
        f'<li><a href="{up(depth)}{target}"' + (' aria-current="page"' if target == current else "") + f">{escape(w(word))}</a></li>"
        for target, word in NAVIGATION
    )
    return "\n".join(
        [
            "<!DOCTYPE html>",
            f'<html lang="{escape(lang)}">',
            "<head>",
            '<meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f'<meta http-equiv="Content-Security-Policy" content="{STATIC_CSP}">',  # our constant, never map text
            '<meta name="referrer" content="no-referrer">',
            f"<title>{escape(title)}</title>",
            f"<style>{CSS}</style>",
            "</head>",
            "<body>",
            f'<nav class="site" aria-label="{escape(w(S.NAV_LABEL))}"><ul>{links}</ul></nav>',
            "<main>",
            body,
            footer,
            "</main>",
            "</body>",
            "</html>",
            "",
        ]
    )


def site_footer(lang: str, journeys: int) -> str:
    """The footer of the site's own pages (markup)."""
    w = speaker(lang)
    return f'<footer class="muted">{escape(w(S.FOOTER, tool=__version__, journeys=w(S.JOURNEYS, count=journeys)))}</footer>'


def markup_sentence(lang: str, template, **params) -> str:
    """A catalogue sentence whose parameters are markup already (links): the words are escaped, they are not."""
    w = speaker(lang)
    # Placeholders from Unicode's private use area: escape() keeps them, no map text is in the template.
    marked = {name: f"\ue000{index}\ue001" for index, name in enumerate(params)}
    text = escape(w(template, **marked))
    for index, value in enumerate(params.values()):
        text = text.replace(f"\ue000{index}\ue001", value)
    return text


def table(header: list[str], rows: list[list[str]], numeric: set[int] = frozenset(), escaped: bool = False, css: str = "") -> str:
    """An HTML table; cells are escaped unless ``escaped`` says they are markup already."""
    def cell(tag: str, index: int, text: str) -> str:
        klass = ' class="num"' if index in numeric else ""
        return f"<{tag}{klass}>{text if escaped else escape(text)}</{tag}>"

    head = "".join(cell("th", i, escape(h) if escaped else h) for i, h in enumerate(header))
    body = "".join("<tr>" + "".join(cell("td", i, c) for i, c in enumerate(row)) + "</tr>" for row in rows)
    klass = f' class="{css}"' if css else ""
    return f'<div class="scroll"><table{klass}><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>'


def chip(score_100: float | None) -> str:
    """A 0–100 score on its colour (RdBu, from the palette every face uses); — when there is none."""
    if score_100 is None:
        return '<span class="muted">—</span>'
    relative = score_100 / 50 - 1
    background = score_color(relative)
    color = "#ffffff" if abs(relative) > 0.55 else "#1f2328"
    return f'<span class="chip" style="background: {background}; color: {color}">{score_100:g}</span>'


def band(name: str, priority: str, word: str) -> str:
    """A priority with its band's colour."""
    return f'<span class="band band-{escape(name)}">{escape(word)} {escape(priority)}</span>'


def link(href: str, text: str) -> str:
    return f'<a href="{escape(href)}">{escape(text)}</a>'
