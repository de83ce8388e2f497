"""Current and future state: the counterpart map, item ids, the comparison, its rules and its overlay.

``stage``, ``touchpoint`` and ``persona`` are quoted names (Quoted) where they stand in a
sentence; ``id`` is an id as written in the map; scores are formatted text (+1, -0.5).
"""

from journeymap.i18n import N_, NP_

# Loading: item ids, the counterpart map (E107, E110, E120) ------------------------------------
TEXT_OR_ITEM = N_("text or a mapping `{id, text}`")
ITEM_HINT = N_("write the item as text, or as `{id: …, text: …}` when a future map should refer to it")
DUPLICATE_ITEM_ID = N_("the %(kind)s id '%(id)s' is used twice (first used on line %(line)d)")
DUPLICATE_ITEM_ID_HINT = N_("give each %(kind)s its own id")
KIND_PAIN = N_("pain point")
KIND_OPPORTUNITY = N_("opportunity")
COUNTERPART_ABSOLUTE = N_("`counterpart: %(path)s` is an absolute path")
COUNTERPART_ABSOLUTE_HINT = N_("write the path relative to this file, e.g. signup.current.yaml")
COUNTERPART_OUTSIDE = N_("`counterpart: %(path)s` leads outside the map's root (%(root)s)")
COUNTERPART_OUTSIDE_HINT = N_("keep the current and the future map in the same repository")
COUNTERPART_MISSING = N_("`counterpart:` names %(path)s, which does not exist")
COUNTERPART_MISSING_HINT = N_("the path is relative to this map: check its spelling and folder")
COUNTERPART_ITSELF = N_("`counterpart:` names this map itself")
COUNTERPART_ITSELF_HINT = N_("name the map of the other state: the current map from the future one, or the other way round")
COUNTERPART_UNREADABLE = N_("cannot read the counterpart %(path)s: %(reason)s")
COUNTERPART_NOT_A_MAP = N_("the counterpart %(path)s is not a valid journey map")
COUNTERPART_NOT_A_MAP_HINT = N_("fix the counterpart first: journeymap check %(path)s")
STATE_NEEDED = N_("a map with a `counterpart` needs `state: current` or `state: future`")
STATE_NEEDED_HINT = N_("say which state this map shows, for example `state: future`")
SAME_STATE = N_("this map and its counterpart %(path)s both say `state: %(state)s`")
SAME_STATE_HINT = N_("one map shows the journey as it is (`state: current`), the other as it should be (`state: future`)")
NEEDS_FUTURE = N_("`%(field)s` names items of the current map, but this map is not a future map with a `counterpart`")
NEEDS_FUTURE_HINT = N_("add `state: future` and `counterpart: <the current map>` at the top of this map")
UNKNOWN_OPPORTUNITY = N_("the current map %(path)s has no opportunity with the id '%(id)s'")
UNKNOWN_PAIN = N_("the current map %(path)s has no pain point with the id '%(id)s'")
KNOWN_IDS_GUESS = N_("did you mean '%(guess)s'? ids there: %(known)s")
KNOWN_IDS = N_("ids there: %(known)s")
NO_IDS_THERE = N_("give the item an id in the current map: `- {id: %(example)s, text: …}`")

# What people call the codes of this feature (merged into messages.rules.TITLES).
TITLES = {
    "E120": N_("Future map does not match its current map"),
    "W240": N_("Future makes a stage worse"),
    "W241": N_("Opportunity realised in another stage"),
    "W242": N_("Current pain left open"),
}

# Rules (W240-W242) ----------------------------------------------------------------------------
FUTURE_WORSE = N_("in the future state, the %(stage)s stage averages %(after)s for %(persona)s, worse than %(before)s today")
FUTURE_WORSE_HINT = N_("a redesign should not leave a stage worse for anyone: look at what changed here for %(persona)s")
MISPLACED_REALISATION = N_(
    "%(touchpoint)s in %(stage)s claims to realise %(opportunity)s, an opportunity of the %(current_stage)s stage of the current map"
)
MISPLACED_REALISATION_HINT = N_(
    "realise it in a touchpoint of the stage where customers meet it (%(current_stage)s), or move the opportunity in the current map"
)
OPEN_PAIN = N_("the current pain point %(pain)s (%(stage)s / %(touchpoint)s) is neither removed nor accepted in this future map")
OPEN_PAIN_HINT = N_("name '%(id)s' in `removes:` of the touchpoint that removes it, or under `accepted_pains:` with a reason")
OPEN_PAIN_NO_ID_HINT = N_(
    "give the pain point an id in the current map (`{id: …, text: …}`), then name it in `removes:` or under `accepted_pains:`"
)

# The poster's overlay ------------------------------------------------------------------------
CHANGE_LANE = N_("Change")
NEW_STAGE = N_("new stage")
STAGE_DROPPED = N_("%(stage)s dropped")
CURRENT_STATE = N_("current")
FUTURE_STATE = N_("future")

# The commands: --compare and --compare-rev ----------------------------------------------------
COMPARE_EXCLUSIVE = N_("give --compare OTHER or --compare-rev REV, not both")
COMPARE_ONE_MAP = N_("--compare and --compare-rev draw one map: give one FILE")
COMPARE_NO_WATCH = N_("--compare and --compare-rev cannot be combined with --watch")
COMPARE_FORMATS = N_("--compare and --compare-rev draw the poster: use --format svg, html, png or pdf")
NOT_AT_REVISION = N_("%(path)s did not exist at %(revision)s: there is nothing to compare with (git log -- %(path)s lists the revisions that have it)")

# The comparison report ------------------------------------------------------------------------
COMPARE_HEAD = N_("%(before)s → %(after)s")
CX_BEFORE_AFTER_NONE = N_("CX score: — (not scored in both states)")
EMOTION_CHANGE = N_("Emotion by stage and persona")
SCORE_CHANGE_CELL = N_("%(before)s → %(after)s (%(change)s)")
STAGE_COLUMN = N_("Stage")
DROPPED = N_("dropped")
NOT_SCORED_HERE = N_("not scored")
REALISED = N_("Opportunities realised (%(count)d of %(total)d)")
NOT_REALISED = N_("Opportunities not realised (%(count)d of %(total)d)")
REMOVED = N_("Pain points removed (%(count)d of %(total)d)")
ACCEPTED = N_("Pain points accepted (%(count)d of %(total)d)")
REMAINING = N_("Pain points remaining (%(count)d of %(total)d)")
TOUCHPOINTS_ADDED = N_("Touchpoints added (%(count)d)")
TOUCHPOINTS_REMOVED = N_("Touchpoints removed (%(count)d)")
ITEM_WHERE = N_("%(text)s — %(stage)s / %(touchpoint)s")
ITEM_BY = N_("%(item)s · by %(touchpoints)s")
ITEM_BECAUSE = N_("%(item)s · accepted: %(reason)s")
ITEM_NO_ID = N_("%(item)s · no id")
NOTHING = N_("none")
