"""Reading Mermaid journey diagrams: `journeymap import mermaid` (the export is tested in tests/faces/test_mermaid.py)."""

from __future__ import annotations

import math
from textwrap import dedent

import pytest

import journeymap.cli.imports  # noqa: F401  (registers `journeymap import`)
from journeymap.check.engine import Engine
from journeymap.i18n import tr
from journeymap.load.loader import MapLoader
from journeymap.load.mermaid.blocks import find_journeys
from journeymap.load.mermaid.parse import decode_entity, js_number, parse_block
from journeymap.load.mermaid.to_map import DiagramIndexError, NoJourneyDiagram, import_mermaid
from journeymap.model import Emotion, Scale, Score

from ..conftest import CASES

MERMAID = CASES / "mermaid"


def imported(name: str, index: int = 1):
    return import_mermaid((MERMAID / name).read_text(encoding="utf-8"), name, index)


def from_text(text: str):
    return import_mermaid(dedent(text), "test.mmd")


def problems(result) -> list[tuple[int, str]]:
    return [(p.line, p.message) for p in result.problems]


def kept(obj) -> dict:
    """What an imported map or stage keeps of the diagram in its x-mermaid extension."""
    return dict(obj.extensions).get("x-mermaid", {})


# --- reading Mermaid ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, number",
    [
        ("5", 5), (" 4.5 ", 4.5), (".5", 0.5), ("5.", 5), ("1e0", 1), ("+3", 3), ("0x3", 3), ("0b11", 3),
        ("", 0), ("Infinity", math.inf), ("abc", None), ("1_0", None), ("５", None), ("nan", None), ("4 5", None),
    ],
)
def test_scores_are_read_as_javascript_number_reads_them(text, number):
    assert js_number(text) == number


def test_entity_codes_are_decoded_as_mermaid_does():
    assert decode_entity("9829") == "♥"
    assert decode_entity("amp") == "&"
    assert decode_entity("nosuchentity") == "#nosuchentity;"


def test_mermaids_own_example():
    result = imported("working-day.mmd")
    journey = result.journey
    assert result.problems == ()
    assert journey.title == "My working day"
    assert journey.scale == Scale(1, 5)
    assert journey.single_scores is None
    assert [(p.id, p.name) for p in journey.personas] == [("me", "Me"), ("cat", "Cat")]
    assert [s.id for s in journey.stages] == ["go-to-work", "go-home"]
    do_work = journey.stages[0].touchpoints[2]
    assert (do_work.id, do_work.name) == ("do-work", "Do work")
    assert do_work.emotion == Emotion(None, (Score("me", 1), Score("cat", 1)), True)
    assert journey.extensions == ()  # nothing to keep: the map says all the diagram says


def test_the_yaml_names_its_source_and_loads_back_equal():
    result = imported("several.md", 2)
    header = "# Imported from several.md (journey diagram 2 of 2) by `journeymap import mermaid`.\n"
    assert result.yaml.startswith(header)
    assert MapLoader().load_text(result.yaml, "x.yaml").journey == result.journey


def test_comments_keywords_in_any_case_and_free_indentation():
    result = imported("support-desk.mmd")
    journey = result.journey
    assert result.problems == ()
    assert journey.title == "Support desk: from outage to fix"  # a title may hold ':'
    # accDescr takes the whole line, `#` included, as Mermaid does; accTitle is kept beside it
    assert journey.description == "How a power user and a first-time customer get help # not a comment here"
    assert kept(journey) == {"accTitle": "Support journey"}
    assert [p.name for p in journey.personas] == ["Power user", "First-time customer"]
    status, router = journey.stages[0].touchpoints
    assert status.emotion == Emotion(None, (Score("power-user", 2),), True)  # the `#` comment is gone
    assert router.score("first-time-customer") == 3.5
    assert [t.name for t in journey.stages[2].touchpoints] == ["Engineer visit", "Credit on the bill"]  # `;`
    assert journey.stages[2].touchpoints[0].score("first-time-customer") == 4.75


