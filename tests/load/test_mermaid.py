"""Mermaid journey diagrams: `journeymap import mermaid`, the export behind `render --format mermaid`, round trips."""

from __future__ import annotations

import math
from textwrap import dedent

import pytest
from hypothesis import given
from hypothesis import strategies as st

import journeymap.cli.imports  # noqa: F401  (registers `journeymap import`)
from journeymap.faces.mermaid import mermaid_score, to_mermaid
from journeymap.load.loader import MapLoader
from journeymap.load.mermaid.blocks import find_journeys
from journeymap.load.mermaid.parse import decode_entity, js_number, parse_block
from journeymap.load.mermaid.to_map import DiagramIndexError, NoJourneyDiagram, import_mermaid
from journeymap.model import Emotion, Journey, Persona, Scale, Score, Stage, Touchpoint

from ..conftest import CASES, EXAMPLES

MERMAID = CASES / "mermaid"
# (file, which journey diagram): the diagrams the round trip is tested on.
ROUND_TRIP = [
    ("working-day.mmd", 1),  # Mermaid's own example
    ("coffee.ja.mmd", 1),  # Japanese, front matter, a directive, tasks before the first section
    ("support-desk.mmd", 1),  # actors with spaces, tasks without actors, comments, decimals, any case
    ("accessible.mmd", 1),  # accTitle, accDescr { … }, entity codes, an empty section
    ("several.md", 1),  # Markdown with several blocks
    ("several.md", 2),
]


def imported(name: str, index: int = 1):
    return import_mermaid((MERMAID / name).read_text(encoding="utf-8"), name, index)


def from_text(text: str):
    return import_mermaid(dedent(text), "test.mmd")


def problems(result) -> list[tuple[int, str]]:
    return [(p.line, p.message) for p in result.problems]


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
    assert [(p.id, p.name) for p in journey.personas] == [("me", "Me"), ("cat", "Cat")]
    assert [s.id for s in journey.stages] == ["go-to-work", "go-home"]
    do_work = journey.stages[0].touchpoints[2]
    assert (do_work.id, do_work.name) == ("do-work", "Do work")
    assert do_work.emotion == Emotion(None, (Score("me", 1), Score("cat", 1)), True)


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
    # accDescr takes the whole line, `#` included, as Mermaid does; it wins over accTitle
    assert journey.description == "How a power user and a first-time customer get help # not a comment here"
    assert [p.name for p in journey.personas] == ["Power user", "First-time customer"]
    status, router = journey.stages[0].touchpoints
    assert status.emotion == Emotion(None, (Score("power-user", 2),), True)  # the `#` comment is gone
    assert router.score("first-time-customer") == 3.5
    survey = journey.stages[1].touchpoints[2]
    assert survey.emotion == Emotion(4 - 1)  # no actors: one score for everyone
    assert [t.name for t in journey.stages[2].touchpoints] == ["Engineer visit", "Credit on the bill"]  # `;`
    assert journey.stages[2].touchpoints[0].score("first-time-customer") == 4.75


def test_japanese_front_matter_directive_and_tasks_before_the_first_section():
    journey = imported("coffee.ja.mmd").journey
    assert journey.title == "コーヒー定期便 — 最初の90日"  # from the front matter
    first = journey.stages[0]
    assert first.name == journey.title  # tasks before the first section go into a stage named after the title
    assert [(p.id, p.name) for p in journey.personas] == [("persona-1", "愛子"), ("persona-2", "健二")]
    assert [s.id for s in journey.stages[1:]] == ["stage-2", "stage-3", "stage-4"]
    assert [t.id for t in journey.stages[1].touchpoints] == ["touchpoint-3", "touchpoint-4"]
    assert journey.stages[2].touchpoints[1].score("persona-2") == 2.5
    assert journey.stages[3].touchpoints[1].emotion == Emotion(4)


def test_without_a_title_the_stage_and_the_map_are_called_journey():
    journey = from_text(
        """\
        journey
          Wake up: 3: Me
        section Work
          Coffee: 5: Me
        """
    ).journey
    assert journey.title == "Journey"
    assert [(s.id, s.name) for s in journey.stages] == [("journey", "Journey"), ("work", "Work")]


def test_a_title_statement_wins_over_the_front_matter():
    journey = from_text("---\ntitle: Front\n---\njourney\ntitle Body\nA: 3\n").journey
    assert journey.title == "Body"


