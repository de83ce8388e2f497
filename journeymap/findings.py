"""The one finding type, from a YAML syntax error to a weak stage.

Every problem journeymap reports is a :class:`Finding`: a rule code, the
rule's kebab-case name, a severity, a message, where it is (1-based line and
column, with an end) and an optional hint that says what to type instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """Higher is more severe; used to compare against the failing level."""
        return _RANK[self]


_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


@dataclass(frozen=True, slots=True)
class Span:
    """A region of a source file; lines and columns are 1-based, end inclusive of the start."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int


@dataclass(frozen=True, slots=True)
class Finding:
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

    def to_dict(self) -> dict:
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "code": self.code,
            "name": self.name,
            "severity": self.severity.value,
            "message": self.message,
            "hint": self.hint,
        }


def count_by_severity(findings) -> dict[str, int]:
    counts = {"errors": 0, "warnings": 0, "infos": 0}
    for finding in findings:
        counts[finding.severity.value + "s"] += 1
    return counts
