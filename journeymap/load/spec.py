"""Format v1, declared once.

The loader validates against these tables, ``journeymap schema`` turns them
into a JSON Schema, and docs/format.md is generated from them, so the three
cannot disagree. Field names are the model's attribute names.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from journeymap.experiential import ALIASES as VALUE_ALIASES
from journeymap.experiential import IDS as EXPERIENTIAL_VALUES
from journeymap.model import EVERY_PERSONA, NO_PERSONA
from journeymap.phases import PHASE_IDS
from journeymap.survey import DELIMITERS, ENCODINGS, FORMATS, METRICS

SLUG_PATTERN = r"^[a-z0-9][a-z0-9_-]*$"
CODE_PATTERN = r"^(?:[EWI][0-9]{1,3}|[a-z][a-z0-9-]*)$"
EXTENSION_PREFIX = "x-"
FORMAT_VERSION = 1

# Field kinds.
VERSION = "version"  # the integer format version
TEXT = "text"  # a string
TEXTS = "texts"  # a string or a list of strings, normalised to a tuple
SLUG = "slug"  # an id
NUMBER = "number"  # an int or float
COUNT = "count"  # a non-negative integer
EMOTION = "emotion"  # a number, null, or persona id -> number|null
CHOICE = "choice"  # one of ``choices``
CHOICES = "choices"  # one or a list of ``choices``, normalised to a tuple
CODES = "codes"  # one or a list of rule codes / names
OBJECT = "object"  # a mapping of type ``of``
OBJECTS = "objects"  # a list of mappings of type ``of``
OBJECT_OR_OBJECTS = "object-or-objects"  # one mapping or a list of them
PERSONAS = "personas"  # a list of Persona or PersonaRef mappings
RECORDS = "records"  # text, a mapping of type ``of`` or a list of either; text fills the first field
DURATION = "duration"  # a length of time: 15min, 2h, 3d, 1w, PT15M, 15分
ITEMS = "items"  # a string, or a list of strings and Item mappings ({id, text}), normalised to a tuple of Item
IDS = "ids"  # one id or a list of ids, normalised to a tuple (model.Ids, with spans)
STATES = ("current", "future")


@dataclass(frozen=True)
class Field:
    name: str
    kind: str
    doc: str
    required: bool = False
    of: str = ""
    choices: tuple[str, ...] = ()
    aliases: tuple[tuple[str, str], ...] = ()  # other names accepted for a choice: (alias, choice)
    min_items: int = 0
    example: object = None
    needs: tuple[str, ...] = ()  # other fields of the same object that must be given with this one


@dataclass(frozen=True)
class ObjectSpec:
    name: str
    label: str  # how messages name one of these: "stage", "touchpoint"
    doc: str
    fields: tuple[Field, ...]

    def field(self, name: str) -> Field | None:
        for field in self.fields:
            if field.name == name:
                return field
        return None

    @cached_property
    def required(self) -> tuple[Field, ...]:
        return tuple(f for f in self.fields if f.required)


_TEXTS_NOTE = " A string or a list of strings."
_ITEMS_NOTE = _TEXTS_NOTE + " An item may be a mapping `{id, text}` instead, for a future map to refer to."

JOURNEY = ObjectSpec(
    "Journey",
    "journey map",
    "One customer journey map: who the customers are and the stages they go through.",
    (
        Field("journeymap", VERSION, "Format version; marks the file as a journey map. Always `1`.", required=True, example=1),
        Field("title", TEXT, "The map's title, shown on posters and reports.", required=True, example="Coffee subscription — first 90 days"),
        Field("description", TEXT, "What journey this is, for whom, and what it is used for."),
        Field(
            "lang",
            CHOICE,
            "The language the map is written in: `en` or `ja`. Posters, pages and reports are drawn in it "
            "unless `--lang` says otherwise. Default: guessed from the title and stage names.",
            choices=("en", "ja"),
        ),
        Field(
            "scope",
            CHOICES,
            "The phases the map covers on purpose, when it is not the whole journey: one phase or a list "
            "(`scope: [support]`, `scope: [onboarding, usage, support]`). Coverage rules such as W209 judge "
            "the map against its scope. Default: the whole journey, awareness to advocacy.",
            choices=PHASE_IDS,
            example=["support"],
        ),
        Field("scale", OBJECT, "The emotion scale; default -2..2. Use 1..5 for Mermaid-style scores.", of="Scale"),
        Field(
            "state",
            CHOICE,
            "Which state of the journey this map shows: `current` (as it is) or `future` (as it should be). "
            "Needed with `counterpart`.",
            choices=STATES,
        ),
        Field(
            "counterpart",
            TEXT,
            "The map of the other state, relative to this file; must stay inside the map's root, like `ref:`.",
            example="signup.current.yaml",
            needs=("state",),
        ),
        Field(
            "accepted_pains",
            OBJECTS,
            "In a future map: pain points of the current map (by id) that the future keeps on purpose, each with its reason.",
            of="AcceptedPain",
        ),
        Field(
            "single_scores",
            CHOICE,
            "Whom an `emotion` given as one number scores in a map with personas: `every-persona` (the "
            "default: the same score for each) or `no-persona` (a score for no persona in particular, as a "
            "Mermaid task without actors: it is analysed as the customers as a whole, never as a persona's).",
            choices=(EVERY_PERSONA, NO_PERSONA),
        ),
        Field("personas", PERSONAS, "The customers whose journey this is, inline or as `ref:` to a persona file."),
        Field("stages", OBJECTS, "The stages of the journey, in the order the customer lives them.", required=True, of="Stage", min_items=1),
        Field("data", OBJECTS, "Survey result files measured at the touchpoints (see docs/data.md).", of="DataFile"),
        Field("targets", OBJECT, "What each measured metric should reach; below it, W231 warns.", of="Targets"),
    ),
)

SCALE = ObjectSpec(
    "Scale",
    "scale",
    "The range of emotion scores. Any `min` below `max`; neutral is the midpoint.",
    (
        Field("min", NUMBER, "The worst possible score.", required=True, example=-2),
        Field("max", NUMBER, "The best possible score.", required=True, example=2),
    ),
)

PERSONA = ObjectSpec(
    "Persona",
    "persona",
    "A concrete customer: who they are, what they want, and the channels they use.",
    (
        Field("id", SLUG, "Unique persona id, used as the key of emotion mappings.", required=True, example="aiko"),
        Field("name", TEXT, "Display name, often with age and role.", required=True, example="Aiko (28, designer)"),
        Field("description", TEXT, "Demographics and situation in a sentence or two."),
        Field("goals", TEXTS, "What the persona wants to achieve." + _TEXTS_NOTE),
        Field("frustrations", TEXTS, "What annoys or blocks the persona." + _TEXTS_NOTE),
        Field("channels", TEXTS, "Preferred channels, e.g. instagram, app, phone." + _TEXTS_NOTE, example=["instagram", "app"]),
    ),
)

PERSONA_REF = ObjectSpec(
    "PersonaRef",
    "persona reference",
    "A persona kept in its own YAML file (a persona mapping at the top level), shared by several maps.",
    (
        Field(
            "ref",
            TEXT,
            "Path to the persona file, relative to this file; must stay inside the map's root.",
            required=True,
            example="personas/kenji.yaml",
        ),
    ),
)

STAGE = ObjectSpec(
    "Stage",
    "stage",
    "A step of the journey, such as awareness or support, with its touchpoints.",
    (
        Field("id", SLUG, "Unique stage id. A canonical phase id here also sets the phase.", required=True, example="awareness"),
        Field("name", TEXT, "Display name, in any language.", required=True, example="認知"),
        Field(
            "phase",
            CHOICE,
            "Canonical phase, in journey order. Inferred from the id (or a canonical name) when omitted.",
            choices=PHASE_IDS,
        ),
        Field("goal", TEXT, "What the customer wants to achieve in this stage."),
        Field("description", TEXT, "Notes about the stage."),
        Field("touchpoints", OBJECTS, "Where the customer meets the brand in this stage.", of="Touchpoint"),
        Field("blueprint", OBJECT, "What the organisation does across the whole stage (service blueprint).", of="Blueprint"),
        Field("ignore", CODES, "Rule codes or names not to report for this stage, on purpose.", example=["W204"]),
    ),
)

TOUCHPOINT = ObjectSpec(
    "Touchpoint",
    "touchpoint",
    "One moment where the customer meets the brand: a reel, a checkout page, a support call.",
    (
        Field("id", SLUG, "Unique touchpoint id (unique across the whole map).", required=True, example="insta-reel"),
        Field("name", TEXT, "Display name.", required=True, example="Instagram reel"),
        Field("channel", TEXT, "Where it happens: web, app, email, phone, chat, store, instagram, line, …", example="instagram"),
        Field("owner", TEXT, "The department or team responsible for it.", example="marketing"),
        Field("actions", TEXTS, "What the customer does." + _TEXTS_NOTE),
        Field("thoughts", TEXTS, "What the customer thinks or says." + _TEXTS_NOTE),
        Field(
            "emotion",
            EMOTION,
            "How the customer feels: one number for every persona, a mapping persona id → number, or null (not scored).",
            example={"aiko": 1, "kenji": 0},
        ),
        Field("pain_points", ITEMS, "What hurts here." + _ITEMS_NOTE),
        Field("opportunities", ITEMS, "What the company could do better here." + _ITEMS_NOTE),
        Field(
            "values",
            CHOICES,
            "Schmitt's experiential values this touchpoint delivers: sense, feel, think, act, relate "
            "(also by their Japanese names: 感覚的, 情緒的, 創造的・認知的, 肉体的・行動的, 準拠集団・関係的).",
            choices=EXPERIENTIAL_VALUES,
            aliases=tuple(sorted(VALUE_ALIASES.items())),
        ),
        Field("evidence", OBJECT_OR_OBJECTS, "Research behind the scores: one source or a list.", of="Evidence"),
        Field("blueprint", OBJECT, "What the organisation does to deliver it (service blueprint).", of="Blueprint"),
        Field("ignore", CODES, "Rule codes or names not to report for this touchpoint, on purpose."),
        Field(
            "realises",
            IDS,
            "In a future map: the ids of the current map's opportunities this touchpoint realises.",
            example=["address-lookup"],
        ),
        Field(
            "removes",
            IDS,
            "In a future map: the ids of the current map's pain points this touchpoint removes.",
            example=["postcode-rejected"],
        ),
    ),
)

ITEM = ObjectSpec(
    "Item",
    "pain point or opportunity",
    "A pain point or an opportunity with an id, so that a future map can name it in `removes` or `realises`.",
    (
        Field("id", SLUG, "Unique among the map's pain points (or its opportunities).", required=True, example="address-lookup"),
        Field("text", TEXT, "What hurts, or what the company could do.", required=True, example="Address lookup"),
    ),
)

ACCEPTED_PAIN = ObjectSpec(
    "AcceptedPain",
    "accepted pain point",
    "A pain point of the current map that the future map keeps on purpose.",
    (
        Field("id", SLUG, "The pain point's id in the current map.", required=True, example="delivery-window"),
        Field("reason", TEXT, "Why the future keeps it: a decision, a constraint, a later release.", required=True,
              example="Couriers set the window; renegotiated in 2027"),
    ),
)

EVIDENCE = ObjectSpec(
    "Evidence",
    "evidence",
    "Where a score comes from. Scores without evidence are hypotheses.",
    (
        Field("source", TEXT, "The study, survey or data set.", required=True, example="Instagram survey 2026-10"),
        Field("date", TEXT, "When it was collected (any text; ISO dates sort best)."),
        Field("n", COUNT, "Sample size."),
        Field("csat", NUMBER, "Customer satisfaction score measured there."),
        Field("nps", NUMBER, "Net Promoter Score measured there."),
        Field("quote", TEXT, "A customer's own words."),
        Field("url", TEXT, "Link to the research."),
        Field("notes", TEXT, "Anything else worth knowing."),
    ),
)

_ACTIONS_NOTE = " Each is text, or `{action: …, department: …}` to name who does it (default: the touchpoint's owner)."

BLUEPRINT = ObjectSpec(
    "Blueprint",
    "blueprint",
    "A service blueprint: what the organisation does, seen and unseen, to deliver a touchpoint (or a whole stage), "
    "where it can fail and where the customer waits. Lanes below the customer's, as Shostack drew them.",
    (
        Field("physical_evidence", TEXTS, "What the customer sees, touches or keeps: a receipt, an email, a parcel, a screen." + _TEXTS_NOTE),
        Field("frontstage", RECORDS, "What staff or systems do in view of the customer (above the line of visibility)." + _ACTIONS_NOTE, of="Action"),
        Field("backstage", RECORDS, "What staff do out of the customer's sight to make it happen." + _ACTIONS_NOTE, of="Action"),
        Field(
            "support",
            RECORDS,
            "Support processes and systems behind the staff: IT, logistics, partners (below the line of internal interaction)."
            + _ACTIONS_NOTE,
            of="Action",
        ),
        Field("fail_points", RECORDS, "Where delivery can fail, as the customer experiences it; text or a mapping with an owner and a mitigation.", of="FailPoint"),
        Field("waits", RECORDS, "Where the customer waits: a duration, or a mapping that adds what for and the target.", of="Wait"),
    ),
)

ACTION = ObjectSpec(
    "Action",
    "action",
    "One step in a blueprint lane. Written as text when the touchpoint's owner does it.",
    (
        Field("action", TEXT, "What is done.", required=True, example="Checks the parcel and scans the return label"),
        Field("department", TEXT, "Who does it: a department, team or partner. Default: the touchpoint's owner.", example="logistics"),
    ),
)

FAIL_POINT = ObjectSpec(
    "FailPoint",
    "fail point",
    "A place where delivery can fail. Written as text when it has no owner or mitigation yet.",
    (
        Field("experience", TEXT, "What the customer experiences when it fails.", required=True, example="The refund does not arrive"),
        Field("owner", TEXT, "The department that prevents it and answers for it.", example="logistics"),
        Field("mitigation", TEXT, "What prevents the failure or limits the damage.", example="A status email the day the parcel arrives"),
    ),
)

WAIT = ObjectSpec(
    "Wait",
    "wait",
    "A time the customer waits. Written as a duration alone when it has no target. Durations are a number and a unit (30s, 15min, 2h, 3d, 1w, combined as 1h30min; "
    "or 15分, 2時間, 3日, 1週間), or ISO 8601 (PT15M, P3D). Months and years are not fixed lengths: write days or weeks.",
    (
        Field("duration", DURATION, "How long the customer waits (typical or measured).", required=True, example="14min"),
        Field("what", TEXT, "What the customer waits for.", example="an agent on the phone"),
        Field("target", DURATION, "The longest the wait should be; a longer `duration` is reported (W222).", example="5min"),
    ),
)

# Measured data (docs/data.md): survey files, how to read them, and the targets of their metrics.

DATA_FILE = ObjectSpec(
    "DataFile",
    "data file",
    "A file of survey answers, and which touchpoint (and persona or segment) each answer is about.",
    (
        Field(
            "file",
            TEXT,
            "Path to the file, relative to this map; must stay inside the map's root (like `ref:`).",
            required=True,
            example="data/survey-2026-10.csv",
        ),
        Field(
            "format",
            CHOICE,
            "`tidy` (one row per answer: touchpoint, metric, score), `qualtrics` (a Qualtrics export, three "
            "header rows) or `google-forms` (a Google Forms export: a timestamp, then one column per question). "
            "Default: tidy.",
            choices=FORMATS,
        ),
        Field("name", TEXT, "What the data is, as reports name it (default: the file name).", example="Post-purchase survey, October 2026"),
        Field("encoding", CHOICE, "The file's encoding; `auto` (default) recognises UTF-8 with or without BOM, UTF-16 with BOM and Shift_JIS (cp932).", choices=ENCODINGS),
        Field("delimiter", CHOICE, "The column separator; `auto` (default) picks comma, semicolon or tab from the header.", choices=DELIMITERS),
        Field("segment", TEXT, "Every answer in the file comes from this persona (its id) or segment."),
        Field("columns", OBJECT, "Which header holds what, when the file's headers differ from the defaults.", of="DataColumns"),
        Field("questions", OBJECTS, "For exports: which question column measures which touchpoint, with which metric.", of="Question"),
        Field("scales", OBJECT, "The top of the CSAT and CES scales in this file: 5 or 7 (default CSAT 5, CES 7).", of="MetricScales"),
    ),
)

DATA_COLUMNS = ObjectSpec(
    "DataColumns",
    "columns",
    "Headers of a data file. A tidy file needs `touchpoint`, `metric` and `score` columns (by default the "
    "columns of those names); `segment` and `date` are optional in every format.",
    (
        Field("touchpoint", TEXT, "The column holding the touchpoint id.", example="step"),
        Field("metric", TEXT, "The column holding the metric: nps, csat or ces."),
        Field("score", TEXT, "The column holding the answer, a number.", example="rating"),
        Field("segment", TEXT, "The column holding the persona id or segment of the answer."),
        Field("date", TEXT, "The column holding when it was answered (ISO dates: 2026-10-03)."),
    ),
)

QUESTION = ObjectSpec(
    "Question",
    "question",
    "One question of a Qualtrics or Google Forms export.",
    (
        Field(
            "column",
            TEXT,
            "The question's column: its field id (`Q3`), question text or import id (`QID3`) in a Qualtrics "
            "export; its header (the question text) in a Google Forms export.",
            required=True,
            example="Q3",
        ),
        Field("touchpoint", SLUG, "The touchpoint its answers are about.", required=True, example="signup-form"),
        Field("metric", CHOICE, "What it measures: nps (0-10), csat or ces.", required=True, choices=METRICS),
        Field("segment", TEXT, "Every answer to this question comes from this persona (its id) or segment."),
    ),
)

METRIC_SCALES = ObjectSpec(
    "MetricScales",
    "scales",
    "The highest answer of each metric's scale in a data file.",
    (
        Field("csat", COUNT, "5 (1..5, the default) or 7 (1..7).", example=5),
        Field("ces", COUNT, "5 (1..5) or 7 (1..7, the default; CES 2.0: 7 means 'very easy').", example=7),
    ),
)

TARGETS = ObjectSpec(
    "Targets",
    "targets",
    "The value each metric should reach at every measured touchpoint. They take precedence over the "
    "targets of the configuration (`[tool.journeymap.rules.metric-below-target]`).",
    (
        Field("nps", NUMBER, "Net Promoter Score, -100..100.", example=20),
        Field("csat", NUMBER, "CSAT mean, on the data's scale.", example=4.0),
        Field("csat_top2", NUMBER, "CSAT top-two-box: the % of answers in the two highest points.", example=80),
        Field("ces", NUMBER, "CES mean, on the data's scale (higher is easier).", example=5.5),
    ),
)

OBJECTS_BY_NAME: dict[str, ObjectSpec] = {
    spec.name: spec
    for spec in (JOURNEY, SCALE, PERSONA, PERSONA_REF, STAGE, TOUCHPOINT, EVIDENCE, ITEM, ACCEPTED_PAIN)
    + (DATA_FILE, DATA_COLUMNS, QUESTION, METRIC_SCALES, TARGETS)
}
OBJECTS_BY_NAME.update((spec.name, spec) for spec in (BLUEPRINT, ACTION, FAIL_POINT, WAIT))


def owners_of(field_name: str) -> list[ObjectSpec]:
    """The object types that define a field of this name (for "belongs to" hints)."""
    return [spec for spec in OBJECTS_BY_NAME.values() if spec.field(field_name) is not None]
