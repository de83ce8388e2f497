"""## What it does
Reports, for each data file, the answers that cannot be used: answers that
are not numbers ("n/a", "very good"), answers outside their metric's scale
(11 for NPS, 6 on a 1..5 CSAT, 3.5 between two points), rows with fewer
cells than the header, and dates that no calendar has (2026-13-45: the
answers count, the date is left out of the survey's date range). Each kind is one finding, at the first such line of
the data file, with how many there are. Blank answers are not reported
(people skip questions), but every report counts them.

## Why it matters
These answers are left out of every metric, never averaged in silently. A
handful is normal in a real export; many of them mean the export or the
`scales:` is wrong, and the metrics rest on fewer answers than the file
holds.

## Example
```
touchpoint,metric,score
checkout,nps,10
checkout,nps,n/a      <- not a number
checkout,csat,6       <- outside 1..5
```

## How to fix
Correct the answers in the survey tool or the export. When every CSAT answer
above 5 is flagged, the survey used 1..7: say `scales: {csat: 7}`.
"""

from __future__ import annotations

from journeymap.findings import Severity
from journeymap.i18n import N_, Choice, Quoted, say
from journeymap.messages import data as D
from journeymap.rules.base import Hit, Rule
from journeymap.survey import BAD_DATE, NOT_A_NUMBER, OUT_OF_RANGE, SHORT_ROW, bottom


def check(journey, options):
    if journey.measured is None:
        return
    for source in journey.measured.sources:
        for problem in source.problems:
            params = dict(count=problem.count, path=source.path)
            if problem.kind == NOT_A_NUMBER:
                message = say(D.NOT_NUMBERS, value=Quoted(problem.value), **params)
            elif problem.kind == OUT_OF_RANGE:
                metric = problem.metric
                message = say(
                    D.OUT_OF_SCALE,
                    value=Quoted(problem.value),
                    metric=Choice(metric, D.METRIC_NAMES),
                    low=bottom(metric),
                    top=source.data.top(metric),
                    **params,
                )
            elif problem.kind == SHORT_ROW:
                message = say(D.SHORT_ROWS, **params)
            elif problem.kind == BAD_DATE:
                message = say(D.BAD_DATES, value=Quoted(problem.value), **params)
            else:
                continue
            hint = {OUT_OF_RANGE: D.OUT_OF_SCALE_HINT, BAD_DATE: D.BAD_DATES_HINT}.get(problem.kind, D.UNUSABLE_HINT)
            yield Hit(problem.span, message, say(hint))


RULE = Rule("W232", "unusable-answers", Severity.WARNING, N_("Survey answers that cannot be used."), check, __doc__)
