"""The stage cache (issue 14): results of pure per-item computations (a watch item's evidence sentences, the kinds
of event an article's title and lead state) that the next day's edition reads again, keyed by content and code.

Revision ID: 0008
Revises: 0007
"""
import sqlalchemy as sa
from alembic import op

from topline.store import schema

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # a fresh database already has it: 0001 creates the tables as topline.store.schema describes them
    if not sa.inspect(op.get_bind()).has_table("stage_cache"):
        schema.stage_cache.create(op.get_bind())


def downgrade() -> None:
    op.drop_table("stage_cache")
