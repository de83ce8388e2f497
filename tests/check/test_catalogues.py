"""The message catalogues: up to date with the code, complete in Japanese, and consistent.

A message without its Japanese translation, a fuzzy one, or one whose parameters
differ from the English would show English (or fail) in front of a Japanese room.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter

import pytest
from babel.messages.pofile import read_po

from journeymap.i18n import LOCALE_DIR, Msg, say, tr

from ..conftest import ROOT

PARAMETER = re.compile(r"%\([a-z_]+\)[sd]")
JA_PO = f"{LOCALE_DIR}/ja/LC_MESSAGES/journeymap.po"


def catalogue(path: str):
    with open(path, "rb") as handle:
        return read_po(handle, locale="ja")


def test_the_committed_catalogues_match_the_code():
    """Extracting again changes nothing: every message in the code is in the .pot, .po and .mo."""
    result = subprocess.run([sys.executable, "tools/messages.py", "--check"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_message_has_a_japanese_translation_that_is_not_fuzzy():
    missing = [message.id for message in catalogue(JA_PO) if message.id and (not _translated(message) or message.fuzzy)]
    assert missing == []


def test_japanese_translations_keep_the_parameters_of_the_english():
    wrong = []
    for message in catalogue(JA_PO):
        if not message.id:
            continue
        english = message.id if isinstance(message.id, str) else message.id[-1]
        translations = [message.string] if isinstance(message.string, str) else list(message.string)
        for text in translations:
            if Counter(PARAMETER.findall(text)) != Counter(PARAMETER.findall(english)):
                wrong.append((english, text))
    assert wrong == []


def _translated(message) -> bool:
    if isinstance(message.string, str):
        return bool(message.string.strip())
    return all(part.strip() for part in message.string)


@pytest.mark.parametrize("count", [1, 2, 20])
def test_plurals_are_said_properly_in_both_languages(count):
    from journeymap.messages import words as W

    english = say(W.WARNINGS, count=count)
    assert english == (f"{count} warning" if count == 1 else f"{count} warnings")
    assert tr("ja", english) == f"警告 {count} 件"


def test_a_message_is_a_string_that_can_say_itself_again():
    from journeymap.i18n import Quoted
    from journeymap.messages import rules as M

    message = say(M.EMPTY_STAGE, stage=Quoted("サポート"))
    assert isinstance(message, Msg) and isinstance(message, str)
    assert message == "the 'サポート' stage has no touchpoints"
    assert "「サポート」" in tr("ja", message)
