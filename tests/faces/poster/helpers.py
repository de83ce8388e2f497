"""Maps for render tests, built in code: any number of stages and personas, hostile text."""

from __future__ import annotations

from journeymap.load.dump import to_yaml
from journeymap.load.loader import MapLoader
from journeymap.model import Emotion, Journey, Persona, Score, Stage, Touchpoint


def generated(stages: int, personas: int, touchpoints: int = 2, title: str = "Generated journey") -> Journey:
    people = tuple(Persona(f"p{i}", f"Persona {i} (3{i}, job {i})", channels=("web", "app")) for i in range(personas))
    built = []
    for s in range(stages):
        tps = tuple(
            Touchpoint(
                f"t{s}-{t}",
                f"Touchpoint {t} of stage {s} with a longer name",
                channel=("web", "app", "phone", "store")[(s + t) % 4],
                owner="support",
                actions=("Does something important here",),
                thoughts=("Is this right?",),
                emotion=Emotion(None, tuple(Score(p.id, float((s + t + i) % 5 - 2)) for i, p in enumerate(people)), True),
                pain_points=("It is slow",) if (s + t) % 3 == 0 else (),
                opportunities=("Make it faster",),
            )
            for t in range(touchpoints)
        )
        built.append(Stage(f"s{s}", f"Stage {s}", goal="Get it done", touchpoints=tps))
    journey = Journey(title, tuple(built), personas=people)
    # Through YAML and back, so that spans and findings are real.
    return MapLoader().load_text(to_yaml(journey), "generated.yaml").journey
