"""Current and future state in the format: item ids, the counterpart map, what a future map names."""

from __future__ import annotations

from textwrap import dedent

from journeymap.load.dump import to_yaml
from journeymap.load.loader import MapLoader
from journeymap.model import Item

CURRENT = """\
journeymap: 1
title: Sign-up as it is
state: current
counterpart: future.yaml
stages:
  - id: signup
    name: Sign-up
    touchpoints:
      - id: form
        name: Sign-up form
        emotion: -1
        pain_points:
          - {id: postcode-rejected, text: Postcode check rejects valid addresses}
          - Fourteen fields
        opportunities: {id: address-lookup, text: Address lookup}
"""

FUTURE = """\
journeymap: 1
title: Sign-up as it should be
state: future
counterpart: current.yaml
stages:
  - id: signup
    name: Sign-up
    touchpoints:
      - id: lookup
        name: Address lookup
        emotion: 1
        realises: address-lookup
        removes: [postcode-rejected]
accepted_pains:
  - id: postcode-rejected
    reason: Kept for the first release
"""


def write_pair(tmp_path):
    (tmp_path / "journeymap.toml").write_text("", encoding="utf-8")  # the root
    (tmp_path / "current.yaml").write_text(CURRENT, encoding="utf-8")
    (tmp_path / "future.yaml").write_text(FUTURE, encoding="utf-8")
    return tmp_path / "current.yaml", tmp_path / "future.yaml"


def test_items_are_strings_that_may_carry_an_id():
    loaded = MapLoader().load_text(CURRENT.replace("counterpart: future.yaml\n", "").replace("state: current\n", ""))
    assert loaded.findings == []
    form = loaded.journey.stages[0].touchpoints[0]
    assert form.pain_points == ("Postcode check rejects valid addresses", "Fourteen fields")
    assert [item.id for item in form.pain_points] == ["postcode-rejected", None]
    assert form.opportunities[0].id == "address-lookup"
    assert isinstance(form.opportunities[0], Item) and form.opportunities[0] == "Address lookup"


def test_a_map_with_item_ids_dumps_and_loads_back_equal_with_its_ids():
    text = CURRENT.replace("counterpart: future.yaml\n", "")
    journey = MapLoader().load_text(text).journey
    again = MapLoader().load_text(to_yaml(journey)).journey
    assert again == journey
    assert [i.id for i in again.stages[0].touchpoints[0].pain_points] == ["postcode-rejected", None]
    assert "- id: postcode-rejected\n      text: Postcode check rejects valid addresses\n    - Fourteen fields\n" in to_yaml(journey)


def test_a_future_map_carries_its_current_map_and_the_two_load_once_each(tmp_path):
    current, future = write_pair(tmp_path)
    loaded = MapLoader().load(str(future))
    assert loaded.findings == []
    journey = loaded.journey
    assert journey.state == "future"
    assert journey.counterpart_map is not None and journey.counterpart_map.title == "Sign-up as it is"
    # The counterpart's own counterpart (this map) is not followed again.
    assert journey.counterpart_map.counterpart_map is None
    assert str(current) in loaded.sources  # never overwritten by render -o, watched by --watch
    assert journey.stages[0].touchpoints[0].realises == ("address-lookup",)
    assert journey.accepted_pains[0].reason == "Kept for the first release"


def test_plain_maps_are_untouched():
    text = dedent(
        """\
        journeymap: 1
        title: Plain
        stages:
          - id: a
            name: A
            touchpoints:
              - {id: t, name: T, pain_points: [Slow], opportunities: Faster}
        """
    )
    journey = MapLoader().load_text(text).journey
    assert journey.state is None and journey.counterpart is None and journey.counterpart_map is None
    assert to_yaml(journey).count("id:") == 2  # the stage and the touchpoint, no item ids invented


def test_a_loader_that_does_not_follow_counterparts_still_checks_the_map_itself(tmp_path):
    _, future = write_pair(tmp_path)
    loader = MapLoader()
    loader.follow_counterparts = False  # a version out of git: its counterpart may have moved on since
    loaded = loader.load(str(future))
    assert loaded.findings == [] and loaded.journey.counterpart_map is None
