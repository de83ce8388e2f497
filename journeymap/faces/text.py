"""Findings for people: grouped by file, each with its source line and a caret.

    error E101 duplicate-key: duplicate key 'name' (first defined on line 5)
     --> examples/coffee.yaml:6:5
      |
    6 |     name: Aiko again
      |     ^^^^
      = hint: delete one of the two; YAML would silently keep only the last value
"""

from __future__ import annotations

from journeymap.faces import ReportOptions
from journeymap.faces.styled import StyledLine
from journeymap.faces.summary import summary_line
from journeymap.findings import Finding
from journeymap.i18n import say, tr
from journeymap.messages import cli as C
from journeymap.messages.views import SEVERITY
from journeymap.textwidth import char_width, width

SEVERITY_STYLE = {"error": "bold red", "warning": "bold yellow", "info": "bold cyan"}
_DEFAULT_WIDTH = 160  # when writing to a pipe or a CI log with no known width


def report(run, options: ReportOptions) -> list[StyledLine]:
    lines: list[StyledLine] = []
    previous_path = None
    # Each file is split into lines once, not once per finding (that was quadratic on big maps).
    split: dict[str, list[str]] = {}
    for finding in run.findings:
        if previous_path is not None and finding.path != previous_path:
            lines.append([("", None)])
        previous_path = finding.path
        if finding.path not in split:
            split[finding.path] = (run.sources.get(finding.path) or "").splitlines()
        lines.extend(finding_lines(finding, split[finding.path], options.width or _DEFAULT_WIDTH, options.lang))
    # Files that could not be read are errors on stderr (journeymap.cli.check writes them),
    # like every other error; the summary below still counts them.
    if options.summary:
        if lines:
            lines.append([("", None)])
        style = "bold red" if run.failing(options.fail_on) or run.problems else "bold green"
        lines.append([(summary_line(len(run.files), run.findings, len(run.problems), options.lang), style)])
    return lines


def finding_lines(finding: Finding, source_lines: list[str], columns: int = _DEFAULT_WIDTH, lang: str = "en") -> list[StyledLine]:
    style = SEVERITY_STYLE[finding.severity.value]
    lines: list[StyledLine] = [
        [
            (tr(lang, say(SEVERITY[finding.severity.value])), style),
            (" ", None),
            (finding.code, "bold"),
            (" ", None),
            (finding.name, "bold"),
            (": ", None),
            (tr(lang, finding.message), "bold"),
        ]
    ]
    gutter = " " * len(str(finding.line))
    lines.append([(f"{gutter}--> ", "blue"), (f"{finding.path}:{finding.line}:{finding.column}", None)])
    source_line = source_lines[finding.line - 1] if 0 < finding.line <= len(source_lines) else None
    if source_line is not None:
        shown, caret_at, caret_width = _caret(source_line, finding, max(20, columns - len(gutter) - 3))
        lines.append([(f"{gutter} |", "blue")])
        lines.append([(f"{finding.line} | ", "blue"), (shown, None)])
        lines.append([(f"{gutter} | ", "blue"), (" " * caret_at + "^" * caret_width, style)])
    if finding.hint:
        lines.append([(f"{gutter} = ", "blue"), (tr(lang, say(C.HINT)) + ": ", "bold cyan"), (tr(lang, finding.hint), None)])
    return lines


def _caret(source_line: str, finding: Finding, columns: int) -> tuple[str, int, int]:
    """The line as shown (at most ``columns`` wide, cut around the finding) and the caret's place and width."""
    # Keep every character's display width so the caret stays under the right column.
    clean = source_line.rstrip()
    if not clean.isprintable():
        clean = "".join(c if c.isprintable() or c == "\u3000" else _visible(c) for c in clean)
    start = min(finding.column - 1, len(clean))
    if finding.end_line == finding.line and finding.end_column > finding.column:
        end = min(finding.end_column - 1, len(clean))
    else:
        end = _content_end(clean, start)  # a finding spanning lines: underline this line's YAML, not its comment
    if width(clean) > columns:
        clean, start, end = _window(clean, start, end, columns)
    caret_at = width(clean[:start])
    caret_width = max(1, min(width(clean[start:end]), columns - caret_at))
    return clean, caret_at, caret_width


def _visible(char: str) -> str:
    """One cell for a character that cannot be shown, so that the caret stays in its column."""
    code = ord(char)
    if code < 0x20:
        return chr(0x2400 + code)  # ␛, ␇, …
    return "\u2421" if code == 0x7F else "\ufffd"


def _content_end(text: str, start: int) -> int:
    """Where the YAML on this line ends: before a `# comment` and the blanks in front of it."""
    quote = None
    for index in range(start, len(text)):
        char = text[index]
        if quote:
            if char == quote:
                quote = None
        elif char in "\"'" and (index == start or text[index - 1] in " :[{,-"):
            quote = char
        elif char == "#" and index > 0 and text[index - 1] in " \t":
            return max(start + 1, len(text[:index].rstrip()))
    return len(text)


def _window(text: str, start: int, end: int, columns: int) -> tuple[str, int, int]:
    """A slice of ``text`` at most ``columns`` wide that shows ``start``, with … where it is cut."""
    begin = 0
    context = columns // 3  # columns of text kept before the finding
    while begin < start and width(text[begin:start]) > context:
        begin += 1
    prefix = "…" if begin else ""
    out, used = [], width(prefix)
    for char in text[begin:]:
        if used + char_width(char) > columns - 1:
            break
        out.append(char)
        used += char_width(char)
    suffix = "…" if begin + len(out) < len(text) else ""
    shown = prefix + "".join(out) + suffix
    shift = len(prefix) - begin
    return shown, start + shift, min(end + shift, len(prefix) + len(out))
