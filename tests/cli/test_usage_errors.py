"""A mistyped command line: exit 2, the nearest valid word, and in Japanese when the terminal is."""

from __future__ import annotations

import pytest

from journeymap.cli import main

from ..conftest import ENGLISH_LOCALE, ROOT


@pytest.fixture
def japanese(monkeypatch):
    for variable in ENGLISH_LOCALE:
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "ja_JP.UTF-8")
    monkeypatch.chdir(ROOT)


def run(capsys, *args: str) -> tuple[int, str]:
    with pytest.raises(SystemExit) as stopped:
        main(list(args))
    return stopped.value.code, capsys.readouterr().err


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("check", "--fail-on", "warnings", "examples/weak-signup.yaml"),
         "journeymap check: エラー: --fail-on に「warnings」は指定できません。もしかして warning ですか？（指定できるのは error、warning、info）"),
        (("render", "examples/weak-signup.yaml", "--format", "jpg"), "もしかして png ですか？"),
        (("render", "--fitt", "16:9", "examples/weak-signup.yaml"), "--fitt というオプションはありません。もしかして --fit ですか？"),
        (("render",), "journeymap render: エラー: FILE... を指定してください"),
        (("chek",), "chek というコマンドはありません。もしかして check ですか？"),
        (("render", "examples/weak-signup.yaml", "--fit", "17"), "「17」は --fit に指定できない"),
    ],
)
def test_a_japanese_terminal_gets_usage_errors_in_japanese(japanese, capsys, args, said):
    code, err = run(capsys, *args)
    assert code == 2
    assert said in err
    assert "Usage:" not in err and "Error:" not in err and "Traceback" not in err
    assert f"`journeymap{' ' + args[0] if args[0] != 'chek' else ''} -h`" in err


def test_english_keeps_clicks_own_words_and_exit_2(monkeypatch, capsys):
    monkeypatch.chdir(ROOT)
    for variable, value in ENGLISH_LOCALE.items():
        if value is None:
            monkeypatch.delenv(variable, raising=False)
        else:
            monkeypatch.setenv(variable, value)
    code, err = run(capsys, "check", "--fail-on", "warnings", "examples/weak-signup.yaml")
    assert code == 2 and "Invalid value for '--fail-on'" in err


def test_exit_codes_of_commands_pass_through_main(monkeypatch, capsys):
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("LANG", "C.UTF-8")
    assert run(capsys, "check", "examples/weak-signup.yaml", "--strict")[0] == 1
    assert run(capsys, "check", "examples/coffee-subscription.ja.yaml")[0] == 0
    assert run(capsys, "--version")[0] == 0


def test_lang_on_the_mistyped_line_is_heard(monkeypatch, capsys):
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("LANG", "C.UTF-8")
    code, err = run(capsys, "render", "--lang", "ja", "--fitt", "16:9", "examples/weak-signup.yaml")
    assert code == 2 and "もしかして --fit ですか？" in err
