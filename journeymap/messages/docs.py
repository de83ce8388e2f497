"""The words of the generated reference docs: docs/rules.md and its Japanese twin docs/rules.ja.md."""

from journeymap.i18n import N_

RULES_TITLE = N_("Rules")
GENERATED = N_("Generated from the rule registry by `make docs`; edit the rule modules, not this file.")
RULES_INTRO = N_(
    "Every finding has a code and a name; both work in `--select`, `--ignore`, the configuration's "
    "`select`/`ignore` lists and a stage's or touchpoint's `ignore:` list. Prefixes select families: "
    "`W2` is every weak-stage rule, `I` every advice. `journeymap explain CODE` prints one entry with "
    "the thresholds in force."
)
FAMILY_E = N_("**E1xx** — the file is not a valid map. Always errors; they cannot be ignored.")
FAMILY_W = N_('**W2xx** — a weak stage or touchpoint. Warnings: they fail `check` only with `--strict` or `fail-on = "warning"`.')
FAMILY_I = N_("**I3xx** — advice.")
THRESHOLDS = N_(
    "Thresholds are fractions of the scale's half-range (the distance from neutral to either end), so a "
    "map scored on 1..5 and the same map on -2..2 get the same findings. Change them per rule:"
)
TOML_COMMENT_FILE = N_("in journeymap.toml: [rules.low-stage-emotion]")
TOML_COMMENT_SEVERITY = N_("any rule's severity can be changed")
CODE = N_("code")
NAME = N_("name")
SEVERITY = N_("severity")
SUMMARY = N_("summary")
OPTION = N_("option")
DEFAULT = N_("default")
MEANING = N_("meaning")
DEFAULT_IN_SCALE = N_("Default: %(scale_units)s.")
OTHER_LANGUAGE = N_("In Japanese: [rules.ja.md](rules.ja.md)")
ENGLISH_VERSION = N_("In English: [rules.md](rules.md)")
