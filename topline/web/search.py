"""Full-text search across the archive: briefings (briefings_fts) and articles (articles_fts), with filters by
category, outlet, date and entity. Queries are read-only; filtering and snippets are pure functions."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Iterable, Sequence

from sqlalchemy.exc import SQLAlchemyError

from topline.publish.safe import plain, safe_url
from topline.publish.views import story_file
from topline.records import Article
from topline.text import slugify

FETCH_FACTOR = 4          # FTS hits fetched per result wanted, so that filtering still leaves enough
MAX_LIMIT = 100
SNIPPET_CHARS = 220
MAX_QUERY_CHARS = 200
_CONTROL = re.compile("[\x00-\x1f\x7f]")
FIRST_DATE = dt.date(1970, 1, 1)     # dates outside [FIRST_DATE, LAST_DATE] are refused as filters and editions
LAST_DATE = dt.date(2999, 12, 31)


def date_in_range(d: dt.date | None) -> bool:
    return d is None or FIRST_DATE <= d <= LAST_DATE


@dataclass(frozen=True)
class Filters:
    category: str = ""       # category slug
    outlet: str = ""         # outlet name, case-insensitive substring
    date: dt.date | None = None
    entity: str = ""         # entity name, case-insensitive

    @property
    def any(self) -> bool:
        return bool(self.category or self.outlet or self.date or self.entity)

    def as_dict(self) -> dict[str, str]:
        return {"category": self.category, "outlet": self.outlet,
                "date": self.date.isoformat() if self.date else "", "entity": self.entity}


def clean_query(q: str | None) -> str:
    return _CONTROL.sub(" ", q or "").strip()[:MAX_QUERY_CHARS]


def snippet(text: str, terms: Sequence[str], width: int = SNIPPET_CHARS) -> str:
    """About ``width`` characters of ``text`` around the first query term found (plain text)."""
    raw = text or ""
    if len(raw) > 4 * width:                    # cut a window around the first hit before cleaning it
        low = raw.lower()
        hit = min((p for p in (low.find(x.lower()) for x in terms if x) if p >= 0), default=0)
        raw = raw[max(0, hit - 2 * width):hit + 2 * width]
    t = re.sub(r"\s+", " ", plain(raw)).strip()
    if len(t) <= width:
        return t
    low = t.lower()
    pos = min((p for p in (low.find(x.lower()) for x in terms if x) if p >= 0), default=0)
    start = max(0, pos - width // 3)
    if start:                                   # begin at a word
        space = t.find(" ", start)
        start = space + 1 if 0 <= space < pos else start
    end = min(len(t), start + width)
    return ("… " if start else "") + t[start:end].strip() + (" …" if end < len(t) else "")


def _has(hay: str, needle: str) -> bool:
    return needle.lower() in (hay or "").lower()


def briefing_matches(hit: dict, f: Filters, outlets: Iterable[str] = ()) -> bool:
    """Does a briefings_fts row pass the filters? ``outlets``: outlets of the hit's story."""
    if f.category and hit.get("category") != f.category:
        return False
    if f.date and str(hit.get("date")) != f.date.isoformat():
        return False
    if f.outlet and not any(_has(o, f.outlet) for o in outlets):
        return False
    return not f.entity or _has(f"{hit.get('title', '')} {hit.get('body', '')}", f.entity)


def article_matches(a: Article, f: Filters, categories: Iterable[str] = (), entities: Iterable[str] = ()) -> bool:
    """Does an article pass the filters? ``categories``: slugs its story was ranked under; ``entities``: the
    names its enrichment found (text and canonical forms)."""
    if f.date and (a.published is None or a.published.date() != f.date):
        return False
    if f.outlet and not _has(a.source, f.outlet):
        return False
    if f.category and f.category not in set(categories):
        return False
    if f.entity:
        ents = list(entities)
        return any(_has(e, f.entity) for e in ents) or _has(f"{a.title} {a.body}", f.entity)
    return True


def _terms(q: str) -> list[str]:
    return [t for t in q.replace('"', " ").split() if t]


class _StoryRows:
    """The latest edition row of each story (with every category it was ranked under), read once per story."""

    def __init__(self, store, prefetched: dict[str, dict] | None = None) -> None:  # noqa: ANN001
        self.store = store
        self.rows: dict[str, dict | None] = dict(prefetched or {})
        self.complete = prefetched is not None      # prefetched rows cover every ranked story

    def latest(self, sid: str | None) -> dict | None:
        if not sid:
            return None
        if sid not in self.rows and not self.complete:
            rows = self.store.editions.story_history(sid)
            row = dict(rows[-1]) if rows else None
            if row is not None:
                row["categories"] = {slugify(r["category"]) for r in rows if r.get("category")}
            self.rows[sid] = row
        return self.rows.get(sid)


