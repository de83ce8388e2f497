"""## What it does
Flags a touchpoint that hurts but has no opportunity: it has pain points, or
a score below neutral for some persona, and its `opportunities` list is empty.

## Why it matters
A journey map exists to change the journey. A pain point without an
opportunity is a complaint; with an opportunity it is a backlog item a team
can pick up.

## Example
```yaml
- id: security-review
  name: Security questionnaire
  emotion: -1
  pain_points: [Three-week wait for answers]
```

## How to fix
Add `opportunities:` with what the company could do here, even a first idea.
"""

from __future__ import annotations

from journeymap.findings import Severity
from journeymap.i18n import N_, Quoted, Series, say
from journeymap.messages import rules as M
from journeymap.rules.base import Hit, Option, Rule
from journeymap.scores import audience, below, score_text, touchpoint_label


def check(journey, options):
    scale = journey.scale
    for stage, touchpoint in journey.touchpoints():
        if touchpoint.opportunities:
            continue
        reasons = []
        if touchpoint.pain_points:
            reasons.append(say(M.UNADDRESSED_PAIN_POINT, pain=Quoted(touchpoint.pain_points[0])))
        for persona_id in journey.persona_ids:
            score = touchpoint.score(persona_id)
            if score is not None and below(scale.relative(score), options["threshold"]):
                reasons.append(say(M.UNADDRESSED_PAIN_SCORE, value=score_text(score), persona=audience(journey, persona_id)))
        if reasons:
            yield Hit(
                touchpoint.span,
                say(M.UNADDRESSED_PAIN, touchpoint=touchpoint_label(touchpoint), reasons=Series(reasons, ("; ", "、"))),
                say(M.UNADDRESSED_PAIN_HINT),
                stage=stage,
                touchpoint=touchpoint,
            )


RULE = Rule(
    "W206",
    "unaddressed-pain",
    Severity.WARNING,
    N_("A touchpoint with pain points or a negative score has no opportunity."),
    check,
    __doc__,
    (Option("threshold", 0.0, N_("Scores below this fraction of the half-range count as pain."), -1, 1),),
)
