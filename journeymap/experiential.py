"""Schmitt's five experiential values, with the names CX practice uses for them.

Japanese CX teams name them 感覚的, 情緒的, 創造的・認知的, 肉体的・行動的 and
準拠集団・関係的 (../shared/seeds/001_*.txt), and English material often
writes SENSE, FEEL, THINK, ACT and RELATE in capitals. A map may tag a
touchpoint with any of these names; the model keeps the canonical id.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ExperientialValue:
    id: str
    en: str  # what the value is, in English
    ja: str  # its name in Japanese CX practice
    aliases: tuple[str, ...]  # other Japanese names people write


VALUES: tuple[ExperientialValue, ...] = (
    ExperientialValue("sense", "sensory", "感覚的", ("感覚", "感覚的経験価値")),
    ExperientialValue("feel", "emotional", "情緒的", ("情緒", "情緒的経験価値")),
    ExperientialValue("think", "cognitive, creative", "創造的・認知的", ("創造的認知的", "認知的", "創造的", "創造的・認知的経験価値")),
    ExperientialValue("act", "physical, behavioural", "肉体的・行動的", ("肉体的行動的", "行動的", "肉体的", "肉体的・行動的経験価値")),
    ExperientialValue("relate", "social belonging", "準拠集団・関係的", ("準拠集団関係的", "関係的", "準拠集団", "準拠集団・関係的経験価値")),
)

IDS: tuple[str, ...] = tuple(v.id for v in VALUES)
BY_ID: dict[str, ExperientialValue] = {v.id: v for v in VALUES}
# Every name a map may use -> the canonical id (English names in any case: SENSE, Sense).
ALIASES: dict[str, str] = {
    name: v.id for v in VALUES for name in (v.id.upper(), v.id.title(), v.ja, *v.aliases)
}


def ValueName(value_id: str):  # noqa: N802 - reads as the type of a sentence parameter
    """An experiential value in a sentence: its id in English ("sense"), its Japanese name (感覚的)."""
    from journeymap.i18n import Named

    value = BY_ID.get(value_id)
    return Named(value_id, value.ja if value else None)


def canonical(name: str) -> str | None:
    """The value id ``name`` stands for, or None."""
    name = name.strip()
    if name in BY_ID:
        return name
    return ALIASES.get(name) or (name.lower() if name.lower() in BY_ID else None)
