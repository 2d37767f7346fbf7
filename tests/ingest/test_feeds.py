"""Feed formats, damaged feeds and the reasons given when nothing can be read."""
from __future__ import annotations

import json

import pytest

from topline.errors import InputError
from topline.ingest.feeds import FeedContext, clean_feed_title, parse_feed

CTX = FeedContext(origin="feed.xml")

RSS20 = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
<title>Example Wire - Top News</title><link>https://wire.example.com/</link><language>en-us</language>
<item><title>Chipmaker raises $2bn</title><link>https://wire.example.com/a/1?utm_source=rss</link>
<guid isPermaLink="false">id-1</guid><dc:creator>Ann Author</dc:creator>
<description>&lt;p&gt;The &lt;b&gt;chipmaker&lt;/b&gt; said on Monday&amp;nbsp;it raised money.&lt;/p&gt;&lt;p&gt;Second paragraph.&lt;/p&gt;</description>
<pubDate>Tue, 01 Jul 2025 09:30:00 +0200</pubDate></item>
<item><title>No date here</title><link>/a/2</link><description>Short.</description></item>
<item><title>No link at all</title><description>Lost.</description></item>
</channel></rss>"""

RSS091 = b"""<?xml version="1.0"?><rss version="0.91"><channel><title>Old</title><link>https://old.example.org/</link>
<item><title>Legacy item</title><link>https://old.example.org/x</link><description>Text</description></item>
</channel></rss>"""

RDF = b"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
 xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://rdf.example.net/"><title>RDF Site</title><link>https://rdf.example.net/</link></channel>
<item rdf:about="https://rdf.example.net/p/1"><title>RDF item</title><link>https://rdf.example.net/p/1</link>
<dc:date>2025-07-02T08:00:00Z</dc:date><description>Body</description></item>
</rdf:RDF>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Blog</title><link href="https://atom.example.com/"/>
<entry><title type="html">Model &lt;em&gt;release&lt;/em&gt;</title><link href="https://atom.example.com/post"/>
<id>tag:atom.example.com,2025:1</id><updated>2025-07-03T10:00:00Z</updated><author><name>Bo</name></author>
<content type="html">&lt;p&gt;Full content paragraph one.&lt;/p&gt;&lt;script&gt;evil()&lt;/script&gt;</content>
<summary>Short summary</summary></entry></feed>"""


def test_rss20():
    feed = parse_feed(RSS20, FeedContext(origin="feed.xml", base_url="https://wire.example.com/rss"))
    assert feed.kind == "rss20" and feed.title == "Example Wire - Top News"
    first, second = feed.articles
    assert first.url == "https://wire.example.com/a/1"
    assert first.original_url == "https://wire.example.com/a/1?utm_source=rss"
    assert first.summary == "The chipmaker said on Monday it raised money.\n\nSecond paragraph."
    assert first.published.isoformat() == "2025-07-01T07:30:00+00:00" and not first.published_missing
    assert (first.author, first.external_id, first.language, first.source) == ("Ann Author", "id-1", "en",
                                                                               "Example Wire")
    assert second.url == "https://wire.example.com/a/2"          # relative link resolved
    assert second.published is None and second.published_missing
    assert [f.reason for f in feed.failures] == ["missing_field"]


@pytest.mark.parametrize("data,kind,title", [(RSS091, "rss091u", "Legacy item"), (RDF, "rss10", "RDF item"),
                                             (ATOM, "atom10", "Model release")])
def test_other_xml_formats(data, kind, title):
    feed = parse_feed(data, CTX)
    assert feed.kind.startswith(kind[:5]) and feed.articles[0].title == title


def test_atom_content_is_text_and_scripts_are_dropped():
    a = parse_feed(ATOM, CTX).articles[0]
    assert a.text == "Full content paragraph one." and a.summary == "Short summary"
    assert a.author == "Bo" and a.external_id == "tag:atom.example.com,2025:1"


def _json_feed(version: str, **extra) -> bytes:  # noqa: ANN003
    item = {"id": "1", "url": "https://jf.example.com/1", "title": "JSON item",
            "content_html": "<p>Hello <i>world</i></p>", "date_published": "2025-07-04T12:00:00-04:00"}
    item.update(extra)
    return json.dumps({"version": f"https://jsonfeed.org/version/{version}", "title": "JF",
                       "home_page_url": "https://jf.example.com/", "items": [item]}).encode()


