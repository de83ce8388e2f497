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
    "%(department)s works only backstage in %(stage)s, where customers are unhappy "
    "(%(value)s for %(persona)s): nobody who faces them owns its part"
)
BACKSTAGE_ONLY_HINT = N_(
    "give %(department)s a frontstage step or a touchpoint here, or make it the owner of this stage's fail points, "
    "so the people behind the pain hear the customer"
)

# The blueprint view: lanes from the top, the three lines, the marks.
LANE_EVIDENCE = N_("Physical evidence")
LANE_CUSTOMER = N_("Customer")
LANE_FAILS = N_("Fail points")
LANE_WAITS = N_("Waits")
LANE_FRONTSTAGE = N_("Frontstage")
LANE_BACKSTAGE = N_("Backstage")
LANE_SUPPORT = N_("Support processes")
LINE_INTERACTION = N_("line of interaction")
LINE_VISIBILITY = N_("line of visibility")
LINE_INTERNAL = N_("line of internal interaction")
WHOLE_STAGE = N_("whole stage")
WAIT_TARGET = N_("target %(target)s")
WAIT_FOR = N_("for %(what)s")
FAIL_OWNER = N_("owner: %(owner)s")
FAIL_NO_OWNER = N_("no owner")
FAIL_MITIGATION = N_("mitigation: %(mitigation)s")
FAIL_NO_MITIGATION = N_("no mitigation")
DEPARTMENTS = N_("Departments")
DEPARTMENT_LANES = N_("%(department)s (%(lanes)s)")
NO_BLUEPRINT = N_("This map has no blueprint yet: add `blueprint:` to its touchpoints (see docs/format.md).")
BLUEPRINT_SUMMARY = N_(
    "Service blueprint of %(title)s: %(stages)s, %(departments)s; %(fails)s, %(waits)s; %(counts)s."
)
DEPARTMENT_COUNT = NP_("%(count)d department", "%(count)d departments")
FAIL_COUNT = NP_("%(count)d fail point", "%(count)d fail points")
WAIT_COUNT = NP_("%(count)d wait", "%(count)d waits")
LANE_NAMES = {
    "frontstage": N_("frontstage"),
    "backstage": N_("backstage"),
    "support": N_("support"),
}

# The commands.
BLUEPRINT_FIT_SMALL = N_(
    "the blueprint's smallest text is %(size)s on %(shape)s (%(readable)s reads there): show fewer lanes or "
    "stages, or go through it stage by stage with `journeymap show FILE --view blueprint --stage ID`"
)
BLUEPRINT_NO_COMPARE = N_("--view blueprint draws one state of the journey: leave out --compare and --compare-rev")
BLUEPRINT_FORMATS = N_("--view blueprint draws svg, html, png or pdf, not %(fmt)s")

# The report: what each department takes away from the blueprint.
REPORT_DEPARTMENTS = N_("Departments in the service blueprint")
REPORT_ACTS_IN = N_("Acts in: %(places)s")
REPORT_PLACE = N_("%(stage)s (%(lanes)s)")
REPORT_FAIL = N_("Fail point at %(where)s: %(experience)s (%(mitigation)s)")
REPORT_PAIN = N_("Pain it could fix at %(where)s: %(pain)s")
REPORT_AT_TOUCHPOINT = N_("%(stage)s / %(touchpoint)s")
REPORT_AT_STAGE = N_("%(stage)s / whole stage")
