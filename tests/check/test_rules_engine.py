"""Selection, suppression, severity, options and failing levels."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journeymap.check.codes import option_in_scale_units
from journeymap.check.engine import Engine
from journeymap.load.dump import to_yaml
from journeymap.load.loader import MapLoader
from journeymap.model import Scale
from journeymap.rules import RULES

from ..conftest import EXAMPLES, ROOT, load_text
from ..load.test_roundtrip import journeys

WEAK = "examples/weak-signup.yaml"


def codes_of(result) -> list[str]:
    return sorted({f["code"] for f in json.loads(result.stdout)["findings"]})


@pytest.fixture
def at_root(monkeypatch):
    monkeypatch.chdir(ROOT)


def test_select_by_code_prefix_and_name(cli, at_root):
    assert codes_of(cli("check", WEAK, "-f", "json", "--select", "W204")) == ["W204"]
    assert codes_of(cli("check", WEAK, "-f", "json", "--select", "I")) == ["I301", "I302", "I303"]
    assert codes_of(cli("check", WEAK, "-f", "json", "--select", "critical-moment,W203")) == ["W203", "W211"]
    # W213 stays silent: the `ignore: [W203]` it would report names a rule that is not selected.
    assert codes_of(cli("check", WEAK, "-f", "json", "--select", "W21", "--select", "W209")) == [
        "W209", "W210", "W211", "W212"
    ]


def test_ignore_drops_rules_and_structural_errors_stay(cli, at_root, tmp_path):
    found = codes_of(cli("check", WEAK, "-f", "json", "--ignore", "W2,I301"))
    assert found == ["I302", "I303"]
    broken = tmp_path / "broken.yaml"
    broken.write_text("journeymap: 1\ntitle: T\nstages: [{id: s, name: S, colour: red}]\n")
    assert codes_of(cli("check", str(broken), "-f", "json", "--ignore", "E,W,I")) == ["E102"]


def test_unknown_rule_in_options_is_a_usage_error(cli, at_root):
    result = cli("check", WEAK, "--select", "W2O4")
    assert result.exit_code == 2
    assert "unknown rule 'W2O4'" in result.stderr and "W204" in result.stderr


def test_warnings_fail_only_when_asked(cli, at_root):
    assert cli("check", WEAK).exit_code == 0
    assert cli("check", WEAK, "--strict").exit_code == 1
    assert cli("check", WEAK, "--fail-on", "warning").exit_code == 1
    assert cli("check", WEAK, "--fail-on", "info", "--select", "I").exit_code == 1
    assert cli("check", WEAK, "--fail-on", "warning", "--select", "I").exit_code == 0


def test_configuration_selects_ignores_and_tunes_rules(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "map.yaml").write_text((EXAMPLES / "weak-signup.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "journeymap.toml").write_text(
        'select = ["W2"]\nignore = ["W208"]\nfail-on = "warning"\n\n'
        '[rules.critical-moment]\nseverity = "error"\n\n'
        "[rules.low-stage-emotion]\nthreshold = -1.0\n"
    )
    result = cli("check", "map.yaml", "-f", "json")
    findings = json.loads(result.stdout)["findings"]
    found = {f["code"] for f in findings}
    assert "W208" not in found and not any(code.startswith("I") for code in found)
    assert {f["severity"] for f in findings if f["code"] == "W211"} == {"error"}
    # Only George's sign-up (-2, the bottom) is at or below -1.0 of the half-range.
    assert [f["message"] for f in findings if f["code"] == "W201"] == [
        "the 'Sign-up' stage averages -2 for George (at or below -2 on the -2..2 scale)"
    ]
    assert result.exit_code == 1
    # --select on the command line replaces the configured selection.
    assert codes_of(cli("check", "map.yaml", "-f", "json", "--select", "I303")) == ["I303"]


@pytest.mark.parametrize(
    "toml, message",
    [
        ("[rules.low-stage-emotions]\nthreshold = 0\n", "1:1: configuration error: unknown rule 'low-stage-emotions'"),
        ("[rules.low-stage-emotion]\nlimit = 0\n", "2:1: configuration error: low-stage-emotion has no option 'limit'"),
        ("[rules.low-stage-emotion]\nthreshold = 3\n", "2:1: configuration error: low-stage-emotion.threshold must be between -1 and 1"),
        ("[rules.W204]\nseverity = 'fatal'\n", "2:1: configuration error: severity must be one of"),
        ('select = ["W299"]\n', "1:1: configuration error: unknown rule 'W299' in select"),
    ],
)
def test_rule_configuration_errors_have_positions(cli, tmp_path, monkeypatch, toml, message):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "journeymap.toml").write_text(toml)
    (tmp_path / "m.yaml").write_text("journeymap: 1\ntitle: T\nstages: [{id: s, name: S}]\n")
    result = cli("check", "m.yaml")
    assert result.exit_code == 2
    assert f"journeymap.toml:{message}" in result.stderr


def test_a_stage_ignore_covers_its_touchpoints_and_is_not_reported_as_unused():
    loaded = load_text(
        """\
        journeymap: 1
        title: T
        stages:
          - id: support
            name: Support
            ignore: [unowned-touchpoint]
            touchpoints:
              - {id: a, name: A, emotion: 1, channel: web}
              - {id: b, name: B, emotion: 1, channel: phone}
        """
    )
    codes = {f.code for f in Engine().run(loaded.journey)}
    assert "W207" not in codes and "W213" not in codes


def test_unused_ignore_is_silent_for_rules_switched_off_by_configuration():
    loaded = load_text(
        """\
        journeymap: 1
        title: T
        stages:
          - id: support
            name: Support
            ignore: [W204]
            touchpoints: [{id: a, name: A, channel: web, owner: x}, {id: b, name: B, channel: phone, owner: x}]
        """
    )
    assert "W213" not in {f.code for f in Engine(ignore=("W204",)).run(loaded.journey)}
    assert "W213" in {f.code for f in Engine().run(loaded.journey)}


def _findings(journey) -> set[tuple]:
    return {(f.code, f.line, f.column) for f in Engine().run(journey)}


def test_scale_independence_on_the_fixture_pair():
    loader = MapLoader()
    a = loader.load(str(ROOT / "tests/cases/scale/minus-two-to-two.yaml"))
    b = loader.load(str(ROOT / "tests/cases/scale/one-to-five.yaml"))
    assert a.ok and b.ok
    assert _findings(a.journey) == _findings(b.journey)
    assert len(_findings(a.journey)) >= 6  # the pair exercises the emotion rules, not an empty set


def _rescaled(journey, low: float, factor: float):
    """The same map with every score moved linearly onto another scale."""
    import dataclasses

    def move(value):
        return None if value is None else low + (value - journey.scale.min) * factor

    def emotion(e):
        if e is None:
            return None
        return dataclasses.replace(
            e, value=move(e.value), scores=tuple(dataclasses.replace(s, value=move(s.value)) for s in e.scores)
        )

    stages = tuple(
        dataclasses.replace(
            stage,
            touchpoints=tuple(dataclasses.replace(tp, emotion=emotion(tp.emotion)) for tp in stage.touchpoints),
        )
        for stage in journey.stages
    )
    scale = Scale(low, low + (journey.scale.max - journey.scale.min) * factor)
    return dataclasses.replace(journey, stages=stages, scale=scale)


def _findings_by_object(journey) -> list[tuple]:
    """(code, the id of the stage or touchpoint it points at, or "map") for each finding."""
    objects = {journey.span.line: "map"}
    for stage in journey.stages:
        objects[stage.span.line] = stage.id
        for touchpoint in stage.touchpoints:
            objects[touchpoint.span.line] = touchpoint.id
    return sorted((f.code, objects[f.line]) for f in Engine().run(journey))


@settings(max_examples=80, deadline=None)
@given(journeys(), st.sampled_from([(1, 1.0), (0, 25.0), (-10, 5.0), (1, 0.5)]))
def test_scale_independence_property(journey, move):
    # Dump and load so that findings have positions, then move every score onto another scale.
    original = MapLoader().load_text(to_yaml(journey), "a.yaml").journey
    rescaled = MapLoader().load_text(to_yaml(_rescaled(original, *move)), "a.yaml").journey
    assert rescaled is not None
    assert _findings_by_object(original) == _findings_by_object(rescaled)


def test_no_rule_raises_on_any_valid_map():
    for example in EXAMPLES.glob("*.yaml"):
        journey = MapLoader().load(str(example)).journey
        for rule in RULES:
            list(rule.check(journey, rule.defaults()))


# --- thresholds: what explain shows is what the rule applies, on every scale ---------------


def _cliff_map(scale: tuple[int, int], before: float, after: float) -> str:
    return f"""\
