"""## What it does
Points out emotion scores that have no `evidence`, once for the whole map:
how many scored touchpoints lack evidence, and in which stages. The count
falls as evidence is added; when every scored touchpoint has evidence, the
finding goes away.

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
date, sample size and measured CSAT or NPS. Start with the stages where the
map will drive a decision. Survey answers attached with `data:` count as
evidence for a touchpoint once enough customers answered about it
(`min-answers`, 30 by default).
"""

from __future__ import annotations

from journeymap.findings import Severity
from journeymap.i18n import N_, Series, say
from journeymap.messages import rules as M
from journeymap.metrics import answers_at
from journeymap.rules.base import PLAIN, Hit, Option, Rule
from journeymap.scores import is_scored, stage_label

_STAGES_NAMED = 3  # stages named in the message; the rest are counted


def check(journey, options):
    scored = missing = 0
    by_stage: list = []
    measured, enough = journey.measured, options["min-answers"]
    for stage in journey.stages:
        without = 0
        for touchpoint in stage.touchpoints:
            if is_scored(touchpoint):
                scored += 1
                without += not touchpoint.evidence and not (measured and answers_at(measured, touchpoint.id) >= enough)
        if without:
            by_stage.append((stage_label(stage), without))
            missing += without
    if not missing:
        return
    if missing == scored:
        yield Hit(journey.span, say(M.NO_EVIDENCE, count=scored), say(M.NO_EVIDENCE_HINT))
        return
    where = [say(M.EVIDENCE_STAGE, stage=label, missing=count) for label, count in by_stage[:_STAGES_NAMED]]
    more = len(by_stage) - _STAGES_NAMED
    if more > 0:
        where.append(say(M.EVIDENCE_MORE_STAGES, count=more))
    yield Hit(
        journey.span,
        say(M.SOME_EVIDENCE, count=missing, scored=scored, where=Series(where)),
        say(M.SOME_EVIDENCE_HINT),
    )


RULE = Rule(
    "I301",
    "unevidenced-score",
    Severity.INFO,
    N_("Emotion scores without evidence."),
    check,
    __doc__,
    (Option("min-answers", 30, N_("Survey answers (data:) about a touchpoint count as evidence from this many."), 1, 100000, measure=PLAIN),),
)