def test_a_task_without_actors_scores_no_persona_in_particular():
    journey = imported("support-desk.mmd").journey
    survey = journey.stages[1].touchpoints[2]
    assert journey.single_scores == "no-persona"
    assert survey.emotion == Emotion(3, everyone=False)
    assert survey.score("power-user") is None and survey.score(None) == 3
    assert journey.persona_ids == ("power-user", "first-time-customer", None)  # "customers" as a whole


def test_actor_less_tasks_never_give_a_persona_a_finding():
    journey = from_text(
        """\
        journey
          section Sign up
            Form: 5: Aiko
          section Support
            Hold music: 1
            Call back: 1
        """
    ).journey
    findings = Engine().run(journey)
    assert [f for f in findings if "Aiko" in f.message] == []
    assert any(f.code == "W202" or f.code == "W201" for f in findings if "customers" in f.message)


def test_a_diagram_without_actors_is_a_map_without_personas():
    journey = imported("wide-scores.mmd").journey
    assert journey.personas == () and journey.single_scores is None
    assert journey.stages[0].touchpoints[1].emotion == Emotion(6)


def test_japanese_front_matter_directive_and_tasks_before_the_first_section():
    journey = imported("coffee.ja.mmd").journey
    assert journey.title == "コーヒー定期便 — 最初の90日"  # from the front matter
    first = journey.stages[0]
    assert first.name == journey.title  # tasks before the first section go into a stage named after the title
    assert kept(first) == {"section": False}  # and the export writes them before the first section again
    assert [(p.id, p.name) for p in journey.personas] == [("persona-1", "愛子"), ("persona-2", "健二")]
    assert [s.id for s in journey.stages[1:]] == ["stage-2", "stage-3", "stage-4"]
    assert [t.id for t in journey.stages[1].touchpoints] == ["touchpoint-3", "touchpoint-4"]
    assert journey.stages[2].touchpoints[1].score("persona-2") == 2.5
    assert journey.stages[3].touchpoints[1].emotion == Emotion(4, everyone=False)


def test_without_a_title_nothing_is_invented_in_the_diagram():
    journey = from_text(
        """\
        journey
          Wake up: 3: Me
        section Work
          Coffee: 5: Me
        """
    ).journey
    assert journey.title == "Journey"  # a map needs a title; the diagram is told it had none
    assert kept(journey) == {"title": False}
    assert [(s.id, s.name) for s in journey.stages] == [("journey", "Journey"), ("work", "Work")]
    assert kept(journey.stages[0]) == {"section": False}


def test_a_title_statement_wins_over_the_front_matter():
    journey = from_text("---\ntitle: Front\n---\njourney\ntitle Body\nA: 3\n").journey
    assert journey.title == "Body"


@pytest.mark.parametrize(
    "lines, title, description, acc_title",
    [
        (["title T", "accTitle: Accessible", "accDescr: Described"], "T", "Described", "Accessible"),
        (["accTitle: Accessible"], "Accessible", None, "Accessible"),  # no title: the map is named by accTitle
        (["title T", "accTitle: Accessible"], "T", None, "Accessible"),
        (["accDescr {", "  Two", "  lines", "}"], "Journey", "Two\nlines", None),
        (["accDescr { One line } title After"], "After", "One line", None),
    ],
)
def test_accessible_title_and_description(lines, title, description, acc_title):
    journey = from_text("journey\n" + "\n".join(lines) + "\nsection S\nA: 3\n").journey
    assert (journey.title, journey.description, kept(journey).get("accTitle")) == (title, description, acc_title)


def test_entity_codes_and_an_empty_section():
    journey = imported("accessible.mmd").journey
    assert [t.name for t in journey.stages[1].touchpoints] == ["First report ♥", "Invite colleagues (bulk)"]
    assert journey.stages[2].name == "Later" and journey.stages[2].touchpoints == ()


def test_a_line_break_in_a_name_is_a_line_break():
    journey = from_text("journey\nsection Line1<br>Line2<BR/>Line3</br />x<br\t/>y\nA<br />B: 3\nC #60;br> D: 3\n").journey
    assert journey.stages[0].name == "Line1\nLine2\nLine3</br />x\ny"  # Mermaid's own pattern: </br /> is text
    assert [t.name for t in journey.stages[0].touchpoints] == ["A\nB", "C <br> D"]  # an entity code stays text


