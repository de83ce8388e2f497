"""Each formula of docs/data.md, on answers small enough to work out on paper.

The examples' metrics are checked in test_measured.py; here every branch the examples
do not reach: 1..7 scales (top-two-box is 6-7), NPS's interval, CSAT's Wilson interval,
a stage pooling its touchpoints' answers, and a persona's segment. The expected
numbers are written out, not computed with journeymap's code.
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from journeymap.load.loader import MapLoader
from journeymap.views.measured import build_measured

MAP = """\
journeymap: 1
title: Formulas
personas: [{{id: aiko, name: Aiko (34)}}]
stages:
  - id: buy
    name: Buy
    touchpoints:
      - {{id: cart, name: Cart, emotion: 1}}
      - {{id: pay, name: Pay, emotion: {{aiko: -1}}}}
  - id: use
    name: Use
    touchpoints:
      - {{id: app, name: App, emotion: 0}}
      - {{id: web, name: Web, emotion: 0}}
data:
  - file: five.csv
    scales: {{csat: 5, ces: 5}}
  - file: seven.csv
    scales: {{csat: 7, ces: 7}}
{extra}"""


def view(tmp_path: Path, five: str, seven: str, extra: str = "", files: dict[str, str] | None = None):
    (tmp_path / "journeymap.toml").write_text("")
    (tmp_path / "five.csv").write_text("touchpoint,metric,score,segment\n" + five)
    (tmp_path / "seven.csv").write_text("touchpoint,metric,score,segment\n" + seven)
    for name, text in (files or {}).items():
        (tmp_path / name).write_text(text)
    (tmp_path / "map.yaml").write_text(MAP.format(extra=extra))
    loaded = MapLoader().load(str(tmp_path / "map.yaml"))
    assert loaded.ok and loaded.findings == [], loaded.findings
    return build_measured(loaded.journey)


def rows(touchpoint: str, metric: str, scores, segment: str = "") -> str:
    return "".join(f"{touchpoint},{metric},{score},{segment}\n" for score in scores)


def test_nps_and_its_interval(tmp_path):
    # 10 answers: 9, 10, 10 promote (3); 7, 8 are passive; 0, 3, 5, 6, 6 detract (5).
    measured = view(tmp_path, rows("cart", "nps", [9, 10, 10, 7, 8, 0, 3, 5, 6, 6]), "")
    nps = measured.at("cart").metric("nps")
    assert nps.n == 10 and nps.scale == "0..10"
    assert nps.value == -20.0  # 30 % - 50 %
    # Each answer as +1 / 0 / -1: mean -0.2, variance of the population 0.8 - 0.04 = 0.76.
    half = 100 * 1.96 * math.sqrt(0.76 / 10)  # 54.03
    assert (nps.low, nps.high) == pytest.approx((-20 - half, -20 + half), abs=0.01)
    assert nps.top2 is None


def test_csat_on_seven_points_counts_six_and_seven_as_top_two(tmp_path):
    # 7, 7, 6, 5, 4, 1 on 1..7: mean 30 / 6 = 5.0; top two box 3 of 6.
    measured = view(tmp_path, "", rows("app", "csat", [7, 7, 6, 5, 4, 1]))
    csat = measured.at("app").metric("csat")
    assert (csat.n, csat.value, csat.scale) == (6, 5.0, "1..7")
    assert csat.top2 == 50.0
    # sample variance: (4 + 4 + 1 + 0 + 1 + 16) / 5 = 5.2; half width 1.96 * sqrt(5.2 / 6) = 1.82
    assert (csat.low, csat.high) == pytest.approx((5.0 - 1.82, 5.0 + 1.82), abs=0.01)
    # Wilson, p = 0.5, n = 6, z² = 3.8416: centre 0.5, half 1.96 * sqrt(0.25/6 + 3.8416/144) / (1 + 3.8416/6)
    half = 1.96 * math.sqrt(0.25 / 6 + 3.8416 / 144) / (1 + 3.8416 / 6)  # 0.3116
    assert (csat.top2_low, csat.top2_high) == pytest.approx((100 * (0.5 - half), 100 * (0.5 + half)), abs=0.1)
    # On the map's -2..2 scale, 5.0 of 1..7 is a third of the way from the middle to the top.
    assert measured.at("app").customers == pytest.approx(2 / 3, abs=0.01)


def test_ces_on_five_and_seven_points(tmp_path):
    measured = view(tmp_path, rows("cart", "ces", [2, 3, 4]), rows("web", "ces", [7, 6, 6, 5]))
    assert measured.at("cart").metric("ces").value == 3.0
    assert measured.at("cart").metric("ces").scale == "1..5"
    assert measured.at("web").metric("ces").value == 6.0
    assert measured.at("web").metric("ces").scale == "1..7"
    # a mean's interval stays inside its scale
    assert measured.at("web").metric("ces").high <= 7


def test_a_stage_pools_the_answers_of_its_touchpoints(tmp_path):
    # Buy: cart 5, 5, 4 and pay 2, 1 -> 17 / 5 = 3.4 (not the mean of the means, (4.67 + 1.5) / 2)
    five = rows("cart", "csat", [5, 5, 4]) + rows("pay", "csat", [2, 1]) + rows("pay", "csat", ["", "n/a", 9])
    measured = view(tmp_path, five, "")
    (buy,) = [place for place in measured.stages if place.stage == "buy"]
    csat = buy.metric("csat")
    assert (csat.n, csat.value, csat.top2) == (5, 3.4, 60.0)
    assert (csat.blank, csat.not_a_number, csat.out_of_range) == (1, 1, 1)
    assert buy.team == pytest.approx(0.0)  # the map's scores of Cart (1) and Pay (-1)


def test_a_stage_whose_touchpoints_use_different_scales_has_no_pooled_value(tmp_path):
    # App's CSAT is on 1..7, Web's on 1..5: they cannot be added up, and neither is left out silently.
    measured = view(tmp_path, rows("web", "csat", [5, 5]), rows("app", "csat", [1, 1]))
    assert [place for place in measured.stages if place.stage == "use"] == []
    assert measured.at("web").metric("csat").value == 5.0 and measured.at("app").metric("csat").value == 1.0


def test_a_segment_named_like_a_persona_is_measured_against_that_persona(tmp_path):
    five = rows("pay", "csat", [1, 2, 2], segment="Aiko") + rows("pay", "csat", [5, 5], segment="premium")
    measured = view(tmp_path, five, "")
    segments = {place.segment: place for place in measured.segments if place.touchpoint == "pay"}
    assert set(segments) == {"Aiko", "premium"}
    assert segments["Aiko"].metric("csat").value == pytest.approx(5 / 3, abs=0.005)
    assert segments["Aiko"].team == -1  # Aiko's own score at Pay
    assert segments["premium"].team is None  # no persona is called premium
    assert measured.at("pay").metric("csat").n == 5  # every segment together
