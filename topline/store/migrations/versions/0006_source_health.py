"""Per-source health: last success, consecutive failures, the next poll (back-off, Retry-After, Cache-Control)
and why a source is paused.

Revision ID: 0006
Revises: 0004 (the lead re-chains it after 0005 at merge)
"""
import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_COLUMNS = (
    ("last_success", lambda: sa.Column("last_success", sa.DateTime(timezone=True), nullable=True)),
    ("consecutive_failures", lambda: sa.Column("consecutive_failures", sa.Integer(), nullable=False,
                                               server_default="0")),
    ("next_poll", lambda: sa.Column("next_poll", sa.DateTime(timezone=True), nullable=True)),
    ("paused", lambda: sa.Column("paused", sa.String(256), nullable=True)),
)


def upgrade() -> None:
    # a fresh database already has the columns: 0001 creates the tables as topline.store.schema describes them
    have = {c["name"] for c in sa.inspect(op.get_bind()).get_columns("sources")}
    for name, column in _COLUMNS:
        if name not in have:
            op.add_column("sources", column())


def downgrade() -> None:
    with op.batch_alter_table("sources") as batch:
        for name, _column in reversed(_COLUMNS):
            batch.drop_column(name)
