"""Fuzzing: mutated and hostile input against the loader and every command's core.

The only outcomes allowed are a result or findings, and clean errors: no
exception escapes, nothing hangs (hypothesis' deadline), nothing is written
over the input. Runs a fixed, bounded number of examples in CI (derandomised);
HYPOTHESIS_PROFILE=explore searches further.
"""

from __future__ import annotations

import hashlib
import os

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from journeymap.check.engine import Engine
from journeymap.faces.flow import flow_source
from journeymap.faces.markdown.report import render as report_markdown
from journeymap.faces.mermaid import to_mermaid
from journeymap.faces.poster.html import render_html
from journeymap.faces.poster.svg import render_svg
from journeymap.faces.terminal.report import render as report_terminal
from journeymap.faces.terminal.show import render as show_view
from journeymap.faces.text import report as text_report
from journeymap.load.loader import MapLoader
from journeymap.views.diff import diff_maps
from journeymap.views.layout import build_layout
from journeymap.views.report import build_report

from ..conftest import CASES, EXAMPLES

SEEDS = [p.read_bytes() for p in sorted(EXAMPLES.glob("*.yaml"))] + [
    p.read_bytes() for p in sorted((CASES / "structural").glob("*.yaml"))[:8]
]
BASELINE = MapLoader().load(str(EXAMPLES / "weak-signup.yaml")).journey
# CI runs a fixed, bounded number of examples; JOURNEYMAP_FUZZ_SCALE=10 (with HYPOTHESIS_PROFILE=explore) digs deeper.
SCALE = int(os.environ.get("JOURNEYMAP_FUZZ_SCALE", "1"))

ODD = st.sampled_from(
    [
        "\x00", "\x07", "\ufeff", "\u200b", "\u202e", "\u3000", "：", "🙂", "\U0001f9d1\u200d\U0001f91d\u200d\U0001f9d1",
        "𠮷", "ｱ", "\r", "\r\n", "\t", "\\", '"', "'", "&", "<script>", "]]>", "%", "{", "[", "*a", "&a", "!!",
        "-", ": ", "#", "|", ">", "---", "...", "? ", "@", "`",
    ]
)
SCALARS = st.sampled_from(
    [
        "[]", "{}", "[1, [2, [3]]]", "{a: {b: {c: d}}}", "null", "~", "true", "1e400", "1.0e+400", "-.inf", ".nan",
        "9" * 400, "-" + "9" * 60, "0x" + "F" * 40, "1:30:00", "2026-11-22", "'quoted'", '"\\u0000"', "x" * 5000,
        "[" * 80 + "]" * 80, "&a [*a]", "!!binary aGVsbG8=", "|\n  multi\n  line",
    ]
)


@st.composite
def mutated(draw) -> bytes:
    data = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["truncate", "delete", "insert", "scalar", "bytes", "duplicate", "nest"]))
        at = draw(st.integers(0, len(data)))
        if kind == "truncate":
            del data[at:]
        elif kind == "delete":
            del data[at : at + draw(st.integers(1, 40))]
        elif kind == "insert":
            data[at:at] = draw(st.lists(ODD, min_size=1, max_size=4)).__iter__().__next__().encode("utf-8", "surrogatepass")
        elif kind == "scalar":
            # Swap the value after a ': ' for something of another type or size.
            colon = data.find(b": ", at)
            if colon != -1:
                end = data.find(b"\n", colon)
                end = len(data) if end == -1 else end
                data[colon + 2 : end] = draw(SCALARS).encode("utf-8")
        elif kind == "bytes":
            data[at:at] = draw(st.binary(min_size=1, max_size=16))
        elif kind == "duplicate":
            start = data.rfind(b"\n", 0, at) + 1
            end = data.find(b"\n", at)
            end = len(data) if end == -1 else end + 1
            data[end:end] = data[start:end]
        else:
            depth = draw(st.integers(60, 3000))
            data[at:at] = b"[" * depth + b"]" * depth
    return bytes(data)


def exercise(data: bytes, tmp_path) -> None:
    """Every command's core on one input; only results and findings may come out."""
    path = tmp_path / "fuzz.yaml"
    path.write_bytes(data)
    before = hashlib.sha256(data).hexdigest()
    loaded = MapLoader(max_bytes=1_000_000).load(str(path))
    from journeymap.check.run import CheckRun
    from journeymap.faces import ReportOptions

    text_report(CheckRun([loaded.path], loaded.findings, loaded.sources), ReportOptions(width=60))
    for finding in loaded.findings:
        assert finding.line >= 1 and finding.column >= 1 and finding.code[0] == "E"
    event("a valid map: every renderer ran" if loaded.ok else f"refused: {sorted({f.code for f in loaded.findings})[:1]}")
    if loaded.ok:
        journey = loaded.journey
        findings = Engine().run(journey)
        layout = build_layout(journey, findings)
        svg = render_svg(layout)
        render_html(layout, svg)
        flow_source(layout)
        to_mermaid(journey)
        report = build_report(journey, findings)
        report_markdown(report)
        report_terminal(report, width=50)
        show_view(layout, width=50)
        diff_maps(BASELINE, journey, Engine().run(BASELINE), findings, "a", "b")
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before, "the input was changed"