def test_ids_are_slugs_made_unique_across_the_map():
    journey = from_text(
        """\
        journey
        section Sign up
          Form: 3: Anna Lee, anna-lee
          Form: 4
        section Sign up
          Form: 2: 花子
          フォーム: 3: 太郎
          Welcome to the very long onboarding checklist with many many steps inside: 4
        """
    ).journey
    assert [s.id for s in journey.stages] == ["sign-up", "sign-up-2"]
    assert [t.id for _, t in journey.touchpoints()] == [
        "form", "form-2", "form-3", "touchpoint-4", "welcome-to-the-very-long-onboarding-checklist",
    ]
    assert [(p.id, p.name) for p in journey.personas] == [
        ("anna-lee", "Anna Lee"), ("anna-lee-2", "anna-lee"), ("persona-3", "花子"), ("persona-4", "太郎"),
    ]


def test_an_actor_named_twice_in_a_task_is_scored_once():
    journey = from_text("journey\nsection S\nA: 4: Me, Me ,Cat,\n").journey
    assert journey.stages[0].touchpoints[0].emotion == Emotion(None, (Score("me", 4), Score("cat", 4)), True)


def test_an_empty_diagram_gives_one_empty_stage():
    result = from_text("journey\n    title Nothing yet\n")
    assert [s.name for s in result.journey.stages] == ["Nothing yet"]
    assert problems(result) == [(1, "the diagram has no sections or tasks; the map has one empty stage")]


# --- scores --------------------------------------------------------------------------------------


def test_every_numeric_score_is_kept_and_the_scale_holds_them():
    result = imported("wide-scores.mmd")
    journey = result.journey
    assert journey.scale == Scale(0, 10)
    assert kept(journey) == {"scores": "as-written"}  # the export writes them as they are
    scores = [t.emotion.value if t.emotion else None for _, t in journey.touchpoints()]
    assert scores == [0, 6, 9, 10, None]
    assert problems(result) == [
        (
            5,
            "scores from 0 to 10 reach beyond Mermaid's 0..5, so the map's scale is 0..10; "
            "change `scale:` in the map if the diagram meant another range",
        ),
        (9, "'Certificate e-mail': the score `X` is not a number; the touchpoint is left unscored"),
    ]


@pytest.mark.parametrize(
    "scores, scale, as_written",
    [
        ([1, 3, 5], Scale(1, 5), False),
        ([0, 3, 5], Scale(0, 5), False),  # Mermaid's documented range
        ([2.5, 4.75], Scale(1, 5), False),
        ([6, 9], Scale(0, 10), True),
        ([-1, 3], Scale(-5, 5), True),
        ([-8, 10], Scale(-10, 10), True),
        ([50], Scale(0, 100), True),
        ([-100, 20], Scale(-100, 100), True),
        ([1000, 1], Scale(0, 1000), True),
    ],
)
def test_the_scale_is_the_first_that_holds_the_scores(scores, scale, as_written):
    text = "journey\nsection S\n" + "".join(f"T{i}: {score}\n" for i, score in enumerate(scores))
    journey = from_text(text).journey
    assert journey.scale == scale
    assert (kept(journey).get("scores") == "as-written") is as_written
    assert [t.emotion.value for _, t in journey.touchpoints()] == scores


def test_a_task_marked_not_scored_is_unscored_and_keeps_its_actors():
    result = from_text("journey\nsection S\nA: 3: Aiko # not scored\nB: 3 # not scored\nC: 4: Aiko # a note\n")
    assert result.problems == ()
    a, b, c = (t for _, t in result.journey.touchpoints())
    assert a.emotion == Emotion(None, (Score("aiko", None),), True)  # Aiko is still there
    assert b.emotion is None
    assert c.score("aiko") == 4  # any other comment is only a comment


