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

# Rules. ``where`` is a quoted touchpoint or stage name; ``fail`` a quoted fail point.
UNSUPPORTED_FRONTSTAGE = N_(
    "%(touchpoint)s hurts (%(reasons)s) and its frontstage has nothing behind it: no backstage action, no support process"
)
UNSUPPORTED_FRONTSTAGE_HINT = N_(
    "add the backstage actions and support processes that deliver %(action)s (who prepares it, which system), "
    "or a fail point if nothing does yet"
)
FAIL_POINT_UNMANAGED = N_("the fail point %(fail)s at %(where)s has no owner and no mitigation")
FAIL_POINT_NO_OWNER = N_("the fail point %(fail)s at %(where)s has no owner")
FAIL_POINT_NO_MITIGATION = N_("the fail point %(fail)s at %(where)s has no mitigation")
FAIL_POINT_UNMANAGED_HINT = N_(
    "add `owner:` (the department that prevents it) and `mitigation:` (what limits the damage when it happens)"
)
FAIL_POINT_NO_OWNER_HINT = N_("add `owner:` with the department that prevents it and answers for it")
FAIL_POINT_NO_MITIGATION_HINT = N_("add `mitigation:` with what prevents it or limits the damage when it happens")
WAIT_OVER = N_("customers wait %(duration)s at %(where)s, longer than the %(target)s target")
WAIT_FOR_OVER = N_("customers wait %(duration)s for %(what)s at %(where)s, longer than the %(target)s target")
WAIT_OVER_HINT = N_(
    "shorten the wait (a hand-off less, a step automated), tell customers how long it takes, or correct the target"
)
MANY_HANDOFFS = NP_(
    "delivering %(touchpoint)s passes through %(count)d department (%(departments)s), more than %(limit)s",
    "delivering %(touchpoint)s passes through %(count)d departments (%(departments)s), more than %(limit)s",
)
MANY_HANDOFFS_HINT = N_(
    "every hand-off is a place where the experience can break: give one department the whole touchpoint, "
    "or name who owns each hand-off"
)
BACKSTAGE_ONLY = N_(
    "%(department)s works only behind the line of visibility in %(stage)s, where customers are unhappy "
    "(%(value)s for %(persona)s): nobody who faces them owns its part"
)
BACKSTAGE_ONLY_HINT = N_(
    "give %(department)s a frontstage step or a touchpoint here, or make it the owner of this stage's fail points, "
    "so the people behind the pain hear the customer"
)
