"""Issue 13: citations link to the URL the outlet published (www. and trailing slash kept); the canonical URL is
only the key for de-duplication and the citation checker. Real ingest, real offline edition build, real files."""
from __future__ import annotations

import datetime as dt
import json

from topline import pipeline
from topline.ingest import ingest
from topline.ingest.urls import canonical_url
from topline.publish import markdown
from topline.publish.views import RefTable
from topline.records import Citation
from topline.store import open_store

PUBLISHED = ("https://www.reuters.example/technology/kling-ai-raises-2-8-billion/",
             "https://www.bloomberg.example/news/articles/kling-round/")
ROWS = [
    {"url": PUBLISHED[0], "title": "Kling AI raises $2.8 billion from Alibaba and Tencent", "source": "Reuters",
     "published": "2025-07-02T08:00:00Z",
     "text": "Kuaishou's Kling AI has closed a $2.8 billion fundraise with participation from Alibaba and Tencent, "
             "the company said on Wednesday. The round values the video generation start-up at more than $20 "
             "billion."},
    {"url": PUBLISHED[1], "title": "Alibaba and Tencent back Kling AI's $2.8 billion round", "source": "Bloomberg",
     "published": "2025-07-02T09:00:00Z",
     "text": "Alibaba and Tencent are backing Kling AI's $2.8 billion funding round, one of the largest single AI "
             "fundraises in the Chinese market, Bloomberg reports. Kling AI said the money would pay for compute."},
]


def test_published_edition_links_to_the_published_urls(settings, tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in ROWS))
    with open_store(settings) as store:
        assert ingest(store, settings, [str(path)]).added == 2
        edition = pipeline.build_edition(store, settings, dt.date(2025, 7, 2), formats=("md", "html", "json")).edition
    cites = [c for page in edition.categories for item in page.top_line for c in item.citations]
    assert cites, "the offline writer cited nothing"
    for c in cites:
        assert c.url == canonical_url(c.published_url) and c.published_url in PUBLISHED
    day = settings.output_dir / "2025-07-02"
    published = "".join(p.read_text(encoding="utf-8") for p in day.rglob("*") if p.suffix in (".md", ".html"))
    assert any(u in published for u in PUBLISHED)
    for u in PUBLISHED:
        assert f'href="{canonical_url(u)}"' not in published and f"(<{canonical_url(u)}>)" not in published
    stored = json.loads((day / "edition.json").read_text(encoding="utf-8"))
    assert PUBLISHED[0] in json.dumps(stored) or PUBLISHED[1] in json.dumps(stored)


def test_one_number_per_article_whatever_url_variant_was_cited():
    table = RefTable()
    a = Citation(url="https://example.com/a", source="Ex", published_url="https://www.example.com/a/")
    b = Citation(url="https://example.com/a", source="Ex", published_url="https://example.com/a?utm_source=x")
    refs = table.cite([a, b])
    assert len(refs) == 1 and refs[0].url == "https://www.example.com/a/"


def test_citations_without_a_published_url_fall_back_to_the_canonical_one():
    old = Citation(url="https://example.com/a", source="Ex")       # editions stored before the field existed
    assert old.link == "https://example.com/a"
    assert "(<https://example.com/a>)" in markdown._cites([old])
