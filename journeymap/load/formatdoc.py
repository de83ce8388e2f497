"""Generate the reference docs from the code, so they cannot go stale.

``make docs`` (tools/gen_docs.py) writes them; a test fails when a committed
file differs from what this module generates.
"""

from __future__ import annotations

from journeymap.load import spec as S
from journeymap.load.blueprint import BLUEPRINT_SECTION
from journeymap.load.compose import ALIAS_BUDGET, MAX_DEPTH
from journeymap.load.source import DEFAULT_MAX_BYTES
from journeymap.load.structural import CODES
from journeymap.phases import PHASE_IDS, PHASES

_KIND_NAMES = {
    S.VERSION: "integer `1`",
    S.TEXT: "text",
    S.TEXTS: "text or list of texts",
    S.SLUG: "id",
    S.NUMBER: "number",
    S.COUNT: "whole number ≥ 0",
    S.EMOTION: "number, mapping persona → number, or null",
    S.CHOICE: "one of the phases",
    S.CHOICES: "one or a list of: " + ", ".join(S.EXPERIENTIAL_VALUES) + " (or their Japanese names)",
    S.CODES: "rule code/name or a list of them",
    S.PERSONAS: "list of Persona or PersonaRef",
    S.DURATION: "duration: `15min`, `2h`, `3d`, `PT15M`, `15分`",
    S.ITEMS: "text, [Item](#item), or a list of them",
    S.IDS: "id or a list of ids",
}

_INTRO = """\
# The journey map format, version 1

<!-- Generated from journeymap/spec.py by `make docs`; edit that file, not this one. -->

One journey map per YAML file (`*.yaml` or `*.yml`). The top-level key
`journeymap: 1` marks the file as a journey map and names the format version.
The JSON Schema of this format is printed by `journeymap schema` and kept in
[journeymap.schema.json](journeymap.schema.json); start a map with

```yaml
# yaml-language-server: $schema=../docs/journeymap.schema.json
```

(the path relative to the map) and editors with the YAML language server
complete and check it as you type.

## A small map

```yaml
journeymap: 1
title: Coffee subscription — first 90 days
personas:
  - id: aiko
    name: Aiko (28, designer)
    channels: [instagram, app, chat]
  - id: kenji
    name: Kenji (62, retired)
    channels: [phone, store]
  # - ref: personas/kenji.yaml    # or keep a persona in its own file and refer to it
stages:
  - id: awareness                 # a canonical phase id also sets the phase
    name: 認知
    goal: Learn that the brand exists
    touchpoints:
      - id: insta-reel
        name: Instagram reel
        channel: instagram
        owner: marketing
        thoughts: Pretty, but is it for beginners?
        emotion: {aiko: 1, kenji: 0}   # or one number for every persona
        opportunities: [Beginner-friendly captions]
        values: [sense, feel]
        evidence: {source: Instagram survey 2026-10, n: 120, csat: 4.2}
```

## Rules that apply everywhere

- **Ids** are slugs: lowercase letters, digits, `-` and `_`, starting with a
  letter or digit (`insta-reel`, `step_2`). Persona, stage and touchpoint ids
  are each unique within a map (touchpoint ids across the whole map).
- **Names and all text** may be in any language.
- **Text or list**: `actions`, `thoughts`, `pain_points`, `opportunities`,
  `goals`, `frustrations`, `channels` take one string or a list of strings.
- **Empty optional fields** (`goal:` with nothing after it) mean "not given".
- **Unknown keys are errors** (E102) with a "did you mean" hint, so a typo
  never silently drops content. Keys starting with `x-` are custom fields:
  kept, never interpreted (`x-jira: CX-123`); only `render --format mermaid`
  reads the `x-mermaid` field that `import mermaid` writes (see
  [mermaid.md](mermaid.md)).
- Text that YAML would read as a number or a boolean (`name: 2024`,
  `channel: yes`) must be quoted.

## Emotion scores and the scale

`emotion` is one number (the same for every persona), a mapping from persona
id to number, or `null` (not scored). A persona missing from a mapping is not
scored at that touchpoint. Scores must lie on the map's scale (E104); NaN and
infinity never do. The scale defaults to -2..2; any `min` below `max` works
(Mermaid's journey diagrams score 0..5, most often 1..5). Neutral is the
midpoint. Analysis thresholds are fractions of the scale, so a map on 1..5 and
the same map on -2..2 get the same findings.

`single_scores: no-persona` changes what one number means in a map with
personas: a score for no persona in particular (what a Mermaid task without
actors says). Such scores are analysed as the customers as a whole, next to
the personas, and never count for any persona, so no persona is flagged for a
stage it has no touchpoint in. `journeymap import mermaid` sets it when a
diagram mixes tasks with and without actors.

## Scope

A map may cover only part of the journey on purpose: a support journey, the
first week after sign-up. `scope` names the phases it covers (`scope:
[support]`, `scope: [onboarding, usage]`). Rules about coverage judge the map
against its scope: W209 (no post-purchase stage) does not ask for stages after
the purchase in a map whose scope lies wholly before or wholly after it.

## Phases

Each stage may name a canonical phase. When `phase` is left out it is
inferred from the stage id (`awareness`, or a common synonym such as
`checkout` → purchase, `renewal` → retention) or from a canonical name in
English or Japanese (`認知`). The last five phases are post-purchase.

| phase | English | 日本語 | post-purchase |
| --- | --- | --- | --- |
<<phases>>

## Persona files

`- ref: personas/kenji.yaml` loads a persona from its own file, whose top
level is a persona mapping (the fields of [Persona](#persona)). The path is
relative to the file that names it. Absolute paths and paths that leave the
map's root (the nearest directory above the map holding `.git`,
`pyproject.toml` or `journeymap.toml`) are refused, and so are reference
cycles (E107). Problems inside a persona file are reported at their line in
that file.

## Survey data

`data:` attaches survey result files (a tidy CSV, a Qualtrics export, a
Google Forms export) and says which touchpoint, persona or segment each
answer belongs to; `targets:` says what each metric should reach. Their paths
follow the same rules as `ref:`. NPS, CSAT and CES are computed per
touchpoint, stage and segment and compared with the team's scores (W230,
W231, W232, I330). See [data.md](data.md).

## Safe loading

journeymap reads YAML as data only: tags other than the core schema
(`!!python/...`, `!!binary`, custom `!tags`) are refused and never executed,
merge keys (`<<`) are not supported, aliases may expand to at most
<<alias_budget>> nodes, documents may nest at most <<max_depth>> levels, and files above
<<max_mb>> MB are refused (change with `max-file-size`). A key written twice in one
mapping is an error (E101) instead of silently keeping the last value. Files
must be UTF-8 (with or without BOM, LF or CRLF line ends).
"""


