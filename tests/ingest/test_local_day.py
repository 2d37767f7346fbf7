"""An article's local day (issue 12): the offset from UTC its source stated is kept at ingest (every reader: JSONL and
CSV rows, RSS and Atom, JSON Feed), stored (revision 0009) and read back, and the ledger and the watch items count
"yesterday", "today" and "tomorrow" from the day where the article was published, not from its UTC day. The case
that found it: a British daily's article stamped 00:01 BST (23:01 UTC the day before) told a share move "yesterday",
and the ledger dated it two days before the article's own day. Each text written for the test."""
from __future__ import annotations

import dataclasses
import datetime as dt
import json

from alembic import command
from alembic.config import Config
from sqlalchemy import inspect

from topline.events.extract import article_statements
from topline.events.watch import article_forward
from topline.ingest.feeds import FeedContext, parse_feed
from topline.ingest.files import article_from_row
from topline.ingest.htmltext import parse_date, utc_offset
from topline.records import Article
from topline.store.db import _MIGRATIONS

_TEXT = ("Shares in Corvath Electronics closed up 31% yesterday after Halvern Defence's recommended cash offer. "
         "Halvern says the deal will add about 60 million pounds a year in savings.")


def _row(published: str) -> dict:
    return {"url": "https://daily.example.co.uk/business/corvath-founders", "title": "Corvath's founders cash in",
            "source": "The Daily", "published": published, "text": _TEXT}


def test_the_offset_is_read_as_the_source_wrote_it():
    assert utc_offset("2026-10-15T00:01:00+01:00") == 60
    assert utc_offset("Tue, 01 Jul 2025 09:30:00 -0500") == -300
    assert utc_offset("2026-10-15T00:01:00Z") == 0
    assert utc_offset("2026-10-15T05:30:00+05:30") == 330
    # no offset stated, unreadable or impossible: none (the UTC day stands)
    for value in ("2026-10-15T00:01:00", "2026-10-15", "yesterday", "", None, 1760486460,
                  "2026-10-15T00:01:00+23:00"):
        assert utc_offset(value) is None, value
    # the instant is what parse_date keeps: the same either way
    assert parse_date("2026-10-15T00:01:00+01:00") == dt.datetime(2026, 10, 14, 23, 1, tzinfo=dt.timezone.utc)


def test_local_day_is_the_day_where_it_was_published():
    a = article_from_row(_row("2026-10-15T00:01:00+01:00"))
    assert a.published.date() == dt.date(2026, 10, 14) and a.published_offset == 60
    assert a.local_day == dt.date(2026, 10, 15)
    evening = article_from_row(_row("2026-10-14T21:30:00-05:00"))   # 02:30 UTC on the 15th
    assert evening.published.date() == dt.date(2026, 10, 15) and evening.local_day == dt.date(2026, 10, 14)
    plain = article_from_row(_row("2026-10-14T23:01:00"))   # no offset: UTC, as before
    assert plain.published_offset is None and plain.local_day == dt.date(2026, 10, 14)
    assert Article(url="https://x.example/a", title="t").local_day is None


def test_feeds_keep_the_offset():
    rss = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Daily</title><link>https://daily.example/</link>
<item><title>Corvath jumps</title><link>https://daily.example/a/1</link><description>Text.</description>
<pubDate>Thu, 15 Oct 2026 00:01:00 +0100</pubDate></item>
<item><title>No zone</title><link>https://daily.example/a/2</link><description>Text.</description>
<pubDate>Thu, 15 Oct 2026 00:01:00 -0000</pubDate></item></channel></rss>"""
    zoned, unzoned = parse_feed(rss, FeedContext(origin="feed.xml")).articles
    assert zoned.published_offset == 60 and zoned.local_day == dt.date(2026, 10, 15)
    assert unzoned.published_offset is None and unzoned.local_day == dt.date(2026, 10, 15)
    atom = b"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>
<link href="https://atom.example/"/><entry><title>Late report</title><link href="https://atom.example/p"/>
<id>tag:atom.example,2026:1</id><updated>2026-10-14T21:30:00-05:00</updated><content>Body.</content></entry></feed>"""
    (entry,) = parse_feed(atom, FeedContext(origin="atom.xml")).articles
    assert entry.published_offset == -300 and entry.local_day == dt.date(2026, 10, 14)
    jf = json.dumps({"version": "https://jsonfeed.org/version/1.1", "title": "JF", "items": [
        {"id": "1", "url": "https://jf.example/1", "title": "JSON item", "content_text": "Body.",
         "date_published": "2026-10-15T00:01:00+01:00"}]}).encode()
    (item,) = parse_feed(jf, FeedContext(origin="feed.json")).articles
    assert item.published_offset == 60 and item.local_day == dt.date(2026, 10, 15)


def test_the_store_keeps_it(store):
    a = article_from_row(_row("2026-10-15T00:01:00+01:00"))
    store.articles.upsert_many([(a, "rows.jsonl")])
    back = store.articles.by_url(a.url)
    assert back.published_offset == 60 and back.local_day == dt.date(2026, 10, 15)
    # a row that first came without a date takes the offset with the date it later gets
    undated = dataclasses.replace(article_from_row({**_row(""), "url": "https://daily.example.co.uk/b"}))
    store.articles.upsert_many([(undated, "rows.jsonl")])
    dated = article_from_row({**_row("2026-10-14T21:30:00-05:00"), "url": "https://daily.example.co.uk/b",
                              "text": _TEXT + " More."})
    store.articles.upsert_many([(dated, "rows.jsonl")])
    back = store.articles.by_url(dated.url)
    assert back.published_offset == -300 and back.local_day == dt.date(2026, 10, 14)


def test_migration_0009_down_and_up(store):
    cfg = Config()
    cfg.set_main_option("script_location", str(_MIGRATIONS))
    with store.engine.connect() as conn:
        cfg.attributes["connection"] = conn.execution_options(topline_write=True)
        command.downgrade(cfg, "0008")
        conn.commit()
        assert "published_offset" not in {c["name"] for c in inspect(conn).get_columns("articles")}
        command.upgrade(cfg, "head")
        conn.commit()
        assert "published_offset" in {c["name"] for c in inspect(conn).get_columns("articles")}


def _move_dates(a: Article) -> list[str]:
    statements, _ = article_statements(a, frozenset())
    return [dict((n, v) for n, v, _ in r.fields).get("date", "") for r, _ in statements if r.type == "market_move"]


def test_the_ledger_counts_yesterday_from_the_local_day():
    times = article_from_row(_row("2026-10-15T00:01:00+01:00"))
    assert _move_dates(times) == ["2026-10-14"]          # the UTC day would make it the 13th
    evening = article_from_row(_row("2026-10-14T21:30:00-05:00"))
    assert _move_dates(evening) == ["2026-10-13"]        # the UTC day (the 15th) would make it the 14th


def test_a_watch_item_s_tomorrow_counts_from_the_local_day():
    # Thursday 15 October 2026, 00:01 BST (Wednesday 23:01 UTC): "tomorrow" is Friday the 16th
    text = "Halvern Defence is expected to publish its offer document tomorrow, the company said."
    a = article_from_row({**_row("2026-10-15T00:01:00+01:00"), "text": text})
    (row,) = article_forward(a.body, a.local_day)
    assert row[2] == "2026-10-16"
