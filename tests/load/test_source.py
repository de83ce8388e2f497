"""Reading bytes: UTF-8 with or without BOM, LF or CRLF; everything else refused clearly."""

from __future__ import annotations

from journeymap.load.loader import MapLoader

MAP = "journeymap: 1\ntitle: Café ☕ 認知\nstages:\n  - id: awareness\n    name: 認知\n"


def load_bytes(data: bytes, tmp_path, max_bytes=10 * 1024 * 1024):
    path = tmp_path / "map.yaml"
    path.write_bytes(data)
    return MapLoader(max_bytes).load(str(path))


def test_utf8_with_bom_and_crlf_loads_with_the_same_positions(tmp_path):
    plain = load_bytes(MAP.encode(), tmp_path)
    assert plain.ok
    windows = load_bytes(b"\xef\xbb\xbf" + MAP.replace("\n", "\r\n").encode(), tmp_path)
    assert windows.ok
    assert windows.journey == plain.journey
    assert windows.journey.title == "Café ☕ 認知"
    broken = load_bytes(b"\xef\xbb\xbf" + (MAP + "    nme: x\n").replace("\n", "\r\n").encode(), tmp_path)
    assert [(f.code, f.line, f.column) for f in broken.findings] == [("E102", 6, 5)]


def test_utf16_with_bom_is_refused_with_advice(tmp_path):
    loaded = load_bytes(MAP.encode("utf-16"), tmp_path)
    [finding] = loaded.findings
    assert finding.code == "E114"
    assert "UTF-16" in finding.message and "UTF-8" in finding.hint


def test_utf16_without_bom_is_recognised(tmp_path):
    loaded = load_bytes(MAP.encode("utf-16-le"), tmp_path)
    [finding] = loaded.findings
    assert finding.code == "E114" and "UTF-16" in finding.message


def test_binary_file_is_refused(tmp_path):
    loaded = load_bytes(bytes(range(256)) * 8, tmp_path)
    [finding] = loaded.findings
    assert finding.code == "E114" and "binary" in finding.message


def test_shift_jis_names_the_position_and_the_likely_encoding(tmp_path):
    loaded = load_bytes("journeymap: 1\ntitle: コーヒー\n".encode("cp932"), tmp_path)
    [finding] = loaded.findings
    assert finding.code == "E114"
    assert (finding.line, finding.column) == (2, 8)
    assert "Shift_JIS" in finding.hint


def test_file_above_the_limit_is_refused_before_parsing(tmp_path):
    loaded = load_bytes(MAP.encode() + b"#" * 5000, tmp_path, max_bytes=1000)
    [finding] = loaded.findings
    assert finding.code == "E115" and "limit" in finding.message


def test_ten_thousand_touchpoints_fit_under_the_default_limit(tmp_path):
    lines = ["journeymap: 1", "title: Big", "stages:", "  - id: s", "    name: S", "    touchpoints:"]
    for i in range(10_000):
        lines.append(f"      - {{id: t{i}, name: Touchpoint {i}, channel: web, owner: support, emotion: 1}}")
    loaded = load_bytes("\n".join(lines).encode(), tmp_path)
    assert loaded.ok
    assert len(loaded.journey.stages[0].touchpoints) == 10_000
