"""The SVG poster: golden files, determinism, structure, sizes from 2 to 15 stages and 1 to 5 personas."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from journeymap.check.engine import Engine
from journeymap.faces.poster.svg import PosterOptions, render_svg
from journeymap.faces.poster.themes import DARK
from journeymap.load.loader import MapLoader
from journeymap.views.layout import build_layout

from ...conftest import EXAMPLES, ROOT
from .helpers import generated

SVG = "{http://www.w3.org/2000/svg}"


def poster(path: str, **options) -> str:
    journey = MapLoader().load(path).journey
    return render_svg(build_layout(journey, Engine().run(journey)), PosterOptions(**options))


@pytest.fixture
def at_root(monkeypatch):
    monkeypatch.chdir(ROOT)


@pytest.mark.parametrize("name", ["weak-signup", "coffee-subscription.ja"])
def test_golden_posters(at_root, golden, name):
    golden(f"render/{name}.svg", poster(f"examples/{name}.yaml"))


def test_same_input_same_bytes(at_root):
    assert poster("examples/saas-onboarding.yaml") == poster("examples/saas-onboarding.yaml")


@pytest.mark.parametrize("example", sorted(EXAMPLES.glob("*.yaml")), ids=lambda p: p.name)
def test_every_example_is_well_formed_and_accessible(at_root, example):
    root = ET.fromstring(poster(str(example.relative_to(ROOT))))
    assert root.tag == f"{SVG}svg"
    assert root.find(f"{SVG}title").text
    description = root.find(f"{SVG}desc").text
    # A screen reader hears the map in its own language.
    assert description.startswith("Customer journey map with") or "のカスタマージャーニーマップ。" in description
    ids = [element.get("id") for element in root.iter() if element.get("id")]
    assert len(ids) == len(set(ids))


def test_every_stage_touchpoint_and_persona_is_on_the_poster(at_root):
    journey = MapLoader().load("examples/saas-onboarding.yaml").journey
    root = ET.fromstring(render_svg(build_layout(journey)))
    texts = " ".join(element.text or "" for element in root.iter(f"{SVG}text"))
    for stage in journey.stages:
        assert stage.name in texts
    for persona in journey.personas:
        assert persona.name.split(" (")[0] in texts
    for _, touchpoint in journey.touchpoints():
        assert touchpoint.name.split()[0] in texts


def test_flagged_stages_show_their_codes(at_root):
    svg = poster("examples/weak-signup.yaml")
    assert "W201 ×2 · W202 · W204 · W208 ×2 · W210 ×2 · W213" in svg
    assert 'stroke-dasharray="8 4"' in svg


def test_ids_differ_between_maps_so_they_can_share_a_page(at_root):
    a = ET.fromstring(poster("examples/weak-signup.yaml")).get("id")
    b = ET.fromstring(poster("examples/saas-onboarding.yaml")).get("id")
    assert a != b and a.startswith("jm-")


def test_dark_theme(at_root):
    assert 'fill="#0d1117"' in poster("examples/weak-signup.yaml", theme=DARK)


@pytest.mark.parametrize("stages", [2, 5, 9, 15])
@pytest.mark.parametrize("personas", [1, 3, 5])
def test_sizes_follow_the_content_and_text_stays_on_the_poster(stages, personas):
    journey = generated(stages, personas)
    root = ET.fromstring(render_svg(build_layout(journey, Engine().run(journey))))
    width, height = float(root.get("width")), float(root.get("height"))
    assert width >= 200 * 2 * stages
    for element in root.iter(f"{SVG}text"):
        assert 0 <= float(element.get("x")) < width
        assert 0 < float(element.get("y")) <= height
    markers = [e for e in root.iter() if e.tag in (f"{SVG}circle", f"{SVG}rect", f"{SVG}polygon")]
    assert len(markers) >= stages * 2 * personas  # every score has a marker


def test_long_text_is_cut_with_an_ellipsis_not_overflowing():
    journey = generated(2, 1, touchpoints=1, title="A " * 200)
    svg = render_svg(build_layout(journey))
    titles = [e.text for e in ET.fromstring(svg).iter(f"{SVG}text") if e.get("font-size") == "26"]
    assert len(titles) == 2 and titles[-1].endswith("…")


@pytest.mark.parametrize("name", ["weak-signup", "coffee-subscription.ja"])
def test_golden_pages(at_root, golden, name):
    """The HTML page of a map, in the map's language (headings, table heads, the footer)."""
    from journeymap.faces.formats import RenderOptions, render_bytes

    loaded = MapLoader().load(f"examples/{name}.yaml")
    page = render_bytes(loaded.journey, Engine().run(loaded.journey), RenderOptions("html")).decode("utf-8")
    golden(f"render/{name}.html", page)
    if name.endswith(".ja"):
        for english in (">Personas<", ">Findings<", ">Code<", ">Message<", "Owner:", "Channels:"):
            assert english not in page
