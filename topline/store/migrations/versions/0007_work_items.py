"""Work claiming for workers on several machines (issue 14): the ``work_items`` queue (fetch and enrich items,
claimed with ``FOR UPDATE SKIP LOCKED``) and ``enrichments.linked`` (False while a worker's enrichment waits for
the wire-copy links the edition sets over its whole window).

Revision ID: 0007
Revises: 0006 (the lead re-chains it after any later revision)
"""
import sqlalchemy as sa
from alembic import op

from topline.store import schema

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    # a fresh database already has both: 0001 creates the tables as topline.store.schema describes them
    if "linked" not in {c["name"] for c in sa.inspect(bind).get_columns("enrichments")}:
        op.add_column("enrichments", sa.Column("linked", sa.Boolean(), nullable=False, server_default=sa.true()))
    if not sa.inspect(bind).has_table("work_items"):
        schema.work_items.create(bind)


def downgrade() -> None:
    op.drop_table("work_items")
    with op.batch_alter_table("enrichments") as batch:
        batch.drop_column("linked")
