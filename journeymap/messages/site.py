"""The words of many journeys at once: the static site, `report` of a directory, and their commands.

Names from the maps come in as they are written (a heading, a table cell) or
as Quoted where they stand in a sentence; counts are plural forms.
"""

from journeymap.i18n import N_, NP_

# The site's pages and navigation.
SITE_TITLE = N_("Customer journeys")
NAV_JOURNEYS = N_("Journeys")
NAV_PERSONAS = N_("Personas")
NAV_OWNERS = N_("Departments")
NAV_HEATMAP = N_("Heat map")
NAV_LABEL = N_("Site")
JOURNEYS = NP_("%(count)d journey", "%(count)d journeys")
PERSONAS = NP_("%(count)d persona", "%(count)d personas")
OPPORTUNITIES = NP_("%(count)d opportunity", "%(count)d opportunities")
PAINS = NP_("%(count)d pain point", "%(count)d pain points")
FACTS = N_("%(journeys)s · %(personas)s · %(stages)s · %(touchpoints)s")
PORTFOLIO_CX = N_("CX score across journeys: %(score)s / 100 (50 is neutral; every journey weighted equally)")
PORTFOLIO_CX_NONE = N_("CX score across journeys: — (no scores yet)")
FOOTER = N_("Built by journeymap %(tool)s from %(journeys)s. Every page works offline and requests nothing from elsewhere.")

# The index of journeys.
COLUMN_JOURNEY = N_("Journey")
COLUMN_PERSONAS = N_("Personas")
COLUMN_STAGES = N_("Stages")
COLUMN_CX = N_("CX score")
COLUMN_CURVE = N_("Emotion by stage")
COLUMN_FINDINGS = N_("Findings")
SORTED_BY = N_("Sorted by %(column)s, %(direction)s. Each heading links to the table sorted by it.")
SORT_LINK = N_("Sort by %(column)s, %(direction)s")
ASCENDING = N_("lowest first")
DESCENDING = N_("highest first")
A_TO_Z = N_("A to Z")
Z_TO_A = N_("Z to A")
HAS_ERRORS = N_("has errors: not analysed")
CURVE_LABEL = N_("Average emotion by stage: %(stages)s")
STAGE_SCORE = N_("%(stage)s %(score)s")
NOT_SCORED = N_("not scored")

# A journey's page.
REPORT = N_("Report")
ON_THIS_SITE = N_("Persona pages: %(personas)s")
BROKEN_MAP = N_("This map has errors, so it is neither drawn nor counted. Fix them and build the site again.")

# A persona's page.
PERSONA_SHARED = N_("Kept in %(path)s and shared by the maps that name it with ref:.")
APPEARS_IN = NP_("Appears in %(count)d journey.", "Appears in %(count)d journeys.")
PERSONA_CX = N_("CX score for this persona across journeys: %(score)s / 100")
PERSONA_CX_IN = N_("CX score for this persona: %(score)s / 100")
NO_SCORES_HERE = N_("No scores for this persona in this journey yet.")
COLUMN_PERSONA = N_("Persona")
COLUMN_JOURNEY_COUNT = N_("Journeys")
COLUMN_SHARED_FILE = N_("Shared file")
PERSONA_CURVE_LABEL = N_("Emotion of %(persona)s by stage in %(journey)s")

# A department's page.
UNOWNED = N_("Nobody (touchpoints without an owner)")
OWNER_FACTS = N_("%(opportunities)s and %(pains)s across %(journeys)s, the most urgent first.")
COLUMN_OWNER = N_("Department")
COLUMN_OPPORTUNITIES = N_("Opportunities")
COLUMN_PAINS = N_("Pain points")
COLUMN_MOST_URGENT = N_("Most urgent")
COLUMN_PRIORITY = N_("Priority")
COLUMN_OPPORTUNITY = N_("Opportunity")
COLUMN_PAIN = N_("Pain point")
COLUMN_STAGE = N_("Stage")
COLUMN_TOUCHPOINT = N_("Touchpoint")
COLUMN_BEHIND = N_("Pain points behind it")
COLUMN_WORST = N_("Worst score (0–100)")
NONE_HERE = N_("None.")

# The heat map.
HEATMAP_TITLE = N_("Emotion by stage and journey")
HEATMAP_LEGEND = N_(
    "Each cell is the average emotion of every persona in that stage, on the CX score's 0–100 scale "
    "(50 is neutral, lower is worse); stages meet in a column by their phase. An empty cell: the journey "
    "has no such stage, or it is not scored."
)
AVERAGE_ROW = N_("Average")
CELL_TITLE = N_("%(journey)s, %(column)s: %(score)s / 100")

# `report` of several maps.
PORTFOLIO_TITLE = N_("Journey portfolio")
WEAKEST_JOURNEYS = N_("Journeys, weakest first")
STAGES_ACROSS = N_("Emotion by stage across journeys (0–100, 50 is neutral)")
PERSONAS_ACROSS = N_("Personas across journeys")
OWNERS_ACROSS = N_("Work by department")
TOP_BACKLOG = N_("Most urgent opportunities")
FINDINGS_ACROSS = N_("Findings across journeys")
LEFT_OUT = N_("Maps with errors (left out of the numbers)")
COLUMN_AVERAGE = N_("Average")
COLUMN_WEAKEST_IN = N_("Weakest in")
COLUMN_PATH = N_("File")
SCORE_IN = N_("%(journey)s (%(score)s)")

# What the commands say.
WROTE_SITE = NP_("wrote %(count)d page into %(path)s", "wrote %(count)d pages into %(path)s")
OPEN_INDEX = N_("open %(path)s in a browser (no server needed)")
BROKEN_MAPS = NP_(
    "%(count)d map has errors: its page lists them, and it is left out of the numbers",
    "%(count)d maps have errors: their pages list them, and they are left out of the numbers",
)
SITE_NEEDS_DIRECTORY = N_("%(path)s is a file; the site needs a directory: write -o %(path)s-site/")
REFUSE_MAP = N_("refusing to write %(path)s: it is a journey map; choose another -o")
OUTPUT_IS_DIRECTORY = N_("-o %(path)s is a directory; name a file, such as %(example)s")
