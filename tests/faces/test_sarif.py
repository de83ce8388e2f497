"""SARIF output validates against the official OASIS SARIF 2.1.0 schema (tests/data)."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from journeymap.check.codes import entries

from ..conftest import ROOT

SCHEMA = json.loads((Path(__file__).parent.parent / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))


@pytest.fixture
def sarif(cli, monkeypatch):
    monkeypatch.chdir(ROOT)

    def run(*paths: str) -> dict:
        result = cli("check", *paths, "--format", "sarif")
        return json.loads(result.stdout)

    return run


def test_the_schema_is_the_official_one():
    assert SCHEMA["id"] == "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"


@pytest.mark.parametrize(
    "paths",
    [("examples/weak-signup.yaml",), ("examples",), ("tests/cases/structural",), ("tests/cases/structural/e113-empty.yaml",)],
)
def test_output_validates_against_the_official_schema(sarif, paths):
    document = sarif(*paths)
    jsonschema.Draft4Validator(SCHEMA).validate(document)
    run = document["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]


def test_every_rule_carries_its_documentation(sarif):
    rules = sarif("examples/weak-signup.yaml")["runs"][0]["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == [e.code for e in entries()]
    w204 = next(r for r in rules if r["id"] == "W204")
    assert w204["name"] == "single-channel-stage"
    assert "## Why it matters" in w204["help"]["markdown"]
    assert w204["defaultConfiguration"]["level"] == "warning"
    assert next(r for r in rules if r["id"] == "I301")["defaultConfiguration"]["level"] == "note"


def test_results_point_at_the_finding(sarif):
    results = sarif("examples/weak-signup.yaml")["runs"][0]["results"]
    critical = next(r for r in results if r["ruleId"] == "W211")
    location = critical["locations"][0]["physicalLocation"]
    assert location["artifactLocation"] == {"uri": "examples/weak-signup.yaml", "uriBaseId": "%SRCROOT%"}
    assert location["region"]["startLine"] == 82
    assert "George" in critical["message"]["text"]


def test_unreadable_input_is_reported_as_a_failed_invocation(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "empty").mkdir()
    result = cli("check", "empty", "-f", "sarif")
    assert result.exit_code == 2
    document = json.loads(result.stdout)
    jsonschema.Draft4Validator(SCHEMA).validate(document)
    invocation = document["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    assert "no journey maps under empty" in invocation["toolExecutionNotifications"][0]["message"]["text"]


def test_non_ascii_paths_are_valid_uris(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "カスタマー ジャーニー.yaml").write_text("journeymap: 1\ntitle: T\nstages: [{id: s, name: S}]\n")
    document = json.loads(cli("check", "カスタマー ジャーニー.yaml", "-f", "sarif").stdout)
    uri = document["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == "%E3%82%AB%E3%82%B9%E3%82%BF%E3%83%9E%E3%83%BC%20%E3%82%B8%E3%83%A3%E3%83%BC%E3%83%8B%E3%83%BC.yaml"
