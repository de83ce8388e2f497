"""PNG: every example rasterises to a non-blank image of the poster's size, Japanese glyphs are
really drawn, and a Japanese map without a font that covers it is refused, not silently blanked."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from journeymap.faces.poster import fonts as fonts_module
from journeymap.faces.poster import png as png_module
from journeymap.faces.poster.fonts import FontError
from journeymap.faces.poster.png import PngError, find_fonts, svg_to_png
from journeymap.faces.poster.svg import render_svg
from journeymap.load.loader import MapLoader
from journeymap.views.layout import build_layout

from ...conftest import EXAMPLES, ROOT
from .pixels import crop, ink, png_size

# The font of the `cjk` extra, which the test environment installs; looked up before any
# test replaces bundled_fonts.
[NOTO] = fonts_module.bundled_fonts()


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
    monkeypatch.setattr(fonts_module, "bundled_fonts", lambda: [])
    empty = tmp_path / "no-fonts"
    empty.mkdir()
    monkeypatch.setenv(fonts_module.FONT_DIRS_VARIABLE, str(empty))
    return empty


def test_japanese_map_without_a_japanese_font_is_refused(no_fonts_of_our_own):
    fonts = find_fonts()
    assert fonts.system and fonts.family == "Source Sans Pro"  # Latin of our own, Japanese from the system
    with pytest.raises(PngError, match="Japanese"):
        svg_to_png(poster_svg(str(EXAMPLES / "coffee-subscription.ja.yaml")))
    # An English map still renders with whatever the system has.
    assert png_size(svg_to_png(poster_svg(str(EXAMPLES / "weak-signup.yaml"))))[0] > 0


def test_font_option_takes_a_font_file_and_rejects_anything_else(tmp_path):
    bundled = fonts_module.bundled_fonts()
    assert find_fonts(tuple(bundled)).family == "Noto Sans JP"
    (tmp_path / "not-a-font.ttf").write_text("hello")
    with pytest.raises(FontError, match="not a TrueType"):
        find_fonts((str(tmp_path / "not-a-font.ttf"),))
    with pytest.raises(FontError, match="not found"):
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


def test_accented_latin_and_japanese_in_one_text_each_get_a_font_that_has_them():
    from journeymap.faces.poster.png import per_glyph

    svg = render_svg(build_layout(MapLoader().load(str(ROOT / "tests/cases/posters/diacritics.yaml")).journey))
    mixed = svg.replace(">Objednávka v Brně — cesta zákazníka<", ">Dvořák 認知 Ærø<")
    split = per_glyph(mixed, find_fonts())
    pieces = re.findall(r"<text [^>]*font-family=\"'([^']+)'\"[^>]*>([^<]*)</text>", split)
    assert ("Source Sans Pro", "Dvořák ") in pieces and ("Noto Sans JP", "認知 ") in pieces and ("Source Sans Pro", "Ærø") in pieces
    # Drawn: the accent over the r is really there (a font without ř draws r and a loose caron, or a box).
    box = (32, 32, 260, 68)
    with_accent = svg_to_png(_title_svg("Dvořák"))
    without = svg_to_png(_title_svg("Dvorak"))
    assert crop(with_accent, box) != crop(without, box)
    assert ink(with_accent, box) > ink(without, box)


def test_a_png_too_long_for_viewers_is_refused_before_it_is_drawn(cli, monkeypatch, tmp_path):
    monkeypatch.chdir(ROOT)
    out = tmp_path / "long.png"
    result = cli("render", "examples/saas-onboarding.yaml", "--scale", "8", "-o", str(out))
    assert result.exit_code == 2
    assert "16,384 px" in result.stderr and "--fit 16:9" in result.stderr and "--scale 0.5" in result.stderr
    assert not out.exists()
    result = cli("render", "examples/weak-signup.yaml", "--max-side", "800", "-o", str(out))
    assert result.exit_code == 2 and "--max-side 0" in result.stderr
    result = cli("render", "examples/weak-signup.yaml", "--max-side", "0", "--scale", "0.5", "-o", str(out))
    assert result.exit_code == 0 and out.read_bytes().startswith(b"\x89PNG")


def test_a_fitted_png_is_the_size_of_the_screen(cli, monkeypatch, tmp_path):
    monkeypatch.chdir(ROOT)
    out = tmp_path / "ja.png"
    result = cli("render", "examples/coffee-subscription.ja.yaml", "--fit", "16:9", "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert png_size(out.read_bytes()) == (1920, 1080)
