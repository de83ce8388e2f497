"""Why a file is not a valid journey map (the E1xx findings), and what to type instead.

Messages are built from pieces so that each reads naturally in every language:
``what`` names the value ("`actions`", "each item of `actions`", "a touchpoint"),
``expected`` the kind it must be, ``got`` what the file holds instead.
"""

from journeymap.i18n import N_, NP_
from journeymap.messages import blueprint as _blueprint

# The objects of a map, as a sentence names them (spec.ObjectSpec.label -> words).
OBJECT = {
    "journey map": N_("journey map"),
    "scale": N_("scale"),
    "persona": N_("persona"),
    "persona reference": N_("persona reference"),
    "stage": N_("stage"),
    "touchpoint": N_("touchpoint"),
    "evidence": N_("evidence"),
    **_blueprint.OBJECT,
    "pain point or opportunity": N_("pain point or opportunity"),
    "accepted pain point": N_("accepted pain point"),
}
AN_OBJECT = {
    "journey map": N_("a journey map"),
    "scale": N_("a scale"),
    "persona": N_("a persona"),
    "persona reference": N_("a persona reference"),
    "stage": N_("a stage"),
    "touchpoint": N_("a touchpoint"),
    "evidence": N_("an evidence"),
    **_blueprint.AN_OBJECT,
    "pain point or opportunity": N_("a pain point or opportunity"),
    "accepted pain point": N_("an accepted pain point"),
}
OBJECTS = {
    "persona": N_("a list of personas"),
    "stage": N_("a list of stages"),
    "touchpoint": N_("a list of touchpoints"),
    "evidence": N_("a list of evidences"),
    **_blueprint.OBJECTS,
    "accepted pain point": N_("a list of accepted pain points"),
}

# What a value is, what it must be, what it is instead.
FIELD = N_("`%(field)s`")
EACH_ITEM = N_("each item of `%(field)s`")
THE_SCORE_FOR = N_("the score for %(persona)s")
KEYS = N_("keys")
PERSONA_IDS_IN_EMOTION = N_("persona ids in `emotion`")
A_MAPPING = N_("a mapping of 'key: value' lines")
TEXT = N_("text")
TEXTS = N_("text or a list of texts")
A_NUMBER = N_("a number")
A_WHOLE_NUMBER = N_("a whole number")
THE_VERSION_NUMBER = N_("the format version number %(version)s")
AN_EMOTION = N_("a number, a mapping persona → number, or null")
GOT_LIST = N_("a list")
GOT_MAPPING = N_("a mapping")
GOT_NUMBER = N_("the number %(value)s")
GOT_BOOLEAN = N_("the boolean %(value)s")
GOT_NULL = N_("nothing (null)")
GOT_TEXT = N_("the text %(value)s")
WRONG_TYPE = N_("%(what)s must be %(expected)s, not %(got)s")
OBJECT_NOT_MAPPING = N_("%(object)s must be a mapping of 'key: value' lines, not %(got)s")

# What to type instead, for each shape a value can have the wrong kind of.
HINT_MAPPING = N_("write its fields as `key: value` lines, indented under it (for example `id: checkout`, then `name: Checkout`)")
HINT_TEXTS = N_("write one text after the colon, or a list with one '- ' line per item")
HINT_TEXT = N_("write the text after the colon; put it in quotes if it looks like a number or starts with [ or {")
HINT_QUOTE = N_('put it in quotes: %(field)s: "%(value)s"')
HINT_QUOTE_ITEM = N_('put it in quotes: - "%(value)s"')
HINT_START_EACH = N_("start each %(object)s with '- '")
HINT_EMOTION = N_("for example `emotion: 1`, or one score per persona id: `emotion: {<id>: 1}`")
HINT_EXAMPLE = N_("for example `%(field)s: %(example)s`")
HINT_HALF_WIDTH = N_("type the number with half-width characters: %(number)s")
HINT_REMOVE_QUOTES = N_("remove the quotes: %(number)s")
HINT_EXPONENT = N_("YAML reads %(value)s as text; write %(exponent)s, or the plain number (%(number)s)")

