"""The E1xx codes: the file is not a valid journey map.

Structural findings are always errors and cannot be ignored: when one exists
the map cannot be read reliably, so analysis and rendering stop there. Each
entry documents itself for ``journeymap explain`` and docs/rules.md.
"""

from __future__ import annotations

from dataclasses import dataclass

from journeymap.findings import Finding, Severity, Span
from journeymap.i18n import N_


@dataclass(frozen=True)
class StructuralCode:
    code: str
    name: str
    summary: str
    doc: str


CODES: tuple[StructuralCode, ...] = (
    StructuralCode("E100", "yaml-syntax", N_("The file is not valid YAML."), N_("""
Why it matters: nothing else can be checked until the YAML parses.

How to fix: look at the line and column given; the usual causes are a tab used
for indentation (YAML indents with spaces), a missing space after `:`, or an
unclosed quote or bracket.
""")),
    StructuralCode("E101", "duplicate-key", N_("The same key appears twice in one mapping."), N_("""
Why it matters: plain YAML loaders silently keep the last value, so one of the
two values is lost without anyone noticing. In a file reviewed in git that is
data loss.

How to fix: keep one of the two keys; the message names the line of the first.
""")),
    StructuralCode("E102", "unknown-field", N_("A key that format v1 does not define."), N_("""
Why it matters: a misspelt key (`touchpoint:` for `touchpoints:`) would
otherwise be ignored and its content silently missing from every output.

How to fix: use the suggested spelling, move the key to the object it belongs
to, or prefix a custom field with `x-` (for example `x-jira: CX-123`), which
journeymap keeps but does not interpret.
""")),
    StructuralCode("E103", "wrong-type", N_("A value of the wrong kind (text, number, list, mapping)."), N_("""
Example: `emotion: "1"` is text, not a number; `stages:` must be a list.

How to fix: write the kind the message names. Numbers are written without
quotes; text that looks like a number (`name: "2024"`) is put in quotes.
""")),
    StructuralCode("E104", "score-out-of-scale", N_("An emotion score outside the map's scale."), N_("""
Why it matters: a score outside the scale breaks every average and curve.
NaN and infinity are outside every scale.

How to fix: use a number from the scale's `min` to its `max` (default -2..2),
or change `scale:` if the map really uses another range.
""")),
    StructuralCode("E105", "duplicate-id", N_("Two personas, stages, touchpoints, pain points or opportunities share an id."), N_("""
Why it matters: ids are how emotion scores, diffs, suppressions and future
maps find their object; two objects with one id make those ambiguous.

How to fix: give each persona, stage, touchpoint, pain point and opportunity
its own id.
""")),
    StructuralCode("E106", "unknown-persona", N_("An emotion score for a persona the map does not define."), N_("""
How to fix: use one of the persona ids listed in the hint, or add the persona
under `personas:`.
""")),
    StructuralCode("E107", "unresolved-ref", N_("A persona `ref:` or a `counterpart:` path that cannot be followed."), N_("""
A `ref:` or `counterpart:` path is relative to the file that names it. It must
not be absolute, must stay inside the map's root (the nearest directory holding
`.git`, `pyproject.toml` or `journeymap.toml`), must exist, and must not lead
back to itself. A counterpart must itself be a valid map.
""")),
    StructuralCode("E108", "unsupported-version", N_("The `journeymap:` version is not one this tool reads."), N_("""
How to fix: write `journeymap: 1` (the only format version so far).
""")),
    StructuralCode("E109", "forbidden-yaml", N_("A YAML feature journey maps do not allow."), N_("""
Journey maps are plain data: custom tags (`!!python/...`) are never executed
and are rejected, merge keys (`<<:`) are not supported, alias expansion and
nesting depth are bounded so that a hostile file cannot exhaust memory.

How to fix: write the values out in plain YAML.
""")),
    StructuralCode("E110", "missing-field", N_("A required field is missing."), N_("""
Every persona, stage and touchpoint needs an `id` and a `name`; a map needs
`journeymap`, `title` and `stages`.
""")),
    StructuralCode("E111", "invalid-value", N_("A value of the right kind that format v1 does not accept."), N_("""
Examples: an id that is not a slug (`[a-z0-9][a-z0-9_-]*`), an unknown phase,
an unknown experiential value, an empty name.
""")),
    StructuralCode("E112", "invalid-scale", N_("The scale's `min` is not below its `max`."), N_("""
How to fix: `scale: {min: -2, max: 2}` (the default) or `{min: 1, max: 5}`.
""")),
    StructuralCode("E113", "not-a-journey-map", N_("The file is empty, not a mapping, or holds several documents."), N_("""
A journey map is one YAML document whose top level is a mapping with the key
`journeymap: 1`.
""")),
    StructuralCode("E114", "unreadable-encoding", N_("The file is binary or not UTF-8."), N_("""
How to fix: save the file as UTF-8 (with or without BOM). Files saved as UTF-16
or Shift_JIS are common on Windows; every editor can re-save them as UTF-8.
""")),
    StructuralCode("E115", "file-too-large", N_("The file is larger than the configured limit."), N_("""
The default limit is 10 MB; raise it with `max-file-size` in
`[tool.journeymap]` or `journeymap.toml`.
""")),
    StructuralCode("E120", "counterpart-mismatch", N_("A future map names what its current map does not hold."), N_("""
A future map (`state: future`) refers to its current map (`counterpart:`) by
id: `realises` names the current map's opportunities, `removes` and
`accepted_pains` its pain points. Each id must exist there, the two maps must
say different states, and only a future map with a counterpart may name them.

How to fix: use an id from the hint (the current map lists them as
`- {id: …, text: …}` items), or give the item an id in the current map.
""")),
)

# Measured data (docs/data.md): a survey file the map names cannot be used. The map itself
# is still drawn; the file's answers are left out until the error is fixed.
CODES += (
    StructuralCode("E130", "data-file-unreadable", N_("A `data:` file that cannot be opened."), N_("""
A `file:` path is relative to the map. Like a persona `ref:`, it must not be
absolute, must stay inside the map's root, must exist and be a regular file
below `max-data-size` (512 MB by default).

How to fix: correct the path, or export the survey file again.
""")),
    StructuralCode("E131", "data-layout", N_("A data file whose columns or header rows do not match what the map says."), N_("""
Examples: a tidy file without a `score` column, a question column the export
does not have, a Qualtrics export without its three header rows, a CSAT scale
that is neither 5 nor 7.

How to fix: name the file's own headers under `columns:` or `questions:`
(the hint lists them), or export the file again in the expected format.
""")),
    StructuralCode("E132", "data-unknown-id", N_("A data file names a touchpoint or metric the map does not know."), N_("""
Every answer must be about a touchpoint of the map, measured with nps, csat
or ces. Answers about an unknown touchpoint are left out of every metric;
the finding points at the first row and says how many answers it concerns.

How to fix: correct the id in the data (the hint suggests the closest one),
or add the touchpoint to the map.
""")),
)

BY_CODE: dict[str, StructuralCode] = {c.code: c for c in CODES}


def error(span: Span, code: str, message: str, hint: str | None = None) -> Finding:
    """A structural finding at ``span``; the name comes from the catalogue."""
    return Finding.at(span, code, BY_CODE[code].name, Severity.ERROR, message, hint)
