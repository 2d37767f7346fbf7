"""RSS 2.0 and Atom feeds, per category and for the whole edition (feedgen writes the XML).

A category feed has one entry per Key Development and per Signal; the whole-edition feed has one entry per
category page. A feed may span several editions (newest first): the site's root feeds carry the latest
``FEED_EDITIONS`` editions so that a reader subscribed to one URL sees each new edition arrive.

Entry content is HTML built from escaped text, then passed through nh3 (``safe.clean_fragment``); every link in
it is an http(s) URL. Links to our own pages are absolute, made from ``base_url`` (the public address of the
site root, e.g. ``https://news.example.org/editions/``).
"""
from __future__ import annotations

import datetime as dt
from typing import Iterable, Sequence

from feedgen.feed import FeedGenerator
from markupsafe import escape

from topline.publish.safe import clean_fragment, plain, safe_url, xml_text
from topline.publish.views import extra_watch, story_file
from topline.records import CategoryPage, Citation, Edition

FEED_EDITIONS = 7        # editions in a root feed: a week of dailies
FEED_KINDS = ("rss", "atom")


def _t(value: object) -> str:
    """A title: plain text with no "<" or ">" at all, so it stays text in readers that render titles as HTML."""
    return xml_text(plain(value)).replace("<", "\u2039").replace(">", "\u203a")


def _summary(value: object) -> str:
    """A summary as escaped HTML (RSS descriptions are HTML by convention; Atom gets type="html")."""
    return str(escape(xml_text(plain(value))))


def _when(edition: Edition) -> dt.datetime:
    if edition.generated_at:
        return edition.generated_at if edition.generated_at.tzinfo else edition.generated_at.replace(
            tzinfo=dt.timezone.utc)
    return dt.datetime.combine(edition.date, dt.time(6), tzinfo=dt.timezone.utc)


def _cites_html(citations: Iterable[Citation]) -> str:
    parts, seen = [], set()
    for c in citations:
        url = safe_url(c.link)
        if not url or c.url in seen:
            continue
        seen.add(c.url)
        parts.append(f'<a href="{escape(url)}">{escape(plain(c.source) or "source")}</a>')
    return f" <small>({', '.join(parts)})</small>" if parts else ""


def _para(text: str, citations: Iterable[Citation]) -> str:
    return f"<p>{escape(plain(text))}{_cites_html(citations)}</p>"


def _page_url(base: str, edition: Edition, slug: str) -> str:
    return f"{base}{edition.date.isoformat()}/{slug}.html"


def _story_url(base: str, edition: Edition, story_id: str) -> str:
    return f"{base}{edition.date.isoformat()}/story/{story_file(story_id)}.html"


def _category_entries(edition: Edition, page: CategoryPage, base: str) -> list[dict]:
    out = []
    for d in page.key_developments:
        html = "".join(_para(p.text, p.citations) for p in d.paragraphs)
        out.append(dict(id=f"urn:topline:{edition.date.isoformat()}:{page.slug}:{story_file(d.story_id)}",
                        title=_t(d.headline), link=_story_url(base, edition, d.story_id), html=html,
                        summary=_summary(d.paragraphs[0].text if d.paragraphs else d.headline),
                        category=_t(page.name)))
    for n, s in enumerate(page.signals, 1):
        watch = extra_watch(s)
        html = _para(s.text, s.citations) + (f"<p><strong>Watch:</strong> {escape(watch)}</p>" if watch else "")
        out.append(dict(id=f"urn:topline:{edition.date.isoformat()}:{page.slug}:signal-{n}",
                        title=_t(f"Signal: {plain(s.title)}"), link=_page_url(base, edition, page.slug) +
                        "#signals-trends", html=html, summary=_summary(s.text), category=_t(page.name)))
    return out


def _edition_entries(edition: Edition, base: str) -> list[dict]:
    out = []
    for page in edition.categories:
        items = "".join(f"<li>{escape(plain(t.text))}{_cites_html(t.citations)}</li>" for t in page.top_line)
        heads = "".join(f'<li><a href="{escape(_story_url(base, edition, d.story_id))}">{escape(plain(d.headline))}'
                        f"</a></li>" for d in page.key_developments)
        html = (f"<h3>Top Line</h3><ul>{items}</ul>" if items else "") + \
            (f"<h3>Key Developments</h3><ul>{heads}</ul>" if heads else "")
        lead = page.top_line[0].text if page.top_line else page.description
        out.append(dict(id=f"urn:topline:{edition.date.isoformat()}:{page.slug}",
                        title=_t(f"{plain(page.name)} — {edition.date.isoformat()}"),
                        link=_page_url(base, edition, page.slug), html=html, summary=_summary(lead),
                        category=_t(page.name)))
    return out


def feed_xml(editions: Sequence[Edition], kind: str, base_url: str, slug: str | None = None,
             self_url: str = "") -> bytes:
    """The RSS (``kind="rss"``) or Atom feed of ``editions`` (newest first), for one category or all."""
    if kind not in FEED_KINDS:
        raise ValueError(f"unknown feed kind {kind!r}")
    editions = sorted(editions, key=lambda e: e.date, reverse=True)
    title = plain(editions[0].title) if editions else "Topline"
    name = next((p.name for e in editions for p in e.categories if p.slug == slug), slug) if slug else ""
    fg = FeedGenerator()
    fg.id(f"urn:topline:feed:{slug or 'edition'}")
    fg.title(_t(f"{title} — {plain(name)}" if slug else f"{title} — daily edition"))
    home = f"{base_url}{editions[0].date.isoformat()}/{slug + '.html' if slug else 'index.html'}" if editions \
        else base_url
    fg.link(href=home, rel="alternate")
    if safe_url(self_url):
        fg.link(href=safe_url(self_url), rel="self")
    fg.description(_t(f"Strategic intelligence briefing: {plain(name)}" if slug else
                      "Strategic intelligence briefing, every category"))
    fg.language("en")
    fg.updated(_when(editions[0]) if editions else dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc))
    for e in editions:
        entries = _edition_entries(e, base_url) if slug is None else \
            [x for p in e.categories if p.slug == slug for x in _category_entries(e, p, base_url)]
        for x in entries:
            fe = fg.add_entry(order="append")
            fe.id(x["id"])
            fe.guid(x["id"], permalink=False)
            fe.title(x["title"] or "(untitled)")
            fe.link(href=x["link"])
            fe.summary(x["summary"] or _summary(x["title"]) or "(no summary)", type="html")
            fe.content(clean_fragment(x["html"]) or "<p></p>", type="html")
            fe.category(term=x["category"] or "general")
            fe.published(_when(e))
            fe.updated(_when(e))
    return fg.rss_str(pretty=True) if kind == "rss" else fg.atom_str(pretty=True)


def feed_names(edition: Edition) -> list[tuple[str, str | None]]:
    """(file stem, category slug or None) for every feed of an edition."""
    return [("edition", None)] + [(p.slug, p.slug) for p in edition.categories]
