"""The records that pass between stages: small, frozen, and the only vocabulary stages share.

Every stage takes records in and gives records out. Collections inside records are tuples so that a record
can be hashed, cached and compared. ``to_dict`` turns any record into plain JSON-ready data.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Mapping, TypeVar


# --- sources and articles -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Source:
    """A subscription: a feed, an OPML-imported feed, a page or a file the user asked to poll."""
    url: str
    name: str = ""
    kind: str = "feed"               # feed | page | file
    id: int | None = None
    etag: str | None = None
    last_modified: str | None = None
    last_fetched: dt.datetime | None = None
    last_reason: str | None = None   # None when the last fetch succeeded, else a reason code (errors.Reason)
    ok_count: int = 0
    fail_count: int = 0
    last_success: dt.datetime | None = None   # the last poll that worked
    consecutive_failures: int = 0             # polls in a row that failed (0 after a success)
    next_poll: dt.datetime | None = None      # not polled before this (back-off, Retry-After, Cache-Control)
    paused: str = ""                          # why the source is not polled at all (empty: active)


@dataclass(frozen=True)
class Article:
    """One article as stored. ``url`` is canonical (see ingest.urls.canonical_url)."""
    url: str
    title: str
    text: str = ""
    summary: str = ""
    published: dt.datetime | None = None   # timezone-aware UTC
    published_missing: bool = False        # True when ``published`` is the time of ingestion
    source: str = ""                       # outlet name used in attribution ("Reuters")
    language: str | None = None
    author: str | None = None
    external_id: str | None = None         # the ``id`` of the input row or feed entry
    metadata: Mapping[str, Any] = field(default_factory=dict)  # unknown input fields (gold ``story``/``label``...)
    id: int | None = None                  # store row id, None until stored
    original_url: str | None = None        # the URL as first seen, before canonicalisation
    published_offset: int | None = None    # minutes east of UTC the source gave its time in (None: not given)

    @property
    def body(self) -> str:
        """The best text we have: full text, else summary."""
        return self.text or self.summary

    @property
    def local_day(self) -> dt.date | None:
        """The day the article was published where it was published: what its "today", "yesterday" and "on
        Monday" count from. An article stamped 00:01 BST on 15 October is the 15th's though stored as 23:01 UTC
        on the 14th; without an offset from the source, the UTC day."""
        if self.published is None:
            return None
        if self.published_offset is None:
            return self.published.date()
        return (self.published + dt.timedelta(minutes=self.published_offset)).date()


@dataclass(frozen=True)
class Sighting:
    """One time an article was seen: through which input and at which URL variant."""
    article_id: int
    seen_url: str
    via: str            # the feed URL, file path or page URL that carried it
    seen_at: dt.datetime


@dataclass(frozen=True)
class Failure:
    """A bad input item, recorded instead of raised. ``reason`` is a stable code from errors.Reason."""
    input: str          # file path or URL
    reason: str
    message: str
    line: int | None = None


@dataclass(frozen=True)
class IngestReport:
    """What one ingest call did: counts and failures, never an exception for bad items."""
    inputs: int = 0
    items: int = 0       # items read (valid or not)
    added: int = 0       # new articles
    updated: int = 0     # existing articles whose content changed
    sightings: int = 0   # new sightings of already-known articles
    unchanged: int = 0
    failures: tuple[Failure, ...] = ()
    subscribed: tuple[str, ...] = ()   # feed URLs subscribed (OPML)

    def merged(self, other: "IngestReport") -> "IngestReport":
        return IngestReport(
            inputs=self.inputs + other.inputs, items=self.items + other.items, added=self.added + other.added,
            updated=self.updated + other.updated, sightings=self.sightings + other.sightings,
            unchanged=self.unchanged + other.unchanged, failures=self.failures + other.failures,
            subscribed=self.subscribed + other.subscribed)


# --- enrichment -----------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Entity:
    text: str           # as written ("Alibaba Group Holding")
    canonical: str      # the form that lets variants meet ("alibaba")
    kind: str           # ORG | PERSON | PLACE | OTHER


@dataclass(frozen=True)
class Figure:
    """A number found in text, normalised: "$2.8bn" -> kind=money, value=2.8e9, unit=USD."""
    text: str
    kind: str           # money | percent | quantity | date | number
    value: float
    unit: str = ""


@dataclass(frozen=True)
class Enrichment:
    article_id: int
    content_hash: str                    # hash of title+text it was computed from
    language: str | None
    sentences: tuple[str, ...]
    entities: tuple[Entity, ...] = ()
    figures: tuple[Figure, ...] = ()
    duplicate_of: int | None = None      # article id of the original when this is a copy (wire syndication)


# --- stories --------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Story:
    id: str                              # stable across days
    title: str
    article_ids: tuple[int, ...]
    first_seen: dt.datetime
    last_seen: dt.datetime
    outlets: tuple[str, ...]             # distinct outlets, wire copies counted once
    phase: str = "new"                   # new | developing | continuing | fading

    @property
    def article_count(self) -> int:
        return len(self.article_ids)


@dataclass(frozen=True, eq=False)
class StoryCentroid:
    """The story engine's memory of a story: the mean of its members' unit vectors, top terms only, as parallel
    term and weight sequences (weights are float32 numpy arrays: thousands are loaded per batch). The mean dot
    product with it equals the average similarity to every member, whatever the story's size."""
    n: int                               # members averaged
    text_terms: tuple[str, ...]          # language-tagged text terms ("en:vaccine")
    text_weights: Any
    anchor_terms: tuple[str, ...]        # "group|term": anchors by the language group that used them
    anchor_weights: Any
    dense: Any = None                    # mean embedding (optional semantic channel) or None


