"""Read every ``data:`` file of a valid map into its :class:`~journeymap.survey.Measured` answers.

Each file is resolved like a persona ``ref:``, opened through
:func:`journeymap.load.source.open_limited` (regular files only, below
``max-data-size``), read as rows, counted and interpreted: answers about a
touchpoint of the map with a known metric are tallied; blank, non-numeric
and out-of-range answers are counted (W232 reports them); rows naming an
unknown touchpoint or metric are errors (E132) pointing at their first line.
A file that cannot be used is one error (E114, E115, E130, E131) and is left
out; the map is still drawn. A data file is only ever read.
"""

from __future__ import annotations

import csv
import dataclasses

from journeymap.findings import Finding, Span
from journeymap.i18n import Choice, Quoted, say
from journeymap.load.data.count import Raw, count, locate
from journeymap.load.data.files import DEFAULT_MAX_DATA_BYTES, DataError, decode_error, open_table, too_large
from journeymap.load.data.layout import Plan, plan_for
from journeymap.load.data.values import Interpreted, interpret
from journeymap.load.paths import ABSOLUTE, OUTSIDE, resolve_relative
from journeymap.load.source import FileTooLarge, NotAFile, open_limited
from journeymap.load.structural import error
from journeymap.messages import data as D
from journeymap.model import Journey
from journeymap.suggest import closest
from journeymap.survey import BAD_DATE, METRICS, TOPS, DataFile, Measured, Problem, SourceSummary

_MOST_UNKNOWN = 20  # unknown ids reported per file; a wrong export would otherwise bury everything


def default_opener(max_bytes: int):
    """Open a data file from disk (what every command but ``diff --rev`` reads)."""
    return lambda real: open_limited(real, max_bytes)


