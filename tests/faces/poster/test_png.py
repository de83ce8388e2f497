"""PNG: every example rasterises to a non-blank image of the poster's size, Japanese glyphs are
really drawn, and a Japanese map without a font that covers it is refused, not silently blanked."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from journeymap.faces.poster import png as png_module
from journeymap.faces.poster.png import Fonts, PngError, find_fonts, svg_to_png
from journeymap.faces.poster.svg import render_svg
from journeymap.load.loader import MapLoader
from journeymap.views.layout import build_layout

from ...conftest import EXAMPLES, ROOT
from .pixels import crop, ink, png_size

# The font of the `cjk` extra, which the test environment installs; looked up before any
# test replaces bundled_fonts.
[NOTO] = png_module.bundled_fonts()


def poster_svg(path: str) -> str:
    return render_svg(build_layout(MapLoader().load(path).journey))


@pytest.mark.parametrize("example", sorted(EXAMPLES.glob("*.yaml")), ids=lambda p: p.name)
def test_every_example_rasterises_at_the_poster_size_and_is_not_blank(example):
    svg = poster_svg(str(example))
    root = ET.fromstring(svg)
    data = svg_to_png(svg, scale=1.0)
    width, height = png_size(data)
    assert (width, height) == (round(float(root.get("width"))), round(float(root.get("height"))))
    assert ink(data, (0, 0, min(width, 600), min(height, 200))) > 500
    assert png_size(svg_to_png(svg, scale=2.0)) == (width * 2, height * 2)


def _title_svg(title: str) -> str:
    text = f"journeymap: 1\ntitle: {title}\nstages: [{{id: s, name: S}}]\n"
    return render_svg(build_layout(MapLoader().load_text(text).journey))


TITLE_BOX = (32, 32, 200, 68)  # where the 26px title is drawn


def test_japanese_glyphs_are_drawn_not_dropped_or_boxed():
    first_svg = _title_svg("認知")
    first, second = svg_to_png(first_svg), svg_to_png(_title_svg("購入"))
    blank = svg_to_png(first_svg.replace(">認知</text>", "></text>"))
    assert ink(blank, TITLE_BOX) == 0
    assert ink(first, TITLE_BOX) > 150 and ink(second, TITLE_BOX) > 150
    # Missing glyphs are drawn as identical boxes; real glyphs differ.
    assert crop(first, TITLE_BOX) != crop(second, TITLE_BOX)


@pytest.fixture
def no_fonts_of_our_own(monkeypatch, tmp_path):
    """No bundled font, and the system's fonts replaced by an empty folder, on any machine."""
    monkeypatch.setattr(png_module, "bundled_fonts", lambda: [])
    empty = tmp_path / "no-fonts"
    empty.mkdir()
    monkeypatch.setenv(png_module.FONT_DIRS_VARIABLE, str(empty))
    return empty


def test_japanese_map_without_a_japanese_font_is_refused(no_fonts_of_our_own):
    assert find_fonts() == Fonts((), None, system=True)
    with pytest.raises(PngError, match="Japanese"):
        svg_to_png(poster_svg(str(EXAMPLES / "coffee-subscription.ja.yaml")))
    # An English map still renders with whatever the system has.
    assert png_size(svg_to_png(poster_svg(str(EXAMPLES / "weak-signup.yaml"))))[0] > 0


def test_font_option_takes_a_font_file_and_rejects_anything_else(tmp_path):
    bundled = png_module.bundled_fonts()
    assert find_fonts(tuple(bundled)).family == "Noto Sans JP"
    (tmp_path / "not-a-font.ttf").write_text("hello")
    with pytest.raises(PngError, match="not a TrueType"):
        find_fonts((str(tmp_path / "not-a-font.ttf"),))
    with pytest.raises(PngError, match="not found"):
        find_fonts((str(tmp_path / "missing.otf"),))


def test_a_japanese_font_found_among_the_system_fonts_is_used(no_fonts_of_our_own):
    (no_fonts_of_our_own / "NotoSansJP-Regular.otf").symlink_to(NOTO)
    first, second = svg_to_png(_title_svg("認知")), svg_to_png(_title_svg("購入"))
    assert ink(first, TITLE_BOX) > 150
    assert crop(first, TITLE_BOX) != crop(second, TITLE_BOX)


def test_png_cli_refusal_is_one_line_exit_two(cli, monkeypatch, tmp_path, no_fonts_of_our_own):
    monkeypatch.chdir(ROOT)
    out = tmp_path / "ja.png"
    result = cli("render", "examples/coffee-subscription.ja.yaml", "-f", "png", "-o", str(out))
    assert result.exit_code == 2
    assert "pip install 'journeymap[cjk]'" in result.stderr
    assert not out.exists()
