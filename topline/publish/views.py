"""What a page shows, computed from records before any template sees it (pure functions, no I/O).

Citations are numbered per page (the same article keeps its number wherever it is cited on that page) and
listed under "Sources"; every link is reduced to an http(s) URL or dropped. Story pages are built from the
edition and, when a store is at hand, from a ``StoryInfo`` (the story's articles, its editions and the factors
that ranked it).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Iterable, Sequence

from topline.publish.safe import plain, safe_url
from topline.records import Article, CategoryPage, Citation, Edition, Factor, Story
from topline.text import slugify

_SAFE_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")
MAX_TIMELINE_DAYS = 14   # a story's per-day sparkline covers at most this many days (two weeks of editions)


def story_file(story_id: str) -> str:
    """The file name (without .html) of a story page: the id itself when it is path-safe, else a hash of it."""
    if _SAFE_ID.fullmatch(story_id or ""):
        return story_id
    return "h-" + hashlib.sha1((story_id or "").encode("utf-8")).hexdigest()[:16]


# --- citations ------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Ref:
    """A numbered citation on one page."""
    n: int
    url: str        # http(s) only; "" when the cited URL was not safe to link
    source: str

    @property
    def host(self) -> str:
        return self.url.split("/")[2] if self.url.count("/") >= 2 else ""


@dataclass(frozen=True)
class Passage:
    """The source sentence(s) that support one published sentence (records.Support), for the reader to check."""
    quote: str
    url: str        # http(s) only; "" when not safe to link
    host: str


@dataclass(frozen=True)
class Cited:
    """A sentence or paragraph with its numbered citations (and the passage supporting each sentence)."""
    text: str
    refs: tuple[Ref, ...]
    passages: tuple[Passage, ...] = ()


def passages(record) -> tuple[Passage, ...]:  # noqa: ANN001 - TopLineItem | Paragraph | Signal
    """The quoted passages of a record's sentences (those with a quote), each once."""
    out: dict[tuple[str, str], Passage] = {}
    # A passage names its article by the canonical URL (the checker's key); the link goes where the outlet
    # published it, as a citation's does.
    links = {c.url: c.link for c in getattr(record, "citations", ()) or ()}
    for sup in getattr(record, "support", ()) or ():
        quote = plain(sup.quote)
        if not quote:
            continue
        url = safe_url(links.get(sup.url) or sup.url)
        host = url.split("/")[2] if url.count("/") >= 2 else ""
        out.setdefault((quote, url), Passage(quote, url, host))
    return tuple(out.values())


class RefTable:
    """Numbers citations in order of first appearance on a page."""

    def __init__(self) -> None:
        self._by_key: dict[str, Ref] = {}

    def cite(self, citations: Iterable[Citation]) -> tuple[Ref, ...]:
        out: list[Ref] = []
        for c in citations:
            url = safe_url(c.link)                       # the URL the outlet published
            key = c.url if url else f"unlinked:{c.url}|{c.source}"   # one number per article (canonical URL)
            ref = self._by_key.get(key)
            if ref is None:
                ref = Ref(n=len(self._by_key) + 1, url=url, source=plain(c.source) or "source")
                self._by_key[key] = ref
            if ref not in out:
                out.append(ref)
        return tuple(out)

    @property
    def refs(self) -> tuple[Ref, ...]:
        return tuple(self._by_key.values())


# --- category pages -------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class TopLineView:
    item: Cited
    story_href: str


@dataclass(frozen=True)
class DevelopmentView:
    story_id: str
    headline: str
    paragraphs: tuple[Cited, ...]
    story_href: str
    writer: str = "offline"


@dataclass(frozen=True)
class SignalView:
    title: str
    body: Cited
    watch: str
    trend: tuple[int, ...]
    stories: tuple[tuple[str, str], ...]    # (headline, href)


@dataclass(frozen=True)
class Link:
    text: str
    href: str


@dataclass(frozen=True)
class CategoryView:
    edition: Edition
    page: CategoryPage
    top_line: tuple[TopLineView, ...]
    developments: tuple[DevelopmentView, ...]
    signals: tuple[SignalView, ...]
    sources: tuple[Ref, ...]
    others: tuple[Link, ...]
    ledger: tuple["LedgerRowView", ...] = ()      # the event ledger (issue 12)
    totals: tuple = ()                            # publish.ledger.TotalRow
    watch: tuple["WatchView", ...] = ()


