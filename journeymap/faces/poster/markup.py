"""Building SVG text safely: every user string goes through :func:`escape` here.

XML 1.0 cannot carry most control characters at all, so they are dropped
rather than escaped; `]]>`, quotes and angle brackets become entities, so map
text can never close an element, open a tag or start a script.
"""

from __future__ import annotations

# One pass in C: entities for the five XML specials; characters XML 1.0 cannot carry dropped.
_TABLE = {ord("&"): "&amp;", ord("<"): "&lt;", ord(">"): "&gt;", ord('"'): "&quot;", ord("'"): "&#39;"}
_TABLE.update(dict.fromkeys([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F], None))
_TABLE.update(dict.fromkeys([*range(0xD800, 0xE000), 0xFFFE, 0xFFFF], None))


def escape(text: str) -> str:
    return str(text).translate(_TABLE)


def num(value: float) -> str:
    """Coordinates with at most one decimal, no trailing zeros: identical bytes everywhere."""
    rounded = round(value, 1)
    whole = int(rounded)
    return str(whole) if whole == rounded else str(rounded)


_NAMES: dict[str, str] = {}


def attrs(**values) -> str:
    """ key="value" pairs; underscores in names become dashes, None values are left out."""
    parts = []
    for key, value in values.items():
        if value is None:
            continue
        name = _NAMES.get(key)
        if name is None:
            name = _NAMES[key] = key.rstrip("_").replace("_", "-")
        shown = num(value) if isinstance(value, float) else escape(str(value))
        parts.append(f' {name}="{shown}"')
    return "".join(parts)


def element(tag: str, content: str | None = None, **values) -> str:
    if content is None:
        return f"<{tag}{attrs(**values)}/>"
    return f"<{tag}{attrs(**values)}>{content}</{tag}>"


def text(x: float, y: float, content: str, **values) -> str:
    return text_with(x, y, content, attrs(**values) if values else "")


def text_with(x: float, y: float, content: str, extra: str) -> str:
    """A text element whose other attributes were formatted once with :func:`attrs`
    (the poster draws tens of thousands of texts sharing a handful of styles)."""
    return f'<text x="{num(x)}" y="{num(y)}"{extra}>{escape(content)}</text>'