@pytest.mark.parametrize(
    "lines, title, description",
    [
        (["title T", "accTitle: Accessible", "accDescr: Described"], "T", "Described"),
        (["accTitle: Accessible"], "Journey", "Accessible"),  # no title: accTitle describes the map
        (["title T", "accTitle: Accessible"], "T", None),
        (["accDescr {", "  Two", "  lines", "}"], "Journey", "Two\nlines"),
        (["accDescr { One line } title After"], "After", "One line"),
    ],
)
def test_accessible_title_and_description(lines, title, description):
    journey = from_text("journey\n" + "\n".join(lines) + "\nsection S\nA: 3\n").journey
    assert (journey.title, journey.description) == (title, description)


def test_entity_codes_and_an_empty_section():
    journey = imported("accessible.mmd").journey
    assert [t.name for t in journey.stages[1].touchpoints] == ["First report ♥", "Invite colleagues (bulk)"]
    assert journey.stages[2].name == "Later" and journey.stages[2].touchpoints == ()


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


def test_mistakes_are_reported_by_line_and_the_map_still_loads():
    result = imported("broken.mmd")
    reported = problems(result)
    assert [line for line, _ in reported] == [5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 16]
    messages = dict(reported)
    assert messages[5] == "'Apply coupon': the score `great` is not a number; the touchpoint is left unscored"
    assert messages[6] == (
        "'Change quantity': the score `7` is outside Mermaid's scale 1..5; the touchpoint is left unscored"
    )
    assert "outside Mermaid's scale 1..5" in messages[7]
    assert messages[8] == "`Title: Cart page`: title takes no colon, write `title Cart page` (line skipped)"
    assert messages[9] == "`Save for later` is not a task: write `Task name: score: actor, actor` (line skipped)"
    assert "needs a name" in messages[10]
    assert "after the second ':' is ignored" in messages[11] and "`extra`" in messages[11]
    assert "no score after ':'" in messages[12]
    assert "full-width digits" in messages[13]
    assert "cannot contain ':'" in messages[14] and "`Pay`" in messages[14]
    assert "`title` needs text" in messages[16]
    journey = result.journey
    cart = {t.name: t for t in journey.stages[0].touchpoints}
    assert list(cart) == [
        "View cart", "Apply coupon", "Change quantity", "Remove item", "Estimate shipping", "Empty score", "Gift wrap",
    ]
    assert [t.emotion for t in cart.values()][1:4] == [None, None, None]
    assert cart["Estimate shipping"].score("me") == 4
    assert [s.name for s in journey.stages] == ["Cart", "Pay"]


def test_markdown_blocks_are_counted_only_when_they_are_journeys():
    found = find_journeys((MERMAID / "several.md").read_text(encoding="utf-8"))
    assert found.markdown and found.mermaid_blocks == 3 and len(found.journeys) == 2
    assert imported("several.md").journey.title == "Online order"
    visit = imported("several.md", 2).journey
    assert visit.title == "Visit the café"
    assert [s.name for s in visit.stages] == ["Visit the café", "At the counter"]
    with pytest.raises(DiagramIndexError, match="--index 3: several.md has 2 journey diagrams"):
        imported("several.md", 3)


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


@pytest.mark.parametrize("name", sorted(p.name for p in MERMAID.iterdir() if p.name != "no-journey.md"))
def test_every_imported_case_passes_check(name, tmp_path, cli):
    target = tmp_path / "map.yaml"
    target.write_text(imported(name).yaml, encoding="utf-8")
    result = cli("check", str(target))
    assert result.exit_code == 0, result.output
    summary = result.output.strip().splitlines()[-1]
    assert summary.startswith("Checked 1 file") and "error" not in summary


# --- the command ---------------------------------------------------------------------------------


def test_import_writes_yaml_to_standard_output(cli):
    result = cli("import", "mermaid", str(MERMAID / "working-day.mmd"))
    assert result.exit_code == 0
    assert result.stdout.startswith("# Imported from ")
    assert MapLoader().load_text(result.stdout, "x.yaml").journey == imported("working-day.mmd").journey


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
    assert len(lines) == 11
    assert lines[0] == f"{path}:5: 'Apply coupon': the score `great` is not a number; the touchpoint is left unscored"
    assert MapLoader().load_text(result.stdout, "x.yaml").ok


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


# --- the export (render --format mermaid) ----------------------------------------------------------


def journey_of(*stages: Stage, personas=(), scale=Scale(), description=None) -> Journey:
    return Journey("Signup", tuple(stages), description=description, scale=scale, personas=tuple(personas))


