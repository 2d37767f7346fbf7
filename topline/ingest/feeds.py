"""Feeds to articles: RSS 0.9x/1.0/2.0 and Atom through feedparser, JSON Feed 1.0/1.1 (and RSS-in-JSON) by hand.

A feed that cannot be read at all raises InputError with a stable reason (``not_a_feed``, ``parse_error``,
``encoding_error``, ``empty``). A feed that is damaged but still yields entries (truncated XML, a wrong declared
encoding) gives its entries *and* a Failure naming the file, so nothing readable is lost and the damage shows.
"""
from __future__ import annotations

import io
import json
import re
import xml.sax
from dataclasses import dataclass, field, replace
from typing import Any, Mapping
from urllib.parse import urljoin, urlsplit

import feedparser

from topline.config import IngestSettings
from topline.errors import InputError, Reason
from topline.ingest import jsonsafe, limits
from topline.ingest.htmltext import (from_struct_time, html_to_text, looks_like_html, parse_date, title_from_text,
                                      utc_offset)
from topline.ingest.urls import canonical_url, host_of, known_outlet, outlet_from_url, registrable_domain
from topline.records import Article, Failure

JSON_FEED_PREFIXES = ("https://jsonfeed.org/version/", "http://jsonfeed.org/version/")
JSON_ITEM_KEYS = {"content_html", "content_text", "date_published"}   # fields only JSON Feed items carry
_TITLE_SEPARATORS = re.compile(r"\s+(?:[-|>»:–—·]|::)\s+")
_FEED_ROOTS = re.compile(rb"<(?:[a-z0-9]+:)?(rss|rdf|feed|channel)\b", re.I)


@dataclass
class ParsedFeed:
    title: str = ""
    link: str = ""
    kind: str = ""                                   # rss20 | atom10 | rss10 | json1.1 | rss-json ...
    articles: list[Article] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    entries: int = 0                                 # entries seen, readable or not


@dataclass(frozen=True)
class FeedContext:
    """Where a feed came from and how its entries are attributed."""
    origin: str                                      # file path or feed URL (names failures)
    base_url: str | None = None                      # resolves relative links
    source_name: str | None = None                   # explicit outlet name: wins over everything
    feed_name: str | None = None                     # a subscription's name: used like the feed title
    limits: IngestSettings = limits.DEFAULT          # caps on fields and on entries per feed


# --- shared ---------------------------------------------------------------------------------------------------

def clean_feed_title(title: str) -> str:
    """"Ars Technica - All content" -> "Ars Technica"."""
    title = html_to_text(title or "")
    head = _TITLE_SEPARATORS.split(title, maxsplit=1)[0].strip()
    return head if len(head) >= 2 else title.strip()


def choose_outlet(link: str, ctx: FeedContext, feed_title: str, feed_link: str) -> str:
    """--source, else a known outlet of the article's domain, else the feed's own name, else the domain."""
    if ctx.source_name:
        return ctx.source_name
    known = known_outlet(link)
    if known:
        return known
    domain = registrable_domain(host_of(link))
    name = clean_feed_title(ctx.feed_name or feed_title)
    site = feed_link or ctx.base_url or ""
    if name and (not site or not domain or registrable_domain(host_of(site)) == domain):
        return name
    return outlet_from_url(link) or name


def _absolute(link: str, *bases: str | None) -> str:
    link = (link or "").strip()
    if link.startswith(("http://", "https://")):
        return link
    for base in bases:
        if base and base.startswith(("http://", "https://")) and link:
            try:
                joined = urljoin(base, link)
            except ValueError:                       # a malformed base (bad IPv6 literal, bad port)
                continue
            if joined.startswith(("http://", "https://")):
                return joined
    return ""


def _language(value: str | None) -> str | None:
    value = (value or "").strip().lower().replace("_", "-")
    return value.split("-", 1)[0] or None if value else None


