"""The generated reference docs: docs/rules.md from the code catalogue, and the list of every generated file.

A test fails when a committed copy is stale; `make docs` writes them.
"""

from __future__ import annotations

from pathlib import Path

from journeymap.check.codes import entries, option_in_scale_units
from journeymap.i18n import speaker
from journeymap.messages import docs as D


def rules_markdown(lang: str = "en") -> str:
    """docs/rules.md (English) or docs/rules.ja.md: the catalogue of codes, every rule's documentation."""
    w = speaker(lang)
    catalogue = entries()
    other = w(D.ENGLISH_VERSION) if lang != "en" else w(D.OTHER_LANGUAGE)
    out = [
        f"# {w(D.RULES_TITLE)}",
        "",
        f"<!-- {w(D.GENERATED)} -->",
        "",
        other,
        "",
        w(D.RULES_INTRO),
        "",
        "- " + w(D.FAMILY_E),
        "- " + w(D.FAMILY_W),
        "- " + w(D.FAMILY_I),
        "",
        w(D.THRESHOLDS),
        "",
        "```toml",
        f"[tool.journeymap.rules.low-stage-emotion]   # {w(D.TOML_COMMENT_FILE)}",
        "threshold = -0.5",
        f'severity = "error"                           # {w(D.TOML_COMMENT_SEVERITY)}',
        "```",
        "",
        f"| {w(D.CODE)} | {w(D.NAME)} | {w(D.SEVERITY)} | {w(D.SUMMARY)} |",
        "| --- | --- | --- | --- |",
    ]
    out += [
        f"| [{e.code}](#{e.code.lower()}-{e.name}) | `{e.name}` | {e.severity.value} | {e.summary_in(lang)} |"
        for e in catalogue
    ]
    for entry in catalogue:
        out += ["", f"## {entry.code} {entry.name}", "", f"*{entry.severity.value}* — {entry.summary_in(lang)}", ""]
        out.append(entry.doc_in(lang).replace("## ", "### "))
        if entry.options:
            out += ["", f"| {w(D.OPTION)} | {w(D.DEFAULT)} | {w(D.MEANING)} |", "| --- | --- | --- |"]
            for option in entry.options:
                scale_units = option_in_scale_units(option, option.default, lang)
                meaning = w(option.doc) + (" " + w(D.DEFAULT_IN_SCALE, scale_units=scale_units) if scale_units else "")
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
        docs / "rules.ja.md": rules_markdown("ja"),
    }
