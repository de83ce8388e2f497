"""The generated reference docs: docs/rules.md from the code catalogue, and the list of every generated file.

A test fails when a committed copy is stale; `make docs` writes them.
"""

from __future__ import annotations

from pathlib import Path

from journeymap.check.codes import entries, option_in_scale_units


def rules_markdown() -> str:
    catalogue = entries()
    out = [
        "# Rules",
        "",
        "<!-- Generated from the rule registry by `make docs`; edit the rule modules, not this file. -->",
        "",
        "Every finding has a code and a name; both work in `--select`, `--ignore`, the",
        "configuration's `select`/`ignore` lists and a stage's or touchpoint's `ignore:`",
        "list. Prefixes select families: `W2` is every weak-stage rule, `I` every advice.",
        "`journeymap explain CODE` prints one entry with the thresholds in force.",
        "",
        "- **E1xx** — the file is not a valid map. Always errors; they cannot be ignored.",
        "- **W2xx** — a weak stage or touchpoint. Warnings: they fail `check` only with",
        "  `--strict` or `fail-on = \"warning\"`.",
        "- **I3xx** — advice.",
        "",
        "Thresholds are fractions of the scale's half-range (the distance from neutral",
        "to either end), so a map scored on 1..5 and the same map on -2..2 get the same",
        "findings. Change them per rule:",
        "",
        "```toml",
        "[tool.journeymap.rules.low-stage-emotion]   # in journeymap.toml: [rules.low-stage-emotion]",
        "threshold = -0.5",
        'severity = "error"                           # any rule\'s severity can be changed',
        "```",
        "",
        "| code | name | severity | summary |",
        "| --- | --- | --- | --- |",
    ]
    out += [f"| [{e.code}](#{e.code.lower()}-{e.name}) | `{e.name}` | {e.severity.value} | {e.summary} |" for e in catalogue]
    for entry in catalogue:
        out += ["", f"## {entry.code} {entry.name}", "", f"*{entry.severity.value}* — {entry.summary}", ""]
        out.append(entry.doc.replace("## ", "### "))
        if entry.options:
            out += ["", "| option | default | meaning |", "| --- | --- | --- |"]
            for option in entry.options:
                scale_units = option_in_scale_units(option, option.default)
                meaning = option.doc + (f" Default: {scale_units}." if scale_units else "")
                out.append(f"| `{option.name}` | {option.default:g} | {meaning} |")
    return "\n".join(out) + "\n"


def generated_files(root: Path) -> dict[Path, str]:
    """Every generated documentation file under ``root``, with its expected content."""
    from journeymap.load.formatdoc import format_markdown
    from journeymap.load.schema import schema_json

    docs = root / "docs"
    return {
        docs / "format.md": format_markdown(),
        docs / "journeymap.schema.json": schema_json(),
        docs / "rules.md": rules_markdown(),
    }