# Fields.
EMPTY = N_("`%(field)s` is empty")
EMPTY_ITEM = N_("an empty item in `%(field)s`")
EMPTY_ITEM_HINT = N_("delete the empty '- ' line")
NOT_AN_ID = N_("`%(value)s` is not a valid id")
ID_HINT = N_("ids use lowercase letters, digits, '-' and '_', starting with a letter or digit")
ID_HINT_EXAMPLE = N_("ids use lowercase letters, digits, '-' and '_', starting with a letter or digit, e.g. `%(suggestion)s`")
NEGATIVE = N_("`%(field)s` must not be negative")
UNSUPPORTED_VERSION = N_("format version %(value)s is not supported (this journeymap reads version %(version)s)")
UNSUPPORTED_VERSION_HINT = N_("write `journeymap: %(version)s`, or upgrade journeymap")
NOT_A_CHOICE = N_("`%(value)s` is not a valid %(field)s")
CHOICE_HINT = N_("one of: %(choices)s")
CHOICE_HINT_GUESS = N_("did you mean `%(guess)s`? one of: %(choices)s")
VALUES_IN_JAPANESE = N_("%(hint)s (or in Japanese: %(names)s)")
NOT_A_CODE = N_("`%(item)s` is not a rule code or name")
NOT_A_CODE_HINT = N_("write a code like W204, a prefix like W2, or a name like empty-stage")
TOO_FEW = N_("`%(field)s` must hold at least %(count)d %(object)s")
TOO_FEW_HINT = N_("add at least %(count)d %(object)s under `%(field)s`, each starting with `- `; `journeymap init` writes a map that shows how")
CANNOT_FOLLOW_REF = N_("cannot follow `ref: %(ref)s` from here")
UNKNOWN_FIELD = N_("unknown field `%(field)s` in %(object)s")
KEY_HAS_SLIP = N_("the key contains %(slip)s")
COMMA_IN_FLOW = N_("a comma inside {…} starts a new field: put text that contains a comma in quotes")
DID_YOU_MEAN_FIELD = N_("did you mean `%(guess)s`?")
FIELD_OF_OTHER = N_("`%(field)s` is a field of %(owner)s, not of %(object)s")
FIELDS_OF = N_("%(object)s fields: %(fields)s; custom fields start with x-")
NO_VERSION = N_("the map has no `journeymap:` version key")
NO_VERSION_HINT = N_("add `journeymap: 1` as the first line")
MISSING = N_("%(who)s has no `%(field)s`")
THE_MAP = N_("the map")
OBJECT_WITH_ID = N_("%(object)s %(id)s")

# Reading the file.
FILE_TOO_LARGE = N_("the file is %(size)s, above the %(limit)s limit")
FILE_ABOVE_LIMIT = N_("the file is above the %(limit)s limit")
FILE_TOO_LARGE_HINT = N_("raise the limit with max-file-size in journeymap.toml or [tool.journeymap]")
ENCODED_AS = N_("the file is encoded as %(encoding)s; journeymap reads UTF-8 only")
LOOKS_UTF16 = N_("the file looks like UTF-16 text; journeymap reads UTF-8 only")
RESAVE_UTF8 = N_("re-save the file as UTF-8 in your editor (for example: Save with Encoding > UTF-8)")
BINARY = N_("this is a binary file, not a YAML journey map")
BINARY_HINT = N_("journey maps are UTF-8 text files ending in .yaml or .yml")
NOT_UTF8 = N_("the file is not valid UTF-8 (byte 0x%(byte)s at line %(line)d, column %(column)d)")
NOT_UTF8_HINT = N_("re-save the file as UTF-8 in your editor")
LOOKS_SHIFT_JIS = N_("it looks like Shift_JIS (cp932); re-save it as UTF-8 in your editor")
NOT_REGULAR = N_("not a regular file (%(kind)s)")
KIND_DIRECTORY = N_("a directory")
KIND_PIPE = N_("a named pipe")
KIND_DEVICE = N_("a device")
KIND_SOCKET = N_("a socket")
KIND_OTHER = N_("not a file")

