"""Generated documentation is committed up to date (run `make docs` to regenerate)."""

from __future__ import annotations

import pytest

from journeymap.docgen import generated_files

from .conftest import ROOT

FILES = generated_files(ROOT)


@pytest.mark.parametrize("path", sorted(FILES), ids=lambda p: p.name)
def test_generated_doc_is_up_to_date(path):
    assert path.exists(), f"{path.relative_to(ROOT)} is missing: run `make docs`"
    assert path.read_text(encoding="utf-8") == FILES[path], f"{path.relative_to(ROOT)} is stale: run `make docs`"


def test_format_reference_names_every_field():
    from journeymap import spec

    text = FILES[ROOT / "docs" / "format.md"]
    for obj in spec.OBJECTS_BY_NAME.values():
        assert f"### {obj.name}" in text
        for field in obj.fields:
            assert f"| `{field.name}` |" in text
