"""The service blueprint: golden SVG and terminal views, every width, the CLI's --view blueprint."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from journeymap.check.engine import Engine
from journeymap.faces.poster.blueprint import render_blueprint_svg
from journeymap.faces.poster.svg import PosterOptions
from journeymap.faces.terminal.blueprint import render
from journeymap.load.loader import MapLoader
from journeymap.textwidth import width
from journeymap.views.blueprint import LANES, build_blueprint

from ..conftest import EXAMPLES, ROOT

EN = "examples/call-centre-support.yaml"
JA = "examples/store-returns.ja.yaml"
SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def at_root(monkeypatch):
    monkeypatch.chdir(ROOT)


def view(path: str, **options):
    journey = MapLoader().load(path).journey
    return build_blueprint(journey, Engine().run(journey), **options)


def name_of(path: str) -> str:
    return path.split("/")[-1].removesuffix(".yaml")


# --- Golden views, reviewed by eye -------------------------------------------------------------


@pytest.mark.parametrize("path", [EN, JA], ids=["en", "ja"])
def test_golden_blueprint_svg(at_root, golden, path):
    golden(f"render/{name_of(path)}.blueprint.svg", render_blueprint_svg(view(path), PosterOptions()))


@pytest.mark.parametrize("columns", [60, 120])
@pytest.mark.parametrize("path", [EN, JA], ids=["en", "ja"])
def test_golden_blueprint_terminal(cli, at_root, golden, monkeypatch, path, columns):
    monkeypatch.setenv("COLUMNS", str(columns))
    result = cli("show", path, "--view", "blueprint")
    assert result.exit_code == 0, result.stderr
    golden(f"show/{name_of(path)}.blueprint.{columns}.txt", result.stdout)


# --- What a blueprint holds ---------------------------------------------------------------------


def test_the_three_lines_and_every_lane_are_drawn_and_named(at_root):
    drawn = view(EN)
    assert drawn.lanes == LANES
    lines = [line for index in range(len(drawn.lanes)) for line in drawn.lines_before(index)]
    assert lines == ["interaction", "visibility", "internal"]
    svg = render_blueprint_svg(drawn, PosterOptions())
    for title in ("line of interaction", "line of visibility", "line of internal interaction", "Frontstage", "Backstage"):
        assert title in svg


def test_hiding_lanes_keeps_every_line_between_those_left(at_root):
    drawn = view(EN, lanes=("customer", "support"))
    assert drawn.lines_before(1) == ("interaction", "visibility", "internal")


def test_departments_fall_back_to_the_touchpoint_owner_and_keep_one_colour(at_root):
    drawn = view(JA)
    names = [d.name for d in drawn.departments]
    assert len(names) == len(set(names))
    assert {"店舗運営部", "EC事業部", "物流センター", "カスタマーサポート"} <= set(names)
    colors = {step.department: step.color for band in drawn.bands for slot in band.slots
              for lane in ("frontstage", "backstage", "support") for step in slot.steps(lane)}
    assert all(colors[d.name] == d.color for d in drawn.departments)


def test_a_wait_over_its_target_is_marked_and_said_in_the_maps_language(at_root):
    waits = [w for band in view(JA).bands for slot in band.slots for w in slot.waits]
    over = [w for w in waits if w.over]
    assert over and all("W222" in w.codes for w in over)
    assert any(w.duration == "10日" for w in waits)


def test_a_map_without_a_blueprint_says_so(at_root):
    drawn = view("examples/saas-onboarding.yaml")
    assert not drawn.has_blueprint
    assert "This map has no blueprint yet" in render(drawn, 80)


# --- Every width works --------------------------------------------------------------------------


@pytest.mark.parametrize("columns", (40, 55, 80, 100, 160, 250))
@pytest.mark.parametrize("path", [EN, JA], ids=["en", "ja"])
def test_every_line_fits_at_every_width(at_root, path, columns):
    text = render(view(path), columns)
    wide = [line for line in text.splitlines() if width(line) > columns]
    assert not wide, wide[:3]
    assert not [line for line in text.splitlines() if line != line.rstrip()], "trailing blanks"


@pytest.mark.parametrize("example", sorted(EXAMPLES.glob("*.yaml")), ids=lambda p: p.name)
def test_every_example_draws_a_well_formed_blueprint(at_root, example):
    root = ET.fromstring(render_blueprint_svg(view(str(example.relative_to(ROOT))), PosterOptions()))
    assert root.tag == f"{SVG}svg"
    assert root.find(f"{SVG}title").text


def test_same_input_same_bytes(at_root):
    assert render_blueprint_svg(view(JA), PosterOptions()) == render_blueprint_svg(view(JA), PosterOptions())


# --- The commands -------------------------------------------------------------------------------


def test_render_view_blueprint_writes_beside_the_map(cli, tmp_path):
    source = tmp_path / "returns.yaml"
    source.write_bytes((ROOT / JA).read_bytes())
    result = cli("render", str(source), "--view", "blueprint")
    assert result.exit_code == 0, result.stderr
    written = tmp_path / "returns.blueprint.svg"
    assert written.read_text(encoding="utf-8").startswith("<svg")
    assert not (tmp_path / "returns.svg").exists()


def test_render_view_blueprint_refuses_formats_it_cannot_draw(cli, at_root):
    result = cli("render", JA, "--view", "blueprint", "--format", "mermaid", "-o", "-")
    assert result.exit_code == 2
    assert "--view blueprint" in result.stderr


def test_show_blueprint_lanes_by_title_in_either_language(cli, at_root, monkeypatch):
    monkeypatch.setenv("COLUMNS", "100")
    english = cli("show", JA, "--view", "blueprint", "--lanes", "customer,Backstage", "--lang", "en")
    japanese = cli("show", JA, "--view", "blueprint", "--lanes", "顧客の行動,バックステージ", "--lang", "en")
    assert english.exit_code == 0, english.stderr
    assert english.stdout == japanese.stdout
    assert "Backstage" in english.stdout and "Frontstage" not in english.stdout
    wrong = cli("show", JA, "--view", "blueprint", "--lanes", "backstag")
    assert wrong.exit_code == 2 and "backstage" in wrong.stderr


def test_fit_scales_the_blueprint_whole_to_the_shape_and_says_when_the_text_is_small(cli, at_root):
    result = cli("render", JA, "--view", "blueprint", "--fit", "16:9", "-o", "-")
    assert result.exit_code == 0, result.stderr
    head = result.stdout[: result.stdout.find(">")]
    assert 'width="1920" height="1080"' in head and 'viewBox="0 0 ' in head
    assert "--view blueprint --stage" in result.stderr  # 7 px on a projector: it says what to do instead


def test_the_client_blueprint_has_no_rule_codes(cli, at_root):
    import re

    result = cli("render", JA, "--view", "blueprint", "--audience", "client", "-o", "-")
    assert result.exit_code == 0, result.stderr
    assert not re.search(r"\b[EWI]\d{3}\b", result.stdout)


def test_the_blueprint_handout_is_the_whole_blueprint_then_a_page_per_stage(cli, at_root, tmp_path):
    out = tmp_path / "returns.pdf"
    result = cli("render", EN, "--view", "blueprint", "--format", "pdf", "-o", str(out))
    assert result.exit_code == 0, result.stderr
    data = out.read_bytes()
    assert data.startswith(b"%PDF-")
    stages = len(MapLoader().load(EN).journey.stages)
    again = tmp_path / "again.pdf"
    assert cli("render", EN, "--view", "blueprint", "--format", "pdf", "-o", str(again)).exit_code == 0
    assert again.read_bytes() == data  # the same map, the same bytes
    import re

    assert len(re.findall(rb"/Type\s*/Page\b(?!s)", data)) == 1 + stages


def test_a_map_without_a_blueprint_is_drawn_with_a_note_in_the_terminals_language(cli, at_root, monkeypatch, tmp_path):
    result = cli("render", "examples/coffee-subscription.ja.yaml", "--view", "blueprint", "-o", str(tmp_path / "b.svg"))
    assert result.exit_code == 0 and "note: This map has no blueprint yet" in result.stderr
    monkeypatch.setenv("LANG", "ja_JP.UTF-8")
    result = cli("render", "examples/coffee-subscription.ja.yaml", "--view", "blueprint", "-o", str(tmp_path / "b.pdf"))
    assert result.exit_code == 0 and "注意: このマップにはまだブループリントがありません" in result.stderr