FUZZ = settings(max_examples=250 * SCALE, deadline=5000, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


@FUZZ
@given(mutated())
def test_mutated_maps(tmp_path, data):
    exercise(data, tmp_path)


ODD_TEXT = st.lists(
    st.one_of(st.characters(blacklist_categories=("Cs",)), ODD),  # anything but lone surrogates, controls included
    min_size=1,
    max_size=40,
).map(lambda parts: "".join(parts).strip() or "x")


@st.composite
def valid_maps_with_odd_text(draw) -> bytes:
    """A real example with every name, thought and pain point replaced by hostile text: still a valid map."""
    import dataclasses

    from journeymap.load.dump import to_yaml

    journey = MapLoader().load(str(EXAMPLES / draw(st.sampled_from(["weak-signup.yaml", "saas-onboarding.yaml"])))).journey
    stages = []
    for stage in journey.stages:
        touchpoints = tuple(
            dataclasses.replace(
                tp,
                name=draw(ODD_TEXT),
                channel=draw(st.none() | ODD_TEXT),
                owner=draw(st.none() | ODD_TEXT),
                thoughts=tuple(draw(st.lists(ODD_TEXT, max_size=3))),
                pain_points=tuple(draw(st.lists(ODD_TEXT, max_size=3))),
            )
            for tp in stage.touchpoints
        )
        stages.append(dataclasses.replace(stage, name=draw(ODD_TEXT), goal=draw(st.none() | ODD_TEXT), touchpoints=touchpoints))
    personas = tuple(dataclasses.replace(p, name=draw(ODD_TEXT), channels=tuple(draw(st.lists(ODD_TEXT, max_size=3)))) for p in journey.personas)
    changed = dataclasses.replace(journey, title=draw(ODD_TEXT), stages=tuple(stages), personas=personas)
    return to_yaml(changed).encode("utf-8")


@settings(max_examples=60 * SCALE, deadline=10000, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(valid_maps_with_odd_text())
def test_valid_maps_with_hostile_text_render_everywhere(tmp_path, data):
    path = tmp_path / "odd.yaml"
    path.write_bytes(data)
    assert MapLoader().load(str(path)).ok  # the serializer escaped everything YAML needs
    exercise(data, tmp_path)


@settings(max_examples=60 * SCALE, deadline=5000, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=4096))
def test_random_bytes(tmp_path, data):
    exercise(data, tmp_path)


@settings(max_examples=80 * SCALE, deadline=5000, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=2000))
def test_random_text(tmp_path, text):
    exercise(("journeymap: 1\ntitle: T\nstages:\n  - id: s\n    name: " + text).encode("utf-8", "surrogatepass"), tmp_path)


@settings(max_examples=40 * SCALE, deadline=10000, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(mutated())
def test_commands_turn_every_input_into_an_exit_code(tmp_path, data):
    from typer.testing import CliRunner

    from journeymap.cli import app

    (tmp_path / "m.yaml").write_bytes(data)
    runner = CliRunner()
    for args in (["check", "m.yaml"], ["check", "m.yaml", "-f", "sarif"], ["report", "m.yaml", "-f", "md"],
                 ["show", "m.yaml"], ["render", "m.yaml", "-o", str(tmp_path / "out.svg")]):
        cwd = os.getcwd()
        os.chdir(tmp_path)
        try:
            result = runner.invoke(app, args, catch_exceptions=False, env={"NO_COLOR": "1", "COLUMNS": "60"})
        finally:
            os.chdir(cwd)
        assert result.exit_code in (0, 1, 2), (args, result.exit_code)
    assert (tmp_path / "m.yaml").read_bytes() == data


NUMBER_TEXT = st.one_of(
    st.integers().map(str),
    st.integers(min_value=10**300, max_value=10**600).map(lambda n: str(n * (1 if n % 2 else -1))),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.from_regex(r"[-+]?(0x[0-9a-fA-F_]{1,80}|0b[01_]{1,200}|0[0-7_]{1,60}|[0-9]{1,3}(:[0-5]?[0-9]){1,4}(\.[0-9]*)?)", fullmatch=True),
    st.sampled_from([".inf", "-.Inf", ".NaN", "1_000", "1e5", "1.0e+999", "-0", "+.5", "0o17"]),
)


@settings(max_examples=150 * SCALE, deadline=5000, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(NUMBER_TEXT, st.sampled_from(["emotion: {}", "emotion: {{aiko: {}}}", "evidence: {{source: s, n: {}, csat: {}}}"]))
def test_any_number_anywhere(tmp_path, number, shape):
    text = (
        "journeymap: 1\ntitle: T\nscale: {min: -2, max: 2}\npersonas: [{id: aiko, name: A}]\nstages:\n"
        f"  - {{id: s, name: S, touchpoints: [{{id: t, name: T, {shape.format(number, number)}}}]}}\n"
    )
    exercise(text.encode(), tmp_path)
