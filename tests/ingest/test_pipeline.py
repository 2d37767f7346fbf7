"""ingest(), fetch_sources() and extract() end to end: real files, real SQLite, real loopback HTTP."""
from __future__ import annotations

import json
from dataclasses import replace

import pytest

from conftest import needs
from topline.errors import InputError
from topline.ingest import extract, fetch_sources, ingest, subscribe_defaults
from topline.ingest.opml import read_opml
from topline.ingest.subscriptions import DEFAULT_OPML

from ._support import FEEDS_DIR, send

PARAGRAPH = ("The company said the new accelerator would ship to cloud customers next quarter, "
             "and analysts expect the capital spending cycle to continue through next year. ")
ARTICLE_HTML = f"""<!doctype html><html lang="en"><head><title>Accelerator ships</title>
<link rel="canonical" href="https://news.example.com/accelerator">
<meta property="og:site_name" content="Example News">
<meta name="author" content="Cara Reporter"><meta property="article:published_time" content="2025-07-01">
</head><body><nav>Home | World | Tech</nav><article><h1>Accelerator ships</h1>
{''.join(f'<p>{PARAGRAPH}Paragraph {i}.</p>' for i in range(8))}</article>
<footer>Copyright Example News</footer></body></html>""".encode()

OPML = b"""<?xml version="1.0"?><opml version="2.0"><head><title>subs</title></head><body>
<outline text="Tech"><outline text="Feed A" xmlUrl="https://a.example.com/feed"/>
<outline xmlUrl="https://b.example.org/rss"/></outline>
<outline title="Top" xmlUrl="https://c.example.net/atom"/></body></opml>"""


def _rss(base: str, items: list[tuple[str, str, str]], title: str = "Loop Feed") -> bytes:
    body = "".join(f"<item><title>{t}</title><link>{base}{link}</link><description>{d}</description>"
                   f"<pubDate>Tue, 01 Jul 2025 09:00:00 GMT</pubDate></item>" for t, link, d in items)
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>{title}</title><link>{base}/</link>'
            f"{body}</channel></rss>").encode()


def test_folder_of_mixed_inputs(tmp_path, store, fs):
    tmp_path = tmp_path / "in"
    (tmp_path / "sub").mkdir(parents=True)
    (tmp_path / "a.jsonl").write_text(json.dumps({"url": "https://x.com/1", "title": "One"}) + "\n")
    (tmp_path / "sub" / "page.html").write_bytes(ARTICLE_HTML)
    (tmp_path / "sub" / "subs.opml").write_bytes(OPML)
    (tmp_path / "feed.rss").write_bytes(_rss("https://loop.example.com", [("T", "/p", "Summary")]))
    (tmp_path / "notes.txt").write_text("nothing to see")
    (tmp_path / ".hidden").write_text("skipped")
    report = ingest(store, fs, [str(tmp_path)])
    assert report.inputs == 5 and report.added == 3
    assert [f.reason for f in report.failures] == ["unsupported"]
    assert set(report.subscribed) == {"https://a.example.com/feed", "https://b.example.org/rss",
                                      "https://c.example.net/atom"}
    names = {s.url: s.name for s in store.sources.list()}
    assert names["https://b.example.org/rss"] == "Example" and names["https://a.example.com/feed"] == "Feed A"
    page = store.articles.by_url("https://news.example.com/accelerator")
    assert page.title == "Accelerator ships" and "capital spending" in page.text and page.author == "Cara Reporter"
    assert page.source == "Example News" and page.language == "en"
    again = ingest(store, fs, [str(tmp_path)])
    assert (again.added, again.sightings, again.subscribed) == (0, 0, ())


def test_url_inputs_are_sniffed(server, store, fs):
    server.routes["/feed"] = lambda h: send(h, _rss(server.url(""), [("Feed item", "/a", "S")]),
                                            content_type="text/xml")
    server.routes["/subs.opml"] = lambda h: send(h, OPML, content_type="text/x-opml")
    server.routes["/story"] = lambda h: send(h, ARTICLE_HTML.replace(b"https://news.example.com/accelerator",
                                                                      b""))
    server.routes["/data.jsonl"] = lambda h: send(h, json.dumps({"url": "https://y.com/1", "title": "J"}).encode(),
                                                  content_type="application/x-ndjson")
    report = ingest(store, fs, [server.url(p) for p in ("/feed", "/subs.opml", "/story", "/data.jsonl")])
    assert not report.failures and report.added == 3 and len(report.subscribed) == 3
    assert store.articles.by_url(f"https://127.0.0.1:{server.port}/a").title == "Feed item"


def test_url_input_errors_are_failures(server, store, fs):
    report = ingest(store, replace(fs, allow_private=False), [server.url("/x"), "http://169.254.169.254/"])
    assert [f.reason for f in report.failures] == ["blocked_address", "blocked_address"]
    report = ingest(store, fs, [server.url("/missing")])
    assert [f.reason for f in report.failures] == ["http_404"]


def test_summary_only_entries_get_full_text(server, store, fs):
    base = server.url("")
    server.routes["/feed"] = lambda h: send(h, _rss(base, [("Accelerator ships", "/story", "Short summary."),
                                                           ("Gone", "/gone", "Another summary."),
                                                           ("Long", "/long", "L" * 700)]))
    server.routes["/story"] = lambda h: send(h, ARTICLE_HTML)
    report = ingest(store, replace(fs, extract_full_text=True), [server.url("/feed")])
    story = store.articles.by_url(f"https://127.0.0.1:{server.port}/story")
    assert "capital spending" in story.text and story.summary == "Short summary."
    gone = store.articles.by_url(f"https://127.0.0.1:{server.port}/gone")
    assert gone.text == "" and gone.summary == "Another summary."
    assert [(f.input, f.reason) for f in report.failures] == [(f"{base}/gone", "http_404")]
    assert not server.headers_for("/long")           # a long description counts as full text
    ingest(store, replace(fs, extract_full_text=True), [server.url("/feed")])
    assert len(server.headers_for("/story")) == 1    # already has text: not fetched again


