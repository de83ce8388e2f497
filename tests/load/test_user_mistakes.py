"""Mistakes real users make (found by trying journeymap as a new user), each with a clear answer."""

from __future__ import annotations

import json

from ..conftest import codes, load_text


def finding(loaded, code):
    return next(f for f in loaded.findings if f.code == code)


def test_full_width_colon_from_a_japanese_keyboard_is_pointed_at():
    loaded = load_text("journeymap: 1\ntitle: T\nstages:\n  - id: s\n    name： 認知\n")
    f = finding(loaded, "E100")
    assert (f.line, f.column) == (5, 9)
    assert "full-width colon" in f.message
    from journeymap.i18n import tr

    assert "半角" in tr("ja", f.message)  # said to a Japanese user in Japanese


def test_full_width_space_indentation_is_named():
    loaded = load_text("journeymap: 1\ntitle: T\n\u3000\u3000stages: []\n")
    f = finding(loaded, "E102")
    assert "full-width space" in f.hint


def test_forgotten_dash_suggests_a_new_list_item_and_does_not_cascade():
    loaded = load_text(
        """\
        journeymap: 1
        title: T
        personas:
          - id: hanako
            name: Hanako
            id: taro
            name: Taro
        stages:
          - {id: s, name: S, touchpoints: [{id: a, name: A, emotion: {hanako: 1, taro: 0}}]}
        """
    )
    assert sorted(codes(loaded)) == ["E101", "E101"]
    assert "did you forget '- '" in loaded.findings[0].hint


def test_a_persona_that_failed_to_load_does_not_make_its_scores_unknown():
    loaded = load_text(
        """\
        journeymap: 1
        title: T
        personas:
          - {id: taro}
          - ref: people/missing.yaml
        stages:
          - {id: s, name: S, touchpoints: [{id: a, name: A, emotion: {taro: 1, kenji: 0}}]}
        """
    )
    assert sorted(codes(loaded)) == ["E107", "E110"]


def test_quoted_numbers_are_told_to_lose_their_quotes():
    loaded = load_text(
        """\
        journeymap: "1"
        title: T
        stages:
          - id: s
            name: S
            touchpoints: [{id: a, name: A, emotion: "-1", evidence: {source: x, n: "80"}}]
        """
    )
    hints = [f.hint for f in loaded.findings]
    assert hints == ["remove the quotes: 1", "remove the quotes: -1", "remove the quotes: 80"]


def test_trailing_colon_in_text_explains_the_fix():
    loaded = load_text("journeymap: 1\ntitle: T\nstages:\n  - id: s\n    name: 決済ページ:\n")
    assert "put the whole text in quotes" in finding(loaded, "E100").hint


def test_nan_is_called_not_a_number():
    loaded = load_text("journeymap: 1\ntitle: T\nstages: [{id: s, name: S, touchpoints: [{id: a, name: A, emotion: .nan}]}]\n")
    assert "NaN (not a number)" in finding(loaded, "E104").message


def test_long_lines_are_cut_around_the_problem_to_fit_the_terminal(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "40")
    long_source = "三都市で実施した定性調査" * 6
    (tmp_path / "m.yaml").write_text(
        "journeymap: 1\ntitle: T\nstages:\n  - id: s\n    name: S\n    touchpoints:\n"
        f'      - {{id: a, name: A, evidence: {{source: {long_source}, n: "80"}}}}\n',
        encoding="utf-8",
    )
    out = cli("check", "m.yaml", "--select", "E").stdout
    lines = out.splitlines()
    shown = next(l for l in lines if l.startswith("7 | "))
    caret = lines[lines.index(shown) + 1]
    from journeymap.textwidth import width

    assert width(shown) <= 40
    assert shown.startswith("7 | …") and '"80"' in shown
    assert caret.index("^") == width(shown[: shown.index('"80"')])


