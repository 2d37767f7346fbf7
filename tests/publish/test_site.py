"""The static site: sections in the example briefing's order, relative links that resolve, story pages with
every article and outlet, ranking factors and timeline, the archive, Markdown and the JSON contract."""
from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import urlsplit

from lxml import html as lxml_html

from topline.publish import FORMATS, publish

SECTIONS = ["Top Line", "Key Developments", "Signals & Trends", "Explore Other Categories"]


def _publish_all(sample, out: Path, store=True) -> list[Path]:
    paths: list[Path] = []
    for e in sample.editions:
        paths = publish(e, out, FORMATS, store=sample.store if store else None)
    return paths


def _doc(path: Path):
    return lxml_html.fromstring(path.read_text(encoding="utf-8"))


def test_category_page_has_the_briefing_sections_in_order_and_links_to_other_categories(sample, tmp_path):
    out = tmp_path / "site"
    _publish_all(sample, out)
    ed = sample.latest
    for page in ed.categories:
        doc = _doc(out / ed.date.isoformat() / f"{page.slug}.html")
        h2 = [h.text_content().strip() for h in doc.xpath("//h2")]
        assert [h for h in h2 if h in SECTIONS] == SECTIONS
        explore = doc.xpath("//nav[@class='explore']//a/@href")
        assert sorted(explore) == sorted(f"{o.slug}.html" for o in ed.categories if o.slug != page.slug)
        # every citation is a visible numbered link to the cited article
        cites = doc.xpath("//a[@class='cite']")
        cited_urls = {c.url for t in page.top_line for c in t.citations} | \
            {c.url for d in page.key_developments for p in d.paragraphs for c in p.citations}
        assert cites and {a.get("href") for a in cites} >= cited_urls
        assert all(a.text_content().strip().isdigit() for a in cites)
        # a signal with a trend over days gets an inline SVG sparkline
        if any(len(s.trend) > 1 for s in page.signals):
            assert doc.xpath("//section[@class='signal']//svg[@class='spark']/polyline")


def test_every_relative_link_in_the_site_resolves_to_a_file(sample, tmp_path):
    out = tmp_path / "site"
    _publish_all(sample, out)
    pages = list(out.rglob("*.html"))
    assert len(pages) >= 10
    checked = 0
    for p in pages:
        doc = _doc(p)
        for href in doc.xpath("//a/@href | //link/@href"):
            parts = urlsplit(href)
            if parts.scheme or href.startswith("/"):
                assert parts.scheme in ("http", "https"), (p, href)
                continue
            target = (p.parent / parts.path).resolve()
            assert target.is_file(), f"{p.relative_to(out)} links to missing {href}"
            checked += 1
    assert checked > 50


def test_story_page_lists_every_article_outlet_day_and_ranking_factor(sample, tmp_path):
    out = tmp_path / "site"
    _publish_all(sample, out)
    ed = sample.latest
    story = sample.store.stories.get("s-kling")
    arts = sample.store.articles.by_ids(list(story.article_ids))
    doc = _doc(out / ed.date.isoformat() / "story" / "s-kling.html")
    text = doc.text_content()
    hrefs = set(doc.xpath("//ul[@class='articles']//a/@href"))
    assert hrefs == {a.url for a in arts}
    for a in arts:
        assert a.source in text and a.title in text
    rows = {r["story_id"]: r for r in sample.store.editions.ranked_stories(ed.date)}
    factors = doc.xpath("//table[@class='factors']/tbody/tr")
    assert len(factors) == len(rows["s-kling"]["factors"])
    assert f"{rows['s-kling']['score']:.3f}" in text
    assert "independent outlets" in text and "3 independent outlets" in text
    # its timeline across editions links each day's page
    days = doc.xpath("//ol[@class='appearances']//a/@href")
    assert [Path(h).parent.name for h in days] == ["2025-07-02", "2025-07-03"]
    assert doc.xpath("//section[@class='timeline']//svg[@class='spark']")


def test_archive_lists_every_edition_newest_first(sample, tmp_path):
    out = tmp_path / "site"
    _publish_all(sample, out)
    doc = _doc(out / "index.html")
    dates = [h.split("/")[0] for h in doc.xpath("//ol[@class='archive']/li/h2/a/@href")]
    assert dates == ["2025-07-03", "2025-07-02", "2025-07-01"]
    # the archive also works without a store: it is rebuilt from the folders already published
    out2 = tmp_path / "nostore"
    _publish_all(sample, out2, store=False)
    doc2 = _doc(out2 / "index.html")
    assert [h.split("/")[0] for h in doc2.xpath("//ol[@class='archive']/li/h2/a/@href")] == dates


def test_markdown_keeps_the_example_briefing_layout_and_json_keeps_the_contract(sample, tmp_path):
    out = tmp_path / "site"
    _publish_all(sample, out)
    ed = sample.latest
    page = ed.categories[0]
    md = (out / ed.date.isoformat() / f"{page.slug}.md").read_text(encoding="utf-8")
    heads = [line[3:] for line in md.splitlines() if line.startswith("## ")]
    assert heads == SECTIONS
    # read back independently of the writer: one bullet per Top Line item, in order, carrying its text and a link
    # to every source it cites; one ### heading per development; a link to each other category's page
    sections = re.split(r"^## .*$", md, flags=re.M)
    bullets = [line[2:] for line in sections[1].splitlines() if line.startswith("- ")]
    assert len(bullets) == len(page.top_line) > 0

    def unescape(t: str) -> str:
        return re.sub(r"\\([\\\[\]])", r"\1", t).replace("&lt;", "<")

    for bullet, item in zip(bullets, page.top_line):
        assert unescape(bullet).startswith(item.text), (bullet, item.text)
        assert all(f"(<{c.url}>)" in bullet for c in item.citations), bullet
    assert [line[4:] for line in sections[2].splitlines() if line.startswith("### ")] == \
        [d.headline for d in page.key_developments]
    for d in page.key_developments:
        for para in d.paragraphs:
            assert para.text.split(". ")[0] in unescape(sections[2]), para.text
    assert sorted(re.findall(r"\]\(([\w-]+)\.md\)", sections[4])) == \
        sorted(o.slug for o in ed.categories if o.slug != page.slug)
    data = json.loads((out / ed.date.isoformat() / "edition.json").read_text(encoding="utf-8"))
    assert data["date"] == ed.date.isoformat()
    assert [c["slug"] for c in data["categories"]] == [c.slug for c in ed.categories]
    first = data["categories"][0]
    assert [t["text"] for t in first["top_line"]] == [t.text for t in page.top_line]
    assert [[c["url"] for c in t["citations"]] for t in first["top_line"]] == \
        [[c.url for c in t.citations] for t in page.top_line]
    assert {"date", "categories", "manifest"} <= set(data)
    assert {"top_line", "key_developments", "signals", "name", "slug"} <= set(data["categories"][0])


def test_pages_read_on_a_phone_and_need_no_script(sample, tmp_path):
    out = tmp_path / "site"
    _publish_all(sample, out)
    for p in out.rglob("*.html"):
        src = p.read_text(encoding="utf-8")
        assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in src
        assert "<script" not in src.lower()
        assert " style=" not in src     # CSP without unsafe-inline: no inline style attributes
    css = (out / "style.css").read_text(encoding="utf-8")
    assert re.search(r"@media \(max-width: \d+px\)", css)


def test_unknown_format_is_refused(sample, tmp_path):
    import pytest
    with pytest.raises(ValueError, match="unknown format"):
        publish(sample.latest, tmp_path, ("pdf",))