def test_fetch_sources_conditional_get_and_bad_sources(server, store, fs):
    def feed(h):  # noqa: ANN001
        if h.headers.get("If-None-Match") == '"v1"':
            h.send_response(304)
            h.end_headers()
        else:
            send(h, _rss(server.url(""), [("Polled", "/p1", "S")]), headers={"ETag": '"v1"'})
    server.routes["/feed"] = feed
    server.routes["/page"] = lambda h: send(h, ARTICLE_HTML)
    for path in ("/feed", "/missing", "/page"):
        store.sources.add(server.url(path), "")
    store.sources.add("http://10.1.2.3/feed", "")
    first = fetch_sources(store, replace(fs, timeout=2))
    assert first.added == 1
    state = {s.url: s for s in store.sources.list()}
    assert state[server.url("/feed")].etag == '"v1"' and state[server.url("/feed")].ok_count == 1
    assert state[server.url("/missing")].last_reason == "http_404"
    assert state[server.url("/page")].last_reason == "not_a_feed"
    # the test network guard refuses every address beyond loopback: the source fails alone, with a reason
    assert state["http://10.1.2.3/feed"].last_reason == "connection_error"
    assert state["http://10.1.2.3/feed"].fail_count == 1 and state["http://10.1.2.3/feed"].ok_count == 0
    assert fetch_sources(store, replace(fs, timeout=2)).inputs == 1   # the failing sources back off (ingest.health)
    second = fetch_sources(store, replace(fs, timeout=2), all_sources=True)
    assert second.added == 0
    assert server.headers_for("/feed")[-1]["if-none-match"] == '"v1"'
    state = {s.url: s for s in store.sources.list()}
    assert state[server.url("/feed")].ok_count == 3 and state[server.url("/missing")].fail_count == 2


def test_blocked_source_is_recorded(store, fs):
    store.sources.add("http://169.254.169.254/latest/", "")
    report = fetch_sources(store, fs)
    assert [f.reason for f in report.failures] == ["blocked_address"]
    assert store.sources.list()[0].last_reason == "blocked_address"


def test_unexpected_errors_become_parse_errors(tmp_path, store, fs, monkeypatch):
    from topline.ingest import files
    monkeypatch.setattr(files, "parse_jsonl", lambda *a, **k: 1 / 0)
    path = tmp_path / "a.jsonl"
    path.write_text('{"url": "https://x.com/", "title": "t"}\n')
    report = ingest(store, fs, [str(path)])
    assert [(f.reason, f.message) for f in report.failures] == [("parse_error", "ZeroDivisionError: division by zero")]


def test_extract_file_and_url(tmp_path, server, fs):
    path = tmp_path / "page.html"
    path.write_bytes(ARTICLE_HTML)
    page = extract(str(path), fs)
    assert page.title == "Accelerator ships" and page.published.date().isoformat() == "2025-07-01"
    assert page.url == "https://news.example.com/accelerator" and page.language == "en"
    server.routes["/p"] = lambda h: send(h, ARTICLE_HTML)
    assert extract(server.url("/p"), fs).text == page.text
    (tmp_path / "blank.html").write_text("<html><body></body></html>")
    with pytest.raises(InputError) as err:
        extract(str(tmp_path / "blank.html"), fs)
    assert err.value.reason == "no_text"


def test_default_subscriptions(store):
    feeds, damage = read_opml(DEFAULT_OPML.read_bytes())
    assert damage is None and 40 <= len(feeds) <= 120
    assert all(f.url.startswith(("http://", "https://")) and f.name and f.category for f in feeds)
    assert "news.google.com" not in " ".join(f.url for f in feeds)
    sources, created = subscribe_defaults(store)
    assert created == len(feeds) == len(sources)
    assert subscribe_defaults(store)[1] == 0


@pytest.mark.slow
@needs(FEEDS_DIR.is_dir(), f"shared feed captures not present at {FEEDS_DIR}")
def test_shared_feeds_folder(store, fs):
    """Every file yields articles (or subscriptions) or a recorded reason; nothing raises; re-running adds 0."""
    files = sorted(p for p in FEEDS_DIR.iterdir() if not p.name.startswith("."))
    per_file = {f.name: ingest(store, fs, [str(f)]) for f in files}
    for name, r in per_file.items():
        read = r.added + r.unchanged + r.sightings + (r.items if name.endswith(".opml") else 0)
        assert read > 0 or r.failures, name
        assert all(x.input == str(FEEDS_DIR / name) for x in r.failures)
    json_feeds = [n for n in per_file if n.endswith(".json") and n not in ("authors.json",
                                                                          "jsonfeed-extension.json")]
    assert all(per_file[n].added + per_file[n].unchanged + per_file[n].sightings > 0 for n in json_feeds)
    assert len(per_file["Subs.opml"].subscribed) > 100
    assert per_file["LICENSE.repo"].failures[0].reason == "unsupported"
    assert per_file["allthis-partial.json"].added + per_file["allthis-partial.json"].sightings > 0
    count = store.articles.count()
    again = ingest(store, fs, [str(FEEDS_DIR)])
    assert again.inputs == len(files)
    assert (again.added, again.updated, again.sightings) == (0, 0, 0) and store.articles.count() == count
