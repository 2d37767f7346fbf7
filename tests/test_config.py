
import pytest

from topline.config import load_settings
from topline.errors import ConfigError


def test_defaults_live_under_topline_home(topline_home):
    s = load_settings()
    assert s.home == topline_home
    assert s.db_url == f"sqlite:///{topline_home / 'topline.sqlite'}"
    assert s.output_dir == topline_home / "site"


def test_precedence_defaults_file_env_flags(topline_home, monkeypatch):
    (topline_home / "topline.toml").write_text(
        "[edition]\nwindow_hours = 24\ntop_line = 4\n[fetch]\ntimeout = 5.5\n[llm]\nmodel = 'file-model'\n")
    s = load_settings()
    assert (s.edition.window_hours, s.edition.top_line, s.fetch.timeout, s.llm.model) == (24, 4, 5.5, "file-model")
    monkeypatch.setenv("TOPLINE_EDITION_WINDOW_HOURS", "48")
    monkeypatch.setenv("TOPLINE_LLM_MODEL", "env-model")
    s = load_settings()
    assert (s.edition.window_hours, s.edition.top_line, s.llm.model) == (48, 4, "env-model")
    s = load_settings(overrides={"edition": {"window_hours": 12}})
    assert s.edition.window_hours == 12 and s.llm.model == "env-model"


def test_env_lists_and_bools(monkeypatch):
    monkeypatch.setenv("TOPLINE_EDITION_FORMATS", "md, json")
    monkeypatch.setenv("TOPLINE_FETCH_ALLOW_PRIVATE", "yes")
    s = load_settings()
    assert s.edition.formats == ("md", "json") and s.fetch.allow_private is True


def test_bad_settings_name_the_problem(topline_home, monkeypatch):
    (topline_home / "topline.toml").write_text("[edition]\nwindow_hourz = 3\n")
    with pytest.raises(ConfigError, match="window_hourz"):
        load_settings()
    (topline_home / "topline.toml").write_text("[edition\n")
    with pytest.raises(ConfigError, match="topline.toml"):
        load_settings()
    (topline_home / "topline.toml").unlink()
    monkeypatch.setenv("TOPLINE_FETCH_TIMEOUT", "soon")
    with pytest.raises(ConfigError, match="timeout"):
        load_settings()


def test_explicit_config_file_must_exist(tmp_path):
    with pytest.raises(ConfigError, match="not found"):
        load_settings(tmp_path / "missing.toml")


def test_home_in_file_is_ignored(topline_home, tmp_path):
    (topline_home / "topline.toml").write_text(f"home = '{tmp_path / 'elsewhere'}'\n")
    assert load_settings().home == topline_home
