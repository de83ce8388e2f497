"""The JSON Schema and the loader agree: on every example and every invalid case."""

from __future__ import annotations

import json

import jsonschema
import pytest

from journeymap.load.build import plain
from journeymap.load.compose import compose
from journeymap.load.schema import build_schema

from ..conftest import EXAMPLES, ROOT

# Codes a JSON Schema can express; others (scale bounds, ids, personas, refs, YAML features) it cannot.
SCHEMA_CODES = {"E102", "E103", "E108", "E110", "E111"}
VALIDATOR = jsonschema.Draft202012Validator(build_schema())


def as_data(path):
    return plain(compose(path.read_text(encoding="utf-8"), str(path)).root)


def test_schema_is_a_valid_draft_2020_12_schema():
    jsonschema.Draft202012Validator.check_schema(build_schema())


@pytest.mark.parametrize("example", sorted(EXAMPLES.glob("*.yaml")), ids=lambda p: p.name)
def test_every_example_is_valid_under_the_schema(example):
    errors = list(VALIDATOR.iter_errors(as_data(example)))
    assert not errors, [e.message for e in errors]


def _schema_cases():
    from .test_structural_cases import CASE_FILES, expected

    for case in CASE_FILES:
        found = {code for code, *_ in expected(case)}
        if found and found <= SCHEMA_CODES and "personas/" not in case.read_text():
            yield case


@pytest.mark.parametrize("case", list(_schema_cases()), ids=lambda p: p.stem)
def test_every_schema_expressible_invalid_case_is_rejected_by_the_schema(case):
    assert list(VALIDATOR.iter_errors(as_data(case))), f"the schema accepts {case.name}, the loader does not"


def test_schema_describes_every_field():
    schema = build_schema()
    objects = [schema, *schema["$defs"].values()]
    for obj in objects:
        for name, prop in obj["properties"].items():
            assert prop.get("description"), name


def test_schema_command_prints_the_committed_schema(cli):
    result = cli("schema")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == build_schema()
    assert result.stdout == (ROOT / "docs" / "journeymap.schema.json").read_text(encoding="utf-8")
