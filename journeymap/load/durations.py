"""Durations as people write them in a blueprint, and as journeymap says them back.

Accepted: a number and a unit, several in a row (``30s``, ``15min``, ``15 m``,
``2h``, ``1h30min``, ``3d``, ``1w``, ``1.5h``), the same in Japanese (``15分``,
``2時間``, ``3日``, ``1週間``, ``1時間30分``), and ISO 8601 durations without
calendar parts (``PT15M``, ``P3D``, ``P1DT2H``, ``P2W``). Full-width digits
and letters are read as their half-width forms. Months and years are refused:
they have no fixed length, so a target in months could not be compared.

A day is 24 hours and a week 7 days: waits are elapsed time.
"""

from __future__ import annotations

import re
import unicodedata

from journeymap.i18n import Series, say
from journeymap.messages import blueprint as B

SECOND, MINUTE, HOUR, DAY, WEEK = 1, 60, 3600, 86400, 604800

# Unit words (lower case) -> seconds; None marks calendar units, which are refused.
UNITS: dict[str, int | None] = {
    **dict.fromkeys(("s", "sec", "secs", "second", "seconds", "秒", "秒間"), SECOND),
    **dict.fromkeys(("m", "min", "mins", "minute", "minutes", "分", "分間"), MINUTE),
    **dict.fromkeys(("h", "hr", "hrs", "hour", "hours", "時間"), HOUR),
    **dict.fromkeys(("d", "day", "days", "日", "日間"), DAY),
    **dict.fromkeys(("w", "wk", "wks", "week", "weeks", "週", "週間"), WEEK),
    **dict.fromkeys(("mo", "month", "months", "ヶ月", "か月", "カ月", "ヵ月", "y", "yr", "yrs", "year", "years", "年"), None),
}
_NUMBER = r"\d+(?:\.\d+)?"
# Longest unit words first, so "min" is not read as "m" followed by "in".
_UNIT = "|".join(sorted((re.escape(u) for u in UNITS), key=len, reverse=True))
_PART = re.compile(rf"\s*({_NUMBER})\s*({_UNIT})\s*")
_ISO = re.compile(rf"^P(?:({_NUMBER})Y)?(?:({_NUMBER})M)?(?:({_NUMBER})W)?(?:({_NUMBER})D)?(?:T(?:({_NUMBER})H)?(?:({_NUMBER})M)?(?:({_NUMBER})S)?)?$")
_ISO_UNITS = (None, None, WEEK, DAY, HOUR, MINUTE, SECOND)

OK, NO_UNIT, CALENDAR, INVALID = "ok", "no-unit", "calendar", "invalid"


def parse_duration(text: str) -> tuple[float | None, str]:
    """(seconds, OK) for a duration, or (None, why not): NO_UNIT, CALENDAR or INVALID."""
    plain = unicodedata.normalize("NFKC", text).strip()
    if re.fullmatch(_NUMBER, plain):
        return None, NO_UNIT
    if plain[:1] in ("P", "p"):
        return _iso(plain.upper())
    lowered = plain.lower()
    position, seconds, calendar = 0, 0.0, False
    while position < len(lowered):
        part = _PART.match(lowered, position)
        if part is None or part.end() == position:
            return None, INVALID
        unit = UNITS[part.group(2)]
        if unit is None:
            calendar = True
        else:
            seconds += float(part.group(1)) * unit
        position = part.end()
    if position == 0:
        return None, INVALID
    return (None, CALENDAR) if calendar else (seconds, OK)


def _iso(text: str) -> tuple[float | None, str]:
    match = _ISO.match(text)
    if match is None or not any(match.groups()) or text.endswith("T"):
        return None, INVALID
    if match.group(1) or match.group(2):
        return None, CALENDAR
    seconds = sum(float(value) * unit for value, unit in zip(match.groups(), _ISO_UNITS) if value and unit)
    return seconds, OK


def canonical(seconds: float) -> str:
    """A duration as journeymap writes it: 15min, 1h30min, 3d, 2w."""
    return "".join(f"{count}{unit}" for count, unit in _parts(seconds, ("w", "d", "h", "min", "s"))) or "0min"


def _parts(seconds: float, names) -> list[tuple[str, object]]:
    """(count, name) from the largest unit down; weeks only for whole weeks, seconds only when left over."""
    whole = round(seconds)
    if whole != seconds:
        return [(f"{seconds:g}", names[4])]
    if whole and whole % WEEK == 0:
        return [(str(whole // WEEK), names[0])]
    out = []
    for size, name in ((DAY, names[1]), (HOUR, names[2]), (MINUTE, names[3]), (SECOND, names[4])):
        if whole >= size:
            out.append((str(whole // size), name))
            whole %= size
    return out


class DurationText:
    """A duration said per language: "1 h 30 min", "1時間30分" (a message parameter)."""

    __slots__ = ("seconds",)

    def __init__(self, seconds: float):
        self.seconds = seconds

    def say(self, lang: str) -> str:
        from journeymap.i18n import tr

        templates = (B.WEEKS, B.DAYS, B.HOURS, B.MINUTES, B.SECONDS)
        parts = [say(template, count=count) for count, template in _parts(self.seconds, templates)] or [
            say(B.MINUTES, count="0")
        ]
        return tr(lang, Series(parts, (" ", "")))

    def __eq__(self, other) -> bool:
        return isinstance(other, DurationText) and other.seconds == self.seconds

    def __hash__(self) -> int:
        return hash(("DurationText", self.seconds))

    def __repr__(self) -> str:
        return f"DurationText({self.seconds!r})"


def schema_pattern() -> str:
    """A JSON Schema pattern (ECMA 262, no flags) that accepts what :func:`parse_duration` accepts.

    Calendar units are left out; letters match in either case; full-width digits are allowed.
    """

    def either_case(word: str) -> str:
        return "".join(f"[{c.lower()}{c.upper()}]" if c.isascii() and c.isalpha() else re.escape(c) for c in word)

    digits = "[0-9０-９]+(?:[.．][0-9０-９]+)?"
    units = "|".join(either_case(u) for u in sorted((u for u, s in UNITS.items() if s), key=len, reverse=True))
    plain = rf"(?:\s*{digits}\s*(?:{units})\s*)+"
    n = digits
    iso = rf"[pP](?=[0-9０-９tT])(?:{n}[wW])?(?:{n}[dD])?(?:[tT](?=[0-9０-９])(?:{n}[hH])?(?:{n}[mM])?(?:{n}[sS])?)?"
    return rf"^(?:{plain}|\s*{iso}\s*)$"