def per_persona(**scores) -> Emotion:
    return Emotion(None, tuple(Score(p, v) for p, v in scores.items()), True)


@pytest.mark.parametrize(
    "value, scale, text",
    [
        (-2, Scale(), "1"), (-1, Scale(), "2"), (0, Scale(), "3"), (0.5, Scale(), "3.5"), (2, Scale(), "5"),
        (7, Scale(0, 10), "3.8"), (3.25, Scale(1, 5), "3.25"), (1 / 3 + 1, Scale(1, 5), repr(1 / 3 + 1)),
    ],
)
def test_scores_move_linearly_onto_one_to_five(value, scale, text):
    assert mermaid_score(value, scale) == text


def test_export_lines():
    anna, ben, cara = Persona("anna", "Anna (34, nurse)"), Persona("ben", "Ben"), Persona("cara", "Cara, CFO")
    journey = journey_of(
        Stage("signup", "Sign-up", touchpoints=(
            Touchpoint("form", "Form", emotion=per_persona(ben=1, anna=1)),
            Touchpoint("mail", "Mail", emotion=per_persona(anna=2, ben=-1, cara=2)),
            Touchpoint("ad", "Ad", emotion=Emotion(0.5)),
            Touchpoint("call", "Call"),
            Touchpoint("chat", "Chat", emotion=per_persona(anna=None, ben=0)),
            Touchpoint("sms", "SMS", emotion=per_persona(anna=None)),
        )),
        Stage("later", "Later"),
        personas=(anna, ben, cara),
    )
    assert to_mermaid(journey) == dedent(
        """\
        journey
            %% scores moved from the map's scale -2..2 onto Mermaid's 1..5
            title Signup
            section Sign-up
                Form: 4: Ben, Anna
                Mail: 5: Anna, Cara
                Mail: 2: Ben
                Ad: 3.5
                %% not scored: Call
                Chat: 3: Ben
                %% not scored: SMS
            section Later
        """
    )


def test_export_of_mermaids_own_example():
    assert to_mermaid(imported("working-day.mmd").journey) == dedent(
        """\
        journey
            title My working day
            section Go to work
                Make tea: 5: Me
                Go upstairs: 3: Me
                Do work: 1: Me, Cat
            section Go home
                Go downstairs: 5: Me
                Sit down: 5: Me
        """
    )


def test_export_replaces_what_mermaid_cannot_carry():
    journey = Journey(
        "Step 1: sign up #1; 50%% off",
        (
            Stage("s", "Phase: one; two\nthree", touchpoints=(
                Touchpoint("a", "Pay: card #2", emotion=per_persona(p=3, q=3)),
                Touchpoint("b", "Section 3 form", emotion=Emotion(4)),
                Touchpoint("c", "journey planner", emotion=Emotion(4)),
                Touchpoint("d", "title page", emotion=Emotion(4)),
            )),
        ),
        description="First line\n\nsecond } line #9829;",
        scale=Scale(1, 5),
        personas=(Persona("p", "Ops: night, shift"), Persona("q", "Ops: night, shift (2)")),
    )
    text = to_mermaid(journey)
    assert text == dedent(
        """\
        journey
            title Step 1: sign up ＃1； 50%％ off
            accDescr {
                First line

                second ｝ line ＃9829;
            }
            section Phase∶ one； two three
                Pay∶ card ＃2: 3: Ops∶ night, Ops∶ night‚ shift
                #83;ection 3 form: 4
                #106;ourney planner: 4
                #116;itle page: 4
        """
    )
    back = import_mermaid(text, "x.mmd")
    assert back.problems == ()
    assert [t.name for _, t in back.journey.touchpoints()] == [
        "Pay∶ card ＃2", "Section 3 form", "journey planner", "title page",
    ]
    assert back.journey.description == "First line\n\nsecond ｝ line ＃9829;"
    assert [p.name for p in back.journey.personas] == ["Ops∶ night", "Ops∶ night‚ shift"]  # short names


def test_actors_with_the_same_short_name_keep_their_full_names():
    journey = journey_of(
        Stage("s", "S", touchpoints=(Touchpoint("t", "T", emotion=per_persona(a=1, b=1, c=1)),)),
        personas=(Persona("a", "Kenji (62)"), Persona("b", "Kenji (30)"), Persona("c", "Aiko (28)")),
    )
    assert "T: 4: Kenji (62), Kenji (30), Aiko\n" in to_mermaid(journey)


