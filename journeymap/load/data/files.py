"""Opening a survey file as rows of text: its encoding, its delimiter, its CSV reader.

Exports come in the encodings Excel and survey tools write: UTF-8 with or
without BOM, UTF-16 with BOM (Excel's "Unicode text", tab-separated) and
Shift_JIS/cp932 (Excel in Japan). ``auto`` tells them apart from the first
64 KB; the file is then decoded as it is read, never held whole in memory.
A file that cannot be read becomes a :class:`DataError` holding its finding.
"""

from __future__ import annotations

import codecs
import csv
import io
from dataclasses import dataclass

from journeymap.findings import Finding, Span
from journeymap.i18n import say
from journeymap.load.source import FileTooLarge, _size_text, file_span
from journeymap.load.structural import error
from journeymap.messages import data as D

HEAD = 64 * 1024
DEFAULT_MAX_DATA_BYTES = 512 * 1024 * 1024
_CODECS = {"utf-8": "utf-8-sig", "cp932": "cp932", "utf-16": "utf-16"}
_DELIMITERS = {",": ",", ";": ";", "tab": "\t"}
csv.field_size_limit(1 << 24)  # a free-text answer may be long; the file's size limit still holds


class DataError(Exception):
    """A data file that cannot be used at all; ``finding`` says why."""

    def __init__(self, finding: Finding):
        super().__init__(finding.message)
        self.finding = finding


@dataclass
class Table:
    """A data file opened for reading: the CSV reader over its decoded text."""

    path: str  # as shown in findings
    rows: object  # a csv.reader: lists of cells; ``line_num`` is the line just read
    stream: io.TextIOBase
    encoding: str
    delimiter: str

    def close(self) -> None:
        self.stream.close()


def open_table(path: str, binary, encoding: str, delimiter: str) -> Table:
    """``binary`` (a seekable binary file, closed with the table) as CSV rows; raises DataError."""
    chosen = _CODECS.get(encoding, "utf-8-sig")
    try:
        head = binary.read(HEAD)
        chosen = _CODECS[encoding] if encoding != "auto" else _detect(path, head, complete=len(head) < HEAD)
        binary.seek(0)
        stream = io.TextIOWrapper(binary, encoding=chosen, newline="")
        first = stream.readline()
    except UnicodeDecodeError:
        binary.close()
        raise DataError(_decode_error(path, 1, chosen)) from None
    except DataError:
        binary.close()
        raise
    if not first.strip():
        stream.close()
        raise DataError(error(file_span(path), "E131", say(D.DATA_EMPTY), say(D.DATA_EMPTY_HINT)))
    separator = _DELIMITERS.get(delimiter) or _sniff(first)
    stream.seek(0)
    return Table(path, csv.reader(stream, delimiter=separator), stream, chosen, separator)


def too_large(path: str, exc: FileTooLarge) -> Finding:
    return error(
        file_span(path),
        "E115",
        say(D.DATA_TOO_LARGE, size=_size_text(exc.size), limit=_size_text(exc.limit)),
        say(D.DATA_TOO_LARGE_HINT),
    )


def decode_error(table: Table) -> Finding:
    """A decoding error met while reading rows, at the line of the first byte that does not decode.

    The text layer decodes ahead of the CSV reader, so the reader's line is not the one: the
    file is decoded again from its start, counting lines, up to the bad byte.
    """
    raw = table.stream.buffer
    raw.seek(0)
    decoder = codecs.getincrementaldecoder(table.encoding)()
    line = 1
    while True:
        chunk = raw.read(1 << 16)
        try:
            line += decoder.decode(chunk, final=not chunk).count("\n")
        except UnicodeDecodeError as exc:
            good = codecs.getincrementaldecoder(table.encoding)(errors="ignore").decode(exc.object[: exc.start])
            line += good.count("\n")
            break
        if not chunk:
            break
    return _decode_error(table.path, line, table.encoding)


def _decode_error(path: str, line: int, encoding: str) -> Finding:
    shown = {"utf-8-sig": "UTF-8", "cp932": "Shift_JIS (cp932)", "utf-16": "UTF-16"}.get(encoding, encoding)
    return error(Span(path, line, 1, line, 2), "E114", say(D.DECODE_FAILED, line=line, encoding=shown), say(D.DECODE_FAILED_HINT))


def _detect(path: str, head: bytes, complete: bool) -> str:
    if head.startswith((b"\x00\x00\xfe\xff", b"\xff\xfe\x00\x00")):
        raise DataError(error(file_span(path), "E114", say(D.ENCODING_UTF32), say(D.ENCODING_RESAVE)))
    if head.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    if b"\x00" in head:
        raise DataError(error(file_span(path), "E114", say(D.ENCODING_NO_BOM), say(D.ENCODING_RESAVE)))
    for candidate in ("utf-8-sig", "cp932"):
        try:
            codecs.getincrementaldecoder(candidate)().decode(head, final=complete)
        except UnicodeDecodeError:
            continue
        return candidate
    line = head.count(b"\n", 0, _first_bad_utf8(head)) + 1
    raise DataError(error(Span(path, line, 1, line, 2), "E114", say(D.ENCODING_UNKNOWN), say(D.ENCODING_UNKNOWN_HINT)))


def _first_bad_utf8(data: bytes) -> int:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start
    return 0


def _sniff(header: str) -> str:
    """The delimiter of a header line: the most frequent of tab, semicolon and comma (comma on a tie)."""
    counts = {separator: header.count(separator) for separator in ("\t", ";", ",")}
    best = max(counts, key=lambda separator: (counts[separator], separator == ","))
    return best if counts[best] else ","