class DataReader:
    """Reads the data files of one map; findings and the lines they show accumulate in the loader's lists."""

    def __init__(self, journey: Journey, root: str, findings: list[Finding], sources: dict[str, str], opener):
        self.journey = journey
        self.root = root
        self.findings = findings
        self.sources = sources
        self.opener = opener
        self.touchpoints = {tp.id for _, tp in journey.touchpoints()}
        self.measured = Measured()
        self._origin: dict = {}  # tally key -> the path whose answers it first held (for scale conflicts)

    def read_all(self) -> Journey:
        for data in self.journey.data:
            data = self._checked(data)
            if data is not None:
                self._read(data)
        return dataclasses.replace(self.journey, measured=self.measured)

    def _error(self, span: Span, code: str, message, hint=None) -> None:
        self.findings.append(error(span, code, message, hint))

    # -- the map's entry ---------------------------------------------------------------------

    def _checked(self, data: DataFile) -> DataFile | None:
        if data.format == "tidy" and data.questions:
            self._error(data.span, "E131", say(D.QUESTIONS_IN_TIDY), say(D.QUESTIONS_IN_TIDY_HINT))
            return None
        if data.scales is not None:
            for metric in ("csat", "ces"):
                top = getattr(data.scales, metric)
                if top is not None and top not in TOPS:
                    self._error(data.scales.span, "E131", say(D.BAD_SCALE, metric=metric_name(metric), value=top), say(D.BAD_SCALE_HINT))
                    return None
        questions = []
        for question in data.questions:
            if question.touchpoint in self.touchpoints:
                questions.append(question)
                continue
            guess = closest(question.touchpoint, sorted(self.touchpoints))
            self._error(
                question.span,
                "E132",
                say(D.UNKNOWN_QUESTION_TOUCHPOINT, column=Quoted(question.column), touchpoint=Quoted(question.touchpoint)),
                say(D.UNKNOWN_TOUCHPOINT_GUESS, guess=Quoted(guess)) if guess else self._touchpoint_list(),
            )
        if len(questions) != len(data.questions):
            if not questions:
                return None
            data = dataclasses.replace(data, questions=tuple(questions))
        return data

    def _touchpoint_list(self):
        ids = sorted(self.touchpoints)
        return say(D.UNKNOWN_TOUCHPOINT_LIST, ids=", ".join(ids[:15]) + (", …" if len(ids) > 15 else ""))

    # -- one file ----------------------------------------------------------------------------

    def _read(self, data: DataFile) -> None:
        shown, real, problem = resolve_relative(data.file, self.journey.path, self.root)
        if problem == ABSOLUTE:
            return self._error(data.span, "E130", say(D.FILE_ABSOLUTE, file=data.file), say(D.FILE_ABSOLUTE_HINT))
        if problem == OUTSIDE:
            return self._error(data.span, "E130", say(D.FILE_OUTSIDE, file=data.file, root=self.root), say(D.FILE_OUTSIDE_HINT))
        try:
            binary = self.opener(real)
        except FileNotFoundError:
            return self._error(data.span, "E130", say(D.FILE_MISSING, path=shown), say(D.FILE_MISSING_HINT))
        except FileTooLarge as exc:
            return self.findings.append(too_large(shown, exc))
        except (NotAFile, OSError) as exc:
            reason = exc.strerror or str(exc)
            return self._error(data.span, "E130", say(D.FILE_UNREADABLE, path=shown, reason=reason), say(D.FILE_UNREADABLE_HINT))
        try:
            table = open_table(shown, binary, data.encoding, data.delimiter)
        except DataError as exc:
            return self.findings.append(exc.finding)
        try:
            plan = plan_for(table, data)
            raw = self._count(table, plan)
            runaway = raw.runaway()
            if runaway is not None:
                if plan.tidy:
                    self._guarded(table, lambda: locate(table, plan, raw, {runaway}))
                raise DataError(_unclosed_quote(table.path, raw.first.get(runaway, (1, 0, []))))
            if plan.tidy and raw.short:  # a quote left open to the end of the file leaves one short row
                self._guarded(table, lambda: locate(table, plan, raw, set()))
                line, row = raw.first_short or (1, [])
                if any("\n" in cell or "\r" in cell for cell in row):
                    raise DataError(_unclosed_quote(table.path, (line, 0, row)))
            found = interpret(raw, plan, data, self.touchpoints)
            wanted = found.wanted()
            bad_dates, bad_date = raw.bad_dates
            if plan.tidy and (wanted or raw.short or bad_dates):  # a short row alone must be found too
                self._guarded(table, lambda: locate(table, plan, raw, wanted, bad_date or None))
        except DataError as exc:
            return self.findings.append(exc.finding)
        finally:
            table.close()
        self._report(data, shown, plan, raw, found, table.delimiter)

    def _count(self, table, plan: Plan) -> Raw:
        return self._guarded(table, lambda: count(table, plan))

    @staticmethod
    def _guarded(table, read):
        """``read()``, with a decoding or CSV error turned into the DataError of its line."""
        try:
            return read()
        except UnicodeDecodeError:
            raise DataError(decode_error(table)) from None
        except csv.Error as exc:
            line = table.rows.line_num or 1
            raise DataError(
                error(Span(table.path, line, 1, line, 2), "E131", say(D.CSV_BROKEN, reason=str(exc)), say(D.CSV_BROKEN_HINT))
            ) from None

    # -- what it gave ------------------------------------------------------------------------

    def _report(self, data: DataFile, shown: str, plan: Plan, raw: Raw, found: Interpreted, delimiter: str) -> None:
        lines: dict[int, str] = {}  # the lines findings point at, to show them as check shows a map's

        def span_at(first: tuple, column: int | None = None) -> Span:
            """The span of a cell: ``first`` is (line, column, the row's cells); ``column`` overrides its column."""
            line, cell_column, row = first
            at = cell_column if column is None else column
            lines.setdefault(line, delimiter.join(row))
            start = _cell_start(row, at)
            length = len(row[at]) if at < len(row) else 1
            return Span(shown, line, start, line, start + max(1, length))

        def span_of(key, column: int | None = None) -> Span:
            return span_at(raw.first.get(key, (1, 0, [])), column)

        for touchpoint, (answers, key) in list(found.unknown_touchpoints.items())[:_MOST_UNKNOWN]:
            span = span_of(key, plan.tidy[0] if plan.tidy else None)
            if touchpoint:
                guess = closest(touchpoint, sorted(self.touchpoints))
                hint = say(D.UNKNOWN_TOUCHPOINT_GUESS, guess=Quoted(guess)) if guess else self._touchpoint_list()
                self._error(span, "E132", say(D.UNKNOWN_TOUCHPOINT, touchpoint=Quoted(touchpoint), count=answers), hint)
            else:
                self._error(span, "E132", say(D.NO_TOUCHPOINT, count=answers), self._touchpoint_list())
        for metric, (answers, key) in list(found.unknown_metrics.items())[:_MOST_UNKNOWN]:
            guess = closest(metric, METRICS)
            hint = say(D.UNKNOWN_METRIC_GUESS, guess=guess) if guess else say(D.UNKNOWN_METRIC_HINT)
            span = span_of(key, plan.tidy[1] if plan.tidy else None)
            self._error(span, "E132", say(D.UNKNOWN_METRIC, metric=Quoted(metric), count=answers), hint)

        rows = found.rows + raw.short if plan.tidy else raw.rows
        summary = SourceSummary(data, shown, rows=rows, answers=found.answers)
        summary.first_date, summary.last_date = raw.date_range()
        for kind, (answers, keys) in found.bad.items():
            first = min(keys, key=lambda k: raw.first.get(k, (float("inf"),))[0])
            span = span_of(first)
            summary.problems.append(Problem(kind, answers, span, first[2], first[1].strip().lower()))
        bad_dates, bad_date = raw.bad_dates
        if bad_dates:
            span = span_at(raw.first_bad_date or (1, 0, []))
            summary.problems.append(Problem(BAD_DATE, bad_dates, span, bad_date))
        if raw.short:
            line, row = raw.first_short or (1, [])
            lines.setdefault(line, delimiter.join(row))
            summary.problems.append(Problem("short-row", raw.short, Span(shown, line, 1, line, 2)))
        summary.problems.sort(key=lambda p: (p.span.line, p.kind))
        self.measured.sources.append(summary)
        for key, tally in found.tallies.items():
            self._merge(data, shown, key, tally)
        if lines:
            last = max(lines)
            self.sources[shown] = "\n".join(lines.get(number, "") for number in range(1, last + 1))

    def _merge(self, data: DataFile, shown: str, key, tally) -> None:
        present = self.measured.tallies.get(key)
        if present is None:
            self.measured.tallies[key] = tally
            self._origin[key] = shown
        elif present.top == tally.top:
            present.add(tally)
        else:
            self._error(
                data.span,
                "E131",
                say(D.SCALES_DISAGREE, metric=metric_name(key[2]), touchpoint=Quoted(key[0]), top=tally.top, other=present.top, path=self._origin[key]),
                say(D.SCALES_DISAGREE_HINT),
            )


