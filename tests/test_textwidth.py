"""Width-aware wrapping with Japanese line-breaking rules (kinsoku shori)."""

from __future__ import annotations

import re

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from journeymap.textwidth import wrap, width

CLOSING = "、。」ー"


def test_a_katakana_word_is_not_broken_when_it_fits_on_the_next_line():
    # Seen on a poster: 「着用・コーディネー」 / 「ト」.
    assert wrap("着用・コーディネート", 14) == ["着用・", "コーディネート"]


def test_a_word_wider_than_the_line_is_cut_where_no_line_starts_with_a_closing_mark():
    lines = wrap("スペシャルティコーヒーメーカー", 8)
    assert all(not line.startswith(tuple(CLOSING)) for line in lines)
    assert "".join(lines) == "スペシャルティコーヒーメーカー"


def test_names_with_latin_and_japanese_break_at_spaces_and_between_words():
    assert wrap("洋子 (54, パート勤務・主婦)", 16) == ["洋子 (54, パート", "勤務・主婦)"]


_japanese = st.lists(
    st.sampled_from(["認知", "購入", "サポート", "コーヒー", "「電話」", "、", "。", "定期便", "アプリ", "・", "を", "する"]),
    min_size=1,
    max_size=12,
).map("".join)


@settings(max_examples=300, derandomize=True)
@given(_japanese, st.integers(min_value=6, max_value=30))
def test_japanese_lines_fit_keep_every_character_and_never_start_with_a_closing_mark(text, columns):
    assume(not re.search(f"[{CLOSING}]{{3,}}", text))
    lines = wrap(text, columns)
    assert "".join(lines) == text
    assert all(width(line) <= columns for line in lines)
    assert all(not line.startswith(tuple(CLOSING)) for line in lines[1:]), lines
    assert all(not line.endswith("「") for line in lines[:-1]), lines


def test_a_hyphenated_name_wider_than_the_line_breaks_after_its_hyphen():
    assert wrap("Alexandra Konstantinopoulou-Fitzgerald (38)", 25) == ["Alexandra", "Konstantinopoulou-", "Fitzgerald (38)"]
    assert wrap("Konstantinopoulou-Fitzgerald 洋子", 20) == ["Konstantinopoulou-", "Fitzgerald 洋子"]
