"""What the rules say about what a map covers: its scope, and fields most of its touchpoints lack.

A field missing from every touchpoint (a map imported from a Mermaid diagram has
no owners) is one finding about the map, not one per touchpoint.
"""

from journeymap.i18n import N_, NP_

# W207 unowned-touchpoint, for the whole map.
NO_OWNERS = NP_(
    "the touchpoint has no owner",
    "no touchpoint has an owner (%(count)d touchpoints)",
)
FEW_OWNERS = NP_(
    "%(missing)d of %(count)d touchpoint has no owner",
    "%(missing)d of %(count)d touchpoints have no owner",
)
OWNERS_HINT = N_(
    "add `owner:` with the department that improves each touchpoint (marketing, sales, support, product, …); "
    "until most touchpoints have one, this is reported once for the map"
)

# W212 unscored-touchpoint, for the whole map.
NO_SCORES = NP_(
    "the touchpoint has no emotion score",
    "no touchpoint has an emotion score (%(count)d touchpoints)",
)
FEW_SCORES = NP_(
    "%(missing)d of %(count)d touchpoint has no emotion score",
    "%(missing)d of %(count)d touchpoints have no emotion score",
)
SCORES_HINT = N_(
    "add `emotion:` with a number from %(low)s to %(high)s, or one per persona; until most touchpoints "
    "are scored, this is reported once for the map"
)

# W209 no-post-purchase, and the map's scope.
NO_POST_PURCHASE_IN_SCOPE = N_(
    "the map's scope includes %(phases)s, but no stage comes after the purchase"
)
NO_POST_PURCHASE_SCOPE_HINT = N_(
    "add the post-purchase stages, set `phase:` on stages whose id is not a phase name, "
    "or state the part of the journey the map covers with `scope:` (for example `scope: [awareness, purchase]`)"
)

# W210 negative-ending, when the persona's last scored stage is not the map's last stage.
NEGATIVE_ENDING_EARLIER = N_(
    "the journey ends below neutral for %(persona)s: %(stage)s, the last stage with a score for %(persona)s, "
    "averages %(value)s"
)
