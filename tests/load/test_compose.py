"""YAML safety: duplicate keys, tags, aliases, depth, documents."""

from __future__ import annotations

import pytest

from journeymap.load.compose import ALIAS_BUDGET, MAX_DEPTH, compose

from ..conftest import codes, load_text


def test_duplicate_key_names_the_first_line_even_in_unknown_content():
    loaded = load_text(
        """\
        journeymap: 1
        title: T
        x-notes:
          owner: a
          owner: b
        stages: [{id: s, name: S}]
        """
    )
    [finding] = loaded.findings
    assert (finding.code, finding.line, finding.column) == ("E101", 5, 3)
    assert "line 4" in finding.message


def test_quoted_and_plain_keys_are_the_same_key():
    loaded = load_text('journeymap: 1\ntitle: T\n"title": U\nstages: [{id: s, name: S}]\n')
    assert codes(loaded) == ["E101"]


def test_python_tags_are_refused_and_never_executed(tmp_path):
    marker = tmp_path / "pwned"
    loaded = load_text(
        f"""\
        journeymap: 1
        title: !!python/object/apply:os.system ["touch {marker}"]
        stages: [{{id: s, name: S}}]
        """
    )
    assert codes(loaded) == ["E109"]
    assert not marker.exists()


def test_other_tags_are_refused_but_core_tags_are_fine():
    assert codes(load_text("journeymap: 1\ntitle: !!binary aGVsbG8=\nstages: [{id: s, name: S}]\n")) == ["E109"]
    assert codes(load_text("journeymap: 1\ntitle: !custom x\nstages: [{id: s, name: S}]\n")) == ["E109"]
    assert load_text("journeymap: !!int 1\ntitle: !!str 2024\nstages: !!seq [{id: s, name: S}]\n").ok


def test_alias_bomb_is_refused_quickly():
    bomb = ["a: &a [x, x, x, x, x, x, x, x, x]"]
    for level in "bcdefghij":
        previous = chr(ord(level) - 1)
        bomb.append(f"{level}: &{level} [" + ", ".join([f"*{previous}"] * 9) + "]")
    result = compose("\n".join(bomb), "bomb.yaml")
    assert [f.code for f in result.findings] == ["E109"]
    assert f"{ALIAS_BUDGET:,}" in result.findings[0].message


def test_aliases_within_budget_are_fine():
    loaded = load_text(
        """\
        journeymap: 1
        title: T
        stages:
          - id: s
            name: S
            touchpoints:
              - {id: a, name: A, emotion: &score 1}
              - {id: b, name: B, emotion: *score}
        """
    )
    assert loaded.ok
    assert [tp.emotion.value for _, tp in loaded.journey.touchpoints()] == [1, 1]


def _block(depth: int) -> str:
    return "".join("  " * level + f"k{level}:\n" for level in range(depth)) + "  " * depth + "v: 1\n"


# (text, line, column of the first level too deep). Depth counts every collection,
# the top-level mapping included, so the 65th opening bracket is the first too deep.
DEEP = {
    "flow sequences 65": ("[" * 65 + "]" * 65, 1, 65),
    "flow sequences 100": ("[" * 100 + "]" * 100, 1, 65),
    "flow sequences 999": ("[" * 999 + "]" * 999, 1, 65),
    "flow sequences 5,000": ("[" * 5_000 + "]" * 5_000, 1, 65),
    "flow sequences 200,000": ("[" * 200_000 + "]" * 200_000, 1, 65),
    "unclosed brackets 100": ("[" * 100, 1, 65),
    "unclosed brackets 5,000": ("[" * 5_000, 1, 65),
    "flow mappings 2,000": ("{a: " * 2_000 + "1" + "}" * 2_000, 1, 4 * 64 + 1),
    "in a value 1,200": ("title: " + "[" * 1_200, 1, 7 + 64),
    "block mappings 70": (_block(70), 65, 2 * 64 + 1),
    "block sequences 1,100": ("- " * 1_100 + "x", 1, 2 * 64 + 1),
    "block then flow 3,000": (_block(10) + "  " * 10 + "w: " + "[" * 3_000, 12, 2 * 10 + 3 + 54),
}


