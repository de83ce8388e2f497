"""`journeymap check` as users and CI pipelines run it."""

from __future__ import annotations

import json
import re
import os
import shutil

import pytest

from journeymap.faces.github import escape_data, escape_property

from ..conftest import CLEAN_MAP, EXAMPLES, ROOT

FOUR_PROBLEMS = """\
journeymap: 1
title: Four problems in one run
personas:
  - id: aiko
    name: Aiko
stages:
  - id: awareness
    name: Awareness
    name: Discovery
    touchpoint: []
    touchpoints:
      - id: ad
        name: Ad
        emotion: {aiko: 7, kenji: 1}
"""


@pytest.fixture
def four(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "map.yaml").write_text(FOUR_PROBLEMS)
    return "map.yaml"


def test_four_problems_four_findings_at_their_positions(cli, four):
    result = cli("check", four, "--format", "json")
    assert result.exit_code == 1
    findings = json.loads(result.stdout)["findings"]
    assert [(f["code"], f["line"], f["column"]) for f in findings] == [
        ("E101", 9, 5),
        ("E102", 10, 5),
        ("E104", 14, 25),
        ("E106", 14, 28),
    ]


def test_text_output_shows_the_line_a_caret_the_hint_and_a_summary(cli, four):
    result = cli("check", four)
    assert result.exit_code == 1
    out = result.stdout
    assert "error E102 unknown-field: unknown field `touchpoint` in a stage" in out
    assert " --> map.yaml:10:5" in out
    assert "10 |     touchpoint: []\n   |     ^^^^^^^^^^\n" in out
    assert "hint: did you mean `touchpoints`?" in out
    assert "hint: did you mean 'kenji'" not in out  # kenji is not close to anything known
    assert "known personas: aiko" in out
    assert out.rstrip().endswith("Checked 1 file: 4 errors.")
    assert "\x1b[" not in out


def test_caret_is_aligned_under_japanese_text(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "ja.yaml").write_text(
        "journeymap: 1\ntitle: 地図\nstages:\n  - {id: 認知, name: 認知}\n", encoding="utf-8"
    )
    out = cli("check", "ja.yaml").stdout
    assert "4 |   - {id: 認知, name: 認知}\n  |          ^^^^\n" in out
    # `  - {id: ` is 9 columns; the caret starts after them and covers 認知, 4 columns wide.


def test_json_findings_have_every_documented_key(cli, four):
    document = json.loads(cli("check", four, "-f", "json").stdout)
    assert list(document) == ["version", "files", "findings", "summary", "problems"]
    assert document["files"] == ["map.yaml"]
    assert document["summary"] == {"errors": 4, "warnings": 0, "infos": 0, "files": 1}
    for finding in document["findings"]:
        assert set(finding) == {
            "path", "line", "column", "end_line", "end_column", "code", "name", "severity", "message", "hint"
        }
        assert finding["severity"] == "error"


def test_github_format_is_workflow_commands(cli, four):
    lines = cli("check", four, "-f", "github").stdout.splitlines()
    assert lines[0].startswith("::error file=map.yaml,line=9,col=5,endLine=9,endColumn=9,title=E101 duplicate-key::")
    assert "%0Ahint: " in lines[0]
    assert all(line.startswith("::") for line in lines)  # only workflow commands on stdout


def test_machine_formats_keep_the_summary_off_stdout(cli, four):
    for fmt in ("github", "concise", "json", "sarif"):
        result = cli("check", four, "-f", fmt)
        assert "Checked 1 file" not in result.stdout
        assert result.stderr == "Checked 1 file: 4 errors.\n"


def test_github_escaping():
    assert escape_data("50% done\r\nnext") == "50%25 done%0D%0Anext"
    assert escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"


def test_clean_file_exits_zero(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "clean.yaml").write_text(CLEAN_MAP)
    result = cli("check", "clean.yaml")
    assert result.exit_code == 0
    assert result.stdout == "Checked 1 file: no problems found.\n"


def test_warnings_alone_exit_zero_and_are_counted(cli, monkeypatch):
    monkeypatch.chdir(ROOT)
    result = cli("check", "examples/call-centre-support.yaml")
    assert result.exit_code == 0
    assert result.stdout.endswith("Checked 1 file: 4 warnings.\n")


