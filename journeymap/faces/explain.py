"""`journeymap explain`: one code in depth, as markdown (printed plain, or styled on a terminal).

The sections of a rule's documentation, then the thresholds in force where the
command runs, then how to turn the rule off.
"""

from __future__ import annotations

from journeymap.check.codes import Entry, option_in_scale_units
from journeymap.i18n import speaker
from journeymap.messages import cli as C
from journeymap.messages.views import SEVERITY
from journeymap.textwidth import pad, width


def explanation(entry: Entry, settings, source: str, lang: str = "en") -> str:
    """The explanation of ``entry``; ``source`` names where the settings came from."""
    w = speaker(lang)
    severity = w(SEVERITY[entry.severity.value])
    lines = [f"# {entry.code} {entry.title_in(lang)} ({entry.name}, {severity})", "", entry.summary_in(lang), "", entry.doc_in(lang), ""]
    configured = settings.rules.get(entry.name, {})
    if entry.options or "severity" in configured:
        lines += [f"## {w(C.IN_FORCE, source=source)}", ""]
        if "severity" in configured:
            lines.append("- " + w(C.SEVERITY_SET, value=configured["severity"], default=entry.severity.value))
        for option in entry.options:
            value = configured.get(option.name, option.default)
            meaning = option_in_scale_units(option, value, lang)
            shown = f"{value:g}" + (f" ({meaning})" if meaning else "")
            if value != option.default:
                shown += "; " + w(C.DEFAULT_WAS, default=f"{option.default:g}")
            lines.append(f"- {option.name} = {shown}: {w(option.doc)}")
        lines.append("")
    if entry.structural:
        lines.append(w(C.STRUCTURAL_NOT_IGNORABLE))
    else:
        lines += [
            f"## {w(C.TURNING_OFF)}",
            "",
            "- " + w(C.OFF_HERE, code=entry.code),
            "- " + w(C.OFF_EVERYWHERE, code=entry.code),
        ]
        if entry.options:
            lines.append("- " + w(C.OFF_THRESHOLDS, name=entry.name))
    return "\n".join(lines)


def catalogue_text(entries, lang: str = "en") -> str:
    """`journeymap rules`: one line per code, then where to read more."""
    w = speaker(lang)
    heads = [w(C.CODE_HEAD), w(C.NAME_HEAD), w(C.SEVERITY_HEAD), w(C.SUMMARY_HEAD)]
    rows = [[e.code, e.name, w(SEVERITY[e.severity.value]), f"{e.title_in(lang)} — {e.summary_in(lang)}"] for e in entries]
    widths = [max(width(row[i]) for row in [heads, *rows]) for i in range(3)]  # display width: CJK counts double
    lines = ["  ".join(pad(cell, widths[i]) if i < 3 else cell for i, cell in enumerate(row)) for row in [heads, *rows]]
    lines += ["", w(C.RULES_MORE)]
    return "\n".join(lines) + "\n"
