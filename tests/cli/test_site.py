"""`journeymap site`: what it writes, in which language, and what it refuses."""

from __future__ import annotations

import shutil
from pathlib import Path


from .conftest import PORTFOLIO


def files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_the_site_of_the_examples(cli, maps, tmp_path):
    result = cli("site", "examples/", "-o", "site/")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("wrote ") and "site/index.html" in result.stdout
    site = tmp_path / "site"
    for name in ("index.html", "index-score-asc.html", "personas.html", "owners.html", "heatmap.html",
                 "journeys/weak-signup.html", "journeys/coffee-subscription.ja.html", "personas/kenji.html",
                 "owners/support.html"):
        assert (site / name).is_file(), name
    # Maps are only read: nothing is written beside them.
    assert sorted(p.name for p in maps.iterdir()) == sorted(PORTFOLIO)


def test_the_same_maps_give_the_same_bytes(cli, maps, tmp_path):
    assert cli("site", "examples", "-o", "one").exit_code == 0
    assert cli("site", "examples", "-o", "two").exit_code == 0
    assert files(tmp_path / "one") == files(tmp_path / "two")


def test_a_persona_shared_through_ref_is_one_persona_in_both_journeys(cli, maps, tmp_path):
    assert cli("site", "examples", "-o", "site").exit_code == 0
    kenji = (tmp_path / "site" / "personas" / "kenji.html").read_text(encoding="utf-8")
    assert "../journeys/coffee-subscription.ja.html" in kenji and "../journeys/coffee-gift.ja.html" in kenji
    assert "examples/personas/kenji.yaml" in kenji
    assert len(list((tmp_path / "site" / "personas").glob("kenji*.html"))) == 1


def test_a_department_sees_its_work_most_urgent_first(cli, maps, tmp_path):
    assert cli("site", "examples", "-o", "site").exit_code == 0
    page = (tmp_path / "site" / "owners" / "product.html").read_text(encoding="utf-8")
    import re

    opportunities = page.split("<h2>", 2)[1]
    scores = [float(s) for s in re.findall(r'class="band band-\w+">\w+ ([\d.]+)<', opportunities)]
    assert scores and scores == sorted(scores, reverse=True)
    assert "Address lookup" in page  # weak-signup's sign-up form belongs to product


def test_japanese_maps_give_a_japanese_site(cli, maps, tmp_path):
    ja = tmp_path / "ja"
    (ja / "personas").mkdir(parents=True)
    for name in ("coffee-subscription.ja.yaml", "coffee-gift.ja.yaml"):
        shutil.copy(maps / name, ja / name)
    shutil.copy(maps / "personas" / "kenji.yaml", ja / "personas" / "kenji.yaml")
    assert cli("site", "ja", "-o", "site-ja").exit_code == 0
    index = (tmp_path / "site-ja" / "index.html").read_text(encoding="utf-8")
    assert '<html lang="ja">' in index and "カスタマージャーニー一覧" in index and "ヒートマップ" in index
    heat = (tmp_path / "site-ja" / "heatmap.html").read_text(encoding="utf-8")
    assert "認知" in heat and "推奨・口コミ" in heat
    # --lang wins over the maps.
    assert cli("site", "ja", "-o", "site-en", "--lang", "en").exit_code == 0
    assert '<html lang="en">' in (tmp_path / "site-en" / "index.html").read_text(encoding="utf-8")


def test_an_english_site_draws_each_journey_in_its_own_language(cli, maps, tmp_path):
    assert cli("site", "examples", "-o", "site").exit_code == 0
    assert '<html lang="en">' in (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert '<html lang="ja">' in (tmp_path / "site" / "journeys" / "coffee-gift.ja.html").read_text(encoding="utf-8")


def test_a_map_with_errors_gets_a_page_with_its_findings_and_exit_1(cli, maps, tmp_path):
    (maps / "broken.yaml").write_text("journeymap: 1\ntitle: Broken\nstages: [{id: a, name: A, colour: red}]\n", encoding="utf-8")
    result = cli("site", "examples", "-o", "site")
    assert result.exit_code == 1
    assert "E102" in result.stderr and "1 map has errors" in result.stderr
    page = (tmp_path / "site" / "journeys" / "broken.html").read_text(encoding="utf-8")
    assert "E102" in page and "examples/broken.yaml:3" in page
    assert "journeys/broken.html" in (tmp_path / "site" / "index.html").read_text(encoding="utf-8")


def test_map_text_cannot_carry_markup_into_the_site(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "maps").mkdir()
    (tmp_path / "maps" / "x.yaml").write_text(
        "journeymap: 1\ntitle: '<script>alert(1)</script>'\npersonas: [{id: p, name: '<img src=x onerror=alert(1)>'}]\n"
        "stages:\n  - id: a\n    name: '</td><script>'\n    touchpoints:\n"
        "      - {id: t, name: T, owner: '<b>sales</b>', emotion: -1, pain_points: ['\"><script>'], opportunities: ['<a href=//evil>']}\n",
        encoding="utf-8",
    )
    assert cli("site", "maps", "-o", "site").exit_code == 0
    for page in (tmp_path / "site").rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert "<script" not in text and "<img" not in text and "<a href=//evil" not in text and "<b>sales" not in text, page


def test_pages_of_maps_gone_are_removed_and_nothing_else(cli, maps, tmp_path):
    assert cli("site", "examples", "-o", "site").exit_code == 0
    (tmp_path / "site" / "notes.html").write_text("mine", encoding="utf-8")
    (maps / "weak-signup.yaml").unlink()
    assert cli("site", "examples", "-o", "site").exit_code == 0
    assert not (tmp_path / "site" / "journeys" / "weak-signup.html").exists()
    assert not (tmp_path / "site" / "personas" / "lena.html").exists()
    assert (tmp_path / "site" / "notes.html").read_text(encoding="utf-8") == "mine"


def test_refuses_a_file_as_the_site_folder_and_never_writes_over_a_map(cli, maps, tmp_path):
    before = (maps / "weak-signup.yaml").read_bytes()
    result = cli("site", "examples", "-o", "examples/weak-signup.yaml")
    assert result.exit_code == 2 and "it is a journey map" in result.stderr
    assert (maps / "weak-signup.yaml").read_bytes() == before
    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    result = cli("site", "examples", "-o", "notes.txt")
    assert result.exit_code == 2 and "the site needs a directory" in result.stderr


def test_no_maps_is_a_usage_error(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "empty").mkdir()
    result = cli("site", "empty", "-o", "site")
    assert result.exit_code == 2 and "no journey maps under empty" in result.stderr
    assert not (tmp_path / "site").exists()
