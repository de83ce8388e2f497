"""Extract, merge and compile journeymap's message catalogues with Babel (`make messages`).

    python tools/messages.py           # extract the template, merge it into every .po, compile the .mo files
    python tools/messages.py --check   # exit 1 when a catalogue is stale (tests/test_catalogues.py does the same)

What is extracted:
- every ``N_(…)``/``NP_(…)`` in journeymap/messages/, journeymap/rules/ and journeymap/load/structural.py;
- every rule module's docstring (its documentation, shown by `journeymap explain` and docs/rules.md).

Messages are stripped of surrounding blanks, as the code uses them. The files carry no dates,
so extracting twice gives the same bytes and a diff shows only real changes.
"""

from __future__ import annotations

import ast
import io
import sys
from datetime import datetime, timezone
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_python
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po
from generated import write_or_check

ROOT = Path(__file__).resolve().parent.parent
LOCALES = ROOT / "journeymap" / "locale"
DOMAIN = "journeymap"
LANGUAGES = ("en", "ja")
KEYWORDS = {"N_": None, "NP_": (1, 2)}


def sources() -> list[Path]:
    package = ROOT / "journeymap"
    return sorted(
        [*(package / "messages").rglob("*.py"), *(package / "rules").glob("*.py"), package / "load" / "structural.py"]
    )


def extract() -> Catalog:
    catalog = Catalog(project="journeymap", domain=DOMAIN, charset="utf-8", fuzzy=False)
    catalog.copyright_holder = "journeymap maintainers"
    for path in sources():
        text = path.read_text(encoding="utf-8")
        relative = path.relative_to(ROOT).as_posix()
        if path.parent.name == "rules" and path.name not in ("__init__.py", "base.py"):
            doc = ast.get_docstring(ast.parse(text), clean=False)
            if doc and doc.strip():
                catalog.add(doc.strip(), locations=[(relative, 1)], flags=("rule-documentation",))
        for lineno, _, message, comments in extract_python(io.BytesIO(text.encode("utf-8")), KEYWORDS, [], {}):
            if isinstance(message, tuple):
                catalog.add(tuple(m.strip() for m in message if m is not None), locations=[(relative, lineno)], auto_comments=comments)
            elif message:
                catalog.add(message.strip(), locations=[(relative, lineno)], auto_comments=comments)
    return catalog


def _po_bytes(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_po(out, catalog, width=100, omit_header=False, sort_output=True, include_lineno=False, no_location=True)
    # No dates: the same catalogue gives the same bytes.
    dated = (b'"POT-Creation-Date', b'"PO-Revision-Date', b'"Generated-By')
    return b"".join(line for line in out.getvalue().splitlines(keepends=True) if not line.startswith(dated))


# The header of a compiled catalogue carries dates: a fixed one keeps the .mo the same bytes.
FIXED_DATE = datetime(2026, 1, 1, tzinfo=timezone.utc)


def _mo_bytes(catalog: Catalog) -> bytes:
    catalog.creation_date = catalog.revision_date = FIXED_DATE
    out = io.BytesIO()
    write_mo(out, catalog, use_fuzzy=False)
    return out.getvalue()


def build() -> dict[Path, bytes]:
    """Every catalogue file with the bytes it should hold."""
    template = extract()
    files = {LOCALES / f"{DOMAIN}.pot": _po_bytes(template)}
    for lang in LANGUAGES:
        po_path = LOCALES / lang / "LC_MESSAGES" / f"{DOMAIN}.po"
        if po_path.exists():
            with open(po_path, "rb") as handle:
                catalog = read_po(handle, locale=lang, domain=DOMAIN)
        else:
            catalog = Catalog(locale=lang, domain=DOMAIN, project="journeymap", charset="utf-8")
        catalog.update(template, no_fuzzy_matching=True, update_header_comment=False)
        catalog.fuzzy = False
        catalog.obsolete.clear()
        catalog.project, catalog.version = "journeymap", ""
        catalog.language_team = "journeymap maintainers"
        catalog.last_translator = "journeymap maintainers"
        catalog.msgid_bugs_address = ""
        catalog.copyright_holder = "journeymap maintainers"
        files[po_path] = _po_bytes(catalog)
        files[po_path.with_suffix(".mo")] = _mo_bytes(catalog)
    return files


def main(argv: list[str]) -> int:
    return write_or_check(build(), "--check" in argv, "make messages")

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
