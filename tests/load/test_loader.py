"""The model the loader builds: normalisation, inference, refs, spans."""

from __future__ import annotations

import os

from journeymap.load.loader import MapLoader, find_root

from ..conftest import EXAMPLES, codes, load_text


def test_text_or_list_fields_become_tuples_and_nulls_mean_absent():
    loaded = load_text(
        """\
        journeymap: 1
        title: T
        stages:
          - id: awareness
            name: 認知
            goal:
            touchpoints:
              - id: reel
                name: Reel
                actions: Scrolls
                thoughts: [Pretty, Is it for me?]
                pain_points:
                values: feel
        """
    )
    assert loaded.ok, loaded.findings
    stage = loaded.journey.stages[0]
    touchpoint = stage.touchpoints[0]
    assert stage.goal is None
    assert touchpoint.actions == ("Scrolls",)
    assert touchpoint.thoughts == ("Pretty", "Is it for me?")
    assert touchpoint.pain_points == ()
    assert touchpoint.values == ("feel",)


def test_phase_is_inferred_from_id_synonym_or_canonical_name_and_explicit_wins():
    loaded = load_text(
        """\
        journeymap: 1
        title: T
        stages:
          - {id: awareness, name: A}
          - {id: checkout, name: Pay}
          - {id: s3, name: 推奨・口コミ}
          - {id: s4, name: Whatever}
          - {id: support, name: Help, phase: retention}
        """
    )
    phases = [(s.phase, s.phase_inferred) for s in loaded.journey.stages]
    assert phases == [
        ("awareness", True),
        ("purchase", True),
        ("advocacy", True),
        (None, False),
        ("retention", False),
    ]


def test_scale_defaults_to_minus_two_to_two():
    journey = load_text("journeymap: 1\ntitle: T\nstages: [{id: s, name: S}]\n").journey
    assert (journey.scale.min, journey.scale.max, journey.scale.neutral) == (-2, 2, 0)


def test_emotion_forms():
    journey = load_text(
        """\
        journeymap: 1
        title: T
        personas: [{id: aiko, name: Aiko}, {id: kenji, name: Kenji}]
        stages:
          - id: s
            name: S
            touchpoints:
              - {id: one, name: One, emotion: 1}
              - {id: map, name: Map, emotion: {aiko: 2, kenji: null}}
              - {id: none, name: None, emotion: null}
              - {id: absent, name: Absent}
        """
    ).journey
    one, mapped, none, absent = journey.stages[0].touchpoints
    assert one.score("aiko") == one.score("kenji") == 1
    assert mapped.score("aiko") == 2 and mapped.score("kenji") is None
    assert none.emotion is None and none.score("aiko") is None  # null means not scored, like absent
    assert absent.emotion is None and absent.score("aiko") is None


def test_extension_fields_are_kept_and_not_errors():
    journey = load_text(
        "journeymap: 1\ntitle: T\nx-owner: cx-team\nstages: [{id: s, name: S, x-jira: CX-1}]\n"
    ).journey
    assert journey.extensions == (("x-owner", "cx-team"),)
    assert journey.stages[0].extensions == (("x-jira", "CX-1"),)


def test_spans_point_into_the_file_and_do_not_affect_equality():
    a = load_text("journeymap: 1\ntitle: T\nstages:\n  - id: s\n    name: S\n").journey
    b = load_text("journeymap: 1\n\n\ntitle: T\nstages: [{id: s, name: S}]\n").journey
    assert a == b
    assert (a.stages[0].span.line, a.stages[0].span.column) == (4, 5)
    assert (b.stages[0].span.line, b.stages[0].span.column) == (5, 10)


def test_persona_ref_loads_relative_to_the_naming_file(monkeypatch):
    monkeypatch.chdir(EXAMPLES.parent)
    loaded = MapLoader().load("examples/coffee-subscription.ja.yaml")
    assert loaded.ok, loaded.findings
    kenji = loaded.journey.persona("kenji")
    assert kenji.ref == "personas/kenji.yaml"
    assert kenji.channels == ("phone", "mail", "store")
    assert kenji.span.path == "examples/personas/kenji.yaml"
    assert "examples/personas/kenji.yaml" in loaded.sources


def test_nested_refs_are_followed(tmp_path):
    (tmp_path / "journeymap.toml").write_text("")
    (tmp_path / "people").mkdir()
    (tmp_path / "people" / "alias.yaml").write_text("ref: real.yaml\n")
    (tmp_path / "people" / "real.yaml").write_text("id: kenji\nname: Kenji\n")
    (tmp_path / "map.yaml").write_text(
        "journeymap: 1\ntitle: T\npersonas: [{ref: people/alias.yaml}]\nstages: [{id: s, name: S}]\n"
    )
    loaded = MapLoader().load(str(tmp_path / "map.yaml"))
    assert loaded.ok, loaded.findings
    assert loaded.journey.personas[0].id == "kenji"


def test_ref_through_a_symlink_out_of_the_root_is_refused(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "p.yaml").write_text("id: p\nname: P\n")
    project = tmp_path / "project"
    project.mkdir()
    (project / ".git").mkdir()
    os.symlink(outside / "p.yaml", project / "p.yaml")
    (project / "map.yaml").write_text("journeymap: 1\ntitle: T\npersonas: [{ref: p.yaml}]\nstages: [{id: s, name: S}]\n")
    loaded = MapLoader().load(str(project / "map.yaml"))
    assert codes(loaded) == ["E107"]
    assert "outside" in loaded.findings[0].message


def test_ref_combined_with_other_fields_is_an_unknown_field():
    loaded = load_text(
        "journeymap: 1\ntitle: T\npersonas: [{ref: p.yaml, name: X}]\nstages: [{id: s, name: S}]\n"
    )
    assert "E102" in codes(loaded)


def test_root_is_the_nearest_marker_directory(tmp_path):
    (tmp_path / "pyproject.toml").write_text("")
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    assert find_root(str(deep)) == str(tmp_path)


def test_every_problem_in_a_file_is_reported_not_only_the_first():
    loaded = load_text(
        """\
        journeymap: 1
        title: T
        personas: [{id: aiko, name: Aiko}]
        stages:
          - id: s
            name: S
            goals: x
            touchpoints:
              - {id: a, name: A, emotion: 9}
              - {id: B, name: B}
              - {id: c, emotion: {ghost: 1}}
        """
    )
    assert sorted(codes(loaded)) == ["E102", "E104", "E110", "E111"]