def _cell_start(row: list[str], at: int) -> int:
    """The column (from 1) where cell ``at`` of a row starts, each cell followed by its delimiter."""
    return 1 + sum(len(cell) + 1 for cell in row[:at])


def _unclosed_quote(path: str, first: tuple) -> Finding:
    """The error of a cell that ran on over several lines (``first``: its row's line, a column, its
    cells): where the row starts, at that cell, with how many lines it swallowed."""
    line, _, row = first
    at = next((i for i, cell in enumerate(row) if "\n" in cell or "\r" in cell), 0)
    start = _cell_start(row, at)
    swallowed = max((cell.rstrip("\r\n").count("\n") for cell in row), default=0) or 1
    return error(
        Span(path, line, start, line, start + 1),
        "E131",
        say(D.QUOTE_NOT_CLOSED, line=line, count=swallowed),
        say(D.QUOTE_NOT_CLOSED_HINT),
    )


def metric_name(metric: str) -> Choice:
    return Choice(metric, D.METRIC_NAMES)


def attach_data(journey: Journey, root: str, findings: list[Finding], sources: dict[str, str], opener=None) -> Journey:
    """``journey`` with its data files read into ``journey.measured`` (unchanged when it names none)."""
    if not journey.data:
        return journey
    opener = opener or default_opener(DEFAULT_MAX_DATA_BYTES)
    return DataReader(journey, root, findings, sources, opener).read_all()

