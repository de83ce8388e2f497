"""Measured data: reading survey files (E114, E115, E130-E132), the data rules (W230-W232, I330),
and the metrics as reports, the terminal and the poster show them.

Parameters: ``file`` and ``path`` are paths as written or shown, ``touchpoint``,
``stage`` and ``column`` quoted names (Quoted), ``metric`` a metric's name
(MetricName), counts are numbers, values already formatted text.
"""

from journeymap.i18n import N_, NP_

# -- the objects of the format, as sentences name them (merged into messages.load) -----------
OBJECT = {
    "data file": N_("data file"),
    "columns": N_("columns"),
    "question": N_("question"),
    "scales": N_("scales"),
    "targets": N_("targets"),
}
AN_OBJECT = {
    "data file": N_("a data file"),
    "columns": N_("a columns mapping"),
    "question": N_("a question"),
    "scales": N_("a scales mapping"),
    "targets": N_("a targets mapping"),
}
OBJECTS = {
    "data file": N_("a list of data files"),
    "question": N_("a list of questions"),
}

# -- the metrics' names ---------------------------------------------------------------------
METRIC_NAMES = {"nps": N_("NPS"), "csat": N_("CSAT"), "ces": N_("CES")}

# -- reading a data file ----------------------------------------------------------------------
FILE_ABSOLUTE = N_("`file: %(file)s` is an absolute path")
FILE_ABSOLUTE_HINT = N_("write the path relative to the map, e.g. data/survey.csv")
FILE_OUTSIDE = N_("`file: %(file)s` leads outside the map's root (%(root)s)")
FILE_OUTSIDE_HINT = N_("keep survey files inside the repository, beside the map")
FILE_MISSING = N_("the data file %(path)s does not exist")
FILE_MISSING_HINT = N_("a `file:` path is relative to the map: check its spelling and folder")
FILE_UNREADABLE = N_("cannot read the data file %(path)s: %(reason)s")
FILE_UNREADABLE_HINT = N_("a data file is a readable CSV or TSV file beside the map")
DATA_TOO_LARGE = N_("the data file is %(size)s, above the limit of %(limit)s")
DATA_TOO_LARGE_HINT = N_("raise `max-data-size` in journeymap.toml or [tool.journeymap], or split the file")
DATA_EMPTY = N_("the data file is empty")
DATA_EMPTY_HINT = N_("export the survey again: the file should start with a header row")
ENCODING_UNKNOWN = N_("the data file is neither UTF-8, UTF-16 with BOM nor Shift_JIS (cp932)")
ENCODING_UNKNOWN_HINT = N_("save it as UTF-8 (CSV UTF-8 in Excel), or name its encoding with `encoding:`")
ENCODING_UTF32 = N_("the data file is UTF-32, which journeymap does not read")
ENCODING_NO_BOM = N_("the data file looks like UTF-16 without a byte-order mark")
ENCODING_RESAVE = N_("save it as UTF-8, or as UTF-16 with BOM (Excel's Unicode Text)")
DECODE_FAILED = N_("line %(line)d of the data file is not valid %(encoding)s")
DECODE_FAILED_HINT = N_("the file mixes encodings; save it again in one (UTF-8 is best), or set `encoding:`")
CSV_BROKEN = N_("the data file is not valid CSV here: %(reason)s")
CSV_BROKEN_HINT = N_("a quote opened in a cell is not closed; export the file again")

# -- its layout --------------------------------------------------------------------------------
NO_COLUMN = N_("the data file has no %(column)s column")
NO_COLUMN_GUESS = N_("did you mean %(guess)s? Its columns are: %(columns)s")
NO_COLUMN_LIST = N_("its columns are: %(columns)s; name the right one under `columns:`")
NO_QUESTION = N_("the export has no question %(column)s")
NO_QUESTIONS = N_("a %(format)s export needs `questions:` saying which column measures which touchpoint")
NO_QUESTIONS_HINT = N_("e.g. questions: [{column: Q3, touchpoint: signup-form, metric: csat}]")
NOT_QUALTRICS = N_("this does not look like a Qualtrics export: line 3 should hold the import ids ({\"ImportId\": …})")
NOT_QUALTRICS_HINT = N_("export with 'Use choice text' off and the three header rows on, or use `format: tidy`")
QUESTIONS_IN_TIDY = N_("`questions:` applies to exports; a tidy file names its touchpoint in each row")
QUESTIONS_IN_TIDY_HINT = N_("remove `questions:`, or set `format: qualtrics` or `format: google-forms`")
BAD_SCALE = N_("the %(metric)s scale must end at 5 or 7, not %(value)s")
BAD_SCALE_HINT = N_("write `scales: {csat: 5}` for answers 1..5 or 7 for 1..7")
SCALES_DISAGREE = N_("%(metric)s answers for %(touchpoint)s are on 1..%(top)d here but on 1..%(other)d in %(path)s")
SCALES_DISAGREE_HINT = N_("one touchpoint's answers to one metric must use one scale: convert one file, or measure with another metric")