def _entities(store, ids: Sequence[int]) -> dict[int, list[str]]:  # noqa: ANN001
    try:
        from topline.enrich import VERSION
    except ImportError:  # pragma: no cover
        return {}
    return {aid: [x for e in en.entities for x in (e.text, e.canonical)]
            for aid, en in store.articles.enrichments(list(ids), VERSION).items()}


def _candidate_articles(store, q: str, f: Filters, n: int) -> list[Article]:  # noqa: ANN001
    if q:
        return [a for a, _score in store.articles.search(q, limit=n)]
    if f.date and date_in_range(f.date):
        start = dt.datetime.combine(f.date, dt.time(), tzinfo=dt.timezone.utc)
        return list(reversed(store.articles.in_window(start, start + dt.timedelta(days=1))))
    return []


def search_articles(store, q: str, f: Filters, limit: int, editions=None) -> list[dict]:  # noqa: ANN001
    terms = _terms(q)
    try:
        cands = _candidate_articles(store, q, f, limit * FETCH_FACTOR)
    except SQLAlchemyError:
        return []
    cands = [a for a in cands if article_matches(a, Filters(outlet=f.outlet, date=f.date))]   # cheap filters first
    ids = [a.id for a in cands if a.id is not None]
    story_of = store.stories.story_of(ids)
    stories = _StoryRows(store, editions.story_rows() if hasattr(editions, "story_rows") else None)
    ents = _entities(store, ids) if f.entity else {}
    out = []
    for a in cands:
        sid = story_of.get(a.id)
        cats = stories.latest(sid)["categories"] if f.category and stories.latest(sid) else ()
        if not article_matches(a, f, cats, ents.get(a.id, ())):
            continue
        row = stories.latest(sid)
        out.append({"id": a.id, "url": safe_url(a.original_url or a.url), "title": plain(a.title) or "(untitled)",
                    "source": plain(a.source), "published": a.published,
                    "snippet": snippet(a.body or a.summary, terms), "story_id": sid,
                    "story_html": f"/editions/{row['date'].isoformat()}/story/{story_file(sid)}.html" if row else None})
        if len(out) >= limit:
            break
    return out


def search_briefings(store, q: str, f: Filters, limit: int, editions=None) -> list[dict]:  # noqa: ANN001
    """``editions``: where stored editions are read (anything with ``get_data(date)``; default the store)."""
    get_data = editions.get_data if editions is not None else store.editions.get
    terms = _terms(q)
    if not terms:
        return []
    try:
        hits = store.editions.search(q, limit=limit * FETCH_FACTOR)
    except SQLAlchemyError:
        return []
    names: dict[tuple[str, str], str] = {}
    out = []
    for h in hits:
        outlets: tuple[str, ...] = ()
        if f.outlet:
            st = store.stories.get(h["story_id"]) if h.get("story_id") else None
            outlets = st.outlets if st else ()
        if not briefing_matches(h, f, outlets):
            continue
        date = str(h["date"])
        key = (date, str(h["category"]))
        if key not in names:
            data = get_data(dt.date.fromisoformat(date)) or {}
            for p in data.get("categories", ()):
                names[(date, str(p.get("slug")))] = plain(p.get("name", ""))
        cat_name = names.get(key, h["category"])
        title = plain(h.get("title")) or "(untitled)"
        if title == "Top Line":                 # a Top Line sentence is indexed under its section name
            title = f"{cat_name}: Top Line"
        out.append({"date": date, "category": str(h["category"]), "category_name": cat_name,
                    "story_id": h.get("story_id") or "", "title": title,
                    "snippet": snippet(h.get("body", ""), terms),
                    "html": f"/editions/{date}/{h['category']}.html"})
        if len(out) >= limit:
            break
    return out


def search(store, q: str | None, f: Filters, limit: int = 20, editions=None) -> dict:  # noqa: ANN001
    """Briefings and articles matching ``q`` and the filters (best first)."""
    q = clean_query(q)
    limit = max(1, min(MAX_LIMIT, limit))
    return {"query": q, "filters": f.as_dict(), "briefings": search_briefings(store, q, f, limit, editions),
            "articles": search_articles(store, q, f, limit, editions)}
