"""PostgreSQL: a GIN index over the words of each article (``db.PG_SEARCH_DOCUMENT``), so that article search
finds candidates through the index instead of scanning every article with regular expressions (which stay, as
the exact check on the candidates). SQLite has FTS5 since 0001: nothing to do there.

Revision ID: 0004
Revises: 0003
"""
from alembic import op

from topline.store.db import PG_SEARCH_DOCUMENT

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"CREATE INDEX IF NOT EXISTS ix_articles_words ON articles USING GIN ({PG_SEARCH_DOCUMENT})")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_articles_words")
