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

from journeymap.channels import ChannelName, normalise
from journeymap.findings import Severity
from journeymap.i18n import N_, Series, say
from journeymap.messages import rules as M
from journeymap.rules.base import PLAIN, Hit, Option, Rule
from journeymap.scores import stage_label


def check(journey, options):
    for stage in journey.stages:
        channels = sorted({normalise(tp.channel) for tp in stage.touchpoints if tp.channel})
        if channels and len(channels) < options["min-channels"]:
            yield Hit(
                stage.span,
                say(M.SINGLE_CHANNEL, stage=stage_label(stage), channels=Series(ChannelName(c) for c in channels)),
                say(M.SINGLE_CHANNEL_HINT),
                stage=stage,
            )


RULE = Rule(
    "W204",
    "single-channel-stage",
    Severity.WARNING,
    N_("A stage is reachable through only one channel."),
    check,
    __doc__,
    (Option("min-channels", 2, N_("Flag stages using fewer distinct channels than this."), 1, 20, measure=PLAIN),),
)
