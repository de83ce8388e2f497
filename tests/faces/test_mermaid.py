"""The export behind `render --format mermaid`, and what the import makes of it again."""

from __future__ import annotations

from textwrap import dedent

import pytest
from hypothesis import given
from hypothesis import strategies as st

from journeymap.faces.mermaid import mermaid_score, to_mermaid
from journeymap.load.loader import MapLoader
from journeymap.load.mermaid.blocks import find_journeys
from journeymap.load.mermaid.to_map import import_mermaid
from journeymap.model import Emotion, Journey, Persona, Scale, Score, Stage, Touchpoint
from journeymap.scores import short_name

from ..conftest import CASES, EXAMPLES

MERMAID = CASES / "mermaid"


def journey_of(*stages: Stage, personas=(), scale=Scale(), description=None, **fields) -> Journey:
    return Journey("Signup", tuple(stages), description=description, scale=scale, personas=tuple(personas), **fields)


def per_persona(**scores) -> Emotion:
    return Emotion(None, tuple(Score(p, v) for p, v in scores.items()), True)


def imported(name: str, index: int = 1):
    return import_mermaid((MERMAID / name).read_text(encoding="utf-8"), name, index)


@pytest.mark.parametrize(
    "value, scale, as_written, score",
    [
        (-2, Scale(), False, 1), (-1, Scale(), False, 2), (0, Scale(), False, 3), (0.5, Scale(), False, 4),
        (2, Scale(), False, 5), (7, Scale(0, 10), False, 4), (5, Scale(0, 10), False, 3),
        (3.25, Scale(1, 5), False, 3), (2.5, Scale(1, 5), False, 3), (0, Scale(0, 5), False, 0),
        (4, Scale(0, 5), False, 4), (9, Scale(0, 10), True, 9), (-3, Scale(-5, 5), True, -3),
    ],
)
def test_scores_are_whole_numbers_mermaid_draws(value, scale, as_written, score):
    assert mermaid_score(value, scale, as_written) == score


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
            %% scores moved linearly from the map's scale -2..2 onto Mermaid's 1..5 and rounded to whole numbers
            title Signup
            section Sign-up
                Form: 4: Ben, Anna
                Mail: 5: Anna
                Mail: 2: Ben
                Mail: 5: Cara
                Ad: 4: Anna, Ben, Cara
                Call: 3 # not scored
                Chat: 3: Anna # not scored
                Chat: 3: Ben
                SMS: 3: Anna # not scored
            section Later
        """
    )


def test_the_comment_at_the_top_speaks_the_language_asked():
    journey = journey_of(Stage("s", "S", touchpoints=(Touchpoint("a", "A", emotion=Emotion(1)),)))
    assert to_mermaid(journey, "ja").splitlines()[1] == (
        "    %% スコアはマップのスケール -2..2 から Mermaid の 1..5 に線形に換算し、整数に丸めた"
    )


def test_a_score_for_no_persona_in_particular_is_a_task_without_actors():
    journey = journey_of(
        Stage("s", "S", touchpoints=(
            Touchpoint("a", "A", emotion=Emotion(1, everyone=False)),
            Touchpoint("b", "B", emotion=per_persona(p=2)),
        )),
        personas=(Persona("p", "P"),),
        single_scores="no-persona",
    )
    assert to_mermaid(journey).splitlines()[-2:] == ["        A: 4", "        B: 5: P"]


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


def test_export_invents_no_title_and_no_section():
    text = "journey\naccTitle: Day\nWake up: 3: Me\nsection Work\nCoffee: 5: Me\n"
    assert to_mermaid(import_mermaid(text, "x.mmd").journey) == dedent(
        """\
        journey
            accTitle: Day
            Wake up: 3: Me
            section Work
                Coffee: 5: Me
        """
    )


def test_scores_beyond_mermaids_range_are_written_as_they_were():
    assert to_mermaid(imported("wide-scores.mmd").journey) == dedent(
        """\
        journey
            title Course feedback, scored out of 10
            section Week 1
                Install the tools: 0
                First exercise: 6
                Pair programming: 9
            section Week 2
                Final project: 10
                Certificate e-mail: 3 # not scored
        """
    )


def test_export_writes_what_mermaid_reads_as_syntax_as_entity_codes():
    journey = Journey(
        "Step 1: sign up #1; 50%% off",
        (
            Stage("s", "Phase: one; two\nthree", touchpoints=(
                Touchpoint("a", "Pay: card #2", emotion=per_persona(p=3, q=3)),
                Touchpoint("b", "Section 3 form", emotion=Emotion(4)),
                Touchpoint("c", "journey planner", emotion=Emotion(4)),
                Touchpoint("d", "title page <br> x", emotion=Emotion(4)),
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
            title Step 1: sign up #35;1#59; 50%#37; off
            accDescr {
                First line

                second #125; line #35;9829;
            }
            section Phase#58; one#59; two<br>three
                Pay#58; card #35;2: 3: Ops#58; night, Ops#58; night#44; shift
                #83;ection 3 form: 4: Ops#58; night, Ops#58; night#44; shift
                #106;ourney planner: 4: Ops#58; night, Ops#58; night#44; shift
                #116;itle page #60;br> x: 4: Ops#58; night, Ops#58; night#44; shift
        """
    )
    back = import_mermaid(text, "x.mmd")
    assert back.problems == ()
    assert back.journey.title == journey.title
    assert back.journey.stages[0].name == journey.stages[0].name
    assert [t.name for _, t in back.journey.touchpoints()] == [t.name for _, t in journey.touchpoints()]
    assert back.journey.description == journey.description
    assert [p.name for p in back.journey.personas] == ["Ops: night", "Ops: night, shift"]  # short names


