"""A small PNG reader for tests: size and RGBA pixels of 8-bit, non-interlaced images (what resvg writes)."""

from __future__ import annotations

import struct
import zlib


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    return struct.unpack(">II", data[16:24])


def rgba_rows(data: bytes) -> list[bytes]:
    width, height = png_size(data)
    position, idat, header = 8, b"", None
    while position < len(data):
        length, kind = struct.unpack(">I4s", data[position : position + 8])
        body = data[position + 8 : position + 8 + length]
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            idat += body
        position += 12 + length
    depth, colour, _, _, interlace = struct.unpack(">BBBBB", header[8:13])
    assert (depth, colour, interlace) == (8, 6, 0), "expected 8-bit RGBA, not interlaced"
    raw, stride, rows, previous = zlib.decompress(idat), width * 4, [], bytes(width * 4)
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
        for x in range(stride):
            left = line[x - 4] if x >= 4 else 0
            up = previous[x]
            corner = previous[x - 4] if x >= 4 else 0
            if kind == 1:
                line[x] = (line[x] + left) & 0xFF
            elif kind == 2:
                line[x] = (line[x] + up) & 0xFF
            elif kind == 3:
                line[x] = (line[x] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                line[x] = (line[x] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 0xFF
        rows.append(bytes(line))
        previous = line
    return rows


def ink(data: bytes, box: tuple[int, int, int, int]) -> int:
    """How many pixels in box (x0, y0, x1, y1) are clearly darker than a white page."""
    rows = rgba_rows(data)
    x0, y0, x1, y1 = box
    count = 0
    for row in rows[y0:y1]:
        for x in range(x0, x1):
            r, g, b, a = row[4 * x : 4 * x + 4]
            if a > 0 and (r + g + b) / 3 < 160:
                count += 1
    return count


def crop(data: bytes, box: tuple[int, int, int, int]) -> bytes:
    x0, y0, x1, y1 = box
    return b"".join(row[4 * x0 : 4 * x1] for row in rgba_rows(data)[y0:y1])
