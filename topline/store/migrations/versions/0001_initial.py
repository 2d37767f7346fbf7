"""Initial schema: sources, articles (+ FTS5 on SQLite), sightings, failures, enrichments, stories,
classifications, editions, LLM cache, sends, runs.

Revision ID: 0001
Revises:
"""
from alembic import op

from topline.store import schema

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

# The schema module is the single description of the tables at this revision; later revisions alter it
# with explicit operations (which therefore check first whether a fresh database already has what they add).
_TABLES = ["sources", "articles", "sightings", "failures", "enrichments", "stories", "story_articles",
           "classifications", "editions", "edition_stories", "llm_cache", "sends", "runs"]

_FTS = [
    "CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, summary, source, content='articles', "
    "content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles BEGIN "
    "INSERT INTO articles_fts(rowid, title, text, summary, source) "
    "VALUES (new.id, new.title, new.text, new.summary, new.source); END",
    "CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN "
    "INSERT INTO articles_fts(articles_fts, rowid, title, text, summary, source) "
    "VALUES ('delete', old.id, old.title, old.text, old.summary, old.source); END",
    "CREATE TRIGGER articles_fts_au AFTER UPDATE ON articles BEGIN "
    "INSERT INTO articles_fts(articles_fts, rowid, title, text, summary, source) "
    "VALUES ('delete', old.id, old.title, old.text, old.summary, old.source); "
    "INSERT INTO articles_fts(rowid, title, text, summary, source) "
    "VALUES (new.id, new.title, new.text, new.summary, new.source); END",
    # Briefing text (one row per published paragraph) for archive search.
    "CREATE VIRTUAL TABLE briefings_fts USING fts5(date UNINDEXED, category UNINDEXED, story_id UNINDEXED, "
    "title, body, tokenize='unicode61 remove_diacritics 2')",
]


def upgrade() -> None:
    bind = op.get_bind()
    for name in _TABLES:
        schema.metadata.tables[name].create(bind)
    if bind.dialect.name == "sqlite":
        for stmt in _FTS:
            op.execute(stmt)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS briefings_fts")
        op.execute("DROP TABLE IF EXISTS articles_fts")
    for name in reversed(_TABLES):
        schema.metadata.tables[name].drop(bind)
