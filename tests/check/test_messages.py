"""One place for every word: no face, rule, view or command writes a sentence of its own.

Every sentence and label a user reads is a message of journeymap/messages, said
through journeymap.i18n, so that it reads the same everywhere and is translated
once. This scans the code for string literals that look like words for people
(two words or more, or any Japanese) and lists the few that are not, on purpose.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from ..conftest import ROOT

PACKAGE = ROOT / "journeymap"
SCANNED = ("faces", "rules", "views", "cli", "check", "serve", "watch")
WORDS = re.compile(r"[A-Za-z]{2,}[.,;:!?']?\s+[A-Za-z(]{2,}")
JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")

# Literals that look like words but are not sentences for people, each with why.
NOT_SENTENCES = {
    # rich styles
    "bold red", "bold yellow", "bold cyan", "bold green", "bold blue", "bold #ca0020", "bold #b35806",
    # Content-Security-Policy values and HTTP answers to programs, not people
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
    "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'unsafe-inline'; img-src data:; "
    "frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
    "forbidden host\n", "not found\n", "method not allowed\n",
    # a section heading looked up in a rule's own documentation
    "What it does",
    # glyphs that test whether a font draws Japanese (not words)
    "認", "購",
}
NOT_SENTENCE_PATTERNS = (
    re.compile(r"^\s*[.#:\w-]+\s*\{"),  # CSS rules
    re.compile(r"</?[!\w][\w-]*(\s|>|$)"),  # HTML/SVG markup around escaped text
    re.compile(r"^\w+(-\w+)+$"),  # kebab-case names
    re.compile(r"\b(Sans|Gothic|Meiryo|Hiragino)\b"),  # font names of a font stack
    re.compile(r"charset=utf-8$"),  # content types
    re.compile(r"^\^"),  # regular expressions that read other programs' messages
)
# --help texts kept in a constant for several commands (--help may stay English): NAME_HELP.
HELP_SUFFIX = "_HELP"


def _docstrings(tree: ast.AST) -> set[int]:
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = getattr(node, "body", [])
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                ids.add(id(body[0].value))
    return ids


def _typer_help(tree: ast.AST) -> set[int]:
    """Literals in typer's help texts (--help may stay English) and in catalogue marks (N_, NP_)."""
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = ast.unparse(node.func)
            if name in ("N_", "NP_") or name.startswith(("typer.", "app.command", "import_app.command", "app.add_typer")):
                for inner in ast.walk(node):
                    if isinstance(inner, ast.Constant):
                        ids.add(id(inner))
    return ids


def _help_constants(tree: ast.AST) -> set[int]:
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(str(getattr(t, "id", "")).endswith(HELP_SUFFIX) for t in node.targets):
            ids |= {id(inner) for inner in ast.walk(node.value) if isinstance(inner, ast.Constant)}
    return ids


def sentences_in(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = _docstrings(tree) | _typer_help(tree) | _help_constants(tree)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip:
            text = node.value
            if text in NOT_SENTENCES or any(p.search(text) for p in NOT_SENTENCE_PATTERNS):
                continue
            if WORDS.search(text) or JAPANESE.search(text):
                found.append((node.lineno, text))
    return found


def test_no_face_rule_view_or_command_writes_a_sentence_of_its_own():
    offenders = [
        f"{path.relative_to(ROOT)}:{line}: {text!r}"
        for package in SCANNED
        for path in sorted((PACKAGE / package).rglob("*.py"))
        for line, text in sentences_in(path)
    ]
    assert offenders == [], "say these through journeymap/messages:\n" + "\n".join(offenders)


def test_the_scan_finds_a_sentence(tmp_path):
    sample = tmp_path / "face.py"
    sample.write_text('def f():\n    """Docs are fine."""\n    return "the stage has no owner"\n', encoding="utf-8")
    assert sentences_in(sample) == [(3, "the stage has no owner")]
