"""The ingestion commands through Click: summary on stdout, one line per failure on stderr, exit codes."""
from __future__ import annotations

import json

from ._support import send

BAD_JSONL = "\n".join([
    json.dumps({"url": "https://example.com/a", "title": "A", "text": "t"}),
    json.dumps({"title": "missing url"}),
    "{oops",
    json.dumps({"url": "https://example.com/b", "title": "B"}),
]) + "\n"


def test_ingest_reports_failures_by_file_and_line(cli, tmp_path):
    path = tmp_path / "in" / "batch.jsonl"
    path.parent.mkdir()
    path.write_text(BAD_JSONL)
    result = cli("ingest", str(path))
    assert result.exit_code == 3
    assert result.stdout.strip().splitlines() == [
        "ingested 1 input: 4 items, 2 new, 0 updated, 0 new sightings, 0 unchanged, 2 failed"]
    assert result.stderr.splitlines() == [f'{path}:2: missing_field: no "url"',
                                          f"{path}:3: parse_error: not JSON: Expecting property name enclosed "
                                          f"in double quotes (column 2)"]
    again = cli("ingest", str(path), "--json")
    report = json.loads(again.stdout)
    assert report["added"] == 0 and len(report["failures"]) == 2 and again.exit_code == 3


def test_clean_ingest_exits_zero_and_mostly_failed_exits_four(cli, tmp_path):
    good = tmp_path / "good.jsonl"
    good.write_text(json.dumps({"url": "https://example.com/a", "title": "A"}) + "\n")
    assert cli("ingest", str(good), "--source", "Wire").exit_code == 0
    assert cli("ingest", str(tmp_path / "absent.csv")).exit_code == 4


def test_sources_add_list_remove(cli):
    assert "subscribed: https://feeds.example.com/rss" in cli("sources", "add", "https://feeds.example.com/rss",
                                                              "--name", "Example").stdout
    assert "already subscribed" in cli("sources", "add", "https://feeds.example.com/rss").stdout
    listed = json.loads(cli("sources", "list", "--json").stdout)
    assert [(s["url"], s["name"]) for s in listed] == [("https://feeds.example.com/rss", "Example")]
    assert "Example" in cli("sources", "list").stdout
    assert cli("sources", "remove", str(listed[0]["id"])).exit_code == 0
    assert cli("sources", "remove", "https://nope.example.com/").exit_code == 1
    assert cli("sources", "add").exit_code == 2


def test_sources_add_defaults(cli):
    out = cli("sources", "add", "--defaults").stdout
    assert out.startswith("subscribed ") and "default feeds" in out
    assert len(json.loads(cli("sources", "list", "--json").stdout)) >= 40


def test_fetch_and_allow_private(cli, server):
    rss = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>Loop</title>'
           b"<item><title>Polled item</title><link>https://loop.example.com/1</link>"
           b"<description>x</description></item></channel></rss>")
    server.routes["/feed"] = lambda h: send(h, rss, content_type="application/rss+xml")
    cli("sources", "add", server.url("/feed"))
    refused = cli("fetch")
    assert refused.exit_code == 4 and "blocked_address" in refused.stderr
    allowed = cli("fetch", "--allow-private", "--json")
    assert allowed.exit_code == 0 and json.loads(allowed.stdout)["added"] == 1


def test_extract_command(cli, tmp_path, server):
    page = tmp_path / "page.html"
    page.write_text("<html lang='en'><head><title>Headline here</title></head><body><article>"
                    + "<p>This is a sentence about the market for accelerators and chips. </p>" * 10
                    + "</article></body></html>")
    out = json.loads(cli("extract", str(page), "--json").stdout)
    assert out["title"] == "Headline here" and "accelerators" in out["text"] and out["language"] == "en"
    human = cli("extract", str(page)).stdout
    assert human.startswith("title: Headline here")
    server.routes["/p"] = lambda h: send(h, page.read_bytes())
    assert cli("extract", server.url("/p")).exit_code == 4
    assert cli("extract", server.url("/p"), "--allow-private").exit_code == 0


def _closed_port_urls(n: int) -> list[str]:
    import socket
    urls = []
    for i in range(n):
        with socket.socket() as s:           # bound then closed: nothing listens there
            s.bind(("127.0.0.1", 0))
            urls.append(f"http://127.0.0.1:{s.getsockname()[1]}/feed{i}")
    return urls


def test_fetch_offline_says_no_network_once_and_groups_failures(cli):
    urls = _closed_port_urls(12)
    for url in urls:
        cli("sources", "add", url)
    result = cli("fetch", "--allow-private")
    assert result.exit_code == 4
    out = result.stdout.strip().splitlines()
    assert out[0].startswith("fetched 12 inputs") and out[1] == "no network: 0 of 12 sources reachable"
    err = result.stderr.splitlines()
    listed = [line for line in err if ": connection_error: " in line]
    assert len(listed) == 5 and "... and 7 more connection_error (--json lists every one)" in err
    progress = [line for line in err if line.startswith("Fetching: ")]
    assert progress and progress[-1] == "Fetching: 12/12"       # plain progress lines when not a terminal


def test_fetch_blocked_address_says_how_to_allow_intranet_feeds(cli):
    for url in _closed_port_urls(2):
        cli("sources", "add", url)
    result = cli("fetch")
    assert result.exit_code == 4 and "no network" not in result.stdout
    hint = [line for line in result.stderr.splitlines() if line.startswith("hint:")]
    assert len(hint) == 1 and "2 sources" in hint[0] and "allow_private = true" in hint[0]
    assert "TOPLINE_FETCH_ALLOW_PRIVATE=1" in hint[0]
    stored = [line for line in result.stderr.splitlines() if ": blocked_address: " in line]
    assert len(stored) == 2 and all("set [fetch] allow_private = true" in line for line in stored)


def test_truncation_notices_do_not_fail_the_command(cli, tmp_path, monkeypatch):
    monkeypatch.setenv("TOPLINE_INGEST_MAX_TITLE_CHARS", "5")
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"url": "https://example.com/a", "title": "A long title"}) + "\n")
    result = cli("ingest", str(path))
    assert result.exit_code == 0
    assert "0 failed, 1 cut to the ingest caps" in result.stdout
    assert f"{path}:1: truncated: title cut from 12 to 5 characters (ingest.max_title_chars)" in result.stderr