# YAML itself.
TOO_DEEP = N_("the document is nested more than %(depth)d levels deep")
TOO_DEEP_HINT = N_("journey maps need a handful of levels; this looks like a generated or hostile file")
SEVERAL_DOCUMENTS = N_("this file holds several YAML documents; a journey map is one document")
SEVERAL_DOCUMENTS_HINT = N_("split the documents into one file each, or remove the extra '---'")
UNDEFINED_ALIAS = N_("the alias *%(alias)s names no anchor defined before it")
ALIAS_BOMB = N_("aliases expand to more than %(budget)s nodes (an alias bomb?)")
ALIAS_BOMB_HINT = N_("write the repeated values out, or use fewer nested aliases")
FORBIDDEN_TAG = N_("the YAML tag %(tag)s is not allowed in a journey map (tags are never executed)")
FORBIDDEN_TAG_HINT = N_("remove the tag and write the value as plain text, a number, a list or a mapping")
MERGE_KEY = N_("merge keys (<<) are not supported in journey maps")
MERGE_KEY_HINT = N_("repeat the fields instead; a reviewer then sees every value where it applies")
DUPLICATE_KEY = N_("duplicate key '%(key)s' (first defined on line %(line)d)")
DUPLICATE_ID_HINT = N_("did you forget '- ' to start a new item of the list?")
DUPLICATE_KEY_HINT = N_("keep one of the two; YAML would silently keep only the last value")
CONTROL_CHARACTER = N_("YAML syntax error: the control character U+%(code)s is not allowed in YAML text")
CONTROL_CHARACTER_HINT = N_(
    'delete it (it is usually pasted from a terminal by accident), or write it as an escape in double quotes, e.g. "\\e"'
)
SYNTAX = N_("YAML syntax error: %(problem)s")
SYNTAX_STARTED = N_("YAML syntax error: %(problem)s (%(context)s started on line %(line)d)")
TAB_IN_INDENT = N_("a tab character in the indentation")
TAB_HINT = N_("YAML indents with spaces, never tabs: replace the tab with spaces")
TEXT_AFTER_QUOTE = N_("text after the closing quote")
TEXT_AFTER_QUOTE_HINT = N_("a quoted value ends at its closing quote; quote the whole text instead: %(fixed)s")
ITEM_NOT_ALIGNED = N_("the list item on line %(line)d does not line up with the one on line %(other)d")
ITEM_NOT_ALIGNED_HINT = N_(
    "items of one list start at the same column: `%(first)s:` on line %(other)d is indented by %(there)s and this one by %(here)s"
)
INDENTED_FURTHER = N_("line %(line)d is indented further than line %(other)d above it")
INDENTED_FURTHER_HINT = N_(
    "line `%(key)s:` up with `%(previous)s:` on line %(other)d (%(there)s), or, if it continues the text of "
    "`%(previous)s`, put that text in quotes"
)
INDENT_MISMATCH = N_("the indentation of line %(line)d does not match the lines above it")
INDENT_MISMATCH_HINT = N_(
    "YAML needs the keys of one mapping to line up exactly: `%(previous)s:` on line %(other)d is indented by "
    "%(there)s and `%(key)s:` by %(here)s"
)
SPACES = NP_("%(count)d space", "%(count)d spaces")
HINT_COLON = N_("a ':' followed by a space or the end of the line starts a new key: remove it, or put the whole text in quotes")
HINT_KEY_VALUE = N_("each line of a mapping needs 'key: value'; check the indentation of this line")
HINT_BRACKET = N_("close the bracket, or quote text that contains ',', '[' or '{'")
HINT_TOKEN = N_("quote text that starts with one of @ ` | > %")
HINT_MISSING_VALUE = N_("a value is missing here: close the bracket or quote, or write the value after the colon")
FULL_WIDTH_COLON = N_("a full-width colon '：'; type ':'")
FULL_WIDTH_SPACE = N_("a full-width space; indent with ordinary spaces")