def test_actors_are_named_as_written_or_by_their_short_name():
    journey = journey_of(
        Stage("s", "S", touchpoints=(Touchpoint("t", "T", emotion=per_persona(a=1, b=1, c=1, d=1)),)),
        personas=(
            Persona("a", "Kenji (62)"), Persona("b", "Kenji (30)"), Persona("c", "Aiko (28, designer)"),
            Persona("d", "Aiko, designer"),
        ),
    )
    # Aiko twice: the short names clash, so the full names tell them apart
    assert "T: 4: Kenji (62), Kenji (30), Aiko (28#44; designer), Aiko#44; designer\n" in to_mermaid(journey)


@pytest.mark.parametrize("example", sorted(EXAMPLES.glob("*.yaml")), ids=lambda p: p.name)
def test_every_example_exports_to_a_diagram_that_imports_back(example):
    """A map → diagram → map keeps its stages, touchpoints and personas, and its scores within rounding."""
    journey = MapLoader().load(str(example)).journey
    back = import_mermaid(to_mermaid(journey), "x.mmd")
    assert back.problems == ()
    again = back.journey
    assert [s.name for s in again.stages] == [s.name for s in journey.stages]
    assert [t.name for _, t in again.touchpoints()] == [t.name for _, t in journey.touchpoints()]
    named = {name for p in journey.personas for name in (p.name, short_name(p))}
    assert {p.name for p in again.personas} <= named
    scored = {s.persona for _, t in journey.touchpoints() if t.emotion for s in t.emotion.scores if s.value is not None}
    if any(t.emotion and not t.emotion.per_persona for _, t in journey.touchpoints()):
        scored = {p.id for p in journey.personas}
    assert len(again.personas) == len(scored)
    for (_, original), (_, read) in zip(journey.touchpoints(), again.touchpoints()):
        written = sorted(mermaid_score(v, journey.scale) for v in _scores(original, journey))
        assert sorted(_scores(read, again)) == written, original.name


def _scores(touchpoint, journey) -> list[float]:
    """The touchpoint's scores, one per persona who has one (or the one score of a map without personas)."""
    emotion = touchpoint.emotion
    if emotion is None:
        return []
    if emotion.per_persona:
        return emotion.values()
    return [emotion.value] * (len(journey.personas) if journey.personas and emotion.everyone else 1)


# Any printable text, and text made of what Mermaid's grammar reacts to: keywords, separators, comments, entities.
tricky = st.lists(
    st.sampled_from(
        ["title ", "section ", "journey", "accTitle:", "accDescr {", "%%", "%%{", "#", ";", ":", ",", "}", "#35;",
         " ", "\t", "5", "x", "Title", "の", "---", "<br>", "<", "&amp;", "not scored"]
    ),
    min_size=1,
    max_size=8,
).map("".join)
names = (st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=20) | tricky).filter(str.strip)


def one_line(text: str) -> str:
    """What a name of one line becomes: Mermaid trims it."""
    return text.strip()


@given(
    title=names,
    stage_names=st.lists(names, min_size=1, max_size=3),
    task_names=st.lists(names, min_size=1, max_size=4),
    actor=names,
    score=st.integers(1, 5),
    description=st.none() | st.lists(names, min_size=1, max_size=3).map("\n".join),
)
def test_any_text_exports_to_a_diagram_that_reads_back_as_written(title, stage_names, task_names, actor, score, description):
    persona = Persona("p", " ".join(actor.split()))
    stages = tuple(
        Stage(f"s{i}", one_line(name), touchpoints=tuple(
            Touchpoint(f"t{i}-{j}", one_line(task), emotion=per_persona(p=score)) for j, task in enumerate(task_names)
        ))
        for i, name in enumerate(stage_names)
    )
    journey = Journey(" ".join(title.split()), stages, description=description, scale=Scale(1, 5), personas=(persona,))
    back = import_mermaid(to_mermaid(journey), "x.mmd")
    assert back.problems == ()
    again = back.journey
    assert again.title == journey.title
    assert (again.description is None) == (description is None)
    assert [s.name for s in again.stages] == [s.name for s in stages]
    assert [[t.name for t in s.touchpoints] for s in again.stages] == [[t.name for t in s.touchpoints] for s in stages]
    assert [p.name for p in again.personas] == [persona.name] or "," in persona.name or ":" in persona.name
    assert {t.score(again.personas[0].id) for _, t in again.touchpoints()} == {score}


CASES_WITH_DECIMALS = {"coffee.ja.mmd", "support-desk.mmd"}  # 2.5, 4.75: the export writes whole numbers


CASE_DIAGRAMS = [
    (path.name, index)
    for path in sorted(MERMAID.glob("*.m*"))
    for index in range(1, len(find_journeys(path.read_text(encoding="utf-8")).journeys) + 1)
]


@pytest.mark.parametrize("name, index", CASE_DIAGRAMS, ids=[f"{n}-{i}" for n, i in CASE_DIAGRAMS])
def test_every_case_round_trips(name, index):
    first = imported(name, index)
    exported = to_mermaid(first.journey)
    again = import_mermaid(exported, "exported.mmd")
    assert again.problems == () or all("beyond Mermaid's 0..5" in p.message for p in again.problems)
    if name not in CASES_WITH_DECIMALS:
        assert again.journey == first.journey
        assert to_mermaid(again.journey) == exported
        return
    for (_, before), (_, after) in zip(first.journey.touchpoints(), again.journey.touchpoints()):
        assert before.name == after.name
        for pid in first.journey.persona_ids:
            if before.score(pid) is not None:
                assert abs(before.score(pid) - after.score(pid)) <= 0.5
