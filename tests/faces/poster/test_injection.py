"""Map text cannot become markup: hostile names stay text in the SVG and the HTML."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from html.parser import HTMLParser

from journeymap.faces.poster.html import render_html
from journeymap.faces.poster.svg import render_svg
from journeymap.load.loader import MapLoader
from journeymap.views.layout import build_layout

HOSTILE = [
    "<script>alert(1)</script>",
    '"><svg onload=alert(1)>',
    "]]><x>",
    "Tom & Jerry's <b>",
    "bell\x07and\x1bescape\x00null",
    "</title><script>alert(2)</script>",
]


def hostile_map() -> str:
    stages = []
    for i, text in enumerate(HOSTILE):
        quoted = '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\x07", "\\a").replace("\x1b", "\\e").replace("\x00", "\\0") + '"'
        stages.append(
            f"  - id: s{i}\n    name: {quoted}\n    goal: {quoted}\n    touchpoints:\n"
            f"      - {{id: t{i}, name: {quoted}, channel: {quoted}, owner: {quoted}, emotion: 1,"
            f" thoughts: [{quoted}], pain_points: [{quoted}], opportunities: [{quoted}]}}\n"
        )
    return (
        f'journeymap: 1\ntitle: "{HOSTILE[0]}"\ndescription: "{HOSTILE[1].replace(chr(34), chr(92) + chr(34))}"\n'
        "personas:\n  - {id: p, name: '\"><img src=x onerror=alert(3)>', description: '<iframe>'}\nstages:\n" + "".join(stages)
    )


def layout():
    loaded = MapLoader().load_text(hostile_map(), "hostile.yaml")
    assert loaded.ok, loaded.findings
    return build_layout(loaded.journey)


def test_svg_stays_well_formed_with_no_script_and_no_event_handlers():
    svg = render_svg(layout())
    root = ET.fromstring(svg)  # parses: nothing broke out of an element or attribute
    for element in root.iter():
        assert element.tag.split("}")[-1] not in ("script", "foreignObject", "iframe", "img")
        assert not any(name.lower().startswith("on") for name in element.attrib)
    texts = [element.text or "" for element in root.iter()]
    assert "<script>alert(1)</script>" in texts  # shown as text, exactly
    assert any("Tom & Jerry's <b>" in t for t in texts)
    assert not any(c in svg for c in "\x00\x07\x1b")


class _Collector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.attributes = [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attributes.extend(name for name, _ in attrs)


def test_html_page_has_no_script_no_handlers_and_forbids_both():
    page = render_html(layout(), render_svg(layout()))
    parser = _Collector()
    parser.feed(page)
    assert "script" not in parser.tags and "iframe" not in parser.tags and "img" not in parser.tags
    assert not any(name.startswith("on") for name in parser.attributes)
    assert "default-src 'none'" in page
    assert "http://" not in page.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "https://" not in page
