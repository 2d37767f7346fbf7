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
