"""Where the answers are in a data file: the columns of a tidy file, the question columns of an export.

A :class:`Plan` says, for one opened file, how many header rows come before
the answers and which cells of each row hold what. Headers are matched as
people type them: spaces around them and letter case do not matter, and
full-width letters match their ASCII form.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass, field
from operator import itemgetter

from journeymap.findings import Span
from journeymap.i18n import Quoted, say
from journeymap.load.data.files import DataError, Table
from journeymap.load.structural import error
from journeymap.messages import data as D
from journeymap.suggest import closest
from journeymap.survey import DataFile

TIDY_DEFAULTS = {"touchpoint": "touchpoint", "metric": "metric", "score": "score", "segment": "segment", "date": "date"}
# The column an export dates its answers by, when the map does not name one.
EXPORT_DATES = {"qualtrics": ("RecordedDate", "EndDate"), "google-forms": ("Timestamp", "タイムスタンプ")}


@dataclass(frozen=True)
class Answer:
    """One question column of an export."""

    column: int
    touchpoint: str
    metric: str
    segment: str | None


@dataclass
class Plan:
    header_rows: int
    width: int  # the cells a row must have to hold every answer
    tidy: tuple[int, ...] = ()  # touchpoint, metric, score (and segment) columns of a tidy file
    answers: list[Answer] = field(default_factory=list)
    segment: int | None = None  # the column of the segment, if any
    segment_value: str | None = None  # the segment of every answer, if the map says so
    date: int | None = None

    @property
    def key(self):
        """A tidy row -> (touchpoint, metric, score[, segment]): one C call per row."""
        return itemgetter(*self.tidy)


def normalised(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip().casefold()


def plan_for(table: Table, data: DataFile) -> Plan:
    """Read the header rows of ``table`` and find every column the map's entry names; raises DataError."""
    if data.format == "tidy":
        return _tidy(table, data)
    if data.format == "qualtrics":
        headers = [_next(table) for _ in range(3)]
        if not any('"importid"' in normalised(cell).replace(" ", "") for cell in headers[2]):
            raise DataError(error(Span(table.path, 3, 1, 3, 2), "E131", say(D.NOT_QUALTRICS), say(D.NOT_QUALTRICS_HINT)))
        import_ids = [_import_id(cell) for cell in headers[2]]
        rows = [headers[0], headers[1], import_ids]
    else:
        rows = [_next(table)]
    return _export(table, data, rows)


def _next(table: Table) -> list[str]:
    row = next(table.rows, None)
    if row is None:
        line = table.rows.line_num + 1
        raise DataError(error(Span(table.path, line, 1, line, 2), "E131", say(D.NOT_QUALTRICS), say(D.NOT_QUALTRICS_HINT)))
    return row


def _import_id(cell: str) -> str:
    try:
        value = json.loads(cell)
    except ValueError:
        return cell
    return str(value.get("ImportId", cell)) if isinstance(value, dict) else cell


def _find(rows: list[list[str]], wanted: str) -> int | None:
    """The index of the column whose header (in any header row) is ``wanted``."""
    for row in rows:
        if wanted in row:
            return row.index(wanted)
    target = normalised(wanted)
    for row in rows:
        for index, cell in enumerate(row):
            if normalised(cell) == target:
                return index
    return None


def _missing(table: Table, rows: list[list[str]], name: str, span: Span | None, template=D.NO_COLUMN) -> DataError:
    names = [cell for cell in rows[0] if cell.strip()]
    guess = closest(name, names + [cell for row in rows[1:] for cell in row if cell.strip()])
    shown = ", ".join(names[:12]) + (", …" if len(names) > 12 else "")
    hint = say(D.NO_COLUMN_GUESS, guess=Quoted(guess), columns=shown) if guess else say(D.NO_COLUMN_LIST, columns=shown)
    where = span or Span(table.path, 1, 1, 1, 2)
    return DataError(error(where, "E131", say(template, column=Quoted(name)), hint))


def _tidy(table: Table, data: DataFile) -> Plan:
    header = _next(table)
    chosen = data.columns
    indices = {}
    for role, default in TIDY_DEFAULTS.items():
        named = getattr(chosen, role, None) if chosen else None
        index = _find([header], named or default)
        if index is None and (named or role in ("touchpoint", "metric", "score")):
            raise _missing(table, [header], named or default, chosen.span if named and chosen else None)
        indices[role] = index
    tidy = (indices["touchpoint"], indices["metric"], indices["score"])
    if indices["segment"] is not None:
        tidy += (indices["segment"],)
    used = [i for i in indices.values() if i is not None]
    return Plan(1, max(used) + 1, tidy=tidy, segment=indices["segment"], segment_value=data.segment, date=indices["date"])


def _export(table: Table, data: DataFile, rows: list[list[str]]) -> Plan:
    if not data.questions:
        raise DataError(error(data.span, "E131", say(D.NO_QUESTIONS, format=data.format), say(D.NO_QUESTIONS_HINT)))
    answers = []
    for question in data.questions:
        index = _find(rows, question.column)
        if index is None:
            raise _missing(table, rows, question.column, question.span, D.NO_QUESTION)
        answers.append(Answer(index, question.touchpoint, question.metric, question.segment))
    columns = data.columns
    segment = date = None
    if columns and columns.segment:
        segment = _find(rows, columns.segment)
        if segment is None:
            raise _missing(table, rows, columns.segment, columns.span)
    if columns and columns.date:
        date = _find(rows, columns.date)
        if date is None:
            raise _missing(table, rows, columns.date, columns.span)
    else:
        date = next((i for i in (_find(rows, name) for name in EXPORT_DATES[data.format]) if i is not None), None)
    used = [a.column for a in answers] + [i for i in (segment, date) if i is not None]
    return Plan(len(rows), max(used) + 1, answers=answers, segment=segment, segment_value=data.segment, date=date)
