"""What the rules say: one message and one hint per finding (the W2xx and I3xx codes).

Parameters: ``stage`` and ``touchpoint`` are quoted names (Quoted), ``persona``
a name or the word for customers, scores are already formatted text.
"""

from journeymap.i18n import N_, NP_
from journeymap.messages.compare import TITLES as COMPARE_TITLES

CUSTOMERS = N_("customers")

LOW_STAGE_EMOTION = N_("the %(stage)s stage averages %(value)s for %(persona)s (at or below %(limit)s on the %(scale)s scale)")
LOW_STAGE_EMOTION_HINT = N_("improve its worst touchpoint first: note the pain points, an opportunity and an owner")

EMOTION_CLIFF = N_("emotion falls from %(before)s in %(previous)s to %(after)s in %(stage)s for %(persona)s")
EMOTION_CLIFF_HINT = N_("look at the hand-over between the two stages: what did the customer expect that did not happen?")

EMPTY_STAGE = N_("the %(stage)s stage has no touchpoints")
EMPTY_STAGE_HINT = N_("add the touchpoints where customers meet you in this stage, or remove the stage")

SINGLE_CHANNEL = N_("the %(stage)s stage is only reachable through %(channels)s")
SINGLE_CHANNEL_HINT = N_(
    "offer another channel for customers who do not use it, or add `ignore: [W204]` to the stage if one channel is deliberate"
)

INCONSISTENT_CHANNELS = N_(
    "in %(stage)s, %(persona)s feels %(high)s on %(high_channel)s but %(low)s on %(low_channel)s: "
    "the experience depends on the channel"
)
INCONSISTENT_CHANNELS_HINT = N_("bring %(low_channel)s up to what %(high_channel)s offers in this stage")

UNADDRESSED_PAIN = N_("%(touchpoint)s hurts (%(reasons)s) but lists no opportunity")
UNADDRESSED_PAIN_POINT = N_("pain point %(pain)s")
UNADDRESSED_PAIN_SCORE = N_("%(value)s for %(persona)s")
UNADDRESSED_PAIN_HINT = N_("add `opportunities:` with what the company could do here")

UNOWNED = N_("%(touchpoint)s has no owner")
UNOWNED_HINT = N_("add `owner:` with the department that improves it (marketing, sales, support, product, …)")

CHANNEL_GAP = N_("%(persona)s prefers %(wanted)s, but %(stage)s offers only %(offered)s")
CHANNEL_GAP_HINT = N_(
    "add a touchpoint on one of %(persona)s's channels, or check that %(persona)s really goes through this stage"
)

NO_POST_PURCHASE = N_("no stage comes after the purchase (onboarding, usage, support, retention or advocacy)")

NEGATIVE_ENDING = N_("the journey ends below neutral for %(persona)s: the last stage, %(stage)s, averages %(value)s")
NEGATIVE_ENDING_HINT = N_("people remember the end (peak-end rule): improve this stage first")

CRITICAL_MOMENT = N_(
    "%(touchpoint)s scores %(value)s for %(persona)s, the bottom of the %(scale)s scale: one bad moment can lose the customer"
)
CRITICAL_MOMENT_HINT = N_(
    "fix this touchpoint first: 71% of customers say one bad experience makes them switch (Zendesk CX Trends 2022)"
)

UNSCORED = N_("%(touchpoint)s has no emotion score")
UNSCORED_HINT = N_("add `emotion:` with a number from %(low)s to %(high)s, or one per persona")

UNUSED_IGNORE = N_("`ignore: [%(selector)s]` suppresses nothing here")
UNUSED_IGNORE_HINT = N_("remove it: a suppression that no longer applies would hide the problem when it comes back")
IGNORE_STRUCTURAL = N_("`%(selector)s` cannot be ignored: structural errors must be fixed")
IGNORE_STRUCTURAL_HINT = N_("remove it from `ignore:`")
IGNORE_UNKNOWN = N_("`%(selector)s` is not a rule code or name")
IGNORE_UNKNOWN_HINT = N_("did you mean %(suggestion)s?")
IGNORE_UNKNOWN_LIST = N_("see `journeymap rules` for the list")