@dataclass(frozen=True)
class StoryBundle:
    """A story together with what later stages read: its articles and their enrichments."""
    story: Story
    articles: tuple[Article, ...]
    enrichments: tuple[Enrichment, ...] = ()

    def enrichment(self, article_id: int) -> Enrichment | None:
        for e in self.enrichments:
            if e.article_id == article_id:
                return e
        return None


# --- taxonomy, classification, ranking ------------------------------------------------------------------------

@dataclass(frozen=True)
class Category:
    name: str
    description: str
    keywords: tuple[str, ...] = ()
    examples: tuple[str, ...] = ()

    @property
    def slug(self) -> str:
        from topline.text import slugify
        return slugify(self.name)


@dataclass(frozen=True)
class Taxonomy:
    categories: tuple[Category, ...]
    name: str = "default"

    def get(self, name: str) -> Category | None:
        for c in self.categories:
            if c.name == name:
                return c
        return None


@dataclass(frozen=True)
class Classification:
    story_id: str
    primary: str | None                      # category name, None = belongs to no category
    scores: tuple[tuple[str, float], ...] = ()   # (category, score), best first
    secondary: tuple[str, ...] = ()
    method: str = ""
    # How much the story is about each category, as the offline classifier read it (issue 11): (category, its
    # zero-shot similarity to the category's prototype with the keyword bonus, distinct keywords of the category the
    # story names). ``topline.write.page_score`` reads it to order a page's stories; () = not known (no bonus).
    topic: tuple[tuple[str, float, int], ...] = ()


@dataclass(frozen=True)
class Factor:
    name: str           # independent_outlets | outlet_tier | magnitude | prominence | watchlist | novelty | recency
    value: float        # the factor's normalised value, 0..1
    weight: float
    note: str = ""      # human reason: "5 independent outlets", "briefed on 2025-07-02 with nothing new"

    @property
    def contribution(self) -> float:
        return self.value * self.weight


@dataclass(frozen=True)
class Ranking:
    story_id: str
    score: float
    factors: tuple[Factor, ...] = ()
    single_source: bool = False


@dataclass(frozen=True)
class RankedStory:
    bundle: StoryBundle
    classification: Classification
    ranking: Ranking


# --- the briefing ---------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Citation:
    url: str
    source: str
    published_url: str = ""   # the URL as the outlet published it (Article.original_url): what links point to;
                              # ``url`` (canonical) is the key for de-duplication and the citation checker

    @property
    def link(self) -> str:
        """The URL to link to: as published, else the canonical one."""
        return self.published_url or self.url


# What a published sentence is: "fact" (reporting, checked against the passage of a cited article that states it)
# or "analysis" (interpretation built only on the facts beside it: no entity, figure, date, quote, outlet or event
# they do not contain). Pages, feeds and e-mail show analysis as analysis.
FACT, ANALYSIS = "fact", "analysis"