def _separate_fragments(articles: list[Article]) -> list[Article]:
    """Posts told apart only by a #fragment (one page per day, one anchor per post) keep their fragment."""
    seen: dict[str, int] = {}
    for a in articles:
        seen[a.url] = seen.get(a.url, 0) + 1
    out = []
    for a in articles:
        frag = urlsplit(a.original_url or "").fragment
        if seen[a.url] > 1 and frag:
            a = replace(a, url=f"{a.url}#{frag}")
        out.append(a)
    return out


def _make_article(ctx: FeedContext, feed: ParsedFeed, *, link: str, title: str, text: str, summary: str,
                  published, author: str | None, entry_id: str | None, language: str | None,  # noqa: ANN001
                  metadata: Mapping[str, Any] | None = None, published_offset: int | None = None) -> Article:
    if not title:
        title = title_from_text(text or summary)
    link = limits.check_url(link, ctx.limits)
    return Article(url=canonical_url(link), original_url=link, title=title, text=text, summary=summary,
                   published=published, published_missing=published is None, published_offset=published_offset,
                   source=choose_outlet(link, ctx, feed.title, feed.link), language=language,
                   author=author or None, external_id=entry_id or None, metadata=dict(metadata or {}))


def _split_body(content: str, summary: str, full_text_chars: int) -> tuple[str, str]:
    """(text, summary): content is the text; a long description with no content counts as text too."""
    if content:
        return content, summary if summary and summary != content else ""
    if len(summary) >= full_text_chars:
        return summary, ""
    return "", summary


def _read_entries(feed: ParsedFeed, entries: list, ctx: FeedContext, make, label: str) -> None:  # noqa: ANN001
    """Each entry through ``make(entry, n)`` and the caps: a bad entry becomes its Failure, never the feed's."""
    cap = ctx.limits.max_items_per_feed
    for n, entry in enumerate(entries[:cap], 1):
        try:
            article, notes = limits.checked_article(make(entry, n), ctx.limits)
        except Exception as exc:  # noqa: BLE001 - one bad entry fails alone, whatever it broke
            err = limits.as_input_error(exc)
            message = str(err) if str(err).startswith(f"{label} {n}") else f"{label} {n}: {err}"
            feed.failures.append(Failure(ctx.origin, err.reason, message, err.line))
            continue
        feed.articles.append(article)
        feed.failures.extend(Failure(ctx.origin, Reason.TRUNCATED.value, f"{label} {n}: {note}") for note in notes)
    if len(entries) > cap:
        feed.failures.append(Failure(ctx.origin, Reason.TRUNCATED.value, f"kept the first {cap} of {len(entries)} "
                                     f"{label}s (ingest.max_items_per_feed)"))


# --- XML feeds (feedparser) -----------------------------------------------------------------------------------

def _xml_problem(parsed: Any) -> InputError | None:
    """What is wrong with a bozo feed (with the XML line when known), None when the bozo flag is harmless."""
    if not parsed.get("bozo"):
        return None
    exc = parsed.get("bozo_exception")
    name = type(exc).__name__
    if name in ("CharacterEncodingOverride", "CharacterEncodingUnknown"):
        return InputError(f"wrong or unknown character encoding: {exc}", Reason.ENCODING)
    if isinstance(exc, xml.sax.SAXParseException):
        return InputError(f"malformed XML: {exc.getMessage()}", Reason.PARSE_ERROR, line=exc.getLineNumber())
    if isinstance(exc, xml.sax.SAXException):
        return InputError(f"malformed XML: {exc}", Reason.PARSE_ERROR)
    return None


def _entry_text(entry: Any) -> tuple[str, str]:
    contents = entry.get("content") or []
    content = max((html_to_text(c.get("value", "")) for c in contents), key=len, default="")
    summary = html_to_text(entry.get("summary", "") or "")
    return content, summary


def _entry_link(entry: Any, ctx: FeedContext, feed_link: str) -> str:
    link = entry.get("link") or ""
    if not link:
        guid = entry.get("id") or ""
        link = guid if guid.startswith(("http://", "https://")) else ""
    if not link:
        for candidate in entry.get("links") or []:
            if candidate.get("rel", "alternate") == "alternate" and candidate.get("href"):
                link = candidate["href"]
                break
    return _absolute(link, ctx.base_url, feed_link)


