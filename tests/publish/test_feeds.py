"""RSS and Atom feeds parse back with feedparser, and every entry is checked."""
from __future__ import annotations

import feedparser

from topline.publish import FORMATS, publish
from topline.publish.feeds import feed_xml
from topline.publish.views import story_file

BASE = "https://news.example.org/editions/"


def _expected_entries(editions, slug):
    out = {}
    for e in editions:
        for p in e.categories:
            if slug is None:
                out[f"urn:topline:{e.date.isoformat()}:{p.slug}"] = (f"{p.name} — {e.date.isoformat()}",
                                                                      f"{BASE}{e.date.isoformat()}/{p.slug}.html")
            elif p.slug == slug:
                for d in p.key_developments:
                    out[f"urn:topline:{e.date.isoformat()}:{slug}:{story_file(d.story_id)}"] = (
                        d.headline, f"{BASE}{e.date.isoformat()}/story/{story_file(d.story_id)}.html")
                for n, s in enumerate(p.signals, 1):
                    out[f"urn:topline:{e.date.isoformat()}:{slug}:signal-{n}"] = (
                        f"Signal: {s.title}", f"{BASE}{e.date.isoformat()}/{slug}.html#signals-trends")
    return out


def _check(xml: bytes, kind: str, editions, slug):
    f = feedparser.parse(xml)
    assert not f.bozo, f.bozo_exception
    assert f.version == ("rss20" if kind == "rss" else "atom10")
    expected = _expected_entries(editions, slug)
    assert len(f.entries) == len(expected) > 0
    for entry in f.entries:
        title, link = expected[entry.id]
        assert entry.title == title
        assert entry.link == link
        assert entry.published_parsed is not None
        assert entry.summary
        content = entry.content[0].value if "content" in entry else entry.summary
        assert "<script" not in content.lower()
    return f


def test_category_and_edition_feeds_of_every_kind_parse_back(sample):
    eds = sample.editions
    slugs = {p.slug for e in eds for p in e.categories}
    for kind in ("rss", "atom"):
        for slug in [None, *sorted(slugs)]:
            _check(feed_xml(eds, kind, BASE, slug, self_url=f"{BASE}feeds/x.{kind}"), kind,
                   [e for e in eds], slug)


def test_published_feed_files_parse_back_and_cite_the_articles(sample, tmp_path):
    for e in sample.editions:
        publish(e, tmp_path, FORMATS, store=sample.store, base_url=BASE)
    files = sorted((tmp_path / "feeds").glob("*.*")) + sorted((tmp_path / "2025-07-03" / "feeds").glob("*.*"))
    assert len(files) == 2 * 2 * 4     # (root + day) x (rss, atom) x (edition + 3 categories)
    for path in files:
        f = feedparser.parse(path.read_bytes())
        assert not f.bozo, (path, f.bozo_exception)
        assert f.entries, path
    # a category feed's entries carry the cited articles as links
    f = feedparser.parse((tmp_path / "feeds" / "capital-industrial-strategy.atom").read_bytes())
    kling = next(x for x in f.entries if x.id.endswith("2025-07-03:capital-industrial-strategy:s-kling"))
    urls = {a.url for a in sample.articles if a.metadata.get("story") == "kling"}
    assert all(u in kling.content[0].value for u in urls)


def test_feed_text_with_control_characters_stays_valid_xml(sample):
    import dataclasses
    e = sample.latest
    page = e.categories[0]
    bad = dataclasses.replace(page.key_developments[0], headline="Kling\x00\x0b raises \ufffe<b>$2.8bn</b>")
    e2 = dataclasses.replace(e, categories=(dataclasses.replace(page, key_developments=(bad,)),))
    for kind in ("rss", "atom"):
        f = feedparser.parse(feed_xml([e2], kind, BASE, page.slug))
        assert not f.bozo
        assert f.entries[0].title == "Kling raises $2.8bn"
