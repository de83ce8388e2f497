"""The one finding type, from a YAML syntax error to a weak stage.

Every problem journeymap reports is a :class:`Finding`: a rule code, the
rule's kebab-case name, a severity, a message, where it is (1-based line and
column, with an end) and an optional hint that says what to type instead.
"""

from __future__ import annotations

from enum import Enum
from typing import NamedTuple


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """Higher is more severe; used to compare against the failing level."""
        return _RANK[self]


_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}
# What --fail-on, fail-on and a rule's severity accept, most severe first.
LEVELS: tuple[str, ...] = tuple(severity.value for severity in Severity)


class Span(NamedTuple):
    """A region of a source file; lines and columns are 1-based, the end exclusive.

    A named tuple rather than a frozen dataclass: a big map creates one per
    object, and a tuple is built in one step (frozen dataclasses set each field
    through object.__setattr__).
    """

    path: str
    line: int
    column: int
    end_line: int
    end_column: int


class Finding(NamedTuple):
    """One problem at one place. A named tuple, like Span: big maps yield tens of thousands."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    code: str
    name: str
    severity: Severity
    message: str
    hint: str | None = None

    @classmethod
    def at(
        cls,
        span: Span,
        code: str,
        name: str,
        severity: Severity,
        message: str,
        hint: str | None = None,
    ) -> Finding:
        return cls(
            span.path,
            span.line,
            span.column,
            span.end_line,
            span.end_column,
            code,
            name,
            severity,
            message,
            hint,
        )

    @property
    def sort_key(self) -> tuple:
        return (self.path, self.line, self.column, self.code, self.message)

    def to_dict(self, lang: str = "en") -> dict:
        """The finding as JSON values; message and hint said in ``lang`` (English by default)."""
        from journeymap.i18n import tr

        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "code": self.code,
            "name": self.name,
            "severity": self.severity.value,
            "message": tr(lang, self.message) if lang != "en" else str(self.message),
            "hint": (tr(lang, self.hint) if lang != "en" else str(self.hint)) if self.hint is not None else None,
        }


def count_by_severity(findings) -> dict[str, int]:
    counts = {"errors": 0, "warnings": 0, "infos": 0}
    for finding in findings:
        counts[finding.severity.value + "s"] += 1
    return counts
