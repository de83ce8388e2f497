"""## What it does
Flags an entry of a stage's or touchpoint's `ignore:` list that suppressed
nothing: the rule it names found no problem there, the code names no rule,
or it names a structural error (E1xx, which cannot be ignored).

## Why it matters
Suppressions rot: the problem gets fixed, the `ignore:` stays, and the next
time the problem comes back nobody hears about it.

## Example
```yaml
- id: purchase
  name: Purchase
  ignore: [W204]       # but the stage now has two channels
```

## How to fix
Delete the entry. Entries for rules that are switched off (by `select` or
`ignore` in the configuration) are not reported.
"""

from __future__ import annotations

from journeymap.findings import Severity
from journeymap.i18n import N_
from journeymap.rules.base import Rule


def check(journey, options):
    # The engine knows which suppressions were used; it reports this rule itself.
    return ()


RULE = Rule("W213", "unused-ignore", Severity.WARNING, N_("An `ignore:` entry suppresses nothing."), check, __doc__)