@dataclass(frozen=True)
class Support:
    """The passage of one cited article that supports one published sentence (so a reader can check it): the
    article's URL, the source sentence(s) quoted as the checker read them, and the support score (0..1)."""
    url: str
    quote: str
    score: float = 0.0


@dataclass(frozen=True)
class Paragraph:
    text: str
    citations: tuple[Citation, ...]
    kind: str = FACT
    support: tuple[Support, ...] = ()   # one per sentence of ``text``, in order (filled by topline.check)


@dataclass(frozen=True)
class TopLineItem:
    text: str
    story_id: str
    citations: tuple[Citation, ...]
    kind: str = FACT
    support: tuple[Support, ...] = ()   # one per sentence of ``text``, in order (filled by topline.check)


@dataclass(frozen=True)
class Development:
    story_id: str
    headline: str
    paragraphs: tuple[Paragraph, ...]
    writer: str = "offline"      # offline | llm | offline-fallback


@dataclass(frozen=True)
class Signal:
    title: str
    text: str
    citations: tuple[Citation, ...]
    story_ids: tuple[str, ...] = ()
    watch: str = ""              # what to watch next
    trend: tuple[int, ...] = ()  # counts per day, oldest first, for a sparkline
    kind: str = FACT
    support: tuple[Support, ...] = ()   # one per sentence of ``text``, in order (filled by topline.check)


@dataclass(frozen=True)
class LedgerTotal:
    """A running total of the event ledger over the ``days`` up to the edition: capital raised (funding amounts,
    one total per currency) or capacity announced (build-outs, watts)."""
    name: str                            # capital_raised | capacity_announced
    unit: str                            # ISO currency code, or "W"
    days: int
    value: float
    count: int                           # events summed
    series: tuple[float, ...] = ()       # per day, oldest first (the chart)


@dataclass(frozen=True)
class CategoryPage:
    name: str
    slug: str
    top_line: tuple[TopLineItem, ...]
    key_developments: tuple[Development, ...]
    signals: tuple[Signal, ...]
    description: str = ""
    events: tuple["Event", ...] = ()            # the ledger: today's events of the page's stories (issue 12)
    totals: tuple[LedgerTotal, ...] = ()        # ... and running totals over 7 and 30 days
    watch: tuple["WatchItem", ...] = ()         # open watch items of the category (and those settled today)
    signals_note: str = ""                      # why the page has no signal, when it has none


@dataclass(frozen=True)
class RunManifest:
    articles: int = 0
    stories: int = 0
    llm_calls: int = 0
    input_tokens: int = 0
    output_tokens: int = 0
    seconds: float = 0.0
    writer: str = "offline"
    sentences_checked: int = 0
    sentences_dropped: int = 0
    sentences_regenerated: int = 0
    fallbacks: int = 0                                   # stories written offline after an LLM failure
    failures: tuple[tuple[str, int], ...] = ()           # (reason, count)
    timings: tuple[tuple[str, float], ...] = ()          # (stage, seconds)
    notes: tuple[str, ...] = ()
    drops: tuple[tuple[str, int], ...] = ()              # sentences the checker dropped, (reason, count)
    cache: tuple[tuple[str, int, int], ...] = ()         # (stage, hits, misses) of topline.stage_cache (issue 14)
    cpu: tuple[tuple[str, float], ...] = ()              # (stage, CPU seconds of the building process) (issue 14)
    workers_cpu: tuple[tuple[str, float], ...] = ()      # (stage, CPU seconds of its worker processes) (issue 14)
    timezone: str = "UTC"                                # the edition's zone (settings.edition.timezone, IANA name)
    window_start: str = ""                               # the window's start and end, ISO 8601 with the zone's offset
    window_end: str = ""


@dataclass(frozen=True)
class Edition:
    date: dt.date
    categories: tuple[CategoryPage, ...]
    manifest: RunManifest = RunManifest()
    generated_at: dt.datetime | None = None
    title: str = "Topline"

    def category(self, slug: str) -> CategoryPage | None:
        for c in self.categories:
            if c.slug == slug:
                return c
        return None