def _xml_entry(entry: Any, n: int, ctx: FeedContext, feed: ParsedFeed, lang: str | None,
               full_text_chars: int) -> Article:
    link = _entry_link(entry, ctx, feed.link)
    title = entry.get("title", "") or ""
    title = html_to_text(title) if looks_like_html(title) else " ".join(title.split())
    if not link:
        raise InputError(f"entry {n} ({title[:60]!r}): no usable link", Reason.MISSING_FIELD)
    content, summary = _entry_text(entry)
    text, summary = _split_body(content, summary, full_text_chars)
    if not (title or text or summary):
        raise InputError(f"entry {n}: no title and no text", Reason.NO_TEXT)
    published, offset = None, None
    for key in ("published", "updated", "created"):   # feedparser's *_parsed is UTC: the offset is in the raw string
        published = from_struct_time(entry.get(f"{key}_parsed"))
        if published:
            offset = utc_offset(entry.get(key))
            break
    detail = entry.get("title_detail") or {}
    return _make_article(ctx, feed, link=link, title=title, text=text, summary=summary, published=published,
                         published_offset=offset,
                         author=html_to_text(entry.get("author", "") or ""), entry_id=entry.get("id"),
                         language=_language(detail.get("language")) or lang)


def _feedparser(data: bytes, base_url: str | None) -> Any:
    headers = {"content-location": base_url} if base_url else None
    # BytesIO: feedparser treats a bare string that looks like a URL or path as something to open.
    # Its HTML sanitiser is skipped: every HTML field is reduced to plain text here (scripts dropped).
    return feedparser.parse(io.BytesIO(data), response_headers=headers, sanitize_html=False,
                            resolve_relative_uris=False)


def _repaired_xml(data: bytes) -> bytes | None:
    """The document re-serialised by lxml's recovering parser (no entities, DTDs or network), or None."""
    from lxml import etree
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    try:
        root = etree.fromstring(data, parser)
    except (etree.XMLSyntaxError, ValueError):
        return None
    return None if root is None else etree.tostring(root, encoding="utf-8", xml_declaration=True)


def _parse_damaged(data: bytes, ctx: FeedContext) -> tuple[Any, InputError | None]:
    """feedparser's result, and what was wrong when feedparser itself failed on damaged XML (it raises
    TypeError on an end tag without its start tag, e.g. a stray </width>): the XML is then repaired by lxml and
    read again, so the entries survive; InputError(parse_error) when even that fails."""
    data = limits.mark_bad_char_refs(data)
    try:
        return _feedparser(data, ctx.base_url), None
    except Exception as exc:  # noqa: BLE001 - a library failure on one document must not escape as a crash
        failure = f"the feed parser failed on damaged XML ({type(exc).__name__}: {exc})"
    repaired = _repaired_xml(data)
    if repaired is not None:
        try:
            return _feedparser(repaired, ctx.base_url), InputError(f"{failure}; read again after repairing the XML",
                                                                   Reason.PARSE_ERROR)
        except Exception:  # noqa: BLE001, S110
            pass
    raise InputError(failure, Reason.PARSE_ERROR)


def parse_xml_feed(data: bytes, ctx: FeedContext, full_text_chars: int = 600) -> ParsedFeed:
    parsed, repaired = _parse_damaged(data, ctx)
    problem = _xml_problem(parsed) or repaired
    meta = parsed.get("feed", {}) or {}
    feed = ParsedFeed(title=html_to_text(meta.get("title", "") or ""), link=meta.get("link", "") or "",
                      kind=parsed.get("version", "") or "", entries=len(parsed.entries))
    if not parsed.entries:
        raise _no_entries(data, parsed, problem)
    lang = _language(meta.get("language"))
    _read_entries(feed, parsed.entries, ctx, lambda e, n: _xml_entry(e, n, ctx, feed, lang, full_text_chars),
                  "entry")
    if problem:
        feed.failures.append(Failure(ctx.origin, problem.reason, f"{problem} ({len(feed.articles)} entries still "
                                                                 f"read)", problem.line))
    feed.articles = _separate_fragments(feed.articles)
    return feed