@pytest.mark.parametrize("case", sorted(DEEP))
def test_deep_nesting_is_e109_at_the_first_level_too_deep(case):
    text, line, column = DEEP[case]
    result = compose(text, "deep.yaml")
    assert [(f.code, f.line, f.column) for f in result.findings] == [("E109", line, column)]
    assert result.findings[0].hint


@pytest.mark.parametrize("depth", [100, 2_000])
def test_a_mistake_before_deep_brackets_is_reported_first_whatever_the_depth(depth):
    # A flow collection cannot start a line of a block mapping: that is the first mistake,
    # whether libyaml stops at its own depth limit (0.2.6) or not (0.2.5).
    result = compose('k: "v"\n' + "[" * depth, "deep.yaml")
    assert [f.code for f in result.findings] == ["E100"]


def test_findings_before_deep_brackets_are_kept_once():
    result = compose("x: {a: 1, a: 2}\nb: " + "[" * 3_000, "deep.yaml")
    assert [(f.code, f.line) for f in result.findings] == [("E101", 1), ("E109", 2)]


def test_nesting_at_the_limit_is_fine():
    assert compose("[" * MAX_DEPTH + "]" * MAX_DEPTH, "deep.yaml").findings == []


def test_several_documents_are_an_error_at_the_second():
    loaded = load_text("journeymap: 1\ntitle: T\nstages: [{id: s, name: S}]\n---\njourneymap: 1\n")
    assert [(f.code, f.line) for f in loaded.findings] == [("E113", 4)]


def test_an_explicit_single_document_is_fine():
    assert load_text("---\njourneymap: 1\ntitle: T\nstages: [{id: s, name: S}]\n...\n").ok


def test_undefined_alias_is_a_syntax_error():
    loaded = load_text("journeymap: 1\ntitle: *nothing\nstages: []\n")
    assert codes(loaded) == ["E100"]


def test_yaml_11_scalars_resolve_as_pyyaml_does():
    loaded = load_text(
        """\
        journeymap: 1
        title: T
        scale: {min: -0x2, max: 0b10}
        stages:
          - id: s
            name: S
            touchpoints:
              - {id: a, name: A, emotion: 1_0e-1}
              - {id: b, name: B, emotion: +1.5}
              - {id: c, name: C, emotion: ~}
        """
    )
    # 1_0e-1 is not a YAML 1.1 float (no dot): it is text, so a wrong type.
    assert codes(loaded) == ["E103"]
    fixed = load_text(
        "journeymap: 1\ntitle: T\nscale: {min: -0x2, max: 0b10}\nstages: [{id: s, name: S, touchpoints: [{id: b, name: B, emotion: +1.5}]}]\n"
    )
    assert fixed.journey.scale.min == -2 and fixed.journey.scale.max == 2


def test_the_fast_path_resolves_every_plain_scalar_as_the_resolver_does():
    from journeymap.load.scalars import resolve_plain

    samples = ["null", "Null", "~", "", "yes", "No", "on", "OFF", "true", "1", "-1.5", ".inf", "<<", "0x1F", "1:30",
               "text", "Yesterday", "nullable", "onboarding", "Truly", "1st", "+", "."]
    for value in samples:
        document = compose(f"k: {value}\n", "t.yaml").root
        assert document.value[0][1].tag == resolve_plain(value) or (value == "<<" and document.value[0][1].tag == "str"), value


def test_a_control_character_is_found_where_it_is_with_what_to_do():
    # libyaml counts bytes; the column counts characters (日本 are three bytes each).
    result = compose('journeymap: 1\ntitle: "日本 x\x1b y"\n', "ctl.yaml")
    [finding] = result.findings
    assert (finding.code, finding.line, finding.column) == ("E100", 2, 13)
    assert "U+001B" in finding.message and "tab" not in finding.hint