def _kind(field: S.Field) -> str:
    if field.kind in (S.CHOICE, S.CHOICES) and field.choices == PHASE_IDS:
        return "one of the phases" if field.kind == S.CHOICE else "a phase or a list of phases"
    if field.kind == S.CHOICE:
        return "one of: " + ", ".join(f"`{choice}`" for choice in field.choices)
    if field.kind in (S.OBJECT, S.OBJECTS, S.OBJECT_OR_OBJECTS):
        link = f"[{field.of}](#{field.of.lower()})"
        return {S.OBJECT: link, S.OBJECTS: f"list of {link}", S.OBJECT_OR_OBJECTS: f"{link} or a list of them"}[field.kind]
    if field.kind == S.RECORDS:
        first = S.OBJECTS_BY_NAME[field.of].fields[0]
        shorthand = "duration" if first.kind == S.DURATION else "text"
        return f"{shorthand}, [{field.of}](#{field.of.lower()}), or a list of either"
    if field.kind == S.CHOICE and field.choices != S.PHASE_IDS:
        return "one of: " + ", ".join(f"`{choice}`" for choice in field.choices)
    return _KIND_NAMES[field.kind]


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def format_markdown() -> str:
    phases = "\n".join(
        f"| `{p.id}` | {p.en} | {p.ja} | {'yes' if p.post_purchase else ''} |" for p in PHASES
    )
    parts = [
        _INTRO.replace("<<phases>>", phases)
        .replace("<<alias_budget>>", f"{ALIAS_BUDGET:,}")
        .replace("<<max_depth>>", str(MAX_DEPTH))
        .replace("<<max_mb>>", str(DEFAULT_MAX_BYTES // (1024 * 1024))),
        BLUEPRINT_SECTION,
        "## Reference\n",
    ]
    for spec in S.OBJECTS_BY_NAME.values():
        parts.append(f"### {spec.name}\n\n{spec.doc}\n\n| field | type | required | description |\n| --- | --- | --- | --- |")
        for field in spec.fields:
            parts.append(
                f"| `{field.name}` | {_kind(field)} | {'yes' if field.required else ''} | {_cell(field.doc)} |"
            )
        parts.append("")
    parts.append("## Structural errors (E1xx)\n")
    parts.append("A file with any of these is not a valid map; nothing else is analysed or rendered.\n")
    parts.append("| code | name | meaning |\n| --- | --- | --- |")
    parts.extend(f"| {c.code} | `{c.name}` | {_cell(c.summary)} |" for c in CODES)
    parts.append("\nRun `journeymap explain CODE` for the details of one code.\n")
    return "\n".join(parts)