# -- what its rows name ------------------------------------------------------------------------
UNKNOWN_TOUCHPOINT = NP_(
    "touchpoint %(touchpoint)s is not in the map (%(count)d answer)",
    "touchpoint %(touchpoint)s is not in the map (%(count)d answers)",
)
NO_TOUCHPOINT = NP_(
    "%(count)d answer names no touchpoint",
    "%(count)d answers name no touchpoint",
)
UNKNOWN_TOUCHPOINT_GUESS = N_("did you mean %(guess)s?")
UNKNOWN_TOUCHPOINT_LIST = N_("use a touchpoint id of the map: %(ids)s")
UNKNOWN_QUESTION_TOUCHPOINT = N_("question %(column)s measures touchpoint %(touchpoint)s, which is not in the map")
UNKNOWN_METRIC = NP_(
    "metric %(metric)s is not one journeymap computes (%(count)d answer)",
    "metric %(metric)s is not one journeymap computes (%(count)d answers)",
)
UNKNOWN_METRIC_HINT = N_("write nps, csat or ces")
UNKNOWN_METRIC_GUESS = N_("did you mean %(guess)s? journeymap computes nps, csat and ces")

# -- every data code's display title (merged into messages.rules.TITLES) ------------------------
TITLES = {
    "E130": N_("Data file not found"),
    "E131": N_("Data file layout"),
    "E132": N_("Unknown id in data"),
    "W230": N_("Team score and customers disagree"),
    "W231": N_("Metric below target"),
    "W232": N_("Unusable answers"),
    "I330": N_("Too few answers"),
}

CONFIG_DATA_SIZE = N_("max-data-size must be a size like 1GB or a number of bytes, not %(value)s")

# -- the data rules (W230-W232, I330) ----------------------------------------------------------
MEASURED_MEAN = N_("%(value)s out of %(top)d")
MEASURED_NPS = N_("an NPS of %(value)s")
TOP2_NAME = N_("CSAT top-two-box")

GAP_PERSONA = NP_(
    "the map scores %(touchpoint)s %(team)s for %(persona)s, but %(count)d customer of that segment "
    "rated it %(measured)s (%(metric)s), which is %(converted)s on the map's %(scale)s scale",
    "the map scores %(touchpoint)s %(team)s for %(persona)s, but %(count)d customers of that segment "
    "rated it %(measured)s (%(metric)s), which is %(converted)s on the map's %(scale)s scale",
)
GAP_ALL = NP_(
    "the map scores %(touchpoint)s %(team)s, but %(count)d customer rated it %(measured)s (%(metric)s), "
    "which is %(converted)s on the map's %(scale)s scale",
    "the map scores %(touchpoint)s %(team)s, but %(count)d customers rated it %(measured)s (%(metric)s), "
    "which is %(converted)s on the map's %(scale)s scale",
)
GAP_OPTIMISTIC_HINT = N_(
    "the team believes this moment works better than customers say: read their comments, "
    "and score it from the data before deciding what to fix"
)
GAP_PESSIMISTIC_HINT = N_(
    "customers are happier here than the team thinks: find out what works, and move the effort to where they struggle"
)

BELOW_TARGET = NP_(
    "%(metric)s at %(touchpoint)s is %(value)s from %(count)d answer (95%% interval %(low)s to %(high)s), "
    "below the target of %(target)s",
    "%(metric)s at %(touchpoint)s is %(value)s from %(count)d answers (95%% interval %(low)s to %(high)s), "
    "below the target of %(target)s",
)
BELOW_TARGET_SURE_HINT = N_("even the top of the interval misses the target: start with this touchpoint's pain points and owner")
BELOW_TARGET_UNSURE_HINT = N_("the interval still reaches the target: collect more answers before concluding it is missed")

