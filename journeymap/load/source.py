"""Read a map file's bytes and decode them, refusing what is not UTF-8 text.

A file that cannot be opened at all raises :class:`OSError` (the caller turns
that into exit code 2); a file that opens but is too large, binary or in
another encoding becomes an E114/E115 finding (exit code 1).
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass

from journeymap.findings import Finding, Span
from journeymap.i18n import say
from journeymap.load.structural import error
from journeymap.messages import load as L

DEFAULT_MAX_BYTES = 10 * 1024 * 1024

_BOMS = (
    (b"\x00\x00\xfe\xff", "UTF-32"),
    (b"\xff\xfe\x00\x00", "UTF-32"),
    (b"\xfe\xff", "UTF-16"),
    (b"\xff\xfe", "UTF-16"),
)


@dataclass(frozen=True)
class Source:
    """A decoded map file; ``text`` has no BOM."""

    path: str
    text: str


def file_span(path: str) -> Span:
    return Span(path, 1, 1, 1, 2)


class NotAFile(OSError):
    """A path that is a pipe, a device or a socket: reading it could wait forever or never end."""


class FileTooLarge(Exception):
    """A file above the size limit; ``size`` is its size when known (0 when it grew while read)."""

    def __init__(self, size: int, limit: int):
        super().__init__(size, limit)
        self.size = size
        self.limit = limit


# Process substitution (`journeymap check <(git show HEAD:map.yaml)`) names a pipe this way.
_PIPE_FOLDERS = ("/dev/fd/", "/proc/self/fd/")


def read_limited(path: str, max_bytes: int, head: bool = False) -> bytes:
    """The bytes of a regular file of at most ``max_bytes``; raises FileTooLarge above that.

    With ``head``, the first ``max_bytes`` of a file of any size (to sniff what it is).

    Every file journeymap reads comes through here: maps, persona files, configuration,
    Mermaid diagrams, survey data, and the watcher of ``serve`` and ``render --watch``.
    A named pipe would block the read forever and ``/dev/zero`` never ends, so anything
    but a regular file is refused with :class:`NotAFile`, except a pipe given through
    /dev/fd (process substitution), which is read up to the limit. A file above the
    limit is refused from its size, before it is read. Raises OSError.
    """
    # Non-blocking, so that opening a pipe nobody writes to cannot wait forever.
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    try:
        info = os.fstat(fd)
        if stat.S_ISFIFO(info.st_mode) and path.startswith(_PIPE_FOLDERS):
            os.set_blocking(fd, True)
        elif not stat.S_ISREG(info.st_mode):
            raise NotAFile(0, say(L.NOT_REGULAR, kind=_kind(info.st_mode)), path)
        elif info.st_size > max_bytes and not head:
            raise FileTooLarge(info.st_size, max_bytes)
        chunks, left = [], max_bytes + (not head)  # one byte more: a file that grows while read is caught
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if len(data) > max_bytes and not head:
        raise FileTooLarge(0, max_bytes)
    return data


def open_limited(path: str, max_bytes: int):
    """A regular file of at most ``max_bytes``, opened for reading in binary; the caller closes it.

    For files read as a stream (survey data can be far larger than a map): the same
    refusals as :func:`read_limited` (anything but a regular file raises NotAFile, a file
    above the limit FileTooLarge, from its size before anything is read). Raises OSError.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise NotAFile(0, say(L.NOT_REGULAR, kind=_kind(info.st_mode)), path)
        if info.st_size > max_bytes:
            raise FileTooLarge(info.st_size, max_bytes)
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb", buffering=1 << 20)
    except BaseException:
        os.close(fd)
        raise


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return say(L.KIND_DIRECTORY)
    if stat.S_ISFIFO(mode):
        return say(L.KIND_PIPE)
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return say(L.KIND_DEVICE)
    if stat.S_ISSOCK(mode):
        return say(L.KIND_SOCKET)
    return say(L.KIND_OTHER)


def read_source(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Source | Finding:
    """The decoded file, or the one finding that says why it cannot be read as text.

    Raises OSError when the file cannot be opened or read, or is not a regular file.
    """
    try:
        data = read_limited(path, max_bytes)
    except FileTooLarge as exc:
        return too_large(path, exc)
    return decode(path, data)


def too_large(path: str, exc: FileTooLarge) -> Finding:
    limit = _size_text(exc.limit)
    message = say(L.FILE_TOO_LARGE, size=_size_text(exc.size), limit=limit) if exc.size else say(L.FILE_ABOVE_LIMIT, limit=limit)
    return error(file_span(path), "E115", message, say(L.FILE_TOO_LARGE_HINT))


def decode(path: str, data: bytes) -> Source | Finding:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    for bom, name in _BOMS:
        if data.startswith(bom):
            return _encoding_error(path, say(L.ENCODED_AS, encoding=name))
    if b"\x00" in data:
        if _looks_like_utf16(data):
            return _encoding_error(path, say(L.LOOKS_UTF16))
        return error(
            file_span(path),
            "E114",
            say(L.BINARY),
            say(L.BINARY_HINT),
        )
    try:
        return Source(path, data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        return _invalid_utf8(path, data, exc)


def _encoding_error(path: str, what: str) -> Finding:
    return error(
        file_span(path),
        "E114",
        what,
        say(L.RESAVE_UTF8),
    )


def _looks_like_utf16(data: bytes) -> bool:
    sample = data[:4096]
    zeros_even = sample[0::2].count(0)
    zeros_odd = sample[1::2].count(0)
    half = max(1, len(sample) // 2)
    return max(zeros_even, zeros_odd) > half * 0.3 and min(zeros_even, zeros_odd) < half * 0.05


def _invalid_utf8(path: str, data: bytes, exc: UnicodeDecodeError) -> Finding:
    start = data.rfind(b"\n", 0, exc.start) + 1
    line = data.count(b"\n", 0, exc.start) + 1
    column = len(data[start : exc.start].decode("utf-8", errors="replace")) + 1
    hint = say(L.NOT_UTF8_HINT)
    try:
        data.decode("cp932")
    except UnicodeDecodeError:
        pass
    else:
        hint = say(L.LOOKS_SHIFT_JIS)
    return error(
        Span(path, line, column, line, column + 1),
        "E114",
        say(L.NOT_UTF8, byte=f"{data[exc.start]:02x}", line=line, column=column),
        hint,
    )


def _size_text(size: int) -> str:
    if size < 1024:
        return f"{size} bytes"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / (1024 * 1024):.1f} MB"
