"""The family name of a TrueType/OpenType font file, read from its `name` table.

resvg needs family names to map the generic `sans-serif` to a font it was
given as a file; reading them ourselves avoids a dependency for ~40 lines.
"""

from __future__ import annotations

import struct


def family_name(path: str) -> str | None:
    """The font's family (typographic family when present), or None if the file is not a font."""
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError:
        return None
    try:
        offset = struct.unpack(">I", data[12:16])[0] if data[:4] == b"ttcf" else 0
        num_tables = struct.unpack(">H", data[offset + 4 : offset + 6])[0]
        for i in range(num_tables):
            record = offset + 12 + 16 * i
            tag, _, table_offset, _ = struct.unpack(">4sIII", data[record : record + 16])
            if tag == b"name":
                return _family_from_name_table(data, table_offset)
    except (struct.error, IndexError, UnicodeDecodeError):
        return None
    return None


def _family_from_name_table(data: bytes, table: int) -> str | None:
    _, count, strings = struct.unpack(">HHH", data[table : table + 6])
    found: dict[tuple[int, int], str] = {}
    for i in range(count):
        at = table + 6 + 12 * i
        platform, encoding, language, name_id, length, offset = struct.unpack(">HHHHHH", data[at : at + 12])
        if name_id not in (1, 16):
            continue
        raw = data[table + strings + offset : table + strings + offset + length]
        if platform == 3 and encoding in (0, 1, 10):
            text = raw.decode("utf-16-be")
        elif platform == 1 and encoding == 0:
            text = raw.decode("latin-1")
        else:
            continue
        # Prefer the typographic family (16) over the legacy one (1), and US English names.
        rank = (0 if name_id == 16 else 1, 0 if language in (0x409, 0) else 1)
        found.setdefault(rank, text)
    return found[min(found)] if found else None