NOT_NUMBERS = NP_(
    "%(count)d answer in %(path)s is not a number (the first: %(value)s); it is left out of every metric",
    "%(count)d answers in %(path)s are not numbers (the first: %(value)s); they are left out of every metric",
)
OUT_OF_SCALE = NP_(
    "%(count)d answer in %(path)s lies outside its metric's scale (the first: %(value)s for %(metric)s, %(low)d..%(top)d); "
    "it is left out of every metric",
    "%(count)d answers in %(path)s lie outside their metric's scale (the first: %(value)s for %(metric)s, %(low)d..%(top)d); "
    "they are left out of every metric",
)
SHORT_ROWS = NP_(
    "%(count)d row in %(path)s has fewer cells than the answers need",
    "%(count)d rows in %(path)s have fewer cells than the answers need",
)
BAD_DATES = NP_(
    "%(count)d row in %(path)s has a date that is not a calendar date (the first: %(value)s); its answers count, its date does not",
    "%(count)d rows in %(path)s have a date that is not a calendar date (the first: %(value)s); their answers count, their dates do not",
)
BAD_DATES_HINT = N_("write dates as year-month-day (2026-10-03 or 2026/10/03 14:22), as survey tools export them")
QUOTE_NOT_CLOSED = NP_(
    "a quote opened on line %(line)d is never closed, so the %(count)d line after it was read as part of one cell",
    "a quote opened on line %(line)d is never closed, so the %(count)d lines after it were read as part of one cell",
)
QUOTE_NOT_CLOSED_HINT = N_('close the quote (") or remove it; a quote inside a cell is written twice ("")')
UNUSABLE_HINT = N_("correct them in the survey tool or the export")
OUT_OF_SCALE_HINT = N_("correct them in the survey tool or the export; if the survey asked 1..7, say so with `scales:`")

FEW_ANSWERS = NP_(
    "only %(count)d customer answered %(metric)s for %(touchpoint)s, fewer than %(minimum)d",
    "only %(count)d customers answered %(metric)s for %(touchpoint)s, fewer than %(minimum)d",
)
FEW_ANSWERS_HINT = N_("its 95%% interval is %(low)s to %(high)s: collect more answers before acting on it")

# -- the report's section, show and the poster ------------------------------------------------
MEASURED_TITLE = N_("What customers said")
BY_TOUCHPOINT = N_("Measured at each touchpoint")
BY_STAGE = N_("Measured in each stage")
BY_SEGMENT = N_("Measured per persona or segment")
SOURCES_TITLE = N_("Survey files")
TEAM = N_("Team")
CUSTOMERS_COLUMN = N_("Customers")
SEGMENT = N_("Segment")
MEASURED_LEGEND = N_(
    "Team: the map's own score. Customers: CSAT (else CES, else NPS) moved onto the map's %(scale)s scale. "
    "n: usable answers. Top two: the share of CSAT answers in the scale's two highest points. ▼ below its target."
)
SOURCE_LINE = NP_(
    "%(name)s (%(format)s): %(rows)d row, %(answers)d usable answers, %(unusable)d unusable",
    "%(name)s (%(format)s): %(rows)d rows, %(answers)d usable answers, %(unusable)d unusable",
)
SOURCE_DATES = N_("%(line)s; answered %(first)s to %(last)s")
MARK_TITLE = N_("%(metric)s %(value)s from %(count)d answers (95%% interval %(low)s to %(high)s)")

# -- diff ---------------------------------------------------------------------------------------
METRICS_CHANGED = N_("Measured metrics")
METRIC_CHANGE = N_("%(metric)s at %(touchpoint)s: %(old)s → %(new)s (n %(old_n)d → %(new_n)d)")
METRIC_NEW = N_("%(metric)s at %(touchpoint)s: measured for the first time, %(new)s (n %(new_n)d)")
METRIC_GONE = N_("%(metric)s at %(touchpoint)s: no longer measured (was %(old)s, n %(old_n)d)")
MARK_TEXT = N_("%(metric)s %(value)s · n %(count)d")
METRIC_COLUMN = N_("Metric")
VALUE_COLUMN = N_("Measured")
INTERVAL_COLUMN = N_("95% interval")
TOP2_COLUMN = N_("Top two")