def _no_entries(data: bytes, parsed: Any, problem: InputError | None) -> InputError:
    looks_like_feed = bool(_FEED_ROOTS.search(data[:4096]))
    if parsed.get("version") and not problem:
        return InputError("the feed has no entries", Reason.EMPTY)
    if problem and (looks_like_feed or problem.reason == Reason.ENCODING.value):
        return problem
    return InputError("not an RSS, Atom or JSON feed", Reason.NOT_A_FEED)


# --- JSON Feed ------------------------------------------------------------------------------------------------

def _salvage_items(text: str) -> tuple[dict, list[dict]]:
    """From a truncated JSON Feed: its header fields and every item that was complete."""
    header: dict = {}
    decoder = json.JSONDecoder(strict=False)
    for key in ("version", "title", "home_page_url", "language"):
        m = re.search(r'"%s"\s*:\s*("(?:[^"\\]|\\.)*")' % key, text)
        if m:
            try:                     # a damaged header field is lost alone, not the items after it
                header[key] = decoder.decode(m.group(1))
            except json.JSONDecodeError:
                pass
    m = re.search(r'"items"\s*:\s*\[', text)
    items: list[dict] = []
    pos = m.end() if m else len(text)
    while pos < len(text):
        while pos < len(text) and text[pos] in " \t\r\n,":
            pos += 1
        try:
            obj, pos = decoder.raw_decode(text, pos)
        except RecursionError:
            try:
                obj, pos = jsonsafe.too_deep(), jsonsafe.skip_value(text, pos)
            except json.JSONDecodeError:
                break
        except json.JSONDecodeError:
            break
        if isinstance(obj, (dict, InputError)):
            items.append(obj)
    return header, items


def _authors(obj: Mapping) -> str:
    people = obj.get("authors") or ([obj["author"]] if isinstance(obj.get("author"), dict) else [])
    names = [p.get("name", "") for p in people if isinstance(p, dict) and p.get("name")]
    return ", ".join(names)


def _json_item(item: Mapping, n: int, ctx: FeedContext, feed: ParsedFeed, lang: str | None,
               default_author: str, full_text_chars: int) -> Article:
    if isinstance(item, InputError):                 # an item jsonsafe could not decode
        raise InputError(f"item {n}: {item}", item.reason)
    if not isinstance(item, Mapping):
        raise InputError(f"item {n}: not a JSON object", Reason.BAD_VALUE)
    ident = str(item.get("id", "") or "")
    link = _absolute(str(item.get("url") or item.get("external_url") or ""), ctx.base_url, feed.link) or \
        (ident if ident.startswith(("http://", "https://")) else "")
    title = html_to_text(str(item.get("title", "") or ""))
    if not link:
        raise InputError(f"item {n} (id {ident[:60]!r}): no url", Reason.MISSING_FIELD)
    content = str(item.get("content_text") or "") or html_to_text(str(item.get("content_html") or ""))
    text, summary = _split_body(content, html_to_text(str(item.get("summary") or "")), full_text_chars)
    if not (title or text or summary):
        raise InputError(f"item {n} (id {ident[:60]!r}): no title and no text", Reason.NO_TEXT)
    try:
        stamp = item.get("date_published") if parse_date(item.get("date_published")) else item.get("date_modified")
        published = parse_date(stamp)
    except ValueError as exc:
        raise InputError(f"item {n}: bad date: {exc}", Reason.BAD_VALUE) from None
    extensions = {k: v for k, v in item.items() if isinstance(k, str) and k.startswith("_")}
    return _make_article(ctx, feed, link=link, title=title, text=text, summary=summary, published=published,
                         published_offset=utc_offset(stamp) if published else None,
                         author=_authors(item) or default_author, entry_id=ident,
                         language=_language(item.get("language")) or lang, metadata=extensions)


