"""The priority of a work item: its parts, its band, and the order of the backlog."""

from __future__ import annotations

import pytest

from journeymap.views.backlog import band, item_id, items, most_urgent_first

from ..conftest import load_text

MAP = """\
journeymap: 1
title: Shop
personas:
  - {id: ann, name: Ann}
  - {id: bob, name: Bob}
stages:
  - id: purchase
    name: Purchase
    touchpoints:
      - id: form
        name: Form
        owner: product
        emotion: {ann: -2, bob: 0}
        pain_points: [Too long, Rejects addresses]
        opportunities: [Address lookup]
      - id: call
        name: Call
        owner: sales
        emotion: {ann: 1, bob: 1}
        opportunities: [Call back]
  - id: support
    name: Support
    touchpoints:
      - {id: chat, name: Chat, owner: support, opportunities: [Bot answers], pain_points: [Slow]}
"""


def test_the_priority_is_the_documented_sum_of_its_parts():
    found = {item.text: item for item in items(load_text(MAP).journey)}
    lookup = found["Address lookup"].urgency
    # depth: -2 is the bottom of -2..2 -> 1; reach: Ann of two personas -> 0.5;
    # stage: the average over personas of (-1, 0.5)/2 ... Ann -0.5, Bob 0.5 -> 0 -> not below neutral;
    # pains: 2 of 3.
    assert (lookup.depth, lookup.reach, lookup.pains) == (1.0, 0.5, 0.667)
    assert lookup.stage == 0.0
    assert lookup.priority == round(40 * 1 + 20 * 0.5 + 20 * 0 + 20 * 2 / 3, 1) == 63.3
    assert lookup.band == "Highest"
    assert (lookup.worst, lookup.below, lookup.personas) == (-2, 1, 2)
    call = found["Call back"].urgency
    assert call.priority == 0.0 and call.band == "Lowest"
    # Unscored: only its pain points speak.
    bot = found["Bot answers"].urgency
    assert (bot.worst, bot.depth, bot.reach, bot.stage) == (None, 0.0, 0.0, 0.0)
    assert bot.priority == 6.7 and bot.band == "Low"


@pytest.mark.parametrize(("priority", "name"), [(100, "Highest"), (60, "Highest"), (59.9, "High"), (40, "High"), (20, "Medium"), (0.1, "Low"), (0, "Lowest")])
def test_bands_use_jiras_priority_names(priority, name):
    assert band(priority) == name


def test_the_most_urgent_come_first_and_ties_keep_the_maps_order():
    ordered = [item.text for item in most_urgent_first(items(load_text(MAP).journey))]
    assert ordered == ["Address lookup", "Bot answers", "Call back"]


def test_ids_are_stable_and_differ_by_place_and_text():
    assert item_id("a.yaml", "s", "t", "opportunity", "x") == item_id("a.yaml", "s", "t", "opportunity", "x")
    assert item_id("a.yaml", "s", "t", "opportunity", "x") != item_id("a.yaml", "s", "t", "opportunity", "y")
    assert item_id("a.yaml", "s", "t", "opportunity", "x").startswith("jm-")


def test_the_same_map_on_another_scale_gets_the_same_priorities():
    one_to_five = (
        MAP.replace("title: Shop", "title: Shop\nscale: {min: 1, max: 5}")
        .replace("{ann: -2, bob: 0}", "{ann: 1, bob: 3}")
        .replace("{ann: 1, bob: 1}", "{ann: 4, bob: 4}")
    )
    again = {i.text: i.priority for i in items(load_text(one_to_five).journey)}
    assert again == {i.text: i.priority for i in items(load_text(MAP).journey)}
