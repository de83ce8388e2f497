"""Every code journeymap can report, structural (E1xx) and analysis rules (W2xx, I3xx).

One list for `journeymap rules`, `journeymap explain`, the SARIF rule
metadata and docs/rules.md, so that all four describe the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass

from journeymap.findings import Severity
from journeymap.i18n import Series, say, tr
from journeymap.load.structural import CODES
from journeymap.messages import cli as C
from journeymap.rules import RULES
from journeymap.rules.base import Option


@dataclass(frozen=True)
class Entry:
    code: str
    name: str
    severity: Severity
    summary: str
    doc: str
    options: tuple[Option, ...] = ()
    structural: bool = False

    def summary_in(self, lang: str) -> str:
        """The one-line summary in ``lang`` (the English text is the catalogue's msgid)."""
        return tr(lang, say(self.summary))

    def title_in(self, lang: str) -> str:
        """The code's display title in ``lang`` ("Experience differs between channels")."""
        return title(self.code, lang)

    def doc_in(self, lang: str) -> str:
        """The documentation in ``lang``: the rule module's docstring, or its translation."""
        return tr(lang, say(self.doc)) if self.doc else ""


def entries() -> list[Entry]:
    structural = [Entry(c.code, c.name, Severity.ERROR, c.summary, c.doc.strip(), structural=True) for c in CODES]
    rules = [Entry(r.code, r.name, r.severity, r.summary, (r.doc or "").strip(), r.options) for r in RULES]
    return structural + rules


def title(code: str, lang: str) -> str:
    """What people call a code: its display title in ``lang``, or the code itself when it has none."""
    from journeymap.messages.rules import TITLES

    template = TITLES.get(code) or next((r.title for r in RULES if r.code == code and r.title), None)
    return tr(lang, say(template)) if template else code


def display_name(code: str, name: str, lang: str) -> str:
    """How a flag names its rule: the kebab-case name in English (what --select takes), the title otherwise."""
    return name if lang == "en" else title(code, lang)


def find(code_or_name: str) -> Entry | None:
    wanted = code_or_name.strip()
    for entry in entries():
        if wanted.upper() == entry.code or wanted.lower() == entry.name:
            return entry
    return None


def option_in_scale_units(option: Option, value: float, lang: str = "en") -> str:
    """What a relative threshold means on the usual scales: "-0.5 on -2..2, 2.5 on 1..5".

    A distance reads "1.5 points on -2..2, 1.5 points on 1..5"; both come from the
    conversion the rule itself applies (:meth:`Option.in_scale`).
    """
    from journeymap.model import Scale
    from journeymap.scores import score_text

    if not option.relative:
        return ""
    template = C.POINTS_ON if option.measure == "distance" else C.VALUE_ON
    shown = [
        say(template, value=score_text(option.in_scale(Scale(low, high), value)), scale=f"{low}..{high}")
        for low, high in ((-2, 2), (1, 5))
    ]
    return tr(lang, Series(shown))


def sections(doc: str) -> dict[str, str]:
    """A rule's documentation split at its `## Heading` lines ({"": text} when it has none)."""
    parts: dict[str, list[str]] = {}
    current = ""
    for line in doc.splitlines():
        if line.startswith("## "):
            current = line[3:].strip()
            parts[current] = []
        else:
            parts.setdefault(current, []).append(line)
    return {title: "\n".join(lines).strip() for title, lines in parts.items() if "\n".join(lines).strip()}


def description(entry: Entry) -> str:
    """The "What it does" paragraph, or the whole text of a structural code."""
    parts = sections(entry.doc)
    return parts.get("What it does") or f"{entry.summary} {parts.get('', '')}".strip()
