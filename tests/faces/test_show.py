"""`journeymap show`: the map in a terminal, at any width from 40 to 250 columns, in English and Japanese."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from journeymap.faces.terminal.curve import levels, render_curve
from journeymap.faces.terminal.lines import flow, line_width, plain, text_lines
from journeymap.faces.terminal.show import render
from journeymap.load.loader import MapLoader
from journeymap.textwidth import width
from journeymap.views.layout import build_layout

from ..conftest import EXAMPLES, ROOT, load_text

EN = "examples/saas-onboarding.yaml"
JA = "examples/coffee-subscription.ja.yaml"
EXAMPLE_FILES = sorted(str(p.relative_to(ROOT)) for p in EXAMPLES.glob("*.yaml"))
WIDTHS = (40, 41, 55, 60, 80, 100, 120, 160, 200, 250)
ANSI = re.compile(r"\x1b\[[0-9;]*m")


@pytest.fixture
def at_root(monkeypatch):
    monkeypatch.chdir(ROOT)


@pytest.fixture
def show(cli, monkeypatch):
    """`journeymap show ARGS` at ``columns`` wide; returns stdout after asserting success."""

    def run(*args: str, columns: int = 100) -> str:
        monkeypatch.setenv("COLUMNS", str(columns))
        result = cli("show", *args)
        assert result.exit_code == 0, result.stderr
        return result.stdout

    return run


def journey(path: str):
    return MapLoader().load(path).journey


def assert_fits(text: str, columns: int) -> None:
    wide = [(width(line), line) for line in text.splitlines() if width(line) > columns]
    assert not wide, f"lines wider than {columns}: {wide[:3]}"
    assert not [line for line in text.splitlines() if line != line.rstrip()], "trailing blanks"


# --- Golden views, reviewed by eye -------------------------------------------------------------


@pytest.mark.parametrize("columns", [60, 100, 160])
@pytest.mark.parametrize("path", [EN, JA], ids=["en", "ja"])
def test_golden_views(show, at_root, golden, path, columns):
    name = path.split("/")[-1].removesuffix(".yaml")
    golden(f"show/{name}.{columns}.txt", show(path, columns=columns))


# --- Every width works --------------------------------------------------------------------------


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("path", EXAMPLE_FILES)
def test_every_name_appears_whole_on_one_line_at_every_width(show, at_root, path, columns):
    text = show(path, columns=columns)
    lines = text.splitlines()
    j = journey(path)
    names = [s.name for s in j.stages] + [tp.name for _, tp in j.touchpoints()] + [p.name for p in j.personas]
    missing = [name for name in names if not any(name in line for line in lines)]
    assert not missing, f"not whole on one line at {columns} columns: {missing}"
    assert_fits(text, columns)


def variants(path: str) -> list[tuple[str, ...]]:
    j = journey(path)
    out: list[tuple[str, ...]] = [(), ("--lanes", "touchpoints,emotion"), ("--lanes", "thoughts,pains")]
    out += [("--persona", p.id) for p in j.personas[:2]]
    out += [("--stage", s.id) for s in (j.stages[0], j.stages[-1])]
    if j.personas:
        out.append(("--persona", j.personas[-1].id, "--stage", j.stages[len(j.stages) // 2].id))
    return out


@pytest.mark.parametrize("path", EXAMPLE_FILES)
def test_no_line_is_wider_than_the_terminal(show, at_root, path):
    for args in variants(path):
        for columns in WIDTHS:
            assert_fits(show(path, *args, columns=columns), columns)


def test_wide_terminals_get_columns_and_narrow_ones_panels(show, at_root):
    wide, narrow = show(JA, columns=250), show(JA, columns=60)
    assert "┌" in wide and "╭─ 1 認知" not in wide
    assert "╭─ 1 認知" in narrow and "┌" not in narrow


def test_japanese_columns_line_up_by_display_width(show, at_root):
    lines = show(JA, columns=160).splitlines()
    rows = [line for line in lines if line.startswith("│") and "┌" not in line]
    first_band = rows[: next(i for i, line in enumerate(rows) if "改善機会" in line) + 1]
    borders = {tuple(i for i, ch in enumerate(_cells(line)) if ch and ch in "│┼") for line in first_band}
    assert len(borders) == 1, borders


def _cells(line: str) -> list[str]:
    """Each display cell of ``line``; a wide character takes two."""
    cells = []
    for ch in line:
        cells.append(ch)
        if width(ch) == 2:
            cells.append("")
    return cells


def test_piped_output_is_plain_and_100_columns(cli, at_root, monkeypatch):
    monkeypatch.delenv("COLUMNS")
    text = cli("show", EN).stdout
    assert "\x1b[" not in text
    assert max(map(width, text.splitlines())) <= 100


def test_colour_changes_styles_only(show, at_root, monkeypatch):
    plain_text = show(JA, columns=100)
    monkeypatch.delenv("NO_COLOR")
    monkeypatch.setenv("FORCE_COLOR", "1")
    coloured = show(JA, columns=100)
    assert "\x1b[" in coloured
    assert ANSI.sub("", coloured) == plain_text


# --- What the view says -------------------------------------------------------------------------


def test_stage_shows_phase_goal_channel_owner_and_flags(show, at_root):
    text = show(EN, columns=100)
    assert "╭─ 2 Evaluation · Consideration" in text
    assert "Be sure it fits our rules and our systems" in text
    assert "Email · sales" in text
    assert "⚑ W201 low-stage-emotion  ⚑ W205 inconsistent-channels" in text
    assert text.endswith("4 warnings — run `journeymap check examples/saas-onboarding.yaml` for details\n")


@pytest.mark.parametrize("columns", [122, 126, 130, 134, 138])
def test_a_flag_count_stays_with_its_rule_name_in_narrow_stage_columns(show, at_root, columns):
    text = show("examples/weak-signup.yaml", columns=columns)
    for line in text.splitlines():
        cells = [cell.strip() for cell in line.split("│")]
        assert not any(cell.startswith("×") for cell in cells), line
    assert "\u00a0" not in text


def test_repeated_flags_are_counted_once(show, at_root):
    text = show("examples/weak-signup.yaml", columns=100)
    assert text.count("W201 low-stage-emotion ×2") == 1
    assert "Whole map: ⚑ W209 no-post-purchase" in text
    assert "27 warnings, 3 infos — run `journeymap check examples/weak-signup.yaml` for details" in text


def test_scores_read_without_colour(show, at_root):
    text = show(EN, "--stage", "onboarding", columns=100)
    assert "● +2 ↑↑  ■ 0 →" in text  # marker, score and mood symbol per persona
    assert "■ Tomás -0.5 →" in text  # the stage average


def test_scores_on_a_one_to_five_scale_are_not_signed(show, at_root):
    text = show("examples/call-centre-support.yaml", columns=100)
    assert "● 4 ↑" in text and "+4" not in text
    assert "scale 1..5" in text


def test_lanes_choose_and_order_what_is_shown(show, at_root):
    text = show(EN, "--lanes", "pains,goal", columns=60)
    assert "Pain points" in text and "Goal" in text
    assert "Thoughts" not in text and "Emotion curve" not in text
    assert text.index("│ Pain points • Three-week wait") < text.index("│ Goal        Be sure it fits")
    # Without the touchpoints lane, items carry a bullet instead of a letter that points nowhere.
    assert "• No SSO documentation before purchase" in text


def test_persona_focus_keeps_one_persona(show, at_root):
    text = show(JA, "--persona", "kenji", columns=100)
    assert "健二 (62, 元教師)" in text
    assert "愛子" not in text
    assert "■━ 健二" in text  # Kenji keeps his own marker and line style


def test_stage_focus_numbers_the_stage_and_curves_its_touchpoints(show, at_root):
    text = show(EN, "--stage", "onboarding", columns=100)
    assert "4 Onboarding" in text and "Awareness" not in text
    assert "Emotion curve · Onboarding" in text
    assert "a Single sign-on setup" in text


# --- The emotion curve --------------------------------------------------------------------------


def test_levels_put_neutral_on_a_row_for_both_common_scales():
    assert levels(-2, 2) == [-2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2]
    assert levels(1, 5) == [1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5]
    assert len(levels(0, 10)) == 11 and levels(0, 10)[5] == 5
    assert len(levels(-1, 1)) == 9 and levels(-1, 1)[4] == 0


CURVE_MAP = """\
journeymap: 1
title: Curve
personas: [{id: a, name: Ann}, {id: b, name: Bob}]
stages:
  - {id: s1, name: One, touchpoints: [{id: t1, name: T1, emotion: {a: -2, b: 2}}]}
  - {id: s2, name: Two, touchpoints: [{id: t2, name: T2, emotion: {a: 2}}]}
  - {id: s3, name: Three, touchpoints: [{id: t3, name: T3, emotion: {a: 0, b: 2}}]}
