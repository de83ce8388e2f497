"""Configuration files: discovery, values, and errors with positions."""

from __future__ import annotations

import pytest

from journeymap.check.config import ConfigError, Settings, find_config, load_settings


def test_journeymap_toml_is_found_upward_and_wins_over_pyproject(tmp_path):
    (tmp_path / ".git").mkdir()
    (tmp_path / "pyproject.toml").write_text("[tool.journeymap]\nfail-on = 'warning'\n")
    deep = tmp_path / "maps" / "team"
    deep.mkdir(parents=True)
    assert find_config(str(deep)) == str(tmp_path / "pyproject.toml")
    (tmp_path / "maps" / "journeymap.toml").write_text("fail-on = 'error'\n")
    assert find_config(str(deep)) == str(tmp_path / "maps" / "journeymap.toml")


def test_pyproject_without_the_table_is_skipped_and_search_stops_at_the_repository(tmp_path):
    (tmp_path / "journeymap.toml").write_text("")  # above the repository: never used
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    (repo / "pyproject.toml").write_text("[project]\nname = 'x'\n")
    assert find_config(str(repo)) is None


def test_values_are_read(tmp_path):
    path = tmp_path / "journeymap.toml"
    path.write_text('select = ["E", "W"]\nignore = "W207"\nfail-on = "warning"\nmax-file-size = "2 MB"\n')
    settings = load_settings(str(path))
    assert settings == Settings(("E", "W"), ("W207",), "warning", 2_000_000, {}, (), str(path))


def test_pyproject_table(tmp_path):
    path = tmp_path / "pyproject.toml"
    path.write_text('[project]\nname = "x"\n\n[tool.journeymap]\nmax-file-size = 1024\n')
    assert load_settings(str(path)).max_file_size == 1024


@pytest.mark.parametrize(
    "text, message",
    [
        ("selcet = ['W']\n", "journeymap.toml:1:1: configuration error: unknown key 'selcet' (did you mean 'select'?)"),
        ("# comment\nfail-on = 'never'\n", "journeymap.toml:2:1: configuration error: fail-on must be one of"),
        ("\n\nmax-file-size = 'big'\n", "journeymap.toml:3:1: configuration error: max-file-size must be a size"),
        ("ignore = [1, 2]\n", "journeymap.toml:1:1: configuration error: ignore must be a list"),
        ("# ok\nfail-on = \n", "journeymap.toml:2:11: invalid TOML: Invalid value"),
        ("select = [\n", "journeymap.toml: invalid TOML: "),
    ],
)
def test_errors_name_the_file_line_and_column(tmp_path, monkeypatch, text, message):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "journeymap.toml").write_text(text)
    with pytest.raises(ConfigError) as error:
        load_settings("journeymap.toml")
    assert str(error.value).startswith(message)


def test_unknown_key_in_pyproject_points_into_the_table(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.journeymap]\nfail_on = "warning"\n')
    with pytest.raises(ConfigError) as error:
        load_settings("pyproject.toml")
    assert str(error.value).startswith("pyproject.toml:5:1: configuration error: unknown key 'fail_on' (did you mean 'fail-on'?)")


def test_check_reports_a_config_error_with_exit_two(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "journeymap.toml").write_text("fail-on = 'sometimes'\n")
    (tmp_path / "m.yaml").write_text("journeymap: 1\ntitle: T\nstages: [{id: s, name: S}]\n")
    result = cli("check", "m.yaml")
    assert result.exit_code == 2
    assert result.stderr.startswith("journeymap: error: ")
    assert "journeymap.toml:1:1" in result.stderr


def test_max_file_size_from_config_applies(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "journeymap.toml").write_text("max-file-size = 100\n")
    (tmp_path / "m.yaml").write_text("journeymap: 1\ntitle: T\nstages: [{id: s, name: S}]\n" + "#" * 200)
    result = cli("check", "m.yaml")
    assert result.exit_code == 1
    assert "E115" in result.stdout