@dataclass(frozen=True)
class LedgerRowView:
    type: str
    who: str
    what: str
    refs: tuple[Ref, ...]


@dataclass(frozen=True)
class WatchView:
    text: str
    refs: tuple[Ref, ...]
    status: str
    due: str
    resolved: str               # "on 2026-03-12" when settled
    resolved_refs: tuple[Ref, ...]


def story_headlines(edition: Edition) -> dict[str, str]:
    """Headline of every story the edition writes about (first Key Development wins, else its Top Line)."""
    out: dict[str, str] = {}
    for page in edition.categories:
        for d in page.key_developments:
            out.setdefault(d.story_id, plain(d.headline))
    for page in edition.categories:
        for t in page.top_line:
            out.setdefault(t.story_id, plain(t.text))
    return out


def edition_story_ids(edition: Edition) -> list[str]:
    """Every story the edition's pages refer to, in page order, each once."""
    seen: dict[str, None] = {}
    for page in edition.categories:
        for t in page.top_line:
            seen.setdefault(t.story_id, None)
        for d in page.key_developments:
            seen.setdefault(d.story_id, None)
        for s in page.signals:
            for sid in s.story_ids:
                seen.setdefault(sid, None)
    return [s for s in seen if s]


def _story_href(story_id: str, prefix: str = "story/") -> str:
    return f"{prefix}{story_file(story_id)}.html" if story_id else ""


def extra_watch(signal) -> str:  # noqa: ANN001 - records.Signal
    """The signal's "what to watch" when its text does not already say it (the offline writer puts it in both)."""
    watch = plain(signal.watch)
    return "" if not watch or watch in plain(signal.text) else watch


def category_view(edition: Edition, page: CategoryPage) -> CategoryView:
    refs = RefTable()
    heads = story_headlines(edition)
    top = tuple(TopLineView(Cited(plain(t.text), refs.cite(t.citations), passages(t)), _story_href(t.story_id))
                for t in page.top_line)
    devs = tuple(DevelopmentView(d.story_id, plain(d.headline),
                                 tuple(Cited(plain(p.text), refs.cite(p.citations), passages(p))
                                       for p in d.paragraphs),
                                 _story_href(d.story_id), d.writer) for d in page.key_developments)
    sigs = tuple(SignalView(plain(s.title), Cited(plain(s.text), refs.cite(s.citations), passages(s)),
                            extra_watch(s),
                            tuple(int(x) for x in s.trend),
                            tuple((heads.get(sid, sid), _story_href(sid)) for sid in s.story_ids if sid))
                 for s in page.signals)
    others = tuple(Link(plain(o.name), f"{o.slug}.html") for o in edition.categories if o.slug != page.slug)
    from topline.publish.ledger import rows, total_rows
    ledger = tuple(LedgerRowView(plain(r.type), plain(r.who), plain(r.what), refs.cite(r.citations))
                   for r in rows(page))
    watch = tuple(WatchView(plain(w.text), refs.cite([Citation(w.url, w.source)]), w.status,
                            w.due.isoformat() if w.due else "",
                            f"on {w.resolved_on.isoformat()}" if w.resolved_on else "",
                            refs.cite([Citation(w.resolved_url, "")]) if w.resolved_url else ())
                  for w in page.watch)
    return CategoryView(edition, page, top, devs, sigs, refs.refs, others, ledger, tuple(total_rows(page.totals)),
                        watch)


# --- the edition index and the archive ------------------------------------------------------------------------

@dataclass(frozen=True)
class CategoryCard:
    name: str
    slug: str
    description: str
    lead: str                 # the first Top Line sentence
    developments: int
    signals: int


def category_cards(edition: Edition) -> tuple[CategoryCard, ...]:
    return tuple(CategoryCard(plain(p.name), p.slug, plain(p.description),
                              plain(p.top_line[0].text) if p.top_line else "",
                              len(p.key_developments), len(p.signals)) for p in edition.categories)


@dataclass(frozen=True)
class ArchiveEntry:
    date: dt.date
    categories: tuple[Link, ...]     # hrefs relative to the archive page
    stories: int = 0


