"""The LLM response cache: keyed by model, prompt version and article content, so a re-run costs no calls."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from topline.store import schema as s
from topline.store.db import utcnow


class CacheRepo:
    def __init__(self, store):  # noqa: ANN001
        self.store = store

    def get(self, key: str) -> dict | None:
        with self.store.read() as conn:
            r = conn.execute(select(s.llm_cache.c.response).where(s.llm_cache.c.key == key)).first()
            return r.response if r else None

    def put(self, key: str, model: str, response: dict, input_tokens: int = 0, output_tokens: int = 0) -> None:
        try:
            with self.store.write() as conn:
                conn.execute(s.llm_cache.delete().where(s.llm_cache.c.key == key))
                conn.execute(s.llm_cache.insert().values(key=key, model=model, response=response,
                                                         input_tokens=input_tokens, output_tokens=output_tokens,
                                                         created_at=utcnow()))
        except IntegrityError:   # another process stored the same key first: same content, nothing to do
            pass


class StageCacheRepo:
    """Results of pure per-item stage computations (issue 14, revision 0008; ``topline.stage_cache`` uses it):
    (stage, key) -> a JSON value, with the edition day that computed it."""
    CHUNK = 500    # keys per query (SQLite's bound-parameter limit is far above)

    def __init__(self, store):  # noqa: ANN001
        self.store = store

    def get_many(self, stage: str, keys) -> dict[str, object]:  # noqa: ANN001 - an iterable of keys
        keys = sorted(set(keys))
        out: dict[str, object] = {}
        t = s.stage_cache
        with self.store.read() as conn:
            for i in range(0, len(keys), self.CHUNK):
                out.update((r.key, r.value) for r in conn.execute(
                    select(t.c.key, t.c.value).where(t.c.stage == stage, t.c.key.in_(keys[i:i + self.CHUNK]))))
        return out

    def stored(self, stage: str, keys) -> set[str]:  # noqa: ANN001 - an iterable of keys
        """Which of ``keys`` have a value stored (their values are not read)."""
        keys = sorted(set(keys))
        out: set[str] = set()
        t = s.stage_cache
        with self.store.read() as conn:
            for i in range(0, len(keys), self.CHUNK):
                out.update(conn.execute(select(t.c.key).where(t.c.stage == stage,
                                                              t.c.key.in_(keys[i:i + self.CHUNK]))).scalars())
        return out

    def put_many(self, stage: str, values, day) -> None:  # noqa: ANN001 - {key: JSON value}, datetime.date
        """Store ``values`` computed by the edition of ``day`` (a key already stored is replaced: same content and
        code, same value)."""
        items = sorted(values.items())
        if not items:
            return
        t = s.stage_cache
        with self.store.write() as conn:
            for i in range(0, len(items), self.CHUNK):
                part = items[i:i + self.CHUNK]
                conn.execute(t.delete().where(t.c.stage == stage, t.c.key.in_([k for k, _ in part])))
                conn.execute(t.insert(), [{"stage": stage, "key": k, "value": v, "created_on": day} for k, v in part])

    def prune(self, before) -> int:  # noqa: ANN001 - datetime.date
        """Delete the rows computed by editions of days before ``before``; how many."""
        with self.store.write() as conn:
            return conn.execute(s.stage_cache.delete().where(s.stage_cache.c.created_on < before)).rowcount or 0

    def count(self, stage: str | None = None) -> int:
        from sqlalchemy import func
        q = select(func.count()).select_from(s.stage_cache)
        if stage is not None:
            q = q.where(s.stage_cache.c.stage == stage)
        with self.store.read() as conn:
            return int(conn.execute(q).scalar() or 0)