def test_json_feed_10_and_11():
    a10 = parse_feed(_json_feed("1", author={"name": "Old Style"}), CTX).articles[0]
    a11 = parse_feed(_json_feed("1.1", authors=[{"name": "A"}, {"name": "B"}], _ext={"k": 1}), CTX).articles[0]
    assert a10.text == "Hello world" and a10.author == "Old Style"
    assert a10.published.isoformat() == "2025-07-04T16:00:00+00:00"
    assert a11.author == "A, B" and a11.metadata == {"_ext": {"k": 1}}


def test_json_feed_untitled_item_gets_a_title_from_its_text():
    a = parse_feed(_json_feed("1.1", title="", content_html="<p>" + "word " * 30 + "</p>"), CTX).articles[0]
    assert a.title.startswith("word word") and a.title.endswith("…")


def test_truncated_json_feed_keeps_complete_items():
    whole = json.dumps({"version": "https://jsonfeed.org/version/1", "title": "T", "items": [
        {"id": str(i), "url": f"https://t.example.com/{i}", "title": f"Item {i}", "content_text": "x" * 50}
        for i in range(3)]}).encode()
    feed = parse_feed(whole[: len(whole) - 40], CTX)
    assert [a.title for a in feed.articles] == ["Item 0", "Item 1"]
    assert [f.reason for f in feed.failures] == ["parse_error"]


def test_truncated_xml_keeps_entries_and_records_the_damage():
    data = RSS20.replace(b"</channel></rss>", b"")
    data = data[: data.index(b"<item><title>No link")] + b"<item><title>Cut"
    feed = parse_feed(data, CTX)
    assert len(feed.articles) == 2
    damage = [f for f in feed.failures if f.reason == "parse_error"]
    assert len(damage) == 1 and damage[0].input == "feed.xml" and damage[0].line and damage[0].line > 1


def test_non_utf8_feed_declared_correctly():
    data = RSS20.replace(b'encoding="UTF-8"', b'encoding="ISO-8859-1"').replace(
        b"Chipmaker raises", "Société générale lève".encode("latin-1"))
    feed = parse_feed(data, CTX)
    assert feed.articles[0].title.startswith("Société générale lève") and not feed.failures[1:]


def test_wrongly_declared_encoding_is_read_and_flagged():
    data = RSS20.replace(b"Chipmaker raises", "Société générale lève".encode("latin-1"))
    feed = parse_feed(data, CTX)
    assert feed.articles[0].title.startswith("Soci")
    assert any(f.reason == "encoding_error" for f in feed.failures)


@pytest.mark.parametrize("data,reason", [
    (b"<html><head><title>x</title></head><body>Hello</body></html>", "not_a_feed"),
    (b"just some text", "not_a_feed"),
    (b'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>', "empty"),
    (b'<?xml version="1.0"?><rss version="2.0"><channel><title>x</ti', "parse_error"),
    (b'{"version": "https://jsonfeed.org/version/1.1", "items": []}', "empty"),
    (b'{"hello": 1}', "not_a_feed"),
    (b'{"version": "https://jsonfeed.org/version/1.1", "items": [', "parse_error"),
])
def test_unreadable_feeds_have_stable_reasons(data, reason):
    with pytest.raises(InputError) as err:
        parse_feed(data, CTX)
    assert err.value.reason == reason


def test_posts_told_apart_by_fragment_stay_apart():
    data = RSS20.replace(b"https://wire.example.com/a/1?utm_source=rss", b"https://wire.example.com/day#p1") \
        .replace(b"<link>/a/2</link>", b"<link>https://wire.example.com/day#p2</link>")
    urls = [a.url for a in parse_feed(data, CTX).articles]
    assert urls == ["https://wire.example.com/day#p1", "https://wire.example.com/day#p2"]


def test_clean_feed_title():
    assert clean_feed_title("Ars Technica - All content") == "Ars Technica"
    assert clean_feed_title("NYT > Technology") == "NYT"
    assert clean_feed_title("Daring Fireball") == "Daring Fireball"