def test_mistakes_are_reported_by_line_and_the_map_still_loads():
    result = imported("broken.mmd")
    reported = problems(result)
    assert [line for line, _ in reported] == [5, 6, 8, 9, 10, 11, 12, 13, 14, 16]
    messages = dict(reported)
    assert messages[5] == "'Apply coupon': the score `great` is not a number; the touchpoint is left unscored"
    assert messages[6].startswith("scores from 0 to 7 reach beyond Mermaid's 0..5, so the map's scale is 0..10")
    assert messages[8] == "`Title: Cart page`: title takes no colon, write `title Cart page` (line skipped)"
    assert messages[9] == "`Save for later` is not a task: write `Task name: score: actor, actor` (line skipped)"
    assert "needs a name" in messages[10]
    assert "after the second ':' is ignored" in messages[11] and "`extra`" in messages[11]
    assert "no score after ':'" in messages[12]
    assert "full-width digits" in messages[13]
    assert "cannot contain ':'" in messages[14] and "'Pay'" in messages[14]
    assert "`title` needs text" in messages[16]
    journey = result.journey
    cart = {t.name: t for t in journey.stages[0].touchpoints}
    assert list(cart) == [
        "View cart", "Apply coupon", "Change quantity", "Remove item", "Estimate shipping", "Empty score", "Gift wrap",
    ]
    assert [cart[name].score("me") for name in ("Apply coupon", "Change quantity", "Remove item")] == [None, 7, 0]
    assert cart["Estimate shipping"].score("me") == 4
    assert [s.name for s in journey.stages] == ["Cart", "Pay"]


def test_problems_are_said_in_japanese_too():
    result = imported("wide-scores.mmd")
    said = [tr("ja", p.message) for p in result.problems]
    assert said[0].startswith("スコアが 0 から 10 まであり")
    assert said[1] == "「Certificate e-mail」: スコア `X` が数値ではないため、タッチポイントはスコアなしのままにした"


# --- finding diagrams in documents ------------------------------------------------------------------


def test_markdown_blocks_are_counted_only_when_they_are_journeys():
    found = find_journeys((MERMAID / "several.md").read_text(encoding="utf-8"))
    assert found.document and found.mermaid_blocks == 3 and len(found.journeys) == 2
    assert imported("several.md").journey.title == "Online order"
    visit = imported("several.md", 2).journey
    assert visit.title == "Visit the café"
    assert [s.name for s in visit.stages] == ["Visit the café", "At the counter"]
    with pytest.raises(DiagramIndexError, match="--index 3: several.md has 2 journey diagrams"):
        imported("several.md", 3)


@pytest.mark.parametrize(
    "text, titles",
    [
        ("# Doc\n\n::: mermaid\njourney\ntitle Azure\nA: 3\n:::\n", ["Azure"]),
        ("::::mermaid\njourney\ntitle Tight\nA: 3\n::::\n", ["Tight"]),  # `:::mermaid`, no space
        ('<p>x</p>\n<pre class="mermaid">\n  journey\n  title Pre\n  A: 3\n</pre>\n', ["Pre"]),
        ("<div class='diagram mermaid'>journey\ntitle Div &amp; co\nA: 3</div>\n", ["Div & co"]),  # HTML decoded
        ('<pre class="mermaid">journey\ntitle One line</pre><pre class="mermaid">flowchart LR</pre>', ["One line"]),
        (".. mermaid::\n   :caption: A journey\n\n   journey\n     title reST\n     A: 3\n\nAfter.\n", ["reST"]),
        ("Text\n\n.. code-block:: mermaid\n\n    journey\n    title Code block\n", ["Code block"]),
        ("```{.mermaid}\njourney\ntitle Pandoc\n```\n", ["Pandoc"]),
        # An HTML example inside a fence is code shown to readers, not a diagram.
        ('```html\n<pre class="mermaid">journey</pre>\n```\n```mermaid\njourney\ntitle Real\n```\n', ["Real"]),
    ],
)
def test_diagrams_are_found_in_markdown_html_and_restructuredtext(text, titles):
    found = find_journeys(text)
    assert found.document
    assert [parse_block(block).title for block in found.journeys] == titles


