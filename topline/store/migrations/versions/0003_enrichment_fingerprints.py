"""Enrichments keep their wire-copy fingerprint (``enrichments.fingerprint``): a run fingerprints only its new
articles instead of every article of the edition window.

Revision ID: 0003
Revises: 0002
"""
import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # a fresh database already has the column: 0001 creates the tables as topline.store.schema describes them
    if "fingerprint" not in {c["name"] for c in sa.inspect(op.get_bind()).get_columns("enrichments")}:
        op.add_column("enrichments", sa.Column("fingerprint", sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("enrichments") as batch:
        batch.drop_column("fingerprint")
