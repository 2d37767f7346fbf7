"""After `topline demo`, the plain reading commands show the demo editions until the user stores news of their
own, with no flag and no variable; then they show the user's store."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import urllib.error
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.operate.helpers import cli_env, free_port, get_json, topline_args, wait_for
from topline.cli.main import cli


@pytest.fixture(scope="module")
def demo_home(tmp_path_factory) -> Path:
    """A TOPLINE_HOME after `topline demo`: a copy of the one the session's `topline demo` run built
    (tests/built.py; test_first_use reads that run's output)."""
    from tests import built
    result = built.demo_cli(tmp_path_factory)
    assert result["returncode"] == 0, result["stderr"]
    home = tmp_path_factory.mktemp("demo-home") / "home"
    shutil.copytree(result["home"], home)
    return home


def _demo_dates(home: Path) -> list[str]:
    return sorted(p.name for p in (home / "demo" / "site").iterdir() if re.fullmatch(r"\d{4}-\d\d-\d\d", p.name))


def _a_word_of_the_newest_edition(home: Path) -> str:
    edition = json.loads((home / "demo" / "site" / _demo_dates(home)[-1] / "edition.json").read_text())
    text = edition["categories"][0]["top_line"][0]["text"]
    return max(re.findall(r"[A-Za-z]{5,}", text), key=len)


def test_plain_commands_read_the_demo_until_own_news(demo_home: Path, monkeypatch, tmp_path: Path):
    home = tmp_path / "home"
    shutil.copytree(demo_home, home)      # this test stores news of its own: not in the shared demo home
    monkeypatch.setenv("TOPLINE_HOME", str(home))
    runner = CliRunner()
    listed = runner.invoke(cli, ["editions", "list", "--json"])
    assert listed.exit_code == 0, listed.output
    rows = json.loads(listed.stdout)
    assert sorted(str(r["date"]) for r in rows) == _demo_dates(home)
    assert "demo" in listed.stderr
    word = _a_word_of_the_newest_edition(home)
    found = runner.invoke(cli, ["search", word, "--json"])
    assert found.exit_code == 0 and json.loads(found.stdout)["briefings"], (word, found.output)
    assert not (home / "topline.sqlite").exists()      # reading did not create the user's store

    own = tmp_path / "own.jsonl"
    own.write_text(json.dumps({"url": "https://example.com/own", "title": "Our own news about a harbour",
                               "text": "The harbour reopened on Monday after repairs, the port authority said.",
                               "published": "2026-01-05T08:00:00Z", "source": "Example"}) + "\n")
    assert runner.invoke(cli, ["ingest", str(own)]).exit_code == 0
    listed = runner.invoke(cli, ["editions", "list", "--json"])
    assert json.loads(listed.stdout) == [] and "demo" not in listed.stderr
    assert json.loads(runner.invoke(cli, ["search", word, "--json"]).stdout)["briefings"] == []


def test_an_explicit_database_is_never_replaced_by_the_demo(demo_home: Path, monkeypatch, tmp_path: Path):
    monkeypatch.setenv("TOPLINE_HOME", str(demo_home))
    monkeypatch.setenv("TOPLINE_DATABASE_URL", f"sqlite:///{tmp_path / 'elsewhere.sqlite'}")
    listed = CliRunner().invoke(cli, ["editions", "list", "--json"])
    assert json.loads(listed.stdout) == []


def test_serve_shows_the_demo_editions(demo_home: Path):
    port = free_port()
    proc = subprocess.Popen(topline_args("serve", "--port", str(port)), env=cli_env(demo_home), cwd=demo_home,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        def editions():
            try:
                return get_json(f"http://127.0.0.1:{port}/api/editions")
            except (urllib.error.URLError, ConnectionError):
                assert proc.poll() is None, proc.communicate()
                return None
        rows = wait_for(editions, timeout=60)
        assert sorted(str(r["date"]) for r in rows) == _demo_dates(demo_home)
    finally:
        proc.terminate()
        proc.wait(timeout=20)
