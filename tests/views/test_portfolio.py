"""Many maps as one portfolio: who is one persona, who is one owner, which stages meet."""

from __future__ import annotations

from journeymap.views.portfolio import PortfolioBuilder, portfolio_language, slug
from journeymap.views.report import build_report

from ..conftest import load_text


def journey(title: str, persona: str = "{id: ann, name: Ann}", owner: str = "Support", stage: str = "support") -> str:
    return f"""\
journeymap: 1
title: {title}
personas: [{persona}]
stages:
  - id: {stage}
    name: {stage.title()}
    touchpoints:
      - {{id: t, name: T, channel: web, owner: {owner}, emotion: -1, pain_points: [Slow], opportunities: [Faster]}}
"""


def build(*texts: str):
    loaded = [load_text(text, f"maps/m{i}.yaml") for i, text in enumerate(texts)]
    builder = PortfolioBuilder([item.path for item in loaded])
    for item in loaded:
        builder.add(item.path, item.journey, [], build_report(item.journey, []))
    return builder.build()


def test_same_id_and_name_is_one_persona_another_name_is_another():
    portfolio = build(journey("A"), journey("B"), journey("C", "{id: ann, name: Ann Other}"))
    assert [(p.name, len(p.appearances), p.slug) for p in portfolio.personas] == [("Ann", 2, "ann"), ("Ann Other", 1, "ann-2")]


def test_owners_meet_whatever_their_case_and_spacing():
    portfolio = build(journey("A", owner="Support"), journey("B", owner="'  support '"))
    assert [(o.name, len(o.opportunities), len(o.pains), o.journeys) for o in portfolio.owners] == [("Support", 2, 2, 2)]


def test_stages_meet_by_phase_and_a_stage_without_one_has_its_own_column():
    portfolio = build(journey("A", stage="support"), journey("B", stage="help"), journey("C", stage="waiting"))
    assert [c.key for c in portfolio.columns] == ["support", "stage:waiting"]
    average, count = portfolio.column_average(portfolio.columns[0])
    assert count == 2 and average == -0.5


def test_pages_have_safe_unique_names():
    taken: set[str] = set()
    assert slug("coffee.ja", taken) == "coffee.ja"
    assert slug("Coffee.ja", taken) == "coffee.ja-2"
    japanese = slug("営業", taken)
    assert japanese.startswith("page-") and japanese.isascii()
    assert slug("営業部", taken) != japanese


def test_the_language_most_maps_are_written_in():
    assert portfolio_language(["ja", "ja", "en"]) == "ja"
    assert portfolio_language(["ja", "en"]) == "en"
    assert portfolio_language([]) == "en"
