"""The database schema (SQLAlchemy Core). Portable: SQLite by default, PostgreSQL at scale.

Migrations under ``migrations/versions`` create exactly these tables; a test checks that they agree. Columns
named ``data`` hold a stage's JSON details so that a stage can grow without a migration.
"""
from __future__ import annotations

from sqlalchemy import (JSON, Boolean, Column, Date, DateTime, Float, ForeignKey, Index, Integer, LargeBinary,
                        MetaData, String, Table, Text, UniqueConstraint, true)

metadata = MetaData()

sources = Table(
    "sources", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("url", String(2048), nullable=False, unique=True),
    Column("name", String(512), nullable=False, default=""),
    Column("kind", String(32), nullable=False, default="feed"),
    Column("added_at", DateTime(timezone=True), nullable=False),
    Column("etag", String(512)),
    Column("last_modified", String(128)),
    Column("last_fetched", DateTime(timezone=True)),
    Column("last_reason", String(64)),
    Column("ok_count", Integer, nullable=False, default=0),
    Column("fail_count", Integer, nullable=False, default=0),
    # health (revision 0006): when it last worked, how many polls in a row failed, when it is polled next
    # (back-off, Retry-After, Cache-Control max-age) and, when it is not polled at all, why
    Column("last_success", DateTime(timezone=True)),
    Column("consecutive_failures", Integer, nullable=False, default=0, server_default="0"),
    Column("next_poll", DateTime(timezone=True)),
    Column("paused", String(256)),
)

articles = Table(
    "articles", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("url", String(2048), nullable=False, unique=True),        # canonical URL
    Column("original_url", String(2048)),
    Column("title", Text, nullable=False),
    Column("text", Text, nullable=False, default=""),
    Column("summary", Text, nullable=False, default=""),
    Column("published", DateTime(timezone=True), nullable=False),
    Column("published_missing", Boolean, nullable=False, default=False),
    Column("published_offset", Integer),     # minutes east of UTC the source stated (Article.local_day); 0009
    Column("source", String(512), nullable=False, default=""),
    Column("language", String(16)),
    Column("author", String(512)),
    Column("external_id", String(2048)),
    Column("metadata", JSON, nullable=False, default=dict),
    Column("content_hash", String(64), nullable=False),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)
Index("ix_articles_published", articles.c.published)
Index("ix_articles_content_hash", articles.c.content_hash)

