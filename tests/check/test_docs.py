"""Generated documentation is committed up to date (run `make docs` to regenerate)."""

from __future__ import annotations

import re

import pytest

from journeymap.check.docs import generated_files

from ..conftest import ROOT

FILES = generated_files(ROOT)


@pytest.mark.parametrize("path", sorted(FILES), ids=lambda p: p.name)
def test_generated_doc_is_up_to_date(path):
    assert path.exists(), f"{path.relative_to(ROOT)} is missing: run `make docs`"
    assert path.read_text(encoding="utf-8") == FILES[path], f"{path.relative_to(ROOT)} is stale: run `make docs`"


def test_format_reference_names_every_field():
    from journeymap.load import spec

    text = FILES[ROOT / "docs" / "format.md"]
    for obj in spec.OBJECTS_BY_NAME.values():
        assert f"### {obj.name}" in text
        for field in obj.fields:
            assert f"| `{field.name}` |" in text


def test_every_yaml_map_in_the_docs_loads_as_pasted():
    """A reader copies a map from the docs into a file: it must load without errors."""
    from journeymap.load.loader import MapLoader

    checked = 0
    for path in sorted((ROOT / "docs").glob("*.md")) + [ROOT / "README.md"]:
        text = path.read_text(encoding="utf-8")
        for block in re.findall(r"^```yaml\n(.*?)^```", text, flags=re.S | re.M):
            if not block.startswith("journeymap:"):
                continue  # a fragment (one stage, a config file), not a whole map
            loaded = MapLoader().load_text(block, f"{path.name}")
            errors = [f"{f.code} {f.message}" for f in loaded.findings if f.severity.value == "error"]
            assert not errors, (path.name, block[:60], errors)
            checked += 1
    assert checked >= 2  # at least the small map of docs/format.md and the README's