@pytest.mark.parametrize("example", sorted(EXAMPLES.glob("*.yaml")), ids=lambda p: p.name)
def test_every_example_exports_to_a_diagram_that_imports_cleanly(example):
    journey = MapLoader().load(str(example)).journey
    back = import_mermaid(to_mermaid(journey), "x.mmd")
    assert back.problems == ()
    assert [s.name for s in back.journey.stages] == [s.name for s in journey.stages]
    scored = [t.name for _, t in journey.touchpoints() if t.emotion and t.emotion.values()]
    assert list(dict.fromkeys(t.name for _, t in back.journey.touchpoints())) == list(dict.fromkeys(scored))


# --- round trips -------------------------------------------------------------------------------------


@pytest.mark.parametrize("name, index", ROUND_TRIP, ids=[f"{n}-{i}" for n, i in ROUND_TRIP])
def test_round_trip_keeps_the_map(name, index):
    first = imported(name, index)
    assert first.problems == ()
    exported = to_mermaid(first.journey)
    again = import_mermaid(exported, "exported.mmd")
    assert again.problems == ()
    assert again.journey == first.journey
    assert to_mermaid(again.journey) == exported


# Any printable text, and text made of what Mermaid's grammar reacts to: keywords, separators, comments, entities.
tricky = st.lists(
    st.sampled_from(
        ["title ", "section ", "journey", "accTitle:", "accDescr {", "%%", "%%{", "#", ";", ":", ",", "}", "#35;",
         " ", "\n", "\t", "5", "x", "Title", "の", "---"]
    ),
    min_size=1,
    max_size=8,
).map("".join)
names = (st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=20) | tricky).filter(str.strip)


@given(
    title=names,
    stage_names=st.lists(names, min_size=1, max_size=3),
    task_names=st.lists(names, min_size=1, max_size=4),
    actor=names,
    score=st.integers(1, 5) | st.floats(1, 5),
    description=st.none() | st.lists(names, min_size=1, max_size=3).map("\n".join),
)
def test_any_text_exports_to_a_diagram_mermaid_reads_back(title, stage_names, task_names, actor, score, description):
    persona = Persona("p", actor)
    stages = tuple(
        Stage(f"s{i}", name, touchpoints=tuple(
            Touchpoint(f"t{i}-{j}", task, emotion=per_persona(p=score)) for j, task in enumerate(task_names)
        ))
        for i, name in enumerate(stage_names)
    )
    journey = Journey(title, stages, description=description, scale=Scale(1, 5), personas=(persona,))
    back = import_mermaid(to_mermaid(journey), "x.mmd")
    assert back.problems == ()
    assert (back.journey.description is None) == (description is None)
    assert len(back.journey.stages) == len(stages)
    assert [len(s.touchpoints) for s in back.journey.stages] == [len(s.touchpoints) for s in stages]
    assert {t.score(back.journey.personas[0].id) for _, t in back.journey.touchpoints()} == {score}
    plain = lambda text: not any(c in text for c in ":#;,%") and text == " ".join(text.split())  # noqa: E731
    for original, read in zip(stages, back.journey.stages):
        if plain(original.name):
            assert read.name == original.name
        for touchpoint, again in zip(original.touchpoints, read.touchpoints):
            if plain(touchpoint.name):
                assert again.name == touchpoint.name


@pytest.mark.parametrize("example", ["coffee-subscription.ja.yaml", "weak-signup.yaml", "call-centre-support.yaml"])
def test_an_exported_map_imports_back_with_the_same_touchpoints_and_scores(example):
    journey = MapLoader().load(str(EXAMPLES / example)).journey
    back = import_mermaid(to_mermaid(journey), "exported.mmd").journey
    names = {p.id: p.name for p in back.personas}
    short = {persona.id: next(pid for pid, name in names.items() if name in persona.name) for persona in journey.personas}
    scored = [t for _, t in journey.touchpoints() if t.emotion is not None]  # unscored ones become %% comments
    assert [t.name for _, t in back.touchpoints()] == [t.name.replace(":", "∶") for t in scored]
    for original, (_, again) in zip(scored, back.touchpoints()):
        for persona in journey.personas:
            score = original.score(persona.id)
            expected = None if score is None else float(mermaid_score(score, journey.scale))
            assert again.score(short[persona.id]) == expected, (original.name, persona.id)


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