sightings = Table(
    "sightings", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("seen_url", String(2048), nullable=False),
    Column("via", String(2048), nullable=False),
    Column("seen_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("article_id", "seen_url", "via", name="uq_sighting"),
)

failures = Table(
    "failures", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("input", String(2048), nullable=False),
    Column("line", Integer),
    Column("reason", String(64), nullable=False),
    Column("message", Text, nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
)
Index("ix_failures_reason", failures.c.reason)

enrichments = Table(
    "enrichments", metadata,
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("content_hash", String(64), nullable=False),
    Column("version", String(32), nullable=False),
    Column("duplicate_of", Integer),
    Column("data", JSON, nullable=False),
    Column("fingerprint", LargeBinary),    # wire-copy fingerprint (enrich.dedup.fingerprints); revision 0003
    # False while a worker's enrichment waits for its wire-copy link (set over the edition window); revision 0007
    Column("linked", Boolean, nullable=False, default=True, server_default=true()),
)

stories = Table(
    "stories", metadata,
    Column("id", String(64), primary_key=True),
    Column("title", Text, nullable=False),
    Column("first_seen", DateTime(timezone=True), nullable=False),
    Column("last_seen", DateTime(timezone=True), nullable=False),
    Column("phase", String(16), nullable=False, default="new"),
    Column("article_count", Integer, nullable=False, default=0),
    Column("outlets", JSON, nullable=False, default=list),
    Column("data", JSON, nullable=False, default=dict),     # centroid terms, entities... (story engine's own)
    Column("updated_at", DateTime(timezone=True), nullable=False),
)
Index("ix_stories_last_seen", stories.c.last_seen)

story_articles = Table(
    "story_articles", metadata,
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("story_id", String(64), ForeignKey("stories.id", ondelete="CASCADE"), nullable=False),
    Column("similarity", Float, nullable=False, default=1.0),
    Column("added_at", DateTime(timezone=True), nullable=False),
)
Index("ix_story_articles_story", story_articles.c.story_id)

# A story's centroid (the story engine's mean member vector), packed for fast loading: every active story's
# centroid is read each time a batch is clustered. Terms are newline-joined text; weights are float32,
# little-endian, one per term. Added by revision 0002 (centroids were JSON in ``stories.data`` before).
story_centroids = Table(
    "story_centroids", metadata,
    Column("story_id", String(64), ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True),
    Column("n", Integer, nullable=False),                 # members the centroid averages
    Column("text_terms", Text, nullable=False),
    Column("text_weights", LargeBinary, nullable=False),
    Column("anchor_terms", Text, nullable=False),
    Column("anchor_weights", LargeBinary, nullable=False),
    Column("dense", LargeBinary),                         # mean embedding (optional semantic channel)
)

classifications = Table(
    "classifications", metadata,
    Column("story_id", String(64), ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True),
    Column("taxonomy", String(64), primary_key=True),         # hash of the taxonomy file
    Column("primary_category", String(256)),
    Column("data", JSON, nullable=False),
)

editions = Table(
    "editions", metadata,
    Column("date", Date, primary_key=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("data", JSON, nullable=False),          # records.to_dict(Edition)
)

edition_stories = Table(
    "edition_stories", metadata,
    Column("date", Date, ForeignKey("editions.date", ondelete="CASCADE"), primary_key=True),
    Column("story_id", String(64), primary_key=True),
    Column("category", String(256)),
    Column("score", Float, nullable=False),
    Column("rank", Integer, nullable=False),
    Column("article_count", Integer, nullable=False),
    Column("outlet_count", Integer, nullable=False),
    Column("factors", JSON, nullable=False),       # list of records.Factor as dicts: "why this ranks here"
)
Index("ix_edition_stories_story", edition_stories.c.story_id)

llm_cache = Table(
    "llm_cache", metadata,
    Column("key", String(64), primary_key=True),   # hash of model, prompt version and article content
    Column("model", String(256), nullable=False),
    Column("response", JSON, nullable=False),
    Column("input_tokens", Integer, nullable=False, default=0),
    Column("output_tokens", Integer, nullable=False, default=0),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

# Results of pure per-item computations that later editions read again (issue 14, revision 0008;
# topline.stage_cache): keyed by a hash of the item's content and of the code that computes it, so a change to
# either is a miss, never a stale hit. ``created_on`` is the edition day that computed it: rows older than
# ``stage_cache.KEEP_DAYS`` before the edition being built are deleted (a cache: a deleted row is recomputed).
stage_cache = Table(
    "stage_cache", metadata,
    Column("stage", String(32), primary_key=True),
    Column("key", String(64), primary_key=True),
    Column("value", JSON, nullable=False),
    Column("created_on", Date, nullable=False),
)
Index("ix_stage_cache_created_on", stage_cache.c.created_on)

sends = Table(
    "sends", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("date", Date, nullable=False),
    Column("recipient", String(512), nullable=False),
    Column("category", String(256), nullable=False, default=""),
    Column("message_id", String(512)),
    Column("sent_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("date", "recipient", "category", name="uq_send"),
)

runs = Table(
    "runs", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("command", String(64), nullable=False),
    Column("started_at", DateTime(timezone=True), nullable=False),
    Column("finished_at", DateTime(timezone=True)),
    Column("data", JSON, nullable=False, default=dict),
)

# The event ledger (topline/events), revision 0005. An event's id is stable across editions (story, type, key):
# a later edition that re-reads the story replaces its row, so running totals count each event once, on ``date``
# (the day its first statement was published).
events = Table(
    "events", metadata,
    Column("id", String(64), primary_key=True),
    Column("story_id", String(64), nullable=False),
    Column("type", String(32), nullable=False),
    Column("date", Date),                              # publication day of the first statement
    Column("edition", Date, nullable=False),           # the latest edition that read it
    Column("category", String(256)),
    Column("url", String(2048), nullable=False),
    Column("source", String(512), nullable=False, default=""),
    Column("sentence", Text, nullable=False, default=""),
    Column("data", JSON, nullable=False),               # {"fields": [records.EventField as dicts]}
    Column("updated_at", DateTime(timezone=True), nullable=False),
)
Index("ix_events_date", events.c.date)
Index("ix_events_story", events.c.story_id)

# Watch items: forward-looking statements, followed by later editions (status open | happened | overdue |
# superseded). Revision 0005.
watch_items = Table(
    "watch_items", metadata,
    Column("id", String(64), primary_key=True),
    Column("story_id", String(64), nullable=False),
    Column("category", String(256)),
    Column("made_on", Date),
    Column("due", Date),
    Column("status", String(16), nullable=False, default="open"),
    Column("url", String(2048), nullable=False),
    Column("source", String(512), nullable=False, default=""),
    Column("text", Text, nullable=False),
    Column("resolved_on", Date),
    Column("resolved_url", String(2048)),
    Column("resolved_text", Text, nullable=False, default=""),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)
Index("ix_watch_items_status", watch_items.c.status)
Index("ix_watch_items_made_on", watch_items.c.made_on)

# Work shared by worker processes on any number of machines (topline.work; revision 0007): fetch a source, enrich an
# article. A worker claims pending items with SELECT ... FOR UPDATE SKIP LOCKED (PostgreSQL; SQLite's write
# transactions are serial anyway), so no two workers take the same item; a claim older than its lease goes back
# to pending (the worker died).
work_items = Table(
    "work_items", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("kind", String(16), nullable=False),            # fetch | enrich
    Column("item", String(2048), nullable=False),          # a source URL, an article id
    Column("state", String(16), nullable=False, default="pending"),   # pending | claimed | done | failed
    Column("worker", String(128)),
    Column("attempts", Integer, nullable=False, default=0),
    Column("reason", String(64)),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("claimed_at", DateTime(timezone=True)),
    Column("finished_at", DateTime(timezone=True)),
    UniqueConstraint("kind", "item", name="uq_work_item"),
)
Index("ix_work_items_queue", work_items.c.kind, work_items.c.state, work_items.c.id)