NO_EVIDENCE = NP_(
    "the one scored touchpoint has no evidence: its score is a hypothesis",
    "none of the %(count)d scored touchpoints has evidence: the scores are hypotheses",
)
NO_EVIDENCE_HINT = N_("add `evidence:` (survey, interviews, analytics) to the touchpoints that matter most")
SOME_EVIDENCE = NP_(
    "%(count)d of %(scored)d scored touchpoints has no evidence, in %(where)s",
    "%(count)d of %(scored)d scored touchpoints have no evidence, in %(where)s",
)
EVIDENCE_STAGE = N_("%(stage)s (%(missing)d)")
EVIDENCE_MORE_STAGES = NP_("and %(count)d more stage", "and %(count)d more stages")
SOME_EVIDENCE_HINT = N_("add `evidence:` with the source of each score, starting where the map drives a decision")

UNTAGGED_VALUES = N_("no touchpoint is tagged with the experiential values it delivers (%(values)s)")
UNTAGGED_VALUES_HINT = N_(
    "tag touchpoints with `values: [sense, feel]` (or 感覚的, 情緒的, 創造的・認知的, 肉体的・行動的, 準拠集団・関係的) "
    "to see which values the journey never delivers"
)
UNUSED_VALUES = NP_(
    "no touchpoint delivers the experiential value %(values)s",
    "no touchpoint delivers the experiential values %(values)s",
)
UNUSED_VALUES_HINT = N_("look for a moment where it fits: %(moments)s")
VALUE_MOMENT = N_("%(value)s (%(moment)s)")
MOMENTS = {
    "sense": N_("the unboxing"),
    "feel": N_("a thank-you"),
    "think": N_("a guide that teaches something new"),
    "act": N_("trying it out in person"),
    "relate": N_("a community"),
}

PHASE_ORDER = N_("%(stage)s (%(phase)s) comes after %(previous)s (%(previous_phase)s), out of the usual order")
PHASE_ORDER_HINT = N_("move the stage, or set `phase:` if the inferred phase is wrong")

# Every code's display title: what show, the poster, the page and `rules` call it for people
# (the kebab-case name stays what configuration and --select use).
TITLES = {
    "E100": N_("YAML syntax error"),
    "E101": N_("Duplicate key"),
    "E102": N_("Unknown field"),
    "E103": N_("Wrong kind of value"),
    "E104": N_("Score outside the scale"),
    "E105": N_("Duplicate id"),
    "E106": N_("Unknown persona"),
    "E107": N_("Reference not found"),
    "E108": N_("Unsupported format version"),
    "E109": N_("YAML feature not allowed"),
    "E110": N_("Required field missing"),
    "E111": N_("Value not accepted"),
    "E112": N_("Invalid scale"),
    "E113": N_("Not a journey map"),
    "E114": N_("Unreadable encoding"),
    "E115": N_("File too large"),
    "W201": N_("Low emotion in a stage"),
    "W202": N_("Sharp drop in emotion"),
    "W203": N_("Stage without touchpoints"),
    "W204": N_("Only one channel in a stage"),
    "W205": N_("Experience differs between channels"),
    "W206": N_("Pain without an opportunity"),
    "W207": N_("Touchpoint without an owner"),
    "W208": N_("Persona's channels missing"),
    "W209": N_("No stage after the purchase"),
    "W210": N_("Journey ends on a low note"),
    "W211": N_("Critical moment"),
    "W212": N_("Touchpoint without a score"),
    "W213": N_("Suppression that suppresses nothing"),
    "I301": N_("Scores without evidence"),
    "I302": N_("Experiential values not delivered"),
    "I303": N_("Stages out of order"),
}
TITLES.update(COMPARE_TITLES)

# The codes of measured data (journeymap.messages.data) have their titles there.
from journeymap.messages.data import TITLES as _DATA_TITLES  # noqa: E402

TITLES.update(_DATA_TITLES)