"""


def curve_text(text: str, columns: int = 60) -> list[str]:
    layout = build_layout(load_text(text).journey, [])
    return [plain(line) for line in render_curve(layout, columns)]


def test_curve_axes_markers_and_neutral_line():
    lines = curve_text(CURVE_MAP)
    assert lines[0] == "Emotion curve · scale -2..2"
    top, neutral, bottom = lines[1], lines[5], lines[9]
    assert top.startswith("+2 ┤") and bottom.startswith("-2 ┤")
    assert neutral.startswith(" 0 ┼┈") and "┈┈┈" in neutral
    assert "●" in bottom and "■" in top  # Ann starts at -2, Bob at +2
    assert lines[11].split() == ["One", "Two", "Three"]  # names fit under the axis
    assert "●─ Ann" in lines[12] and "■━ Bob" in lines[12] and "neutral 0" in lines[12]


def test_curve_leaves_a_gap_where_a_persona_has_no_score():
    lines = curve_text(CURVE_MAP)
    top = lines[1]
    # Bob scores +2 in stages one and three but not in two: two markers, no heavy line between them.
    assert top.count("■") == 2
    assert "━" not in top


def test_curve_numbers_the_stages_when_names_do_not_fit():
    lines = curve_text(CURVE_MAP.replace("name: Three", "name: Three little pigs went to market"), 40)
    axis = next(i for i, line in enumerate(lines) if "└" in line)
    assert lines[axis + 1].split() == ["1", "2", "3"]
    assert "3 Three little pigs went to market" in "\n".join(lines)


def test_curve_without_scores_says_so():
    lines = curve_text("journeymap: 1\ntitle: T\nstages: [{id: s, name: S, touchpoints: [{id: t, name: T}]}]\n")
    assert lines[-1] == "No scores to draw."


# --- Maps that push the limits ------------------------------------------------------------------

EDGE_MAP = """\
journeymap: 1
title: "A title that is much longer than any narrow terminal could ever show on a single line"
stages:
  - id: one
    name: "ステージ名がとても長い場合でも表示が崩れないことを確かめるためのステージ"
    goal: "Ein\\tTab und Zeilen\\numbrüche"
    touchpoints:
      - id: t
        name: "Supercalifragilisticexpialidocious-touchpoint-name-without-any-spaces-at-all"
        channel: a-channel-nobody-knows
        owner: the-department-with-the-longest-name-in-the-company
        thoughts: ["「かぎかっこ」で始まる、句読点の多い、日本語の文章。改行位置を確かめる。"]
        emotion: 1
  - id: two
    name: Two
