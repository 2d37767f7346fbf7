"""Story centroids move out of ``stories.data`` (JSON) into ``story_centroids`` (packed terms and float32
weights): the story engine reads every active story's centroid on each batch, and parsing them from JSON was
one of the largest costs of adding a day to a large store.

Revision ID: 0002
Revises: 0001
"""
import json

import numpy as np
import sqlalchemy as sa
from alembic import op

from topline.store import schema

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _pack(weights: dict) -> tuple[str, bytes]:
    # the packing of this revision (frozen here: topline.store.stories reads it)
    return "\n".join(weights), np.asarray(list(weights.values()), dtype="<f4").tobytes()


def _loads(value):  # noqa: ANN001, ANN202 - JSON columns come back as text inside a migration on some drivers
    return json.loads(value) if isinstance(value, (str, bytes)) else (value or {})


BATCH = 1000   # stories per step: a large store's JSON centroids (~10 KB each) are never all in memory at once


def upgrade() -> None:
    bind = op.get_bind()
    schema.story_centroids.create(bind)
    stories = sa.table("stories", sa.column("id", sa.String), sa.column("data", sa.JSON))
    last = ""
    while True:
        batch = bind.execute(sa.select(stories.c.id, stories.c.data).where(stories.c.id > last)
                             .order_by(stories.c.id).limit(BATCH)).all()
        if not batch:
            return
        last = batch[-1][0]
        rows, updates = [], []
        for sid, raw in batch:
            data = _loads(raw)
            c = data.pop("centroid", None)
            if not c:
                continue
            tt, tw = _pack(c.get("text", {}))
            at, aw = _pack(c.get("anchors", {}))
            dense = np.asarray(c["dense"], dtype="<f4").tobytes() if c.get("dense") else None
            rows.append(dict(story_id=sid, n=int(c.get("n", 0)), text_terms=tt, text_weights=tw, anchor_terms=at,
                             anchor_weights=aw, dense=dense))
            updates.append(dict(sid=sid, new_data=data))
        if rows:
            bind.execute(sa.insert(schema.story_centroids), rows)
            bind.execute(sa.update(stories).where(stories.c.id == sa.bindparam("sid"))
                         .values(data=sa.bindparam("new_data")), updates)


def downgrade() -> None:
    bind = op.get_bind()
    stories = sa.table("stories", sa.column("id", sa.String), sa.column("data", sa.JSON))
    for r in bind.execute(sa.select(schema.story_centroids)).all():
        data = _loads(bind.execute(sa.select(stories.c.data).where(stories.c.id == r.story_id)).scalar())
        text = dict(zip(r.text_terms.split("\n") if r.text_terms else [],
                        np.frombuffer(r.text_weights, dtype="<f4").tolist()))
        anchors = dict(zip(r.anchor_terms.split("\n") if r.anchor_terms else [],
                           np.frombuffer(r.anchor_weights, dtype="<f4").tolist()))
        data["centroid"] = {"n": r.n, "text": text, "anchors": anchors,
                            **({"dense": np.frombuffer(r.dense, dtype="<f4").tolist()} if r.dense else {})}
        bind.execute(sa.update(stories).where(stories.c.id == r.story_id).values(data=data))
    schema.story_centroids.drop(bind)
