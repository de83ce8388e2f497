"""Current beside future: `report --compare`, `render --compare` and `--compare-rev` from git."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from ..conftest import EXAMPLES, ROOT

MEAL_CURRENT = "examples/meal-kit.current.yaml"
MEAL_FUTURE = "examples/meal-kit.future.yaml"
GROCERY_CURRENT = "examples/online-grocery.current.ja.yaml"
GROCERY_FUTURE = "examples/online-grocery.future.ja.yaml"


@pytest.fixture
def at_root(monkeypatch):
    monkeypatch.chdir(ROOT)


def _ids(items):
    return [item["id"] for item in items]


def test_report_compare_lists_what_the_future_realises_checked_by_hand(cli, at_root):
    # Read off the two files by hand: the current map has ten opportunities; the future map's
    # touchpoints name seven of them in `realises:`. Of the eight pain points, six are named in
    # `removes:`, one is under `accepted_pains:` and one is left.
    result = cli("report", MEAL_FUTURE, "--compare", MEAL_CURRENT, "--format", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert (data["before_label"], data["after_label"]) == (MEAL_CURRENT, MEAL_FUTURE)
    assert _ids(data["realised"]) == [
        "price-in-spot", "leaflet-phone", "printable-sheet", "menu-first", "address-lookup", "phone-signup", "delivery-date",
    ]
    assert _ids(data["unrealised"]) == ["cap-banners", "one-hour-slots", "phone-changes"]
    assert data["realised"][4]["by"] == ["Sign-up in the app"]
    assert _ids(data["removed"]) == [
        "banner-fatigue", "small-print", "card-before-menu", "postcode-rejected", "fourteen-fields", "no-delivery-date",
    ]
    assert _ids(data["accepted"]) == ["four-hour-window"]
    assert data["accepted"][0]["reason"].startswith("The courier sets the window")
    assert _ids(data["remaining"]) == ["email-only-changes"]
    stages = {stage["id"]: stage for stage in data["stages"]}
    # George (second persona) at Compare plans: -1 today, +1 in the redesign.
    assert stages["consideration"]["before"][1] == -1 and stages["consideration"]["after"][1] == 1
    assert stages["consideration"]["change"][1] == 2
    assert stages["support"]["status"] == "added" and stages["interest"]["status"] == "removed"
    assert data["cx_before"] < data["cx_after"]


def test_the_map_that_says_current_is_the_before_whichever_is_named_first(cli, at_root):
    one = cli("report", MEAL_FUTURE, "--compare", MEAL_CURRENT, "--format", "json").stdout
    other = cli("report", MEAL_CURRENT, "--compare", MEAL_FUTURE, "--format", "json").stdout
    assert one == other


def test_report_compare_as_text_and_markdown(cli, at_root):
    text = cli("report", MEAL_FUTURE, "--compare", MEAL_CURRENT).stdout
    assert "Opportunities realised (7 of 10)" in text
    assert "Opportunities not realised (3 of 10)" in text
    assert "  · One-hour delivery slots — First box / First delivery" in text
    assert "Pain points remaining (1 of 8)" in text
    markdown = cli("report", MEAL_FUTURE, "--compare", MEAL_CURRENT, "--format", "md").stdout
    assert "- [x] Address lookup — Sign-up / Sign-up form · by 'Sign-up in the app'" in markdown
    assert "- [ ] Cap the banners at three a week — Reminder ads / Retargeting banners" in markdown
    assert "| Compare plans | +0.5 → +2 (+1.5) | -1 → +1 (+2) |" in markdown


def test_report_compare_speaks_the_maps_japanese(cli, at_root):
    result = cli("report", GROCERY_FUTURE, "--compare", GROCERY_CURRENT)
    assert result.exit_code == 0, result.stderr
    assert "実現した改善機会（9 件中 8 件）" in result.stdout
    assert "実現していない改善機会（9 件中 1 件）" in result.stdout
    assert "許容したペインポイント（8 件中 1 件）" in result.stdout


@pytest.mark.parametrize(
    "name, future, current",
    [("meal-kit", MEAL_FUTURE, MEAL_CURRENT), ("online-grocery.ja", GROCERY_FUTURE, GROCERY_CURRENT)],
)
def test_the_overlay_poster(cli, at_root, golden, name, future, current):
    result = cli("render", future, "--compare", current, "-o", "-", "--format", "svg")
    assert result.exit_code == 0, result.stderr
    svg = result.stdout
    assert svg.count('class="jm-before"') == 1 and 'stroke-dasharray="7 5"' in svg
    golden(f"render/compare-{name}.svg", svg)


def test_the_overlay_in_every_poster_format(cli, at_root, tmp_path):
    for ending in ("html", "png", "pdf"):
        target = tmp_path / f"out.{ending}"
        result = cli("render", MEAL_FUTURE, "--compare", MEAL_CURRENT, "-o", str(target))
        assert result.exit_code == 0, result.stderr
        assert target.stat().st_size > 1000
    fitted = cli("render", MEAL_FUTURE, "--compare", MEAL_CURRENT, "--fit", "16:9", "-o", "-", "--format", "svg")
    assert 'class="jm-before"' in fitted.stdout


@pytest.mark.parametrize(
    "args, message",
    [
        (["--compare", MEAL_CURRENT, "--compare-rev", "HEAD"], "give --compare OTHER or --compare-rev REV, not both"),
        (["--compare", MEAL_CURRENT, "--format", "mermaid"], "use --format svg, html, png or pdf"),
        (["--compare", "examples/nowhere.yaml"], "nowhere.yaml"),
    ],
)
def test_render_compare_usage_errors(cli, at_root, args, message):
    result = cli("render", MEAL_FUTURE, *args, "-o", "-")
    assert result.exit_code == 2
    assert message in result.stderr


def test_render_compare_draws_one_map(cli, at_root):
    result = cli("render", MEAL_FUTURE, GROCERY_FUTURE, "--compare", MEAL_CURRENT, "-o", "-")
    assert result.exit_code == 2 and "give one FILE" in result.stderr


# -- --compare-rev: the map as it was at a git revision -----------------------------------------


def git(cwd, *args):
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


@pytest.fixture
def repo(tmp_path, monkeypatch):
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    monkeypatch.chdir(tmp_path)
    git(tmp_path, "init", "-q")
    git(tmp_path, "config", "user.email", "test@example.com")
    git(tmp_path, "config", "user.name", "Test")
    maps = tmp_path / "maps"
    maps.mkdir()
    text = (EXAMPLES / "meal-kit.current.yaml").read_text(encoding="utf-8")
    text = text.replace("counterpart: meal-kit.future.yaml\n", "")
    (maps / "map.yaml").write_text(text, encoding="utf-8")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-qm", "as it was")
    changed = text.replace("emotion: {lena: 2, george: -1}", "emotion: {lena: 2, george: 1}")
    assert changed != text
    (maps / "map.yaml").write_text(changed, encoding="utf-8")
    git(tmp_path, "commit", "-qam", "as it is")
    return tmp_path


def test_compare_rev_from_a_subdirectory(cli, repo, monkeypatch):
    monkeypatch.chdir(repo / "maps")
    result = cli("render", "map.yaml", "--compare-rev", "HEAD~1", "-o", "-", "--format", "svg")
    assert result.exit_code == 0, result.stderr
    assert 'class="jm-before"' in result.stdout and "HEAD~1" in result.stdout
    report = cli("report", "map.yaml", "--compare-rev", "HEAD~1", "--format", "json")
    assert report.exit_code == 0, report.stderr
    data = json.loads(report.stdout)
    assert data["before_label"] == "HEAD~1"
    changed = [stage for stage in data["stages"] if any(c for c in stage["change"] if c)]
    assert [stage["id"] for stage in changed] == ["consideration"]


def test_compare_rev_from_another_directory_of_the_repository(cli, repo, monkeypatch):
    (repo / "elsewhere").mkdir()
    monkeypatch.chdir(repo / "elsewhere")
    result = cli("report", "../maps/map.yaml", "--compare-rev", "HEAD~1")
    assert result.exit_code == 0, result.stderr
    assert "HEAD~1 → working tree" in result.stdout


def test_compare_rev_says_when_the_revision_does_not_exist(cli, repo):
    result = cli("render", "maps/map.yaml", "--compare-rev", "no-such-rev", "-o", "-")
    assert result.exit_code == 2
    assert "no-such-rev" in result.stderr and "Traceback" not in result.stderr


def test_compare_rev_says_when_the_file_did_not_exist_there(cli, repo):
    (repo / "maps" / "new.yaml").write_text((repo / "maps" / "map.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    result = cli("render", "maps/new.yaml", "--compare-rev", "HEAD", "-o", "-")
    assert result.exit_code == 2
    assert "maps/new.yaml did not exist at HEAD: there is nothing to compare with" in result.stderr
    report = cli("report", "maps/new.yaml", "--compare-rev", "HEAD~1")
    assert report.exit_code == 2 and "did not exist at HEAD~1" in report.stderr


def test_compare_rev_outside_a_repository(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    shutil.copy(EXAMPLES / "meal-kit.current.yaml", tmp_path / "map.yaml")
    result = cli("report", "map.yaml", "--compare-rev", "HEAD")
    assert result.exit_code == 2 and "not inside a git repository" in result.stderr
