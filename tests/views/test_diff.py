"""`journeymap diff`: two files, or a file against git, in customer terms."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from ..conftest import EXAMPLES

BASE = (EXAMPLES / "weak-signup.yaml").read_text(encoding="utf-8")


def git(cwd, *args):
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


@pytest.fixture
def repo(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    git(tmp_path, "init", "-q")
    git(tmp_path, "config", "user.email", "test@example.com")
    git(tmp_path, "config", "user.name", "Test")
    (tmp_path / "maps").mkdir()
    (tmp_path / "maps" / "map.yaml").write_text(BASE, encoding="utf-8")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-qm", "first map")
    return tmp_path


def edit(path, *replacements):
    text = path.read_text(encoding="utf-8")
    for old, new in replacements:
        assert old in text, old
        text = text.replace(old, new)
    path.write_text(text, encoding="utf-8")


def test_a_changed_score_and_a_renamed_stage_against_head(cli, repo):
    edit(
        repo / "maps" / "map.yaml",
        ("name: Compare plans", "name: Compare"),
        ("emotion: {lena: 2, george: -1}", "emotion: {lena: 2, george: 1}"),
    )
    result = cli("diff", "maps/map.yaml", "--rev", "HEAD")
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert out.startswith("maps/map.yaml: HEAD → working tree\n")
    assert "stage 'Compare plans' renamed to 'Compare'" in out
    assert "'Plans page' in 'Compare': -1 → +1 for George" in out
    assert "'Compare' rose from -1 to +1 for George" in out
    # Findings follow the stage through its rename: the ones the score change fixed are resolved,
    # and the only new one is what the change caused (a steeper fall into Sign-up for George).
    assert "resolved W201 low-stage-emotion: the 'Compare plans' stage averages -1 for George" in out
    new = [line for line in out.splitlines() if line.startswith("  new ")]
    assert new == ["  new      W202 emotion-cliff: emotion falls from 1 in 'Compare' to -2 in 'Sign-up' for George"]


def test_the_path_is_resolved_from_the_repository_root_wherever_you_are(cli, repo, monkeypatch):
    monkeypatch.chdir(repo / "maps")
    edit(repo / "maps" / "map.yaml", ("name: Sign-up\n", "name: Subscribe\n"))
    assert "stage 'Sign-up' renamed to 'Subscribe'" in cli("diff", "map.yaml", "--rev", "HEAD").stdout


def test_fail_on_regression(cli, repo):
    edit(repo / "maps" / "map.yaml", ("emotion: {lena: 1, george: 1}", "emotion: {lena: -2, george: 1}"))
    result = cli("diff", "maps/map.yaml", "--rev", "HEAD", "--fail-on-regression")
    assert result.exit_code == 1
    assert "'Awareness' fell from +1 to -2 for Lena" in result.stdout
    assert "regression: 'Awareness' fell for Lena" in result.stderr
    assert cli("diff", "maps/map.yaml", "--rev", "HEAD").exit_code == 0  # without the flag: report only


def test_added_removed_and_moved_items(cli, repo, tmp_path):
    new = tmp_path / "new.yaml"
    text = BASE.replace(
        "  - id: interest\n    name: Reminder ads\n    phase: interest\n\n", ""
    ).replace(
        "  - id: awareness\n", "  - id: interest\n    name: Reminder ads\n    phase: interest\n\n  - id: awareness\n", 1
    )
    text = text.replace(
        "      - id: confirmation-page\n        name: Confirmation page\n        channel: web\n",
        "      - id: confirmation-page\n        name: Confirmation page\n        channel: email\n        owner: product\n",
    )
    text = text.replace("  - id: george\n", "  - id: priya\n    name: Priya (26)\n  - id: george\n")
    text = text.replace("pain_points: [Postcode check rejects valid addresses]", "pain_points: [Postcode check rejects valid addresses, Too many fields]")
    new.write_text(text, encoding="utf-8")
    result = cli("diff", "maps/map.yaml", str(new), "-f", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    texts = [c["text"] for c in data["structure"]]
    assert "persona 'Priya (26)' added" in texts
    assert "stage 'Reminder ads' moved at the start" in texts
    assert "'Confirmation page': channel web → email" in texts
    assert "'Confirmation page': owner none → product" in texts
    assert {"stage": "Sign-up", "touchpoint": "Sign-up form", "field": "pain point",
            "added": ["Too many fields"], "removed": []} in data["lists"]
    resolved = {f["code"] for f in data["resolved"]}
    assert {"W204", "W207", "I303"} <= resolved


def test_markdown_is_a_pull_request_comment(cli, repo):
    edit(repo / "maps" / "map.yaml", ("emotion: {lena: 1, george: 1}", "emotion: {lena: -2, george: 1}"))
    md = cli("diff", "maps/map.yaml", "--rev", "HEAD", "-f", "md").stdout
    assert md.startswith("### journeymap: `maps/map.yaml` (HEAD → working tree)")
    assert "| Awareness | Lena | +1 | -2 | ▼ -3 |" in md


def test_no_changes(cli, repo):
    edit(repo / "maps" / "map.yaml", ("# A demonstration map", "# A demonstration map, reworded comment"))
    assert "No changes in customer terms" in cli("diff", "maps/map.yaml", "--rev", "HEAD").stdout


def test_a_map_new_since_the_revision_is_all_additions(cli, repo):
    shutil.copy(EXAMPLES / "call-centre-support.yaml", repo / "maps" / "new.yaml")
    out = cli("diff", "maps/new.yaml", "--rev", "HEAD").stdout
    assert out.startswith("maps/new.yaml: HEAD (the file did not exist) → working tree\n")
    assert "stage 'Something is wrong' added at the start" in out


@pytest.mark.parametrize(
    "args, message",
    [
        (("maps/map.yaml", "--rev", "nope"), "unknown revision 'nope'"),
        (("maps/map.yaml",), "give two files"),
        (("maps/map.yaml", "maps/map.yaml", "--rev", "HEAD"), "give two files"),
        (("maps/missing.yaml", "--rev", "HEAD"), "maps/missing.yaml: no such file or directory"),
    ],
)
def test_usage_errors(cli, repo, args, message):
    result = cli("diff", *args)
    assert result.exit_code == 2
    assert message in result.stderr


def test_outside_a_repository(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "m.yaml").write_text(BASE, encoding="utf-8")
    result = cli("diff", "m.yaml", "--rev", "HEAD")
    assert result.exit_code == 2 and "not inside a git repository" in result.stderr


def test_a_repository_without_commits_says_so_instead_of_suggesting_head(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    git(tmp_path, "init", "-q")
    (tmp_path / "m.yaml").write_text(BASE, encoding="utf-8")
    result = cli("diff", "m.yaml", "--rev", "HEAD")
    assert result.exit_code == 2 and "has no commits yet" in result.stderr and "try HEAD" not in result.stderr


def test_an_invalid_version_is_reported_not_compared(cli, repo):
    edit(repo / "maps" / "map.yaml", ("title: Pantry Box", "titel: Pantry Box"))
    result = cli("diff", "maps/map.yaml", "--rev", "HEAD")
    assert result.exit_code == 1
    assert "E102 unknown-field" in result.stderr and "the working tree version has errors" in result.stderr
