"""The flow view: DOT source always; SVG through Graphviz's dot where it is installed."""

from __future__ import annotations

import os
import shutil
import xml.etree.ElementTree as ET

import pytest

from journeymap.check.engine import Engine
from journeymap.faces.flow import flow_source
from journeymap.faces.graphviz import GraphvizMissing, dot_to_svg
from journeymap.load.loader import MapLoader
from journeymap.views.layout import build_layout

from ...conftest import EXAMPLES

# CI installs Graphviz and sets this, so the flow tests cannot be skipped there.
needs_dot = pytest.mark.skipif(
    shutil.which("dot") is None and not os.environ.get("JOURNEYMAP_REQUIRE_DOT"),
    reason="Graphviz's dot is not installed (CI installs it)",
)


def source(name: str) -> str:
    journey = MapLoader().load(str(EXAMPLES / name)).journey
    return flow_source(build_layout(journey, Engine().run(journey)))


def test_dot_source_clusters_touchpoints_by_stage_in_journey_order():
    dot = source("weak-signup.yaml")
    assert dot.count("subgraph cluster_") == 4
    assert '"tp_tv-spot" -> "tp_shop-leaflet"' in dot
    assert '"tp_taste-quiz" -> "tp_signup-form"' in dot  # across the empty stage
    # The sign-up form averages -1.5 on -2..2 (relative -0.75): coloured from the negative end.
    from journeymap.views.palette import score_color

    assert f'fillcolor="{score_color(-0.75)}66"' in dot
    assert "W201 W202 W205 W208" in dot


def test_backslashes_and_quotes_in_names_stay_literal():
    text = 'journeymap: 1\ntitle: T\nstages: [{id: s, name: "a \\\\N \\" b", touchpoints: [{id: t, name: "\\\\l x"}]}]\n'
    journey = MapLoader().load_text(text).journey
    dot = flow_source(build_layout(journey))
    assert 'label="a \\\\N \\" b"' in dot and 'label="\\\\l x"' in dot


@needs_dot
@pytest.mark.parametrize("name", ["weak-signup.yaml", "coffee-subscription.ja.yaml"])
def test_flow_svg_through_dot(name):
    svg = dot_to_svg(source(name))
    root = ET.fromstring(svg)
    texts = " ".join(t.text or "" for t in root.iter("{http://www.w3.org/2000/svg}text"))
    assert "Sign-up form" in texts or "アプリで申込" in texts


def test_missing_dot_gives_advice_not_a_traceback(monkeypatch):
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(GraphvizMissing, match="apt-get install graphviz"):
        dot_to_svg("digraph { a -> b }")