# --- the event ledger (topline/events) ------------------------------------------------------------------------

# Event types and the fields each carries (see docs/ARCHITECTURE.md, "Event ledger").
EVENT_FIELDS: dict[str, tuple[str, ...]] = {
    # status (planned | committed | completed) and direction (imposes | eases | neutral): how the sentence tells
    # the event (topline.events.status), last
    "funding": ("company", "amount", "currency", "investors", "valuation", "stage", "status"),
    "acquisition": ("acquirer", "target", "price", "currency", "status"),
    "capex": ("company", "amount", "currency", "capacity", "place", "status"),
    "state_action": ("jurisdiction", "body", "action", "target", "direction"),
    "market_move": ("instrument", "move", "date", "measure"),   # measure: a company's result's own words (events36)
    "launch": ("organisation", "product"),
    "incident": ("organisation", "kind", "scale"),
}


@dataclass(frozen=True)
class EventField:
    """One value of one field of an event, tied to the sentence (of the article at ``url``) that states it.
    ``value`` is typed: a number for amounts, an ISO currency code, a string for names; ``text`` is the span as
    written in ``sentence`` (what the citation checker and the ungrounded-field count read)."""
    name: str
    value: Any
    text: str
    url: str
    sentence: str
    source: str = ""


@dataclass(frozen=True)
class Event:
    """A typed event of a story. A field stated differently by outlets has one ``EventField`` per value."""
    story_id: str
    type: str                            # funding | acquisition | capex | state_action | market_move | launch | incident
    fields: tuple[EventField, ...]
    url: str                             # the first article that states it
    sentence: str
    source: str = ""
    date: dt.date | None = None          # publication day of that article
    id: str = ""                         # stable: story, type and key field
    category: str | None = None          # the story's primary category (set when stored)
    updated: dt.date | None = None       # publication day of its latest statement

    def value(self, name: str) -> Any:
        """The first (most widely reported) value of a field, or None."""
        for f in self.fields:
            if f.name == name:
                return f.value
        return None

    def values(self, name: str) -> tuple[EventField, ...]:
        return tuple(f for f in self.fields if f.name == name)

    @property
    def conflicts(self) -> tuple[str, ...]:
        """Names of the fields that outlets state differently."""
        seen: dict[str, set] = {}
        for f in self.fields:
            # a list, not versions of one value; how each statement tells the event (status, direction), no dispute
            if f.name not in ("investors", "status", "direction", "measure"):
                seen.setdefault(f.name, set()).add(repr(f.value))
        return tuple(n for n, v in seen.items() if len(v) > 1)


@dataclass(frozen=True)
class WatchItem:
    """A forward-looking statement of a source (a date, a vote, a deadline, "expected to", "plans to"), followed
    by later editions: open, happened (with the citing article), overdue (its date passed), superseded."""
    story_id: str
    text: str                            # the sentence, copied exactly
    url: str
    source: str = ""
    made_on: dt.date | None = None
    due: dt.date | None = None
    category: str | None = None
    status: str = "open"                 # open | happened | overdue | superseded
    resolved_on: dt.date | None = None
    resolved_url: str | None = None
    resolved_text: str = ""
    id: str = ""


# --- serialisation --------------------------------------------------------------------------------------------

def to_dict(record: Any) -> Any:
    """Plain JSON-ready data from any record (dates as ISO 8601, tuples as lists)."""
    if dataclasses.is_dataclass(record) and not isinstance(record, type):
        return {f.name: to_dict(getattr(record, f.name)) for f in dataclasses.fields(record)}
    if isinstance(record, (dt.datetime, dt.date)):
        return record.isoformat()
    if isinstance(record, Mapping):
        return {str(k): to_dict(v) for k, v in record.items()}
    if isinstance(record, (list, tuple)):
        return [to_dict(v) for v in record]
    return record


_T = TypeVar("_T")


def fresh_copy(obj: _T) -> _T:
    """A new object of ``obj``'s class with its fields, for values handed out of a cache that a caller may key by
    ``id`` or change (``copy.copy`` costs several times more: a tenth of the checker's time when frames were cached;
    check/roles.py, enrich/figures.py)."""
    c = object.__new__(type(obj))
    c.__dict__.update(obj.__dict__)
    return c