"""


@pytest.mark.parametrize("columns", [40, 47, 63, 80, 250])
def test_long_names_tabs_and_no_personas_never_break_the_width(columns):
    layout = build_layout(load_text(EDGE_MAP).journey, [])
    text = render(layout, width=columns)
    assert_fits(text, columns)
    assert "\t" not in text
    assert "Customers" in text  # the curve's legend for a map without personas


def test_a_long_touchpoint_name_moves_lane_titles_above_rather_than_wrap(columns=60):
    name = "Webinar recording sent the next morning xy"  # 42 cells: too wide beside the lane titles
    text = render(build_layout(load_text(CURVE_MAP.replace("name: T1", f"name: {name}")).journey, []), width=columns)
    assert f"│   a {name}" in text
    assert_fits(text, columns)


def test_narrower_than_forty_columns_renders_at_forty(show, at_root):
    text = show(EN, columns=20)
    assert_fits(text, 40)
    # Drawn at forty, not squeezed to twenty: the widest line uses the forty columns.
    assert max(width(line) for line in text.splitlines()) == 40


@given(st.text(alphabet="aé 漢字。、「」ーabc\n\t", max_size=120), st.integers(min_value=4, max_value=60))
def test_wrapped_and_flowed_lines_fit(text, columns):
    # Four cells: a letter, a space and one wide character, the least any lane is given.
    for line in text_lines(text, columns, first=[("a ", "dim")]):
        assert line_width(line) <= columns
    units = [[(word, "")] for word in text.split()]
    for line in flow(units, columns, indent=min(2, columns - 1)):
        assert line_width(line) <= columns


def test_an_ascii_quote_stays_with_the_japanese_word_it_opens_and_closes():
    from journeymap.textwidth import wrap

    lines = wrap("worst moment: 'サポート窓口への電話' (0)", 24)
    assert not any(line.endswith("'") and line.count("'") % 2 for line in lines[:-1])
    assert not any(line.startswith("'") for line in lines[1:])
    assert "".join(lines).replace(" ", "") == "worstmoment:'サポート窓口への電話'(0)"


def test_a_number_beside_japanese_text_is_never_split():
    from journeymap.textwidth import wrap

    assert wrap("lowest for 愛子 (+0.5); worst moment", 20) == ["lowest for 愛子", "(+0.5); worst moment"]


@given(st.text(alphabet="a 漢字'\"(「", max_size=60), st.integers(min_value=2, max_value=30))
def test_wrapping_keeps_every_character_and_fits(text, columns):
    from journeymap.textwidth import wrap

    lines = wrap(text, columns)
    assert all(width(line) <= columns for line in lines)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")


# --- Mistakes ------------------------------------------------------------------------------------


def test_unknown_ids_are_usage_errors_that_list_what_exists(cli, at_root):
    for args, listing in (
        (["--persona", "kenj"], "did you mean 'kenji'? the personas in examples/coffee-subscription.ja.yaml are aiko, kenji"),
        (["--stage", "nope"], "the stages in examples/coffee-subscription.ja.yaml are awareness, interest,"),
        (["--lanes", "goal,feelings"], "choose from goal, touchpoints, actions, thoughts, emotion, pains, opportunities"),
    ):
        result = cli("show", JA, *args)
        assert result.exit_code == 2
        assert result.stdout == ""
        assert listing in result.stderr and result.stderr.count("\n") == 1


def test_persona_on_a_map_without_personas(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "m.yaml").write_text("journeymap: 1\ntitle: T\nstages: [{id: s, name: S}]\n")
    result = cli("show", "m.yaml", "--persona", "x")
    assert result.exit_code == 2
    assert result.stderr == "journeymap: error: m.yaml has no personas; leave out --persona\n"


def test_broken_map_prints_its_findings_and_exits_one(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "bad.yaml").write_text("journeymap: 1\ntitle: T\nstages: [{id: s, name: S, colour: red}]\n")
    result = cli("show", "bad.yaml")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "E102 unknown-field" in result.stderr


def test_missing_file_exits_two(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = cli("show", "nope.yaml")
    assert result.exit_code == 2
    assert result.stderr == "journeymap: error: nope.yaml: no such file or directory\n"


def test_lanes_stages_and_personas_are_accepted_as_people_see_them(cli, at_root):
    by_id = cli("show", JA, "--stage", "support", "--lanes", "emotion,pains", "--persona", "kenji")
    by_name = cli("show", JA, "--stage", "サポート", "--lanes", "感情,ペインポイント", "--persona", "健二")
    assert by_name.exit_code == 0 and by_name.stdout == by_id.stdout
    english = cli("show", JA, "--stage", "support", "--lanes", "Emotion,Pain points", "--persona", "kenji")
    assert english.stdout == by_id.stdout
