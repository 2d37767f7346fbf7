"""Per-source health against a real HTTP server on 127.0.0.1: failing sources back off (exponentially, capped),
Retry-After and Cache-Control max-age are honoured, a gone feed is paused, and the state shows in
`topline sources list --json` and /api/sources. Edition manifests count their own failures, not the store's."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from loopback import LoopbackHTTP
from topline.cli.main import cli
from topline.ingest import health

NOW = dt.datetime(2026, 3, 1, 6, 0, tzinfo=dt.timezone.utc)


def test_backoff_grows_exponentially_and_is_capped():
    waits = []
    n = 0
    for _ in range(12):
        h = health.after_poll("timeout", n, NOW)
        waits.append(h.next_poll - NOW)
        n = h.consecutive_failures
    assert waits[0] == health.BACKOFF_BASE and waits[1] == 2 * health.BACKOFF_BASE
    assert all(b >= a for a, b in zip(waits, waits[1:]))
    assert max(waits) == health.BACKOFF_CAP
    assert health.after_poll(None, n, NOW) == health.Health(0, None, "")


def test_retry_after_and_max_age_are_honoured_within_caps():
    assert health.after_poll("http_5xx", 0, NOW, retry_after=dt.timedelta(hours=5)).next_poll == NOW + dt.timedelta(hours=5)
    assert health.after_poll("http_5xx", 0, NOW, retry_after=dt.timedelta(days=90)).next_poll == NOW + health.RETRY_AFTER_CAP
    assert health.parse_retry_after("120", NOW) == dt.timedelta(seconds=120)
    assert health.parse_retry_after("Sun, 01 Mar 2026 07:00:00 GMT", NOW) == dt.timedelta(hours=1)
    assert health.parse_retry_after("soon", NOW) is None
    assert health.parse_max_age("public, max-age=600") == dt.timedelta(seconds=600)
    assert health.parse_max_age("no-cache, max-age=600") is None
    assert health.after_poll(None, 3, NOW, max_age=dt.timedelta(days=3)).next_poll == NOW + health.MAX_AGE_CAP


def test_gone_feeds_and_long_failure_streaks_pause():
    assert health.after_poll("http_410", 0, NOW).paused.startswith("http_410")
    paused = health.after_poll("connection_error", health.PAUSE_AFTER - 1, NOW)
    assert paused.paused and paused.next_poll is None
    assert not health.is_due(None, paused.paused, NOW)
    refused = health.after_poll("blocked_address", 3, NOW)      # refused by the settings: no back-off, no pause
    assert refused == health.Health(4, None, "") and health.is_due(refused.next_poll, refused.paused, NOW)


FEED = (b"<?xml version='1.0'?><rss version='2.0'><channel><title>T</title><link>http://x.test/</link>"
        b"<description>d</description><item><title>Harbour cranes ordered</title><link>http://x.test/a</link>"
        b"<pubDate>Sun, 01 Mar 2026 05:00:00 GMT</pubDate><description>" + b"Meridian Ports ordered 40 cranes. " * 30 +
        b"</description></item></channel></rss>")


class Flaky(LoopbackHTTP):
    """Answers what ``self.answer`` says: (status, headers)."""

    def __init__(self) -> None:
        self.answer: tuple[int, dict] = (503, {"Retry-After": "7200"})
        super().__init__(self._respond)
        self.url = self.base + "/feed.xml"

    def _respond(self, path: str, base: str) -> tuple[int, dict, bytes]:
        status, headers = self.answer
        return status, {"Content-Type": "application/rss+xml", **headers}, FEED if status == 200 else b"no"


@pytest.fixture
def flaky():
    f = Flaky()
    yield f
    f.close()


def _sources(runner: CliRunner) -> dict:
    out = runner.invoke(cli, ["sources", "list", "--json"])
    assert out.exit_code == 0, out.output
    return json.loads(out.stdout)[0]


def test_a_failing_source_backs_off_and_recovers(topline_home: Path, flaky: Flaky):
    runner = CliRunner()
    assert runner.invoke(cli, ["sources", "add", flaky.url]).exit_code == 0
    before = dt.datetime.now(dt.timezone.utc)
    assert runner.invoke(cli, ["fetch", "--allow-private"]).exit_code != 0
    src = _sources(runner)
    assert src["consecutive_failures"] == 1 and src["last_reason"] == "http_5xx" and src["last_success"] is None
    next_poll = dt.datetime.fromisoformat(src["next_poll"])
    assert next_poll >= before + dt.timedelta(seconds=7200)        # Retry-After beats the 30-minute back-off

    again = runner.invoke(cli, ["fetch", "--allow-private"])         # not due: the server is left alone
    assert flaky.hits == 1 and "1 source(s) left alone: 1 backing off" in again.output

    flaky.answer = (200, {"Cache-Control": "max-age=600"})
    assert runner.invoke(cli, ["fetch", "--allow-private", "--all"]).exit_code == 0
    src = _sources(runner)
    assert flaky.hits == 2 and src["consecutive_failures"] == 0 and src["last_success"]
    assert dt.timedelta(seconds=590) < dt.datetime.fromisoformat(src["next_poll"]) - before < dt.timedelta(seconds=700)

    flaky.answer = (410, {})
    runner.invoke(cli, ["fetch", "--allow-private", "--all"])
    src = _sources(runner)
    assert src["paused"].startswith("http_410")
    listed = runner.invoke(cli, ["sources", "list"])
    assert "paused: http_410" in listed.output
    assert runner.invoke(cli, ["sources", "resume", str(src["id"])]).exit_code == 0
    assert _sources(runner)["paused"] == ""


def test_api_sources_shows_health(topline_home: Path, flaky: Flaky, settings):
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from topline.web.app import create_app
    runner = CliRunner()
    runner.invoke(cli, ["sources", "add", flaky.url])
    runner.invoke(cli, ["fetch", "--allow-private"])
    rows = TestClient(create_app(settings)).get("/api/sources").json()
    assert rows[0]["consecutive_failures"] == 1 and rows[0]["next_poll"] and rows[0]["paused"] == ""


def test_an_edition_counts_its_run_failures_not_the_stores_total(topline_home: Path, flaky: Flaky, store, settings):
    from topline import operate
    from topline.records import Failure
    store.articles.record_failures([Failure(f"http://old.test/{i}", "connection_error", "earlier") for i in range(112)])
    flaky.answer = (200, {})
    store.sources.add(flaky.url)
    store.sources.add("http://127.0.0.1:9/feed.xml")               # nothing listens on port 9: connection refused
    settings = settings.replace(fetch=settings.fetch.__class__(allow_private=True, extract_full_text=False))
    report = operate.run(store, settings, dt.date(2026, 3, 1), steps=("fetch", "extract", "stories", "edition"))
    assert report.status == "done", report.error
    manifest = store.editions.get(dt.date(2026, 3, 1))["manifest"]
    assert dict(map(tuple, manifest["failures"])) == {"connection_error": 1}
