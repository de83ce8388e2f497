"""The canonical journey phases, their labels in English and Japanese, and inference."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Phase:
    id: str
    en: str
    ja: str
    post_purchase: bool


PHASES: tuple[Phase, ...] = (
    Phase("awareness", "Awareness", "認知", False),
    Phase("interest", "Interest", "興味・関心", False),
    Phase("consideration", "Consideration", "比較・検討", False),
    Phase("purchase", "Purchase", "購入", False),
    Phase("onboarding", "Onboarding", "導入", True),
    Phase("usage", "Usage", "利用", True),
    Phase("support", "Support", "サポート", True),
    Phase("retention", "Retention", "継続・リピート", True),
    Phase("advocacy", "Advocacy", "推奨・口コミ", True),
)

BY_ID: dict[str, Phase] = {p.id: p for p in PHASES}
PHASE_IDS: tuple[str, ...] = tuple(BY_ID)
ORDER: dict[str, int] = {p.id: i for i, p in enumerate(PHASES)}

# Stage ids people commonly use for a canonical phase.
_SYNONYMS = {
    "discovery": "awareness",
    "discover": "awareness",
    "aware": "awareness",
    "research": "consideration",
    "compare": "consideration",
    "comparison": "consideration",
    "evaluation": "consideration",
    "evaluate": "consideration",
    "buy": "purchase",
    "checkout": "purchase",
    "signup": "purchase",
    "sign-up": "purchase",
    "onboard": "onboarding",
    "setup": "onboarding",
    "use": "usage",
    "using": "usage",
    "service": "support",
    "help": "support",
    "loyalty": "retention",
    "renewal": "retention",
    "repeat": "retention",
    "referral": "advocacy",
    "recommend": "advocacy",
    "recommendation": "advocacy",
    "word-of-mouth": "advocacy",
}
_BY_LABEL = {label: p.id for p in PHASES for label in (p.ja, p.en.lower())}


def infer_phase(stage_id: str, stage_name: str) -> str | None:
    """The canonical phase a stage's id or name names, if any."""
    if stage_id in BY_ID:
        return stage_id
    if stage_id in _SYNONYMS:
        return _SYNONYMS[stage_id]
    name = stage_name.strip()
    return _BY_LABEL.get(name) or _BY_LABEL.get(name.lower())


def PhaseName(phase_id: str):  # noqa: N802 - reads as the type of a sentence parameter
    """A phase in a sentence: its id in English ("interest"), its name in Japanese (興味・関心)."""
    from journeymap.i18n import Named

    phase = BY_ID.get(phase_id)
    return Named(phase_id, phase.ja if phase else None)


def phase_for_label(label: str) -> str | None:
    """The phase id whose English or Japanese label is ``label`` (for hints)."""
    return _BY_LABEL.get(label.strip()) or _BY_LABEL.get(label.strip().lower())
