"""Property: any valid map, dumped to YAML and loaded again, is equal to itself."""

from __future__ import annotations

import math
from dataclasses import replace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journeymap.load import spec
from journeymap.load.dump import to_yaml
from journeymap.load.loader import MapLoader
from journeymap.model import Emotion, Evidence, Journey, Persona, Scale, Score, Stage, Touchpoint
from journeymap.phases import PHASE_IDS

slugs = st.from_regex(r"[a-z0-9][a-z0-9_-]{0,12}", fullmatch=True)
# Any printable text, including Japanese, quotes, colons, leading dashes and YAML words like "yes".
texts = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=30
).filter(lambda s: s.strip() == s and s)
text_lists = st.lists(texts, max_size=3).map(tuple)


@st.composite
def journeys(draw):
    low = draw(st.sampled_from([-2, 1, 0, -5, -1.5]))
    high = low + draw(st.sampled_from([4, 2, 10, 3.5]))
    scale = Scale(low, high)
    persona_ids = draw(st.lists(slugs, max_size=4, unique=True))
    personas = tuple(
        Persona(
            pid,
            draw(texts),
            description=draw(st.none() | texts),
            goals=draw(text_lists),
            channels=draw(text_lists),
        )
        for pid in persona_ids
    )
    scores = st.none() | st.integers(math.ceil(low), math.floor(high)) | st.floats(low, high, allow_nan=False)
    touchpoint_ids = iter(draw(st.lists(slugs, min_size=12, max_size=12, unique=True)))
    stage_ids = draw(st.lists(slugs, min_size=1, max_size=4, unique=True))
    stages = []
    for sid in stage_ids:
        touchpoints = []
        for _ in range(draw(st.integers(0, 3))):
            if persona_ids and draw(st.booleans()):
                chosen = draw(st.lists(st.sampled_from(persona_ids), unique=True))
                emotion = Emotion(None, tuple(Score(p, draw(scores)) for p in chosen), True)
            else:
                value = draw(scores)
                emotion = None if value is None else Emotion(value)
            touchpoints.append(
                Touchpoint(
                    next(touchpoint_ids),
                    draw(texts),
                    channel=draw(st.none() | texts),
                    owner=draw(st.none() | texts),
                    actions=draw(text_lists),
                    thoughts=draw(text_lists),
                    emotion=emotion,
                    pain_points=draw(text_lists),
                    opportunities=draw(text_lists),
                    values=tuple(draw(st.lists(st.sampled_from(spec.EXPERIENTIAL_VALUES), max_size=3))),
                    evidence=tuple(
                        Evidence(draw(texts), n=draw(st.none() | st.integers(0, 10_000)), csat=draw(st.none() | st.floats(0, 5)))
                        for _ in range(draw(st.integers(0, 2)))
                    ),
                )
            )
        stages.append(
            Stage(sid, draw(texts), phase=draw(st.sampled_from(PHASE_IDS)), goal=draw(st.none() | texts), touchpoints=tuple(touchpoints))
        )
    single_scores = draw(st.sampled_from([None, "every-persona", "no-persona"]))
    if single_scores == "no-persona":  # one number then scores no persona in particular
        stages = [
            replace(stage, touchpoints=tuple(
                replace(tp, emotion=replace(tp.emotion, everyone=False))
                if tp.emotion is not None and not tp.emotion.per_persona else tp
                for tp in stage.touchpoints
            ))
            for stage in stages
        ]
    return Journey(
        draw(texts),
        tuple(stages),
        description=draw(st.none() | texts),
        scale=scale,
        personas=personas,
        scope=tuple(draw(st.lists(st.sampled_from(PHASE_IDS), max_size=3, unique=True))),
        single_scores=single_scores,
    )


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(journeys())
def test_dumped_map_loads_back_equal(journey):
    text = to_yaml(journey)
    loaded = MapLoader().load_text(text, "generated.yaml")
    assert loaded.findings == [], text
    assert loaded.journey == journey


@settings(max_examples=60, deadline=None)
@given(journeys())
def test_every_finding_span_lies_inside_the_file(journey):
    text = to_yaml(journey).replace("name:", "nmae:", 1)
    loaded = MapLoader().load_text(text, "generated.yaml")
    lines = text.splitlines()
    assert loaded.findings  # the misspelt key is reported
    for finding in loaded.findings:
        assert 1 <= finding.line <= len(lines) + 1
        # A position past the last line is only the end of the file: column 1.
        line_text = lines[finding.line - 1] if finding.line <= len(lines) else ""
        assert 1 <= finding.column <= len(line_text) + 1
