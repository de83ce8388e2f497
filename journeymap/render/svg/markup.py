"""Building SVG text safely: every user string goes through :func:`escape` here.

XML 1.0 cannot carry most control characters at all, so they are dropped
rather than escaped; `]]>`, quotes and angle brackets become entities, so map
text can never close an element, open a tag or start a script.
"""

from __future__ import annotations

import re

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def escape(text: str) -> str:
    text = _NOT_XML.sub("", str(text))
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&#39;")
    )


def num(value: float) -> str:
    """Coordinates with at most one decimal, no trailing zeros: identical bytes everywhere."""
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def attrs(**values) -> str:
    """ key="value" pairs; underscores in names become dashes, None values are left out."""
    parts = []
    for key, value in values.items():
        if value is None:
            continue
        name = key.rstrip("_").replace("_", "-")
        shown = num(value) if isinstance(value, float) else escape(str(value))
        parts.append(f' {name}="{shown}"')
    return "".join(parts)


def element(tag: str, content: str | None = None, **values) -> str:
    if content is None:
        return f"<{tag}{attrs(**values)}/>"
    return f"<{tag}{attrs(**values)}>{content}</{tag}>"


def text(x: float, y: float, content: str, **values) -> str:
    return element("text", escape(content), x=float(x), y=float(y), **values)