def archive_entries(editions: Sequence[tuple[dt.date, Edition | None]]) -> tuple[ArchiveEntry, ...]:
    """Newest first; an edition not at hand (only its folder is known) is listed with no categories."""
    out = []
    for date, ed in sorted(editions, key=lambda x: x[0], reverse=True):
        cats = tuple(Link(plain(p.name), f"{date.isoformat()}/{p.slug}.html") for p in ed.categories) if ed else ()
        out.append(ArchiveEntry(date, cats, ed.manifest.stories if ed else 0))
    return tuple(out)


# --- story pages ----------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class StoryInfo:
    """What the store knows about a story (assembled by publish.storydata)."""
    story: Story | None = None
    articles: tuple[Article, ...] = ()
    history: tuple[dict, ...] = ()              # edition_stories rows, oldest first
    category_slugs: dict = field(default_factory=dict)   # date -> set of category slugs with a page
    ranked_in_edition: int = 0                  # how many stories the edition ranked


@dataclass(frozen=True)
class FactorView:
    name: str
    note: str
    value: float
    weight: float
    contribution: float
    share: float                                # of the score, 0..1


@dataclass(frozen=True)
class Appearance:
    date: dt.date
    category: str
    href: str
    rank: int
    category_rank: int | None
    score: float
    articles: int
    outlets: int
    current: bool


@dataclass(frozen=True)
class ArticleView:
    when: str
    source: str
    title: str
    url: str
    syndicated: bool = False


@dataclass(frozen=True)
class DayGroup:
    date: dt.date
    articles: tuple[ArticleView, ...]


@dataclass(frozen=True)
class StoryView:
    edition: Edition
    story_id: str
    title: str
    phase: str
    first_seen: dt.datetime | None
    last_seen: dt.datetime | None
    single_source: bool
    outlets: tuple[tuple[str, int], ...]        # (outlet, articles), most first
    days: tuple[DayGroup, ...]                  # newest first
    per_day: tuple[tuple[dt.date, int], ...]    # oldest first, zero-filled
    top_line: tuple[tuple[str, Cited], ...]     # (category slug, item)
    developments: tuple[tuple[str, str, DevelopmentView], ...]   # (category slug, category name, development)
    signals: tuple[tuple[str, SignalView], ...]
    appearances: tuple[Appearance, ...]
    factors: tuple[FactorView, ...]
    score: float | None
    rank: int | None
    category_rank: tuple[int, int] | None       # (rank, of) within its category in this edition
    category: str
    ranked_total: int
    sources: tuple[Ref, ...]


def _factor_views(rows: Sequence[dict]) -> tuple[FactorView, ...]:
    factors = [Factor(name=str(f.get("name", "")), value=float(f.get("value", 0.0) or 0.0),
                      weight=float(f.get("weight", 0.0) or 0.0), note=str(f.get("note", "") or ""))
               for f in rows if isinstance(f, dict)]
    total = sum(max(0.0, f.contribution) for f in factors) or 1.0
    views = [FactorView(plain(f.name).replace("_", " "), plain(f.note), f.value, f.weight, f.contribution,
                        max(0.0, f.contribution) / total) for f in factors]
    return tuple(sorted(views, key=lambda v: -v.contribution))


def _appearances(info: StoryInfo, date: dt.date, rows_by_cat: dict) -> tuple[Appearance, ...]:
    out = []
    for r in info.history:
        d = r["date"] if isinstance(r["date"], dt.date) else dt.date.fromisoformat(str(r["date"]))
        name = plain(r.get("category") or "")
        slug = slugify(name) if name else ""
        has_page = slug and slug in info.category_slugs.get(d, set())
        href = f"../../{d.isoformat()}/{slug}.html" if has_page else f"../../{d.isoformat()}/index.html"
        out.append(Appearance(d, name or "unclassified", href, int(r.get("rank") or 0),
                              rows_by_cat.get((d, r.get("story_id"))), float(r.get("score") or 0.0),
                              int(r.get("article_count") or 0), int(r.get("outlet_count") or 0), d == date))
    return tuple(out)