def test_json_output_is_a_document_even_when_the_path_is_wrong(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = cli("check", "nope.yaml", "-f", "json")
    assert result.exit_code == 2
    document = json.loads(result.stdout)
    assert document["problems"] == ["nope.yaml: no such file or directory"]
    assert document["findings"] == [] and document["files"] == []


def test_summary_does_not_count_unreadable_files_as_checked(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "maps").mkdir()
    (tmp_path / "maps" / "ok.yaml").write_text("journeymap: 1\ntitle: T\nstages: [{id: s, name: S}]\n")
    (tmp_path / "maps" / "gone.yaml").symlink_to(tmp_path / "nowhere.yaml")
    result = cli("check", "maps", "--select", "E")
    assert result.exit_code == 2
    assert "Checked 1 of 2 files (1 could not be checked): no other problems." in result.stdout


def test_small_size_limits_are_shown_in_bytes(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "journeymap.toml").write_text("max-file-size = 10\n")
    (tmp_path / "m.yaml").write_text("journeymap: 1\ntitle: T\nstages: [{id: s, name: S}]\n")
    assert "above the 10 bytes limit" in cli("check", "m.yaml").stdout


def test_a_comma_inside_flow_braces_explains_the_quotes():
    loaded = load_text("journeymap: 1\ntitle: T\npersonas: [{id: aiko, name: Aiko (28, designer)}]\nstages: [{id: s, name: S}]\n")
    finding = loaded.findings[0]
    assert (finding.code, finding.line, finding.column) == ("E102", 3, 39)
    assert "put text that contains a comma in quotes" in finding.hint


TOUCHPOINT = "journeymap: 1\ntitle: T\nstages:\n  - id: s\n    name: S\n    touchpoints:\n      - id: t\n        name: T\n"


def test_a_line_indented_too_far_is_named_with_the_line_to_align_with():
    f = finding(load_text(TOUCHPOINT + "          thoughts: hmm\n"), "E100")
    assert (f.line, f.column) == (9, 11)
    assert f.message == "YAML syntax error: line 9 is indented further than line 8 above it"
    assert f.hint.startswith("line `thoughts:` up with `name:` on line 8 (8 spaces)")


def test_a_line_indented_too_little_says_how_many_spaces():
    for spaces in (7, 6):
        f = finding(load_text(TOUCHPOINT + " " * spaces + "emotion: 1\n"), "E100")
        assert f.message == "YAML syntax error: the indentation of line 9 does not match the lines above it"
        assert f"`name:` on line 8 is indented by 8 spaces and `emotion:` by {spaces} spaces" in f.hint


def test_a_colon_inside_a_text_still_gets_the_quoting_hint():
    f = finding(load_text(TOUCHPOINT + "        thoughts: Price: 10\n"), "E100")
    assert "mapping values are not allowed" in f.message and "put the whole text in quotes" in f.hint


def test_text_after_a_closing_quote_shows_the_quoted_line():
    f = finding(load_text(TOUCHPOINT + '        thoughts: "Ready" SMS\n'), "E100")
    assert f.message == "YAML syntax error: text after the closing quote"
    assert f.hint.endswith("""thoughts: '"Ready" SMS'""")


def test_numbers_typed_full_width_or_with_a_bare_exponent_say_what_to_type():
    hints = {
        value: finding(load_text(TOUCHPOINT + f"        emotion: {value}\n"), "E103").hint
        for value in ("２", "－1", "1e-3", "'1'")
    }
    assert hints == {
        "２": "type the number with half-width characters: 2",
        "－1": "type the number with half-width characters: -1",
        "1e-3": "YAML reads 1e-3 as text; write 1.0e-3, or the plain number (0.001)",
        "'1'": "remove the quotes: 1",
    }


def test_init_into_an_existing_directory_names_a_file_inside_it(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "workshop").mkdir()
    result = cli("init", "workshop")
    assert result.exit_code == 2
    assert "workshop is a directory; name the new map inside it: journeymap init workshop/journey.yaml" in result.stderr


def test_a_duplicated_persona_id_is_listed_once_among_the_known_personas():
    loaded = load_text(
        "journeymap: 1\ntitle: T\npersonas: [{id: sam, name: Sam}, {id: sam, name: Sam B}]\n"
        "stages: [{id: s, name: S, touchpoints: [{id: t, name: T, emotion: {sam: 1, bob: 2}}]}]\n"
    )
    assert finding(loaded, "E106").hint == "known personas: sam"


def test_a_lane_name_missing_its_s_gets_a_suggestion(cli):
    from ..conftest import EXAMPLES

    result = cli("show", str(EXAMPLES / "weak-signup.yaml"), "--lanes", "touchpoint")
    assert result.exit_code == 2
    assert "unknown lane 'touchpoint' for --lanes; did you mean 'touchpoints'?" in result.stderr


def test_a_list_item_out_of_line_names_the_item_to_line_up_with():
    for spaces in (5, 7, 8, 9):
        text = TOUCHPOINT + "        emotion: 1\n" + " " * spaces + "- id: shop\n" + " " * (spaces + 2) + "name: Shop\n"
        f = finding(load_text(text), "E100")
        assert f.message == "YAML syntax error: the list item on line 10 does not line up with the one on line 7", spaces
        assert f.hint.endswith(f"`- id:` on line 7 is indented by 6 spaces and this one by {spaces} spaces")
        assert (f.line, f.column) == (10, spaces + 1)


def test_an_empty_list_of_stages_says_how_to_write_one():
    loaded = load_text("journeymap: 1\ntitle: T\npersonas:\n  - {id: a, name: A}\nstages: []\n")
    f = finding(loaded, "E111")
    assert (f.line, f.column) == (5, 9)
    assert "at least 1 stage" in f.message and "- " in f.hint and "journeymap init" in f.hint