journeymap: 1
title: Cliff
scale: {{min: {scale[0]}, max: {scale[1]}}}
stages:
  - {{id: a, name: A, touchpoints: [{{id: x, name: X, emotion: {before}}}]}}
  - {{id: b, name: B, touchpoints: [{{id: y, name: Y, emotion: {after}}}]}}
"""


def _channels_map(scale: tuple[int, int], high: float, low: float) -> str:
    return f"""\
journeymap: 1
title: Channels
scale: {{min: {scale[0]}, max: {scale[1]}}}
stages:
  - id: a
    name: A
    touchpoints:
      - {{id: x, name: X, channel: web, emotion: {high}}}
      - {{id: y, name: Y, channel: phone, emotion: {low}}}
"""


@pytest.mark.parametrize("scale", [(-2, 2), (1, 5), (0, 10), (1, 7)])
def test_emotion_cliff_applies_the_drop_explain_shows(scale):
    from journeymap.rules.emotion_cliff import DROP

    limit = DROP.in_scale(Scale(*scale), DROP.default)
    assert limit == 0.75 * (scale[1] - scale[0]) / 2
    top = scale[1]
    at_limit = load_text(_cliff_map(scale, top, top - limit))
    short = load_text(_cliff_map(scale, top, top - limit + 0.01))
    assert "W202" in [f.code for f in Engine().run(at_limit.journey)]
    assert "W202" not in [f.code for f in Engine().run(short.journey)]


@pytest.mark.parametrize("scale", [(-2, 2), (1, 5), (0, 10)])
def test_inconsistent_channels_applies_the_spread_explain_shows(scale):
    from journeymap.rules.inconsistent_channels import SPREAD

    limit = SPREAD.in_scale(Scale(*scale), SPREAD.default)
    top = scale[1]
    assert "W205" in [f.code for f in Engine().run(load_text(_channels_map(scale, top, top - limit)).journey)]
    assert "W205" not in [f.code for f in Engine().run(load_text(_channels_map(scale, top, top - limit + 0.01)).journey)]


def test_explain_states_distances_as_points_and_positions_as_scores():
    from journeymap.rules.emotion_cliff import DROP
    from journeymap.rules.inconsistent_channels import SPREAD
    from journeymap.rules.low_stage_emotion import RULE as LOW

    assert option_in_scale_units(DROP, 0.75) == "1.5 points on -2..2, 1.5 points on 1..5"
    assert option_in_scale_units(SPREAD, 1.0) == "2 points on -2..2, 2 points on 1..5"
    assert option_in_scale_units(LOW.options[0], -0.25) == "-0.5 on -2..2, 2.5 on 1..5"


def test_explain_w202_prints_the_drop_in_points(cli):
    out = cli("explain", "W202").stdout
    assert "drop = 0.75 (1.5 points on -2..2, 1.5 points on 1..5)" in out
    assert "4.5" not in out
