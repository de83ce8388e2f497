"""Real Mermaid journey diagrams (tests/cases/mermaid/real, listed with their sources in SOURCES).

Each one imports, checks without errors and renders; diagram → map → diagram → map gives the
same map and invents nothing (no title, section or score the diagram did not have); and map →
diagram → map keeps the stages, touchpoints, personas and scores. Where Mermaid's CLI is
installed (`make bench-tools`), Mermaid itself draws every exported diagram without an error.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess

import pytest

from journeymap.check.engine import Engine
from journeymap.faces.formats import RenderOptions, render_bytes
from journeymap.faces.mermaid import to_mermaid
from journeymap.load.loader import MapLoader
from journeymap.load.mermaid.blocks import find_journeys
from journeymap.load.mermaid.parse import parse_block
from journeymap.load.mermaid.to_map import import_mermaid

from ..conftest import CASES, EXAMPLES, ROOT

REAL = CASES / "mermaid" / "real"


def sources() -> dict[str, list[str]]:
    """SOURCES, file name → its fields (diagrams, repository, path, commit, licence, what)."""
    rows = {}
    for line in (REAL / "SOURCES").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, *fields = (field.strip() for field in line.split("|"))
            rows[name] = fields
    return rows


DIAGRAMS = [(name, index) for name, fields in sources().items() for index in range(1, int(fields[0]) + 1)]


def text_of(name: str) -> str:
    return (REAL / name).read_text(encoding="utf-8")


def diagram(name: str, index: int):
    return parse_block(find_journeys(text_of(name)).journeys[index - 1])


def test_sources_name_every_file_its_repository_commit_and_licence():
    files = sorted(p.name for p in REAL.iterdir() if p.is_file() and p.name != "SOURCES")
    rows = sources()
    assert sorted(rows) == files
    for name, (count, repository, path, commit, licence, _what) in rows.items():
        assert re.fullmatch(r"[\w.-]+/[\w.-]+", repository) and path and re.fullmatch(r"[0-9a-f]{40}", commit), name
        assert licence.startswith("MIT (LICENSES/") and (REAL / licence[5:-1]).is_file(), name
        assert len(find_journeys(text_of(name)).journeys) == int(count), name
    assert len(DIAGRAMS) >= 20


@pytest.mark.parametrize("name, index", DIAGRAMS, ids=[f"{n}-{i}" for n, i in DIAGRAMS])
def test_imports_checks_and_renders(name, index, tmp_path):
    result = import_mermaid(text_of(name), name, index)
    path = tmp_path / "map.yaml"
    path.write_text(result.yaml, encoding="utf-8")
    loaded = MapLoader().load(str(path))
    assert loaded.ok, loaded.findings
    findings = Engine().run(loaded.journey)
    assert not [f for f in findings if f.severity.value == "error"]
    svg = render_bytes(loaded.journey, findings, RenderOptions()).decode("utf-8")
    assert svg.startswith("<svg") and svg.rstrip().endswith("</svg>")


@pytest.mark.parametrize("name, index", DIAGRAMS, ids=[f"{n}-{i}" for n, i in DIAGRAMS])
def test_diagram_to_map_to_diagram_to_map_keeps_everything_and_invents_nothing(name, index):
    first = import_mermaid(text_of(name), name, index)
    exported = to_mermaid(first.journey)
    again = import_mermaid(exported, "exported.mmd")
    assert again.journey == first.journey
    assert to_mermaid(again.journey) == exported  # a fixed point: exporting twice changes nothing
    source, written = diagram(name, index), parse_block(find_journeys(exported).journeys[0])
    assert written.title == source.title  # None stays None: no invented "Journey"
    assert (written.acc_title, written.acc_descr) == (source.acc_title, source.acc_descr)
    assert [s.name for s in written.sections] == [s.name for s in source.sections]  # no invented section
    assert [[(t.name, t.actors) for t in s.tasks] for s in written.sections] == [
        [(t.name, tuple(dict.fromkeys(t.actors))) for t in s.tasks] for s in source.sections
    ]
    assert [t.score for s in written.sections for t in s.tasks if not t.unscored] == [
        t.score for s in source.sections for t in s.tasks if t.score is not None and t.score_text
    ]


@pytest.mark.parametrize("name, index", DIAGRAMS, ids=[f"{n}-{i}" for n, i in DIAGRAMS])
def test_map_to_diagram_to_map_keeps_stages_touchpoints_personas_and_scores(name, index):
    journey = import_mermaid(text_of(name), name, index).journey
    back = import_mermaid(to_mermaid(journey), "exported.mmd").journey
    assert [s.name for s in back.stages] == [s.name for s in journey.stages]
    assert [(t.name, t.emotion) for _, t in back.touchpoints()] == [(t.name, t.emotion) for _, t in journey.touchpoints()]
    assert back.personas == journey.personas


# Every diagram that does not come back as the same text (indentation, blank lines and `%%`
# comments aside), and why; docs/mermaid.md lists the same. The map is the same for all of them.
NOT_THE_SAME_TEXT = {
    ("mermaid-parser-accdescr.mmd", 1): "statements in a fixed order: title before accDescr",
    ("mermaid-parser-accdescr-block.mmd", 1): "statements in a fixed order; `}title` on one line becomes two lines",
    ("mermaid-parser-multiline-section.mmd", 1): "`<br/>` and `<br />` come back as `<br>`",
    ("mermaid-parser-tasks.mmd", 1): "`3:Bob` comes back as `3: Bob`; a trailing `:` without actors is dropped",
    ("mermaid-demo-journey.html", 1): "the front matter `title:` comes back as a `title` statement",
    ("mermaid-demo-1871-journey.html", 1): "`A: B` (not a number) comes back as `A: 3 # not scored`",
    ("mermaid-demo-1871-journey.html", 2): "`A: B` (not a number) comes back as `A: 3 # not scored`",
}


def _statements(lines) -> list[str]:
    """The lines of a diagram as statements: spacing collapsed, blank lines and comments left out."""
    found = (" ".join(line.split()) for line in lines)
    return [line for line in found if line and not line.startswith("%%")]


@pytest.mark.parametrize("name, index", DIAGRAMS, ids=[f"{n}-{i}" for n, i in DIAGRAMS])
def test_the_diagrams_that_do_not_come_back_as_the_same_text_are_listed_with_why(name, index):
    source = ["journey", *_statements(text for _, text in find_journeys(text_of(name)).journeys[index - 1].lines)]
    exported = _statements(to_mermaid(import_mermaid(text_of(name), name, index).journey).splitlines())
    assert (exported != source) is ((name, index) in NOT_THE_SAME_TEXT), exported


def test_the_documentation_lists_every_diagram_that_does_not_come_back_as_the_same_text():
    page = (ROOT / "docs" / "mermaid.md").read_text(encoding="utf-8")
    for name, index in NOT_THE_SAME_TEXT:
        assert f"`{name}`" in page, name


# --- Mermaid itself ----------------------------------------------------------------------------------

MODULES = ROOT / "bench" / "node_modules"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
HAVE_MERMAID = (MODULES / ".bin" / "mmdc").exists() and CHROMIUM is not None and shutil.which("node") is not None


_TASK = re.compile(r"(?!section\s|title\s|acc|%%)[^:]+:")  # a task line of an exported diagram


def _tasks(text: str) -> int:
    """How many task lines an exported diagram has (the lines of an accDescr block are not tasks)."""
    count, described = 0, False
    for line in (line.strip() for line in text.splitlines()[1:]):
        if described:
            described = line != "}"
        elif line.startswith("accDescr {"):
            described = True
        else:
            count += bool(_TASK.match(line))
    return count


def exported_diagrams() -> list[tuple[str, str]]:
    """(where it comes from, the exported diagram) for the corpus, the test cases and the examples."""
    found = [(f"{name}-{index}", to_mermaid(import_mermaid(text_of(name), name, index).journey)) for name, index in DIAGRAMS]
    for path in sorted((CASES / "mermaid").glob("*.m*")):
        text = path.read_text(encoding="utf-8")
        for index in range(1, len(find_journeys(text).journeys) + 1):
            found.append((f"{path.name}-{index}", to_mermaid(import_mermaid(text, path.name, index).journey)))
    for path in sorted(EXAMPLES.glob("*.yaml")):
        found.append((path.name, to_mermaid(MapLoader().load(str(path)).journey)))
    return found


@pytest.mark.skipif(not HAVE_MERMAID, reason="Mermaid's CLI is not installed (make bench-tools)")
def test_mermaid_draws_every_exported_diagram_without_an_error(tmp_path):
    diagrams = exported_diagrams()
    listing = tmp_path / "diagrams.json"
    listing.write_text(json.dumps([text for _, text in diagrams]), encoding="utf-8")
    script = ROOT / "tests" / "load" / "mermaid_render.mjs"
    run = subprocess.run(
        ["node", str(script), str(MODULES), CHROMIUM, str(listing)],
        capture_output=True, text=True, timeout=300, env={**os.environ, "PUPPETEER_SKIP_DOWNLOAD": "1"},
    )
    assert run.returncode == 0, run.stderr
    drawn = json.loads(run.stdout)
    assert len(drawn) == len(diagrams)
    for (where, text), result in zip(diagrams, drawn):
        assert result["error"] is None, (where, result["error"])
        assert result["console"] == [], (where, result["console"])
        assert not result["nan"], where
        assert result["tasks"] == _tasks(text), where  # Mermaid drew every task: none was dropped
