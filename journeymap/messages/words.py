"""The labels the faces draw: lane titles, legends, headings, units and short phrases.

The layout says them in the map's language (or the one asked for) and every
face draws the same words: the poster, the HTML page, ``serve`` and ``show``.
"""

from journeymap.i18n import N_, NP_

# Lanes, in the order a map shows them.
LANE_GOAL = N_("Goal")
LANE_TOUCHPOINTS = N_("Touchpoints")
LANE_ACTIONS = N_("Actions")
LANE_THOUGHTS = N_("Thoughts")
LANE_EMOTION = N_("Emotion")
LANE_PAINS = N_("Pain points")
LANE_OPPORTUNITIES = N_("Opportunities")

CUSTOMERS_LABEL = N_("Customers")
NO_TOUCHPOINTS = N_("no touchpoints")
OWNER = N_("Owner: %(owner)s")
CHANNELS = N_("Channels: %(channels)s")
NEUTRAL = N_("neutral")
NEUTRAL_TICK = N_("%(value)s (neutral)")
SCORE = N_("Score")
SCALE = N_("scale %(scale)s")
CURVE = N_("Emotion curve")
NO_SCORES = N_("No scores to draw.")
WHOLE_MAP = N_("Whole map:")
JOURNEY = N_("Journey")
PERSONAS = N_("Personas")
GOALS = N_("Goals")
FRUSTRATIONS = N_("Frustrations")
FINDINGS = N_("Findings")
NO_FINDINGS_HERE = N_("No findings.")
CODE = N_("Code")
RULE = N_("Rule")
WHERE = N_("Where")
MESSAGE = N_("Message")
WHOLE_MAP_WHERE = N_("whole map")
QUOTE_OPEN = N_("“")  # how a thought is quoted: “…” in English, 「…」 in Japanese
QUOTE_CLOSE = N_("”")

STAGES = NP_("%(count)d stage", "%(count)d stages")
TOUCHPOINTS = NP_("%(count)d touchpoint", "%(count)d touchpoints")
ERRORS = NP_("%(count)d error", "%(count)d errors")
WARNINGS = NP_("%(count)d warning", "%(count)d warnings")
INFOS = NP_("%(count)d info", "%(count)d infos")
NO_FINDINGS = N_("no findings")
FINDINGS_THEN_CHECK = N_("%(counts)s — run `journeymap check %(path)s` for details")
CHECKS_CLEAN = N_("No findings: the map checks clean.")

POSTER_SUMMARY = N_(
    "Customer journey map with %(stages)s (%(names)s) for %(personas)s, emotion on a %(scale)s scale; %(counts)s."
)
SOURCE_LINE = N_("%(path)s · journeymap format v%(version)s · %(counts)s · journeymap %(tool)s")
# The same line for a client's copy: where the map comes from, without the findings.
SOURCE_LINE_CLIENT = N_("%(path)s · drawn with journeymap %(tool)s")

# serve: the live page around the map.
LIVE_STATUS = N_("live: saving the file updates this page")
LIVE_PROBLEM = N_("The last save cannot be shown; this is the last good version.")
LIVE_CANNOT_READ = N_("cannot read %(path)s: %(reason)s")
LIVE_INTERNAL = N_("internal error: %(error)s")
REQUEST_FAILED = N_("a request from %(client)s failed: %(error)s")
SERVE_LOG = N_("journeymap serve: %(message)s")
LIVE_UPDATED = N_("updated %(time)s")
LIVE_STOPPED = N_("journeymap serve has stopped")
LIVE_KEYS = N_("← → stages · Home overview · + − zoom · f full screen")
LIVE_POSITION = N_("stage %(number)s of %(count)s")
LIVE_OVERVIEW = N_("the whole journey")
LIVE_OVERVIEW_BUTTON = N_("Show the whole journey (Home)")
LIVE_PREVIOUS = N_("Previous stage (←)")
LIVE_NEXT = N_("Next stage (→)")
LIVE_ZOOM_OUT = N_("Zoom out (−)")
LIVE_ZOOM_IN = N_("Zoom in (+)")
LIVE_FULL_SCREEN = N_("Full screen (f)")
LIVE_STATES = N_("Both states, the future alone, the current alone (v)")