# libyaml's own words for the everyday problems (what it says is English; these say it in any language).
LIBYAML = {
    "did not find expected key": N_("did not find expected key"),
    "mapping values are not allowed here": N_("mapping values are not allowed here"),
    "mapping values are not allowed in this context": N_("mapping values are not allowed here"),
    "could not find expected ':'": N_("could not find expected ':'"),
    "found character that cannot start any token": N_("found character that cannot start any token"),
    "did not find expected ',' or ']'": N_("did not find expected ',' or ']'"),
    "did not find expected ',' or '}'": N_("did not find expected ',' or '}'"),
    "did not find expected '-' indicator": N_("did not find expected '-' indicator"),
    "did not find expected node content": N_("did not find expected node content"),
    "found unexpected end of stream": N_("found unexpected end of stream"),
    "found undefined tag handle": N_("found undefined tag handle"),
    "found duplicate anchor; first occurrence": N_("found duplicate anchor; first occurrence"),
    "found unknown escape character": N_("found unknown escape character"),
    "while scanning a simple key": N_("a simple key"),
    "while parsing a flow sequence": N_("a flow sequence"),
    "while parsing a flow mapping": N_("a flow mapping"),
    "while parsing a block mapping": N_("a block mapping"),
    "while parsing a block collection": N_("a block collection"),
    "while scanning a quoted scalar": N_("a quoted text"),
}

# The whole map, persona files, references.
EMPTY_FILE = N_("the file is empty")
EMPTY_FILE_HINT = N_("a journey map starts with `journeymap: 1`; `journeymap init` writes a template")
TOP_NOT_MAPPING = N_("the top level of a journey map must be a mapping of 'key: value' lines")
TOP_NOT_MAPPING_HINT = N_("start the file with `journeymap: 1`, `title:` and `stages:`; `journeymap init` writes one to copy")
NOT_A_MAP = N_("this is not a journey map: the top level has no `journeymap:` key")
NOT_A_MAP_HINT = N_("add `journeymap: 1` as the first line, or start from `journeymap init`")
REF_ABSOLUTE = N_("`ref: %(ref)s` is an absolute path")
REF_ABSOLUTE_HINT = N_("write the path relative to this file, e.g. personas/kenji.yaml")
REF_OUTSIDE = N_("`ref: %(ref)s` leads outside the map's root (%(root)s)")
REF_OUTSIDE_HINT = N_("keep persona files inside the repository")
REF_CYCLE = N_("persona references form a cycle: %(cycle)s")
REF_CYCLE_HINT = N_("a persona file holds one persona: write it out there instead of another `ref:`")
REF_MISSING = N_("`ref:` names %(path)s, which does not exist")
REF_MISSING_HINT = N_("a `ref:` path is relative to the file that names it: check its spelling and folder")
REF_UNREADABLE = N_("cannot read %(path)s: %(reason)s")
REF_UNREADABLE_HINT = N_("a persona file is a readable YAML file beside the map")
EMPTY_PERSONA_FILE = N_("the persona file is empty")
EMPTY_PERSONA_FILE_HINT = N_("write one persona in it: `id:`, `name:` and, if you like, `channels:`")

# Ids, personas and the scale, checked across the whole map.
SCALE_NOT_FINITE = N_("the scale's bounds must be finite numbers")
SCALE_ORDER = N_("the scale's min (%(min)s) must be below its max (%(max)s)")
SCALE_HINT = N_("for example `scale: {min: -2, max: 2}` or `scale: {min: 1, max: 5}`")
DUPLICATE_ID = N_("the %(object)s id '%(id)s' is used twice")
DUPLICATE_ID_AT = N_("the %(object)s id '%(id)s' is used twice (first used on line %(line)d)")
DUPLICATE_ID_GIVE = N_("give each %(object)s its own id")
UNKNOWN_PERSONA = N_("unknown persona '%(persona)s' in emotion scores")
NO_PERSONAS_DEFINED = N_("this map defines no personas: use one number, or add the persona under `personas:`")
KNOWN_PERSONAS = N_("known personas: %(known)s")
KNOWN_PERSONAS_GUESS = N_("did you mean '%(guess)s'? known personas: %(known)s")
OUT_OF_SCALE = N_("the score %(score)s at touchpoint '%(touchpoint)s' is outside the scale %(scale)s")
NAN = N_("NaN (not a number)")
OUT_OF_SCALE_HINT = N_("use a number from %(min)s to %(max)s")

# The objects of measured data (journeymap.messages.data), named the same ways.
from journeymap.messages import data as _data  # noqa: E402

OBJECT.update(_data.OBJECT)
AN_OBJECT.update(_data.AN_OBJECT)
OBJECTS.update(_data.OBJECTS)
