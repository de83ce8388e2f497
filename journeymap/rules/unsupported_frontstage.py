"""## What it does
Flags a touchpoint whose blueprint has frontstage actions but no backstage
action and no support process, where the touchpoint hurts: it has pain
points, or a score below neutral for some persona.

## Why it matters
What the customer sees is only the top of the service: the frontstage works
because someone prepares it out of sight and a system carries it. A painful
touchpoint with nothing written behind its frontstage is usually one where
nobody has looked behind the counter, so the fix is guessed at the surface
(a friendlier script) instead of where the pain is made.

## Example
```yaml
- id: hotline
  name: Hotline
  emotion: -1
  pain_points: [Has to repeat the order number twice]
  blueprint:
    frontstage: Agent takes the call
```

## How to fix
Write what happens behind it: `backstage:` (who prepares, checks, hands
over) and `support:` (which system, which partner). If nothing supports it
yet, add a `fail_points:` entry that says so. Backstage work written on the
stage does not count: say which touchpoint it serves.
"""

from __future__ import annotations

from journeymap.findings import Severity
from journeymap.i18n import N_, Quoted, Series, say
from journeymap.messages import blueprint as B
from journeymap.messages import rules as M
from journeymap.rules.base import Hit, Option, Rule
from journeymap.scores import audience, below, score_text, touchpoint_label


def check(journey, options):
    scale = journey.scale
    for stage, touchpoint in journey.touchpoints():
        blueprint = touchpoint.blueprint
        if blueprint is None or not blueprint.frontstage or blueprint.backstage or blueprint.support:
            continue
        reasons = [say(M.UNADDRESSED_PAIN_POINT, pain=Quoted(pain)) for pain in touchpoint.pain_points[:1]]
        for persona_id in journey.persona_ids:
            score = touchpoint.score(persona_id)
            if score is not None and below(scale.relative(score), options["threshold"]):
                reasons.append(say(M.UNADDRESSED_PAIN_SCORE, value=score_text(score), persona=audience(journey, persona_id)))
        if reasons:
            first = blueprint.frontstage[0]
            yield Hit(
                first.span or touchpoint.span,
                say(B.UNSUPPORTED_FRONTSTAGE, touchpoint=touchpoint_label(touchpoint), reasons=Series(reasons, ("; ", "、"))),
                say(B.UNSUPPORTED_FRONTSTAGE_HINT, action=Quoted(first.action)),
                stage=stage,
                touchpoint=touchpoint,
            )


RULE = Rule(
    "W220",
    "unsupported-frontstage",
    Severity.WARNING,
    N_("A painful touchpoint's frontstage has no backstage action or support process behind it."),
    check,
    __doc__,
    (Option("threshold", 0.0, N_("Scores below this fraction of the half-range count as pain."), -1, 1),),
    title=N_("Frontstage with nothing behind it"),
)