def _per_day(articles: Sequence[Article], date: dt.date) -> tuple[tuple[dt.date, int], ...]:
    counts = Counter(a.published.date() for a in articles if a.published)
    if not counts:
        return ()
    first = max(min(counts), date - dt.timedelta(days=MAX_TIMELINE_DAYS - 1))
    last = max(max(counts), date)
    days = [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]
    return tuple((d, counts.get(d, 0)) for d in days)


def _day_groups(articles: Sequence[Article], syndicated: set[int]) -> tuple[DayGroup, ...]:
    groups: dict[dt.date, list[ArticleView]] = defaultdict(list)
    for a in sorted(articles, key=lambda a: (a.published or dt.datetime.min.replace(tzinfo=dt.timezone.utc)),
                    reverse=True):
        d = a.published.date() if a.published else dt.date.min
        when = a.published.strftime("%H:%M UTC") if a.published and not a.published_missing else ""
        groups[d].append(ArticleView(when, plain(a.source) or "unknown outlet", plain(a.title) or "(untitled)",
                                     safe_url(a.original_url or a.url), a.id in syndicated))
    return tuple(DayGroup(d, tuple(v)) for d, v in sorted(groups.items(), reverse=True))


def story_view(edition: Edition, story_id: str, info: StoryInfo | None = None,
               category_rank: tuple[int, int] | None = None, syndicated: Iterable[int] = ()) -> StoryView:
    """The page of one story in one edition; ``info`` adds what the store knows (articles, days, factors)."""
    info = info or StoryInfo()
    refs = RefTable()
    tops, devs, sigs = [], [], []
    for page in edition.categories:
        for t in page.top_line:
            if t.story_id == story_id:
                tops.append((page.slug, Cited(plain(t.text), refs.cite(t.citations), passages(t))))
        for d in page.key_developments:
            if d.story_id == story_id:
                devs.append((page.slug, plain(page.name), DevelopmentView(
                    d.story_id, plain(d.headline), tuple(Cited(plain(p.text), refs.cite(p.citations), passages(p))
                                                         for p in d.paragraphs), "", d.writer)))
        for s in page.signals:
            if story_id in s.story_ids:
                sigs.append((page.slug, SignalView(plain(s.title),
                                                   Cited(plain(s.text), refs.cite(s.citations), passages(s)),
                                                   plain(s.watch), tuple(int(x) for x in s.trend), ())))
    row = next((r for r in info.history if _row_date(r) == edition.date), None)
    articles = info.articles
    outlets = Counter(plain(a.source) or "unknown outlet" for a in articles)
    if not articles:
        outlets = Counter(r.source for r in refs.refs)
    story = info.story
    title = (plain(story.title) if story else "") or (devs[0][2].headline if devs else "") or \
        (tops[0][1].text if tops else story_id)
    n_outlets = len(story.outlets) if story else len(outlets)
    rows_by_cat = {(_row_date(r), r.get("story_id")): category_rank[0]
                   for r in ([row] if row and category_rank else [])}
    return StoryView(
        edition=edition, story_id=story_id, title=title, phase=story.phase if story else "",
        first_seen=story.first_seen if story else None, last_seen=story.last_seen if story else None,
        single_source=n_outlets <= 1, outlets=tuple(outlets.most_common()),
        days=_day_groups(articles, set(syndicated)), per_day=_per_day(articles, edition.date),
        top_line=tuple(tops), developments=tuple(devs), signals=tuple(sigs),
        appearances=_appearances(info, edition.date, rows_by_cat),
        factors=_factor_views(row.get("factors") or []) if row else (),
        score=float(row["score"]) if row else None, rank=int(row["rank"]) if row else None,
        category_rank=category_rank, category=plain(row.get("category") or "") if row else "",
        ranked_total=info.ranked_in_edition, sources=refs.refs)


def _row_date(r: dict) -> dt.date:
    d = r.get("date")
    return d if isinstance(d, dt.date) else dt.date.fromisoformat(str(d))


def category_rank_of(story_id: str, ranked_rows: Sequence[dict]) -> tuple[int, int] | None:
    """(rank, of) of a story among the edition's stories of the same category (rows ordered by rank)."""
    mine = next((r for r in ranked_rows if r.get("story_id") == story_id), None)
    if mine is None or not mine.get("category"):
        return None
    same = [r["story_id"] for r in ranked_rows if r.get("category") == mine["category"]]
    return same.index(story_id) + 1, len(same)

