"""Well-known channels: labels in English and Japanese, and which ones serve the same need.

``channel`` is a free string in a map; the channels below get labels and icons
in the views, and ``same_need`` lets a persona who prefers the phone be served
by a call-centre touchpoint.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class Channel:
    id: str
    en: str
    ja: str
    family: str  # channels in one family serve the same preference


CHANNELS: tuple[Channel, ...] = (
    Channel("web", "Web", "Web", "web"),
    Channel("app", "App", "アプリ", "app"),
    Channel("email", "Email", "メール", "email"),
    Channel("phone", "Phone", "電話", "phone"),
    Channel("call-center", "Call centre", "コールセンター", "phone"),
    Channel("chat", "Chat", "チャット", "chat"),
    Channel("sms", "SMS", "SMS", "sms"),
    Channel("line", "LINE", "LINE", "line"),
    Channel("instagram", "Instagram", "Instagram", "instagram"),
    Channel("x", "X", "X", "x"),
    Channel("youtube", "YouTube", "YouTube", "youtube"),
    Channel("store", "Store", "店舗", "store"),
    Channel("event", "Event", "イベント", "event"),
    Channel("ads", "Ads", "広告", "ads"),
    Channel("review-site", "Review site", "レビューサイト", "review-site"),
    Channel("word-of-mouth", "Word of mouth", "口コミ", "word-of-mouth"),
    Channel("mail", "Mail", "郵便", "mail"),
)

BY_ID: dict[str, Channel] = {c.id: c for c in CHANNELS}

_ALIASES = {
    "call-centre": "call-center",
    "callcenter": "call-center",
    "telephone": "phone",
    "tel": "phone",
    "e-mail": "email",
    "mobile-app": "app",
    "website": "web",
    "twitter": "x",
    "shop": "store",
    "in-store": "store",
    "retail": "store",
    "post": "mail",
    "letter": "mail",
    "live-chat": "chat",
    "reviews": "review-site",
    "referral": "word-of-mouth",
}


@lru_cache(maxsize=4096)  # a map uses a handful of channel names, thousands of times
def normalise(channel: str) -> str:
    """The canonical id of a channel as people write it ("Call Centre" → "call-center")."""
    key = "-".join(channel.strip().lower().replace("_", "-").split())
    return _ALIASES.get(key, key)


@lru_cache(maxsize=4096)
def family(channel: str) -> str:
    key = normalise(channel)
    known = BY_ID.get(key)
    return known.family if known else key


def same_need(a: str, b: str) -> bool:
    """Whether a touchpoint in channel ``a`` serves a persona who prefers channel ``b``."""
    return family(a) == family(b)


def label(channel: str, japanese: bool = False) -> str:
    known = BY_ID.get(normalise(channel))
    if known is None:
        return channel
    return known.ja if japanese else known.en



def ChannelName(channel: str):  # noqa: N802 - reads as the type of a sentence parameter
    """A channel in a sentence: its id in English ("store"), its label in Japanese (店舗)."""
    from journeymap.i18n import Named

    known = BY_ID.get(normalise(channel))
    return Named(channel, known.ja if known else None)
