"""An article's UTC offset as its source stated it, so that its local day ("today", "yesterday" in its text) is
not lost when its time is stored in UTC (issue 12: an article stamped 00:01 BST counted its "yesterday" from the day
before). Articles stored before it have none: their local day is their UTC day, as before.

Revision ID: 0009
Revises: 0008
"""
import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # a fresh database already has the column: 0001 creates the tables as topline.store.schema describes them
    if "published_offset" not in {c["name"] for c in sa.inspect(op.get_bind()).get_columns("articles")}:
        op.add_column("articles", sa.Column("published_offset", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("articles") as batch:
        batch.drop_column("published_offset")
