"""One self-contained HTML page: the poster inline, persona cards, and the findings.

No scripts, no external fonts or images, and a Content-Security-Policy that
forbids both, so the page is safe to open and to mail around whatever the
map's text contains. Every map string is escaped.
"""

from __future__ import annotations

from journeymap import __version__
from journeymap.faces.poster.markup import escape
from journeymap.faces.poster.themes import FONT_FAMILY, THEMES
from journeymap.i18n import Series
from journeymap.messages import words as W
from journeymap.views.layout import Layout

_CSS = """
:root { color-scheme: %(scheme)s; }
body { margin: 0; background: %(background)s; color: %(text)s; font-family: %(font)s; line-height: 1.5; }
main { max-width: 1200px; margin: 0 auto; padding: 24px; }
h1 { font-size: 1.8rem; margin: 0 0 .25rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 .75rem; }
.muted { color: %(muted)s; }
.personas { display: flex; flex-wrap: wrap; gap: 12px; }
.persona { border: 2px solid; border-radius: 8px; padding: 12px 16px; width: 260px; background: %(card)s; }
.persona h3 { margin: 0 0 .25rem; font-size: 1rem; }
.persona ul { margin: .25rem 0; padding-left: 1.2rem; }
.poster { overflow-x: auto; border: 1px solid %(grid)s; border-radius: 8px; }
.poster svg { display: block; }
table { border-collapse: collapse; width: 100%%; }
th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid %(grid)s; }
.error { color: %(flag)s; font-weight: bold; }
.warning { color: %(flag)s; }
footer { margin-top: 2rem; font-size: .85rem; }
.problem { border: 2px solid %(flag)s; border-radius: 8px; padding: 8px 16px; margin: 1rem 0; }
.problem pre { white-space: pre-wrap; font-size: .85rem; }
"""


STATIC_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"


def page(title: str, lang: str, body: str, theme_name: str = "light", csp: str = STATIC_CSP, script: str | None = None,
         extra_css: str = "") -> str:
    """The document around ``body``: charset, viewport, Content-Security-Policy, the theme's CSS."""
    theme = THEMES[theme_name]
    css = (_CSS + extra_css) % {
        "scheme": "dark" if theme_name == "dark" else "light",
        "background": theme.background,
        "text": theme.text,
        "muted": theme.muted,
        "card": theme.card_fill,
        "grid": theme.grid,
        "flag": theme.flag,
        "font": FONT_FAMILY,
    }
    head = [
        "<!DOCTYPE html>",
        f'<html lang="{escape(lang)}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">',  # our constant, never map text
        f"<title>{escape(title)}</title>",
        f"<style>{css}</style>",
        *([f'<script src="{escape(script)}" defer></script>'] if script else []),
        "</head>",
    ]
    return "\n".join(head) + "\n" + body + "\n</html>\n"


def content(layout: Layout, svg: str, audience: str = "team") -> str:
    """The map itself: title, description, personas, the poster, and (for the team) the findings."""
    parts = [f"<h1>{escape(layout.title)}</h1>"]
    if layout.description:
        parts.append(f'<p class="muted">{escape(layout.description)}</p>')
    parts.append(_personas(layout))
    parts.append(f'<h2>{escape(layout.word(W.JOURNEY))}</h2><div class="poster">{svg.strip()}</div>')
    if audience != "client":
        parts.append(_findings(layout))
    return "\n".join(parts)


def presentation(layout: Layout, svg: str, audience: str = "team", states: tuple = ()) -> str:
    """The map for a screen: the fitted poster first (it carries the title), then the personas and,
    for the team, the findings, below the fold. ``states``: (name, svg) of the same journey in other
    states (current, future), drawn hidden; the page shows one of them at a time."""
    posters = "".join(f'<div class="poster fill jm-state jm-state-{name}">{other.strip()}</div>\n' for name, other in states)
    first = f'<div class="poster fill jm-state jm-state-both">' if states else '<div class="poster fill">'
    below = [_personas(layout)]
    if audience != "client":
        below.append(_findings(layout))
    below.append(footer(layout, audience))
    below_html = "\n".join(part for part in below if part)
    return f'{first}{svg.strip()}</div>\n{posters}<div class="below">{below_html}</div>'



def footer(layout: Layout, audience: str = "team") -> str:
    if audience == "client":
        source = layout.word(W.SOURCE_LINE_CLIENT, path=layout.path, tool=__version__)
    else:
        source = layout.word(
            W.SOURCE_LINE, path=layout.path, version=str(layout.version), counts=layout.counts_text(), tool=__version__
        )
    return f'<footer class="muted">{escape(source)}</footer>'


def render_html(layout: Layout, svg: str, theme_name: str = "light", audience: str = "team") -> str:
    body = f"<body><main>\n{content(layout, svg, audience)}\n{footer(layout, audience)}\n</main></body>"
    return page(layout.title, layout.lang, body, theme_name)


def _personas(layout: Layout) -> str:
    if not any(badge.key for badge in layout.personas):
        return ""
    cards = []
    for badge in layout.personas:
        rows = [f"<h3>{escape(badge.name)}</h3>"]
        if badge.description:
            rows.append(f"<p>{escape(badge.description)}</p>")
        for label, items in ((W.GOALS, badge.goals), (W.FRUSTRATIONS, badge.frustrations)):
            if items:
                rows.append(
                    f"<strong>{escape(layout.word(label))}</strong><ul>" + "".join(f"<li>{escape(i)}</li>" for i in items) + "</ul>"
                )
        if badge.channels:
            channels = layout.word(W.CHANNELS, channels=Series(badge.channel_labels))
            rows.append(f'<p class="muted">{escape(channels)}</p>')
        cards.append(f'<section class="persona" style="border-color: {badge.color}">{"".join(rows)}</section>')
    return f'<h2>{escape(layout.word(W.PERSONAS))}</h2><div class="personas">{"".join(cards)}</div>'


def _findings(layout: Layout) -> str:
    rows = [(layout.word(W.WHOLE_MAP_WHERE), flag) for flag in layout.map_flags]
    for column in layout.columns:
        rows.extend((column.name, flag) for flag in column.flags)
        for card in column.cards:
            rows.extend((f"{column.name} / {card.name}", flag) for flag in card.flags)
    heading = escape(layout.word(W.FINDINGS))
    if not rows:
        return f'<h2>{heading}</h2><p class="muted">{escape(layout.word(W.NO_FINDINGS_HERE))}</p>'
    body = "".join(
        f'<tr><td class="{escape(flag.severity)}">{escape(flag.code)}</td><td>{escape(flag.label)}</td>'
        f"<td>{escape(where)}</td><td>{escape(message)}"
        + (f'<br><span class="muted">{escape(hint)}</span>' if hint else "")
        + "</td></tr>"
        for where, flag in rows
        for message, hint in zip(flag.messages, _hints(flag))
    )
    heads = "".join(f"<th>{escape(layout.word(word))}</th>" for word in (W.CODE, W.RULE, W.WHERE, W.MESSAGE))
    return f"<h2>{heading}</h2><table><thead><tr>{heads}</tr></thead><tbody>{body}</tbody></table>"


def _hints(flag) -> list[str]:
    """A hint for each message (the same rule gives the same hint, or none)."""
    return list(flag.hints) + [""] * (len(flag.messages) - len(flag.hints))
