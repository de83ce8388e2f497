"""## What it does
Points out emotion scores that have no `evidence`. When no touchpoint in the
map has evidence, it says so once for the whole map; otherwise it names each
scored touchpoint without evidence.

## Why it matters
A score without research behind it is a hypothesis. That is fine in a first
workshop, but decisions and budgets should rest on scores backed by surveys,
interviews or analytics (CSAT, NPS, support logs).

## Example
```yaml
evidence: {source: Post-purchase survey 2026-10, n: 120, csat: 4.2}
```

## How to fix
Add `evidence:` to the touchpoint: the source, and where you have them the
date, sample size and measured CSAT or NPS.
"""

from __future__ import annotations

from ..analysis import is_scored, touchpoint_label
from ..findings import Severity
from .base import Hit, Rule


def check(journey, options):
    scored = [(stage, tp) for stage, tp in journey.touchpoints() if is_scored(tp)]
    if not scored:
        return
    if not any(tp.evidence for _, tp in journey.touchpoints()):
        yield Hit(
            journey.span,
            f"none of the {len(scored)} scored touchpoints has evidence: the scores are hypotheses",
            "add `evidence:` (survey, interviews, analytics) to the touchpoints that matter most",
        )
        return
    for stage, touchpoint in scored:
        if not touchpoint.evidence:
            yield Hit(
                touchpoint.span,
                f"{touchpoint_label(touchpoint)} is scored without evidence",
                "add `evidence:` with the source of the score",
                stage=stage,
                touchpoint=touchpoint,
            )


RULE = Rule("I301", "unevidenced-score", Severity.INFO, "Emotion scores without evidence.", check, __doc__)