def test_lines_are_counted_in_the_file_of_an_html_element():
    text = '<html>\n<body>\n<pre class="mermaid">journey\n  title T\n  A: B\n</pre>\n'
    result = import_mermaid(text, "page.html")
    assert problems(result) == [(5, "'A': the score `B` is not a number; the touchpoint is left unscored")]


def test_a_file_without_a_journey_diagram():
    with pytest.raises(NoJourneyDiagram, match="has 1 mermaid block"):
        imported("no-journey.md")
    with pytest.raises(NoJourneyDiagram, match="holds no Mermaid journey diagram"):
        from_text("flowchart LR\n  A --> B\n")


def test_an_unclosed_fence_runs_to_the_end_of_the_file():
    result = import_mermaid("Text\n\n```mermaid\njourney\nsection S\nA: 3\n", "x.md")
    assert [t.name for _, t in result.journey.touchpoints()] == ["A"]


def test_windows_line_ends_a_bom_and_a_directive_over_several_lines():
    text = '\ufeff%%{\r\n  init: {"theme": "dark"}\r\n}%%\r\njourney\r\n%%{wrap}%%\r\ntitle Day\r\nsection\tMorning\r\nTea: 5: Me\r\n'
    result = import_mermaid(text, "x.mmd")
    assert result.problems == ()
    assert result.journey.title == "Day"
    assert [(s.name, [t.name for t in s.touchpoints]) for s in result.journey.stages] == [("Morning", ["Tea"])]


def test_the_parser_keeps_line_numbers():
    block = find_journeys("\n%% comment\njourney\n  title T\n  section S\n    A: 3: Me\n").journeys[0]
    diagram = parse_block(block)
    assert diagram.line == 3
    assert [(s.name, s.line) for s in diagram.sections] == [("S", 5)]
    assert [(t.name, t.line, t.actors) for t in diagram.sections[0].tasks] == [("A", 6, ("Me",))]


def test_consecutive_tasks_of_one_step_with_different_actors_are_one_touchpoint():
    result = from_text(
        """\
        journey
          section Contact
            Call us: 4: Aiko
            Call us: 2: Kenji
            Call us: 3: Aiko
            Call us: 5
        """
    )
    calls = result.journey.stages[0].touchpoints
    assert [c.emotion.scores for c in calls][0] == (Score("aiko", 4), Score("kenji", 2))
    assert len(calls) == 3  # Aiko again starts a new step; a task without actors is its own step


@pytest.mark.parametrize("name", sorted(p.name for p in MERMAID.iterdir() if p.is_file() and p.name != "no-journey.md"))
def test_every_imported_case_passes_check(name, tmp_path, cli):
    target = tmp_path / "map.yaml"
    target.write_text(imported(name).yaml, encoding="utf-8")
    result = cli("check", str(target))
    assert result.exit_code == 0, result.output
    summary = result.output.strip().splitlines()[-1]
    assert summary.startswith("Checked 1 file") and "error" not in summary


def test_thirty_tasks_without_owners_give_one_ownership_finding(tmp_path, cli):
    target = tmp_path / "map.yaml"
    target.write_text(imported("thirty-tasks.mmd").yaml, encoding="utf-8")
    result = cli("check", str(target), "--format", "json")
    import json

    owners = [f for f in json.loads(result.stdout)["findings"] if f["code"] == "W207"]
    assert [(f["line"], f["message"]) for f in owners] == [(2, "no touchpoint has an owner (30 touchpoints)")]


# --- the command ---------------------------------------------------------------------------------


def test_import_writes_yaml_to_standard_output(cli):
    result = cli("import", "mermaid", str(MERMAID / "working-day.mmd"))
    assert result.exit_code == 0
    assert result.stdout.startswith("# Imported from ")
    assert MapLoader().load_text(result.stdout, "x.yaml").journey == imported("working-day.mmd").journey


