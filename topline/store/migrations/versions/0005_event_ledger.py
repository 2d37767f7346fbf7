"""The event ledger: ``events`` (typed events per story, fields as JSON, each tied to its sentence) and
``watch_items`` (forward-looking statements and what later editions say happened to them).

Revision ID: 0005
Revises: 0004
"""
import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "events",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("story_id", sa.String(64), nullable=False),
        sa.Column("type", sa.String(32), nullable=False),
        sa.Column("date", sa.Date()),
        sa.Column("edition", sa.Date(), nullable=False),
        sa.Column("category", sa.String(256)),
        sa.Column("url", sa.String(2048), nullable=False),
        sa.Column("source", sa.String(512), nullable=False),
        sa.Column("sentence", sa.Text(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_events_date", "events", ["date"])
    op.create_index("ix_events_story", "events", ["story_id"])
    op.create_table(
        "watch_items",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("story_id", sa.String(64), nullable=False),
        sa.Column("category", sa.String(256)),
        sa.Column("made_on", sa.Date()),
        sa.Column("due", sa.Date()),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("url", sa.String(2048), nullable=False),
        sa.Column("source", sa.String(512), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("resolved_on", sa.Date()),
        sa.Column("resolved_url", sa.String(2048)),
        sa.Column("resolved_text", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_watch_items_status", "watch_items", ["status"])
    op.create_index("ix_watch_items_made_on", "watch_items", ["made_on"])


def downgrade() -> None:
    op.drop_index("ix_watch_items_made_on", table_name="watch_items")
    op.drop_index("ix_watch_items_status", table_name="watch_items")
    op.drop_table("watch_items")
    op.drop_index("ix_events_story", table_name="events")
    op.drop_index("ix_events_date", table_name="events")
    op.drop_table("events")
