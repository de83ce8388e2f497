"""`journeymap show`: one map in the terminal, with its emotion curve and flagged stages."""

from __future__ import annotations

import os
import sys
from typing import Optional

import typer

from journeymap.cli.app import LANG_HELP, Lang, app, emit, fail, output_width, speak, use_color
from journeymap.cli.render import View
from journeymap.i18n import say
from journeymap.messages import cli as C
from journeymap.scores import short_name


@app.command(
    short_help="Show one map in the terminal, with its emotion curve and flags.",
    help=(
        "Show one map in the terminal, for a workshop or a projector: every stage with its goal, "
        "touchpoints (channel and owner), actions, thoughts, emotion per persona, pain points and "
        "opportunities; the emotion curve across the whole journey; and the stages the checks flag, "
        "with their rule codes.\n\n"
        "Wide terminals show the stages side by side, narrow ones one after another. Run it again "
        "after editing the map to see the change. Colour only on a terminal; NO_COLOR=1 turns it off.\n\n"
        "Example: journeymap show map.yaml --persona aiko --lanes touchpoints,emotion,pains"
    )
)
def show(
    path: str = typer.Argument(..., metavar="FILE", help="The journey map."),
    persona: Optional[str] = typer.Option(
        None, "--persona", metavar="ID", help="Show one persona's emotions and curve: its id or its name (aiko, 愛子)."
    ),
    stage: Optional[str] = typer.Option(
        None, "--stage", metavar="ID", help="Show one stage, by id or by name (support, サポート); its curve runs across its touchpoints."
    ),
    lanes: Optional[list[str]] = typer.Option(
        None,
        "--lanes",
        metavar="LANES",
        help="Which lanes to show, in this order, comma-separated: goal, touchpoints, actions, thoughts, "
        "emotion, pains, opportunities, or their titles as the view shows them (感情, ペインポイント). "
        "Default: all. The curve comes with the emotion lane.",
    ),
    view: View = typer.Option(
        View.journey,
        "--view",
        help="journey, or blueprint: the service blueprint, with the lanes evidence, customer, emotion, fails, waits, "
        "frontstage, backstage, support.",
    ),
    config: Optional[str] = typer.Option(None, "--config", metavar="FILE", help="Configuration to use for the rules."),
    lang: Optional[Lang] = typer.Option(None, "--lang", help=LANG_HELP, show_default=False),
) -> None:
    from journeymap.cli.common import analyse_one, audience_language, engine_for, require_valid, settings_for, split_selectors
    from journeymap.faces.terminal.show import render
    from journeymap.views import blueprint as blueprints
    from journeymap.views.layout import LANE_WORDS, build_layout

    speak(lang)
    words = blueprints.LANE_WORDS if view is View.blueprint else LANE_WORDS
    chosen = [_lane(lane, words) for lane in split_selectors(lanes)] or list(words)
    settings = settings_for([path], config)
    analysed = analyse_one(path, settings, engine_for(settings))
    require_valid(analysed)
    journey = analysed.journey
    # People type what they see: a stage's name (サポート) as well as its id, a persona's name too.
    persona = _by_name(persona, [(p.id, p.name) for p in journey.personas] + [(p.id, short_name(p)) for p in journey.personas])
    stage = _by_name(stage, [(s.id, s.name) for s in journey.stages])
    _known(path, "persona", persona, [p.id for p in journey.personas])
    stage_ids = [s.id for s in journey.stages]
    _known(path, "stage", stage, stage_ids)
    if view is View.blueprint:
        from journeymap.faces.terminal.blueprint import render as render_blueprint

        drawn = blueprints.build_blueprint(
            journey, analysed.findings, persona, stage, tuple(dict.fromkeys(chosen)), audience_language(lang, journey)
        )
        emit(render_blueprint(drawn, output_width(sys.stdout) or 100, use_color(sys.stdout), _color_system(),
                              stage_ids.index(stage) + 1 if stage else 1), styled=use_color(sys.stdout))
        return
    layout = build_layout(
        journey,
        analysed.findings,
        persona=persona,
        stage=stage,
        lanes=tuple(dict.fromkeys(chosen)),
        lang=audience_language(lang, journey),  # the map on a projector speaks the room's language
    )
    color = use_color(sys.stdout)
    emit(
        render(
            layout,
            width=output_width(sys.stdout) or 100,
            color=color,
            color_system=_color_system(),
            start=stage_ids.index(stage) + 1 if stage else 1,
        ),
        styled=color,
    )


def _color_system() -> str:
    return "truecolor" if os.environ.get("COLORTERM", "").lower() in ("truecolor", "24bit") else "256"


def _lane(typed: str, words: dict) -> str:
    """A lane by its id (pains) or its title in any language (Pain points, ペインポイント)."""
    from journeymap.i18n import LANGUAGES, tr
    from journeymap.suggest import closest

    wanted = typed.casefold()
    for lane, title in words.items():
        if wanted == lane or any(wanted == tr(lang, say(title)).casefold() for lang in LANGUAGES):
            return lane
    guess = closest(typed, list(words))
    choices = ", ".join(words)
    fail(say(C.UNKNOWN_LANE_GUESS, lane=typed, guess=guess, choices=choices) if guess else say(C.UNKNOWN_LANE, lane=typed, choices=choices))


def _by_name(typed: Optional[str], named: list[tuple[str, str]]) -> Optional[str]:
    """The id of the object whose id or name is ``typed`` (names compared without case), else ``typed``."""
    if typed is None:
        return None
    for object_id, name in named:
        if typed in (object_id, name) or typed.casefold() == name.casefold():
            return object_id
    return typed


def _known(path: str, kind: str, value: Optional[str], ids: list[str]) -> None:
    """An unknown --persona/--stage is a usage error that lists what the map has."""
    if value is None or value in ids:
        return
    if not ids:
        fail(say(C.NO_PERSONAS_HERE if kind == "persona" else C.NO_STAGES_HERE, path=path))
    from journeymap.suggest import closest

    guess = closest(value, ids)
    templates = {
        ("persona", False): C.UNKNOWN_PERSONA,
        ("persona", True): C.UNKNOWN_PERSONA_GUESS,
        ("stage", False): C.UNKNOWN_STAGE,
        ("stage", True): C.UNKNOWN_STAGE_GUESS,
    }
    fail(say(templates[kind, bool(guess)], value=value, guess=guess, path=path, ids=", ".join(ids)))