def _rss_json_items(doc: Mapping) -> tuple[dict, list]:
    """Dave Winer's RSS-in-JSON ({"rss": {"channel": {...}}}) mapped onto JSON Feed fields."""
    channel = doc["rss"].get("channel", {}) or {}
    items = channel.get("item", []) or []
    items = [items] if isinstance(items, dict) else items
    mapped = [{"id": i.get("guid") if isinstance(i.get("guid"), str) else None, "url": i.get("link"),
               "title": i.get("title"), "content_html": i.get("description"),
               "date_published": i.get("pubDate")} if isinstance(i, dict) else i for i in items]
    return {"title": channel.get("title"), "home_page_url": channel.get("link"),
            "language": channel.get("language")}, mapped


def _load_json_feed(data: bytes) -> tuple[dict, list, str, str | None]:
    """(header, items, kind, damage) for JSON Feed or RSS-in-JSON; raises InputError when unreadable."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"JSON feed is not UTF-8: {exc}", Reason.ENCODING) from None
    try:
        doc = jsonsafe.loads(text)               # a too-deep item fails alone (see jsonsafe)
    except json.JSONDecodeError as exc:
        header, items = _salvage_items(text)
        version = str(header.get("version", ""))
        if not (version.startswith(JSON_FEED_PREFIXES) or any(JSON_ITEM_KEYS & set(i) for i in items
                                                              if isinstance(i, dict))):
            raise InputError(f"not valid JSON: {exc}", Reason.PARSE_ERROR) from None
        return header, items, "json" + version.rpartition("/")[2], f"truncated or malformed JSON: {exc}"
    if isinstance(doc, dict) and isinstance(doc.get("rss"), dict):
        header, items = _rss_json_items(doc)
        return header, items, "rss-json", None
    if not isinstance(doc, dict) or not str(doc.get("version", "")).startswith(JSON_FEED_PREFIXES):
        raise InputError("JSON, but not a JSON Feed", Reason.NOT_A_FEED)
    items = doc.get("items")
    if not isinstance(items, list):
        raise InputError('JSON Feed without an "items" list', Reason.PARSE_ERROR)
    return doc, items, "json" + str(doc["version"]).rsplit("/", 1)[-1], None


def parse_json_feed(data: bytes, ctx: FeedContext, full_text_chars: int = 600) -> ParsedFeed:
    header, items, kind, damage = _load_json_feed(data)
    feed = ParsedFeed(title=html_to_text(str(header.get("title") or "")),
                      link=str(header.get("home_page_url") or ""), kind=kind, entries=len(items))
    if not items:
        if damage:
            raise InputError(damage, Reason.PARSE_ERROR)
        raise InputError("the feed has no items", Reason.EMPTY)
    lang, author = _language(header.get("language")), _authors(header)
    _read_entries(feed, items, ctx, lambda i, n: _json_item(i, n, ctx, feed, lang, author, full_text_chars),
                  "item")
    if damage:
        feed.failures.append(Failure(ctx.origin, Reason.PARSE_ERROR.value,
                                     f"{damage} ({len(feed.articles)} items still read)"))
    feed.articles = _separate_fragments(feed.articles)
    return feed


def is_json_feed_doc(doc: Any) -> bool:
    """A decoded JSON document that is a JSON Feed or RSS-in-JSON."""
    return isinstance(doc, dict) and (str(doc.get("version", "")).startswith(JSON_FEED_PREFIXES)
                                      or isinstance(doc.get("rss"), dict))


def parse_feed(data: bytes, ctx: FeedContext, full_text_chars: int = 600) -> ParsedFeed:
    """Any supported feed format; raises InputError(not_a_feed | parse_error | encoding_error | empty)."""
    stripped = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped[:1] in (b"{", b"["):
        return parse_json_feed(data, ctx, full_text_chars)
    return parse_xml_feed(data, ctx, full_text_chars)

