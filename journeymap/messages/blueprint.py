"""What service blueprints say: durations, the loader's mistakes, the rules (W220-W224), the lanes
and lines of the blueprint view, and the report per department.

``touchpoint``, ``stage`` and ``department`` are quoted names (Quoted); durations
are said per language (``journeymap.load.durations.DurationText``).
"""

from journeymap.i18n import N_, NP_

# Objects, as the loader's messages name them ("unknown field `x` in an action").
OBJECT = {
    "blueprint": N_("blueprint"),
    "action": N_("action"),
    "fail point": N_("fail point"),
    "wait": N_("wait"),
}
AN_OBJECT = {
    "blueprint": N_("a blueprint"),
    "action": N_("an action"),
    "fail point": N_("a fail point"),
    "wait": N_("a wait"),
}
OBJECTS = {
    "wait": N_("a list of waits"),
}

# The loader: items and durations.
TEXT_OR_MAPPINGS = N_("text, a mapping or a list of them")
TEXT_OR_MAPPING = N_("text or a mapping")
HINT_ITEMS = N_("write one text, or one '- ' line per item: text, or `{%(field)s: …}` with more fields")
A_DURATION = N_("a duration such as 15min")
NO_UNIT = N_("`%(field)s: %(value)s` has no unit: %(value)s what?")
NO_UNIT_HINT = N_("write %(value)smin, %(value)sh or %(value)sd (or ISO 8601: PT%(value)sM)")
NOT_A_DURATION = N_("`%(value)s` is not a duration")
DURATION_HINT = N_(
    "write a number and a unit: 30s, 15min, 2h, 3d, 1w, 1h30min (or 15分, 2時間, 3日), or ISO 8601 such as PT15M"
)
CALENDAR_DURATION = N_("`%(value)s` counts months or years, which have no fixed length")
CALENDAR_DURATION_HINT = N_("write days or weeks instead: 30d, 4w")

# Durations, said the short way a poster has room for.
WEEKS = N_("%(count)s w")
DAYS = N_("%(count)s d")
HOURS = N_("%(count)s h")
MINUTES = N_("%(count)s min")
SECONDS = N_("%(count)s s")
