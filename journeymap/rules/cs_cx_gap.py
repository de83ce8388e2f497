"""## What it does
Compares the team's emotion score at a touchpoint with what customers said
in the map's survey data (`data:`), both on the same relative scale, and
flags a touchpoint where they differ by more than a threshold (by default
half the scale's half-range: 1 point on -2..2 or on 1..5), once enough
customers answered (30 by default). CSAT is compared when the touchpoint has
it, else CES, else NPS. Where the data has a segment named like a persona
(its id or name), that persona's score is compared with that segment's
answers; otherwise the touchpoint's average score with every answer.

The relative scale runs from -1 (the bottom) through 0 (the midpoint) to 1
(the top): a CSAT of 2.1 out of 5 is -0.45, -0.9 on a -2..2 map; an NPS of
-20 is -0.2.

## Why it matters
Every score in a map is the team's belief. CS (customer satisfaction)
measures; CX is the whole experience the map describes. Where the two
disagree, the map is wrong about the customer, and decisions made from it go
to the wrong touchpoint: a team that scores its sign-up form +2 while 340
customers rate it 2.1 out of 5 will polish everything but the form.

## Example
```yaml
- id: signup-form
  name: Sign-up form
  emotion: 2          # the team's view
# data/survey.csv: 340 answers, CSAT 2.1 / 5 for signup-form
```

## How to fix
Read the customers' comments for that touchpoint, then correct the score (and
its pain points) to what they say, or find out why this segment differs
from the persona. If customers are happier than the team thinks, learn what
works there.
"""

from __future__ import annotations

from journeymap.findings import Severity
from journeymap.i18n import N_, Choice, say
from journeymap.messages import data as D
from journeymap.metrics import GAP_ORDER, number_text, persona_segments, value_at
from journeymap.rules.base import DISTANCE, PLAIN, Hit, Option, Rule
from journeymap.scores import TOLERANCE, audience, average, score_text, signed, touchpoint_label

GAP = Option("gap", 0.5, N_("Flag differences of more than this fraction of the half-range."), 0.01, 2, measure=DISTANCE)
MIN_ANSWERS = Option("min-answers", 30, N_("Compare only when at least this many customers answered."), 1, 100000, measure=PLAIN)


def check(journey, options):
    measured = journey.measured
    if measured is None:
        return
    scale = journey.scale
    measured_touchpoints = measured.touchpoints()
    for stage, touchpoint in journey.touchpoints():
        if touchpoint.id not in measured_touchpoints or touchpoint.emotion is None:
            continue
        segments = persona_segments(journey, measured, touchpoint.id)
        if segments:
            pairs = [(pid, touchpoint.score(pid), segment) for pid, segment in segments.items()]
        else:
            pairs = [(None, average(touchpoint.emotion.values()), None)]
        for persona_id, team, segment in pairs:
            if team is None:
                continue
            value = _compared(measured, touchpoint.id, segment, options["min-answers"])
            if value is None:
                continue
            difference = scale.relative(team) - value.relative
            if abs(difference) <= options["gap"] + TOLERANCE:
                continue
            params = dict(
                touchpoint=touchpoint_label(touchpoint),
                team=_on(scale, team),
                count=value.n,
                measured=_measured_text(value),
                metric=Choice(value.metric, D.METRIC_NAMES),
                converted=_on(scale, round(scale.absolute(value.relative), 1)),
                scale=str(scale),
            )
            if persona_id is None:
                message = say(D.GAP_ALL, **params)
            else:
                message = say(D.GAP_PERSONA, persona=audience(journey, persona_id), **params)
            hint = say(D.GAP_OPTIMISTIC_HINT if difference > 0 else D.GAP_PESSIMISTIC_HINT)
            yield Hit(touchpoint.span, message, hint, stage=stage, touchpoint=touchpoint)


def _compared(measured, touchpoint_id: str, segment, minimum: float):
    """The first metric of GAP_ORDER with enough answers (of the segment, or of everyone)."""
    from journeymap.survey import ALL

    for metric in GAP_ORDER:
        value = value_at(measured, touchpoint_id, metric, ALL if segment is None else segment)
        if value is not None and value.n >= minimum:
            return value
    return None


def _on(scale, score: float) -> str:
    """A score as the map writes it: signed on a scale around zero (+2, -0.9), plain on 1..5."""
    return signed(score) if scale.min < 0 else score_text(score)


def _measured_text(value):
    if value.metric == "nps":
        return say(D.MEASURED_NPS, value=number_text("nps", value.value))
    return say(D.MEASURED_MEAN, value=number_text(value.metric, value.value), top=value.scale_high)


RULE = Rule(
    "W230",
    "cs-cx-gap",
    Severity.WARNING,
    N_("The map's emotion score and what customers reported disagree."),
    check,
    __doc__,
    (GAP, MIN_ANSWERS),
)
