"""What `journeymap backlog` says: priority bands, the description a tracker issue carries, the markdown.

``journey``, ``stage``, ``touchpoint`` and ``owner`` are names from the maps,
shown as they are written (the description is a field of its own in a tracker).
"""

from journeymap.i18n import N_, NP_

# The priority bands, named as Jira names its default priorities (a CSV import maps them as they are).
BAND_HIGHEST = N_("Highest")
BAND_HIGH = N_("High")
BAND_MEDIUM = N_("Medium")
BAND_LOW = N_("Low")
BAND_LOWEST = N_("Lowest")

# The description of one work item (CSV, JSON): one line each.
FROM_JOURNEY = N_("Opportunity from the journey map %(journey)s (%(path)s).")
WHERE = N_("Where: stage %(stage)s, touchpoint %(touchpoint)s, channel %(channel)s, owner %(owner)s.")
PAINS_HERE = N_("Pain points at this touchpoint: %(pains)s.")
NO_PAINS_HERE = N_("No pain point is recorded at this touchpoint.")
SCORES = N_(
    "Scores on the map's scale %(scale)s: worst %(worst)s, stage average %(average)s; "
    "%(below)d of %(personas)d personas below neutral."
)
NOT_SCORED = N_("Not scored yet: the priority comes from its pain points alone.")
PRIORITY_WHY = N_(
    "Priority %(priority)s (%(band)s) = 40 × depth %(depth)s + 20 × reach %(reach)s "
    "+ 20 × weak stage %(stage)s + 20 × pains %(pains)s."
)
ITEM_ID = N_("journeymap id: %(id)s")
NOT_GIVEN = N_("none")
UNOWNED = N_("nobody")

# markdown, for a pull-request comment
TITLE = N_("Opportunity backlog")
SUMMARY = N_("%(items)s from %(maps)s; the most urgent first.")
ITEMS = NP_("%(count)d opportunity", "%(count)d opportunities")
MAPS = NP_("%(count)d journey map", "%(count)d journey maps")
SHOWN = N_("The %(shown)d most urgent are shown here; `--format csv` lists all %(count)d.")
NO_ITEMS = N_("No opportunities are recorded in these maps.")
HOW_PRIORITY = N_(
    "Priority (0–100) = 40 × how far the touchpoint's worst score is below neutral + 20 × the share of personas "
    "below neutral there + 20 × how far its stage's average is below neutral + 20 × its pain points (3 or more count fully)."
)
COLUMN_PRIORITY = N_("Priority")
COLUMN_OPPORTUNITY = N_("Opportunity")
COLUMN_JOURNEY = N_("Journey")
COLUMN_WHERE = N_("Stage / touchpoint")
COLUMN_OWNER = N_("Owner")
COLUMN_PAINS = N_("Pain points behind it")
COLUMN_WORST = N_("Worst")
PRIORITY_CELL = N_("%(band)s %(priority)s")
WHERE_CELL = N_("%(stage)s / %(touchpoint)s")
WORST_CELL = N_("%(score)s on %(scale)s")
