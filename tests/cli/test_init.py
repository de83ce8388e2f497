"""`journeymap init`: a commented template that checks without errors, never over a file."""

from __future__ import annotations

import json

import pytest

from journeymap.cli.scaffold import LANGUAGES, TEMPLATES, template_text


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("template", TEMPLATES)
def test_init_then_check_shows_only_the_reminder_that_scores_are_hypotheses(cli, tmp_path, monkeypatch, lang, template):
    monkeypatch.chdir(tmp_path)
    result = cli("init", "--lang", lang, "--template", template)
    assert result.exit_code == 0
    wrote = ["wrote journey.yaml", "wrote journeymap.schema.json"]
    if lang == "ja":  # --lang is the language of the template and of what init says
        wrote = ["journey.yaml を書き出し", "journeymap.schema.json を書き出し"]
    assert result.stdout.splitlines()[:2] == wrote
    checked = cli("check", "journey.yaml", "-f", "json")
    assert checked.exit_code == 0
    # A fresh template is a clean start: what check reports later is what the team changed.
    assert [f["code"] for f in json.loads(checked.stdout)["findings"]] == ["I301"]


def test_japanese_template_has_japanese_stage_names_and_comments(tmp_path):
    text = template_text("basic", "ja")
    assert "name: 認知" in text and "name: 推奨・口コミ" in text
    assert "# 顧客が体験する順に並べる" in text
    assert text.startswith("# yaml-language-server: $schema=journeymap.schema.json")


def test_every_template_explains_its_fields_in_comments():
    text = template_text("basic", "en")
    for field in ("journeymap:", "scale:", "personas:", "channels:", "stages:", "touchpoints:", "owner:", "emotion:", "values:"):
        line = next(l for l in text.splitlines() if l.strip().startswith(field) or f" {field}" in l)
        assert "#" in line, f"no comment explains {field}"


def test_never_overwrites(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "journey.yaml").write_text("mine\n")
    result = cli("init")
    assert result.exit_code == 2
    assert "already exists" in result.stderr
    assert (tmp_path / "journey.yaml").read_text() == "mine\n"


def test_existing_schema_file_is_kept_and_directories_are_created(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "maps").mkdir()
    (tmp_path / "maps" / "journeymap.schema.json").write_text("{}")
    result = cli("init", "maps/team/new.yml")
    assert result.exit_code == 0
    assert (tmp_path / "maps" / "team" / "new.yml").exists()
    assert (tmp_path / "maps" / "journeymap.schema.json").read_text() == "{}"


def test_refuses_names_that_are_not_yaml(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert cli("init", "map.txt").exit_code == 2
