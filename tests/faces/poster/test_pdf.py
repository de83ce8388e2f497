"""The PDF handout: an overview page and a page per stage, with its text as text (Japanese too)."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from ...conftest import ROOT

pdftotext = shutil.which("pdftotext")
needs_poppler = pytest.mark.skipif(
    pdftotext is None and not os.environ.get("JOURNEYMAP_REQUIRE_POPPLER"),
    reason="poppler-utils (pdftotext) is not installed; CI installs it",
)


def pdf_of(cli, tmp_path, *args) -> bytes:
    out = tmp_path / "handout.pdf"
    result = cli("render", *args, "-o", str(out))
    assert result.exit_code == 0, result.stderr
    return out.read_bytes()


def pages_text(data: bytes, tmp_path) -> list[str]:
    path = tmp_path / "read.pdf"
    path.write_bytes(data)
    text = subprocess.run([pdftotext, "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return text.split("\f")[:-1]


@needs_poppler
def test_the_japanese_handout_has_its_stage_names_as_text(cli, tmp_path, monkeypatch):
    from journeymap.load.loader import MapLoader

    monkeypatch.chdir(ROOT)
    journey = MapLoader().load("examples/coffee-subscription.ja.yaml").journey
    pages = pages_text(pdf_of(cli, tmp_path, "examples/coffee-subscription.ja.yaml"), tmp_path)
    assert len(pages) == 1 + len(journey.stages)  # the overview, then a page per stage
    for stage, page in zip(journey.stages, pages[1:]):
        assert stage.name in pages[0]
        assert stage.name in page
        for touchpoint in stage.touchpoints:
            assert touchpoint.name.split()[0][:3] in page.replace(" ", "")
    assert "W205" in pages[3] and "チャネル" in pages[3]  # what was flagged, in words, on its stage's page


@needs_poppler
def test_the_client_handout_leaves_the_codes_out(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    pages = pages_text(pdf_of(cli, tmp_path, "examples/weak-signup.yaml", "--audience", "client"), tmp_path)
    text = "\n".join(pages)
    assert "Sign-up" in text and "Lena" in text
    assert "W201" not in text and "warnings" not in text


def test_the_same_map_gives_the_same_pdf_and_a4_landscape_by_default(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    first = pdf_of(cli, tmp_path, "examples/weak-signup.yaml")
    assert first.startswith(b"%PDF-") and first == pdf_of(cli, tmp_path, "examples/weak-signup.yaml")
    assert b"/MediaBox [0 0 841.89 595.28]" in first
    a3 = pdf_of(cli, tmp_path, "examples/weak-signup.yaml", "--fit", "a3-portrait")
    assert b"/MediaBox [0 0 841.89 1190.55]" in a3


def test_fonts_are_embedded_as_subsets(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    data = pdf_of(cli, tmp_path, "examples/coffee-subscription.ja.yaml")
    assert b"+NotoSansJP" in data and b"+SourceSansPro" in data and b"/ToUnicode" in data


def test_a_japanese_map_without_a_japanese_font_is_refused(cli, tmp_path, monkeypatch):
    from journeymap.faces.poster import fonts

    monkeypatch.chdir(ROOT)
    monkeypatch.setattr(fonts, "bundled_fonts", lambda: [])
    out = tmp_path / "ja.pdf"
    result = cli("render", "examples/coffee-subscription.ja.yaml", "-o", str(out))
    assert result.exit_code == 2 and "pip install 'journeymap[cjk]'" in result.stderr
    assert not out.exists()
