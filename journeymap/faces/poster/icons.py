"""Channel icons, drawn as small strokes in a 14x14 box (no fonts, no images, no network).

Related channels share an icon (a call centre looks like a phone); unknown
channels get a plain dot and their name as the label.
"""

from __future__ import annotations

from journeymap.channels import family

_ENVELOPE = '<rect x="1" y="3" width="12" height="8" rx="1"/><path d="M1 3.5 7 8l6-4.5"/>'
_BUBBLE = '<path d="M2 2.5h10V9H6l-2.5 2.5V9H2z"/>'

ICONS = {
    "web": '<circle cx="7" cy="7" r="5.8"/><ellipse cx="7" cy="7" rx="2.6" ry="5.8"/><path d="M1.2 7h11.6"/>',
    "app": '<rect x="3.5" y="1" width="7" height="12" rx="1.5"/><path d="M6 11h2"/>',
    "email": _ENVELOPE,
    "mail": _ENVELOPE + '<rect x="9.5" y="4.5" width="2" height="2"/>',
    "phone": '<path d="M4 1.5h2l1 3-1.5 1c.8 2 1.5 2.7 3 3l1-1.5 3 1v2c0 1.5-1.5 2.5-3 2.2C5.5 11.5 2.5 8.5 1.8 4.5 1.5 3 2.5 1.5 4 1.5z"/>',
    "chat": _BUBBLE,
    "sms": _BUBBLE + '<path d="M4.5 5.7h5"/>',
    "line": _BUBBLE + '<path d="M4.5 4.5v2.5h2M8 4.5v2.5"/>',
    "instagram": '<rect x="1.5" y="1.5" width="11" height="11" rx="3"/><circle cx="7" cy="7" r="2.6"/><path d="M10.2 3.8h.1"/>',
    "x": '<path d="M2 2l10 10M12 2 2 12"/>',
    "youtube": '<rect x="1" y="3" width="12" height="8" rx="2"/><path d="M6 5.2 9.2 7 6 8.8z"/>',
    "ads": '<path d="M2 5.5h2.5L10 2.5v9L4.5 8.5H2zM4.5 8.5l1 3.5"/>',
    "store": '<path d="M1.5 5.5 3 1.5h8l1.5 4zM2.5 5.5v7h9v-7M5.5 12.5v-4h3v4"/>',
    "event": '<rect x="1.5" y="2.5" width="11" height="10" rx="1"/><path d="M1.5 5.5h11M4.5 1v3M9.5 1v3"/>',
    "review-site": '<path d="M7 1.2 8.7 5l4.1.3-3.1 2.7.9 4L7 9.9 3.4 12l.9-4-3.1-2.7L5.3 5z"/>',
    "word-of-mouth": '<path d="M1.5 2h7v5h-4l-2 2V7h-1zM9.5 5h3v5h-1v2l-2-2H6V8"/>',
}
_UNKNOWN = '<circle cx="7" cy="7" r="2.5"/>'


def icon(channel: str | None, x: float, y: float, color: str) -> str:
    """The channel's icon with its top-left corner at (x, y)."""
    shapes = ICONS.get(family(channel), _UNKNOWN) if channel else _UNKNOWN
    return (
        f'<g transform="translate({x:g} {y:g})" fill="none" stroke="{color}" stroke-width="1.3" '
        f'stroke-linecap="round" stroke-linejoin="round">{shapes}</g>'
    )
