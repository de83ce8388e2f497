"""The site of examples/ as a browser sees it: every page reachable from the index, no broken
link, nothing requested from elsewhere, no script — read back from the generated HTML."""

from __future__ import annotations

import shutil
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from journeymap.faces.poster.html import STATIC_CSP

from ...conftest import EXAMPLES

# Attributes through which a page can make a browser fetch something, or go somewhere.
FETCHING = {"src", "href", "srcset", "poster", "data", "action", "formaction", "background", "xlink:href", "ping"}


class Page(HTMLParser):
    """The links, fetches, scripts and policy of one page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.references: list[tuple[str, str, str]] = []  # (tag, attribute, value)
        self.tags: list[str] = []
        self.csp: str | None = None
        self.styles: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        values = dict(attrs)
        for name, value in attrs:
            if name in FETCHING and value is not None:
                self.references.append((tag, name, value))
            if name == "style" and value:
                self.styles.append(value)
        if tag == "meta" and (values.get("http-equiv") or "").lower() == "content-security-policy":
            self.csp = values.get("content")
        self._in_style = tag == "style"

    handle_startendtag = handle_starttag

    def handle_endtag(self, tag):
        self._in_style = False

    def handle_data(self, data):
        if self._in_style:
            self.styles.append(data)


def parse(path: Path) -> Page:
    page = Page()
    page.feed(path.read_text(encoding="utf-8"))
    page.close()
    return page


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = tmp_path_factory.mktemp("site")
    shutil.copytree(EXAMPLES, root / "examples")
    from typer.testing import CliRunner

    from journeymap.cli import app

    result = CliRunner().invoke(app, ["site", str(root / "examples"), "-o", str(root / "out")], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return root / "out"


def test_every_page_is_reachable_from_the_index_and_no_link_is_broken(site):
    pages = {p for p in site.rglob("*.html")}
    seen: set[Path] = set()
    queue = [site / "index.html"]
    broken = []
    while queue:
        page = queue.pop()
        if page in seen:
            continue
        seen.add(page)
        for tag, attribute, value in parse(page).references:
            parts = urlsplit(value)
            if parts.scheme or parts.netloc:
                continue  # checked by the test below
            if not parts.path:
                continue  # a link inside the page (#…)
            target = (page.parent / unquote(parts.path)).resolve()
            if not target.is_file() or site.resolve() not in target.parents:
                broken.append(f"{page.relative_to(site)}: {value}")
            elif target.suffix == ".html":
                queue.append(target)
    assert broken == []
    assert {p.resolve() for p in pages} == {p.resolve() for p in seen}, "pages no link leads to"
    assert len(pages) > 20


def test_no_page_requests_anything_from_elsewhere_or_runs_a_script(site):
    for path in site.rglob("*.html"):
        page = parse(path)
        assert "script" not in page.tags and "iframe" not in page.tags and "object" not in page.tags, path
        assert page.csp == STATIC_CSP, path
        assert "default-src 'none'" in page.csp
        for tag, attribute, value in page.references:
            scheme = urlsplit(value).scheme
            # The only absolute URL is the SVG namespace, which is a name and never fetched.
            assert scheme == "" or (value == "http://www.w3.org/2000/svg" and attribute == "xmlns") or scheme == "data", (path, tag, value)
            assert not value.startswith("//"), (path, value)
        for style in page.styles:
            assert "url(" not in style and "@import" not in style, path


def test_the_index_links_every_journey_persona_and_department(site):
    index = {value for _, _, value in parse(site / "index.html").references}
    assert {f"journeys/{p.name}" for p in (site / "journeys").iterdir()} <= index
    personas = {value for _, _, value in parse(site / "personas.html").references}
    assert {f"personas/{p.name}" for p in (site / "personas").iterdir()} <= personas
    owners = {value for _, _, value in parse(site / "owners.html").references}
    assert {f"owners/{p.name}" for p in (site / "owners").iterdir()} <= owners
