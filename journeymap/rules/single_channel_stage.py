"""## What it does
Flags a stage whose touchpoints all use one channel (touchpoints without a
`channel` are not counted).

## Why it matters
Customers do not all use the same channels: one discovers brands on
Instagram, another prefers to phone. A stage reachable through a single
channel shuts out everyone who does not use it: an omnichannel gap.

## Example
```yaml
- id: purchase
  name: Purchase
  touchpoints:
    - {id: web-checkout, name: Checkout, channel: web}
    - {id: web-confirm, name: Confirmation page, channel: web}
```

## How to fix
Offer a second channel for the stage (phone or store for customers who want
a person, the app for mobile customers). If one channel is deliberate, say so
with `ignore: [W204]` on the stage.
"""

from __future__ import annotations

from journeymap.channels import normalise
from journeymap.findings import Severity
from journeymap.rules.base import PLAIN, Hit, Option, Rule
from journeymap.scores import stage_label


def check(journey, options):
    for stage in journey.stages:
        channels = sorted({normalise(tp.channel) for tp in stage.touchpoints if tp.channel})
        if channels and len(channels) < options["min-channels"]:
            used = ", ".join(channels)
            yield Hit(
                stage.span,
                f"the {stage_label(stage)} stage is only reachable through {used}",
                "offer another channel for customers who do not use it, or add `ignore: [W204]` "
                "to the stage if one channel is deliberate",
                stage=stage,
            )


RULE = Rule(
    "W204",
    "single-channel-stage",
    Severity.WARNING,
    "A stage is reachable through only one channel.",
    check,
    __doc__,
    (Option("min-channels", 2, "Flag stages using fewer distinct channels than this.", 1, 20, measure=PLAIN),),
)