def test_scores_0_6_9_10_and_x_without_actors_import_check_and_round_trip_by_command(cli, tmp_path):
    """The issue's own case, through the commands a user runs: nothing lost, nothing invented."""
    target, exported = tmp_path / "course.yaml", tmp_path / "course.mmd"
    assert cli("import", "mermaid", str(MERMAID / "wide-scores.mmd"), "-o", str(target)).exit_code == 0
    checked = cli("check", str(target))
    assert checked.exit_code == 0 and "error" not in checked.output.splitlines()[-1]
    assert cli("render", str(target), "--format", "mermaid", "-o", str(exported)).exit_code == 0
    diagram = exported.read_text(encoding="utf-8")
    assert [line.strip() for line in diagram.splitlines() if ": " in line] == [
        "Install the tools: 0", "First exercise: 6", "Pair programming: 9", "Final project: 10",
        "Certificate e-mail: 3 # not scored",  # still a task, read back as unscored
    ]
    back = cli("import", "mermaid", str(exported))
    assert back.exit_code == 0
    again = MapLoader().load_text(back.stdout, "again.yaml").journey
    assert again == MapLoader().load(str(target)).journey
    assert again.personas == () and [t.emotion.value if t.emotion else None for _, t in again.touchpoints()] == [
        0, 6, 9, 10, None,
    ]


def test_import_to_a_file_refuses_to_overwrite_unless_forced(cli, tmp_path):
    target = tmp_path / "day.yaml"
    result = cli("import", "mermaid", str(MERMAID / "working-day.mmd"), "-o", str(target))
    assert result.exit_code == 0
    assert result.stdout == f"wrote {target} (2 stages, 5 touchpoints, 2 personas)\n"
    written = target.read_text(encoding="utf-8")
    result = cli("import", "mermaid", str(MERMAID / "several.md"), "-o", str(target))
    assert result.exit_code == 2
    assert result.stderr == f"journeymap: error: {target} already exists; use --force to replace it\n"
    assert target.read_text(encoding="utf-8") == written
    result = cli("import", "mermaid", str(MERMAID / "several.md"), "--index", "2", "-o", str(target), "--force")
    assert result.exit_code == 0
    assert "title: Visit the café" in target.read_text(encoding="utf-8")


def test_import_never_writes_over_its_input(cli, tmp_path):
    source = tmp_path / "day.mmd"
    source.write_text((MERMAID / "working-day.mmd").read_text(encoding="utf-8"), encoding="utf-8")
    result = cli("import", "mermaid", str(source), "-o", str(source), "--force")
    assert result.exit_code == 2
    assert "it is the diagram being imported" in result.stderr
    assert source.read_text(encoding="utf-8").startswith("journey")


def test_import_reports_problems_as_file_and_line(cli):
    path = str(MERMAID / "broken.mmd")
    result = cli("import", "mermaid", path)
    assert result.exit_code == 0
    lines = result.stderr.splitlines()
    assert len(lines) == 10
    assert lines[0] == f"{path}:5: 'Apply coupon': the score `great` is not a number; the touchpoint is left unscored"
    assert MapLoader().load_text(result.stdout, "x.yaml").ok


def test_import_speaks_japanese_when_asked(cli):
    path = str(MERMAID / "wide-scores.mmd")
    result = cli("import", "mermaid", path, "--lang", "ja")
    assert result.exit_code == 0
    assert result.stderr.splitlines()[1] == (
        f"{path}:9: 「Certificate e-mail」: スコア `X` が数値ではないため、タッチポイントはスコアなしのままにした"
    )


@pytest.mark.parametrize(
    "args, code, message",
    [
        (["missing.mmd"], 2, "journeymap: error: missing.mmd: no such file or directory\n"),
        ([str(MERMAID / "no-journey.md")], 1, None),
        ([str(MERMAID / "several.md"), "--index", "3"], 2, None),
        ([str(MERMAID / "several.md"), "--index", "0"], 2, None),
        ([str(MERMAID / "working-day.mmd"), "-o", "no/such/dir/x.yaml"], 2, None),
    ],
)
def test_import_failures(cli, args, code, message):
    result = cli("import", "mermaid", *args)
    assert result.exit_code == code
    assert result.stdout == ""
    if message is not None:
        assert result.stderr == message
    elif code == 1:
        assert result.stderr.count("\n") == 1 and result.stderr.startswith("journeymap: error: ")
