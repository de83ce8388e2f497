"""Service blueprints in the format: lanes as text or mappings, durations, and a map without them unchanged."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journeymap.i18n import tr
from journeymap.load.dump import to_yaml
from journeymap.load.durations import CALENDAR, INVALID, NO_UNIT, DurationText, canonical, parse_duration, schema_pattern
from journeymap.load.loader import MapLoader
from journeymap.model import Action, Blueprint, Duration, FailPoint, Wait

from ..conftest import load_text
from .test_roundtrip import journeys, texts

MAP = """\
journeymap: 1
title: Returns
stages:
  - id: support
    name: Support
    blueprint:
      backstage: Nightly refund batch
    touchpoints:
      - id: desk
        name: Return desk
        owner: store
        blueprint:
          physical_evidence: Return slip
          frontstage: Checks the item
          backstage:
            - Looks up the order
            - {action: Books the refund, department: e-commerce}
          support: {action: Order system, department: it}
          fail_points:
            - The order cannot be found
            - {experience: Refund is late, owner: finance, mitigation: Status email}
          waits: {what: the refund, duration: 10d, target: 5d}
"""


def test_lanes_take_text_mappings_and_lists():
    loaded = load_text(MAP)
    assert loaded.findings == []
    stage = loaded.journey.stages[0]
    assert stage.blueprint == Blueprint(backstage=(Action("Nightly refund batch"),))
    blueprint = stage.touchpoints[0].blueprint
    assert blueprint.physical_evidence == ("Return slip",)
    assert blueprint.frontstage == (Action("Checks the item"),)
    assert blueprint.backstage == (Action("Looks up the order"), Action("Books the refund", "e-commerce"))
    assert blueprint.support == (Action("Order system", "it"),)
    assert blueprint.fail_points == (FailPoint("The order cannot be found"), FailPoint("Refund is late", "finance", "Status email"))
    assert blueprint.waits == (Wait(Duration(864000), "the refund", Duration(432000)),)
    assert blueprint.waits[0].over_target
    # Text items keep their own position, for the rules that point at them.
    assert blueprint.frontstage[0].span[1:3] == (14, 23)
    assert blueprint.fail_points[0].span[1:3] == (20, 15)


def test_a_map_without_blueprints_has_none():
    loaded = load_text("journeymap: 1\ntitle: T\nstages: [{id: a, name: A, touchpoints: [{id: t, name: T}]}]\n")
    assert loaded.journey.stages[0].blueprint is None
    assert loaded.journey.stages[0].touchpoints[0].blueprint is None


@pytest.mark.parametrize(
    "text, seconds",
    [
        ("30s", 30), ("15min", 900), ("15 m", 900), ("15 minutes", 900), ("2h", 7200), ("1.5h", 5400),
        ("1h30min", 5400), ("2 hours 30 minutes", 9000), ("3d", 259200), ("1w", 604800), ("0min", 0),
        ("15分", 900), ("2時間", 7200), ("1時間30分", 5400), ("3日", 259200), ("1週間", 604800), ("１５分", 900),
        ("PT15M", 900), ("pt15m", 900), ("P3D", 259200), ("P1DT2H", 93600), ("P2W", 1209600), ("PT1.5H", 5400),
    ],
)
def test_durations_people_write(text, seconds):
    assert parse_duration(text) == (seconds, "ok")


@pytest.mark.parametrize(
    "text, why",
    [("15", NO_UNIT), ("1.5", NO_UNIT), ("soon", INVALID), ("P", INVALID), ("PT", INVALID), ("P1DT", INVALID),
     ("15 parsecs", INVALID), ("-5min", INVALID), ("1mo", CALENDAR), ("2 months", CALENDAR), ("1y", CALENDAR),
     ("P1M", CALENDAR), ("P1Y", CALENDAR), ("3ヶ月", CALENDAR), ("", INVALID)],
)
def test_durations_refused(text, why):
    assert parse_duration(text) == (None, why)


def test_the_schema_pattern_accepts_what_the_loader_accepts():
    import re

    pattern = re.compile(schema_pattern())
    for text in ("30s", "1h30min", "2 hours 30 minutes", "15分", "1時間30分", "１５分", "PT15M", "P1DT2H", "P2W", "15 Min"):
        assert pattern.search(text), text
        assert parse_duration(text)[1] == "ok", text
    for text in ("15", "soon", "P", "PT", "1mo", "P1M", "15 parsecs"):
        assert not pattern.search(text), text
        assert parse_duration(text)[1] != "ok", text


def test_durations_are_said_per_language():
    assert canonical(5400) == "1h30min" and canonical(1209600) == "2w" and canonical(93600) == "1d2h"
    assert tr("en", DurationText(5400)) == "1 h 30 min"
    assert tr("ja", DurationText(5400)) == "1時間30分"
    assert tr("ja", DurationText(864000)) == "10日"


def test_a_bare_number_says_which_unit_to_add():
    loaded = load_text(MAP.replace("duration: 10d", "duration: 10"))
    (finding,) = loaded.findings
    assert (finding.code, finding.line, finding.column) == ("E111", 22, 47)
    assert "no unit" in finding.message and "10min" in finding.hint


durations = st.integers(0, 4 * 604800).map(lambda s: Duration(float(s)))
actions = st.builds(Action, texts, st.none() | texts)
blueprints = st.builds(
    Blueprint,
    physical_evidence=st.lists(texts, max_size=2).map(tuple),
    frontstage=st.lists(actions, max_size=2).map(tuple),
    backstage=st.lists(actions, max_size=2).map(tuple),
    support=st.lists(actions, max_size=2).map(tuple),
    fail_points=st.lists(st.builds(FailPoint, texts, st.none() | texts, st.none() | texts), max_size=2).map(tuple),
    waits=st.lists(st.builds(Wait, durations, st.none() | texts, st.none() | durations), max_size=2).map(tuple),
)


@st.composite
def journeys_with_blueprints(draw):
    journey = draw(journeys())
    stages = []
    for stage in journey.stages:
        touchpoints = tuple(dataclasses.replace(tp, blueprint=draw(st.none() | blueprints)) for tp in stage.touchpoints)
        stages.append(dataclasses.replace(stage, touchpoints=touchpoints, blueprint=draw(st.none() | blueprints)))
    return dataclasses.replace(journey, stages=tuple(stages))


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(journeys_with_blueprints())
def test_a_map_with_blueprints_dumped_loads_back_equal(journey):
    text = to_yaml(journey)
    loaded = MapLoader().load_text(text, "generated.yaml")
    assert loaded.findings == [], text
    assert loaded.journey == journey


def test_a_wait_is_a_duration_alone_when_it_has_no_target():
    loaded = load_text(MAP.replace("waits: {what: the refund, duration: 10d, target: 5d}", "waits: [14min, 15]"))
    (finding,) = loaded.findings
    assert (finding.code, finding.line, finding.column) == ("E111", 22, 26)
    assert "no unit" in finding.message
    loaded = load_text(MAP.replace("waits: {what: the refund, duration: 10d, target: 5d}", "waits: 14min"))
    assert loaded.journey.stages[0].touchpoints[0].blueprint.waits == (Wait(Duration(840)),)
