"""The static site of many journeys: an index in every order, a page per journey, persona and
department, and the stage × journey heat map. Every page is a string of HTML; writing the
files is the command's job (atomically, into the folder -o names).
"""

from __future__ import annotations

from journeymap.views.portfolio import Portfolio


def portfolio_pages(portfolio: Portfolio):
    """(path inside the site, page) for every page drawn from the whole portfolio, in a fixed order."""
    from journeymap.faces.site.heatmap import heatmap_page
    from journeymap.faces.site.index import index_pages, owners_page, personas_page
    from journeymap.faces.site.people import owner_page, persona_page

    lang = portfolio.lang
    yield from index_pages(portfolio, lang)
    yield "personas.html", personas_page(portfolio, lang)
    yield "owners.html", owners_page(portfolio, lang)
    yield "heatmap.html", heatmap_page(portfolio, lang)
    for persona in portfolio.personas:
        yield f"personas/{persona.slug}.html", persona_page(portfolio, persona, lang)
    for owner in portfolio.owners:
        yield f"owners/{owner.slug}.html", owner_page(portfolio, owner, lang)
