"""The E1xx codes: the file is not a valid journey map.

Structural findings are always errors and cannot be ignored: when one exists
the map cannot be read reliably, so analysis and rendering stop there. Each
entry documents itself for ``journeymap explain`` and docs/rules.md.
"""

from __future__ import annotations

from dataclasses import dataclass

from journeymap.findings import Finding, Severity, Span


@dataclass(frozen=True)
class StructuralCode:
    code: str
    name: str
    summary: str
    doc: str


CODES: tuple[StructuralCode, ...] = (
    StructuralCode("E100", "yaml-syntax", "The file is not valid YAML.", """
Why it matters: nothing else can be checked until the YAML parses.

How to fix: look at the line and column given; the usual causes are a tab used
for indentation (YAML indents with spaces), a missing space after `:`, or an
unclosed quote or bracket.
"""),
    StructuralCode("E101", "duplicate-key", "The same key appears twice in one mapping.", """
Why it matters: plain YAML loaders silently keep the last value, so one of the
two values is lost without anyone noticing. In a file reviewed in git that is
data loss.

How to fix: keep one of the two keys; the message names the line of the first.
"""),
    StructuralCode("E102", "unknown-field", "A key that format v1 does not define.", """
Why it matters: a misspelt key (`touchpoint:` for `touchpoints:`) would
otherwise be ignored and its content silently missing from every output.

How to fix: use the suggested spelling, move the key to the object it belongs
to, or prefix a custom field with `x-` (for example `x-jira: CX-123`), which
journeymap keeps but does not interpret.
"""),
    StructuralCode("E103", "wrong-type", "A value of the wrong kind (text, number, list, mapping).", """
Example: `emotion: "1"` is text, not a number; `stages:` must be a list.

How to fix: write the kind the message names. Numbers are written without
quotes; text that looks like a number (`name: "2024"`) is put in quotes.
"""),
    StructuralCode("E104", "score-out-of-scale", "An emotion score outside the map's scale.", """
Why it matters: a score outside the scale breaks every average and curve.
NaN and infinity are outside every scale.

How to fix: use a number from the scale's `min` to its `max` (default -2..2),
or change `scale:` if the map really uses another range.
"""),
    StructuralCode("E105", "duplicate-id", "Two personas, stages or touchpoints share an id.", """
Why it matters: ids are how emotion scores, diffs and suppressions find their
object; two objects with one id make those ambiguous.

How to fix: give each persona, stage and touchpoint its own id.
"""),
    StructuralCode("E106", "unknown-persona", "An emotion score for a persona the map does not define.", """
How to fix: use one of the persona ids listed in the hint, or add the persona
under `personas:`.
"""),
    StructuralCode("E107", "unresolved-ref", "A persona `ref:` that cannot be followed.", """
A `ref:` path is relative to the file that names it. It must not be absolute,
must stay inside the map's root (the nearest directory holding `.git`,
`pyproject.toml` or `journeymap.toml`), must exist, and must not lead back to
itself.
"""),
    StructuralCode("E108", "unsupported-version", "The `journeymap:` version is not one this tool reads.", """
How to fix: write `journeymap: 1` (the only format version so far).
"""),
    StructuralCode("E109", "forbidden-yaml", "A YAML feature journey maps do not allow.", """
Journey maps are plain data: custom tags (`!!python/...`) are never executed
and are rejected, merge keys (`<<:`) are not supported, alias expansion and
nesting depth are bounded so that a hostile file cannot exhaust memory.

How to fix: write the values out in plain YAML.
"""),
    StructuralCode("E110", "missing-field", "A required field is missing.", """
Every persona, stage and touchpoint needs an `id` and a `name`; a map needs
`journeymap`, `title` and `stages`.
"""),
    StructuralCode("E111", "invalid-value", "A value of the right kind that format v1 does not accept.", """
Examples: an id that is not a slug (`[a-z0-9][a-z0-9_-]*`), an unknown phase,
an unknown experiential value, an empty name.
"""),
    StructuralCode("E112", "invalid-scale", "The scale's `min` is not below its `max`.", """
How to fix: `scale: {min: -2, max: 2}` (the default) or `{min: 1, max: 5}`.
"""),
    StructuralCode("E113", "not-a-journey-map", "The file is empty, not a mapping, or holds several documents.", """
A journey map is one YAML document whose top level is a mapping with the key
`journeymap: 1`.
"""),
    StructuralCode("E114", "unreadable-encoding", "The file is binary or not UTF-8.", """
How to fix: save the file as UTF-8 (with or without BOM). Files saved as UTF-16
or Shift_JIS are common on Windows; every editor can re-save them as UTF-8.
"""),
    StructuralCode("E115", "file-too-large", "The file is larger than the configured limit.", """
The default limit is 10 MB; raise it with `max-file-size` in
`[tool.journeymap]` or `journeymap.toml`.
"""),
)

BY_CODE: dict[str, StructuralCode] = {c.code: c for c in CODES}


def error(span: Span, code: str, message: str, hint: str | None = None) -> Finding:
    """A structural finding at ``span``; the name comes from the catalogue."""
    return Finding.at(span, code, BY_CODE[code].name, Severity.ERROR, message, hint)