def test_missing_path_is_one_line_and_exit_two(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = cli("check", "missing.yaml")
    assert result.exit_code == 2
    assert result.stderr == "journeymap: error: missing.yaml: no such file or directory\n"
    assert result.stdout == ""


def test_unknown_format_is_a_usage_error(cli):
    result = cli("check", "--format", "xml", ".")
    assert result.exit_code == 2
    assert "xml" in result.stderr


def test_directory_finds_maps_skips_other_yaml_and_hidden_dirs_in_sorted_order(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    good = "journeymap: 1\ntitle: T\nstages: [{id: s, name: S}]\n"
    for name in ("maps/b.yaml", "maps/a.yml", "maps/sub/c.yaml", "maps/.hidden/x.yaml",
                 "maps/node_modules/x.yaml", "maps/.venv/x.yaml"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(good)
    (tmp_path / "maps" / "workflow.yaml").write_text("on: push\njobs: {}\n")
    (tmp_path / "maps" / "notes.txt").write_text(good)
    document = json.loads(cli("check", "maps", "-f", "json").stdout)
    assert document["files"] == ["maps/a.yml", "maps/b.yaml", "maps/sub/c.yaml"]


def test_no_path_means_the_current_directory(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "m.yaml").write_text(CLEAN_MAP)
    assert cli("check").stdout == "Checked 1 file: no problems found.\n"


def test_directory_without_maps_is_a_usage_error(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "ci.yaml").write_text("on: push\n")
    result = cli("check", "empty")
    assert result.exit_code == 2
    assert "no journey maps under empty" in result.stderr


def test_a_named_file_that_is_not_a_map_is_an_error(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "ci.yaml").write_text("on: push\n")
    result = cli("check", "ci.yaml", "-f", "json")
    assert result.exit_code == 1
    assert [f["code"] for f in json.loads(result.stdout)["findings"]] == ["E113"]


def test_unreadable_file_exits_two_and_other_files_are_still_checked(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "ok.yaml").write_text("journeymap: 1\ntitle: T\nstages: [{id: s, name: S}]\n")
    (tmp_path / "dir.yaml").mkdir()  # a directory named like a map cannot be read as one
    result = cli("check", "dir.yaml/", "ok.yaml", "-f", "json")
    assert result.exit_code == 2


def test_internal_error_is_one_line_with_the_file_and_debug_shows_the_traceback(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "m.yaml").write_text("journeymap: 1\ntitle: T\nstages: [{id: s, name: S}]\n")

    def explode(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr("journeymap.load.semantics.check_journey", explode)
    monkeypatch.setattr("journeymap.load.loader.check_journey", explode)
    result = cli("check", "m.yaml")
    assert result.exit_code == 2
    assert "m.yaml: internal error (RuntimeError: boom); run with --debug for the traceback" in result.stderr
    with pytest.raises(RuntimeError):
        cli("--debug", "check", "m.yaml")


def test_same_input_same_bytes(cli, monkeypatch):
    monkeypatch.chdir(ROOT)
    first = cli("check", "tests/cases/structural", "-f", "json").stdout
    assert first == cli("check", "tests/cases/structural", "-f", "json").stdout


def test_check_never_changes_input_files(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    shutil.copytree(EXAMPLES, tmp_path / "examples")
    before = {p: p.read_bytes() for p in (tmp_path / "examples").rglob("*") if p.is_file()}
    cli("check", "examples")
    after = {p: p.read_bytes() for p in (tmp_path / "examples").rglob("*") if p.is_file()}
    assert before == after


def test_exclude_patterns_skip_directories_but_not_files_named_explicitly(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "journeymap.toml").write_text('exclude = ["maps/fixtures", "*.draft.yaml"]\n')
    good = "journeymap: 1\ntitle: T\nstages: [{id: s, name: S}]\n"
    for name in ("maps/a.yaml", "maps/fixtures/broken.yaml", "maps/b.draft.yaml"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(good)
    assert json.loads(cli("check", "maps", "-f", "json").stdout)["files"] == ["maps/a.yaml"]
    named = json.loads(cli("check", "maps/fixtures/broken.yaml", "-f", "json").stdout)
    assert named["files"] == ["maps/fixtures/broken.yaml"]


def test_github_annotations_escape_what_github_requires_end_to_end(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    name = "50% off: sale, now\\nand more"
    (tmp_path / "a,b:c.yaml").write_text(f'journeymap: 1\ntitle: T\nstages: [{{id: s, name: "{name}"}}]\n')
    out = cli("check", "a,b:c.yaml", "-f", "github", "--select", "W203").stdout
    line = out.splitlines()[0]
    assert line.startswith("::warning file=a%2Cb%3Ac.yaml,line=3,col=10,")
    assert "title=W203 empty-stage::the '50%25 off: sale, now%0Aand more' stage has no touchpoints" in line
    assert "\n" not in line


def test_a_missing_file_beside_others_is_reported_and_the_others_still_checked(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "ok.yaml").write_text(CLEAN_MAP)
    result = cli("check", "ok.yaml", "typo.yaml")
    assert result.exit_code == 2
    assert result.stderr == "journeymap: error: typo.yaml: cannot read: No such file or directory\n"
    assert result.stdout.endswith("Checked 1 of 2 files (1 could not be checked): no other problems.\n")


def test_a_pipe_named_like_a_map_is_skipped_when_walking_a_directory(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "ok.yaml").write_text(CLEAN_MAP)
    os.mkfifo(tmp_path / "pipe.yaml")  # opening it for reading would wait for a writer forever
    result = cli("check", ".")
    assert result.exit_code == 0 and result.stdout == "Checked 1 file: no problems found.\n"


def test_the_caret_stops_before_a_trailing_comment(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "m.yaml").write_text(
        "journeymap: 1\ntitle: T\nstages:\n  - id: s   # the first stage\n    name: S\n    touchpoints: []\n"
    )
    lines = cli("check", "m.yaml").stdout.splitlines()
    shown = lines.index("4 |   - id: s   # the first stage")
    assert lines[shown + 1] == "  |     ^^^^^"


def test_concise_is_one_line_per_finding_and_the_documented_problem_matcher_reads_it(cli, monkeypatch):
    import json as json_module
    import re as re_module

    from ..conftest import ROOT

    monkeypatch.chdir(ROOT)
    concise = cli("check", "examples/weak-signup.yaml", "-f", "concise").stdout.splitlines()
    findings = json_module.loads(cli("check", "examples/weak-signup.yaml", "-f", "json").stdout)["findings"]
    assert len(concise) == len(findings)
    docs = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")
    task = json_module.loads(docs.split("```json\n", 1)[1].split("```", 1)[0])
    pattern = task["tasks"][0]["problemMatcher"]["pattern"]
    for line, finding in zip(concise, findings):
        match = re_module.match(pattern["regexp"], line)
        assert match, line
        assert match[pattern["file"]] == finding["path"]
        assert (int(match[pattern["line"]]), int(match[pattern["column"]])) == (finding["line"], finding["column"])
        assert (match[pattern["code"]], match[pattern["severity"]]) == (finding["code"], finding["severity"])


def test_machine_formats_do_not_change_with_the_runners_locale(tmp_path):
    """A CI log and a JSON document are the same bytes under LANG=ja_JP.UTF-8 and LANG=C."""
    from ..conftest import ROOT, run_process

    outputs = {}
    for lang in ("C", "ja_JP.UTF-8"):
        for fmt in ("json", "sarif", "github", "concise"):
            result = run_process("check", "examples/weak-signup.yaml", "-f", fmt, cwd=ROOT, env={"LANG": lang, "LC_ALL": ""})
            outputs[lang, fmt] = result.stdout
    for fmt in ("json", "sarif", "github", "concise"):
        assert outputs["C", fmt] == outputs["ja_JP.UTF-8", fmt]
        if fmt != "sarif":  # SARIF carries each rule's documentation, which names 感覚的 and the like
            assert not re.search(r"[\u3040-\u30ff]", outputs["C", fmt])  # English unless asked


def test_japanese_terminal_messages_follow_the_locale_and_lang(cli, monkeypatch, golden):
    from ..conftest import ROOT

    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("LANG", "ja_JP.UTF-8")
    by_locale = cli("check", "examples/weak-signup.yaml")
    golden("check/weak-signup.ja.txt", by_locale.stdout)
    monkeypatch.setenv("LANG", "C")
    assert cli("check", "examples/weak-signup.yaml", "--lang", "ja").stdout == by_locale.stdout
    monkeypatch.setenv("JOURNEYMAP_LANG", "ja")
    assert cli("check", "examples/weak-signup.yaml").stdout == by_locale.stdout
    assert "Checked 1 file" in cli("check", "examples/weak-signup.yaml", "--lang", "en").stdout
