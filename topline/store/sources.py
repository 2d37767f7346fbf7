"""Subscribed sources and their fetch state (conditional GET validators, counters, last reason)."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, func, insert, select, update

from topline.records import Source
from topline.store import schema as s
from topline.store.db import as_utc, utcnow

if TYPE_CHECKING:
    from topline.ingest.health import Health
    from topline.store.db import Store


def _row(r: Any) -> Source:
    return Source(id=r.id, url=r.url, name=r.name, kind=r.kind, etag=r.etag, last_modified=r.last_modified,
                  last_fetched=as_utc(r.last_fetched), last_reason=r.last_reason, ok_count=r.ok_count,
                  fail_count=r.fail_count, last_success=as_utc(r.last_success),
                  consecutive_failures=r.consecutive_failures or 0, next_poll=as_utc(r.next_poll),
                  paused=r.paused or "")


class SourceRepo:
    def __init__(self, store: "Store"):
        self.store = store

    def add(self, url: str, name: str = "", kind: str = "feed") -> tuple[Source, bool]:
        """Subscribe; returns (source, created). Adding an existing URL changes nothing but an empty name."""
        fit = self.store.fit(s.sources, {"url": url, "name": name, "kind": kind})
        url, name, kind = fit["url"], fit["name"], fit["kind"]
        with self.store.write() as conn:
            r = conn.execute(select(s.sources).where(s.sources.c.url == url)).first()
            if r is not None:
                if name and not r.name:
                    conn.execute(update(s.sources).where(s.sources.c.id == r.id).values(name=name))
                    r = conn.execute(select(s.sources).where(s.sources.c.id == r.id)).first()
                return _row(r), False
            conn.execute(insert(s.sources).values(url=url, name=name, kind=kind, added_at=utcnow(),
                                                  ok_count=0, fail_count=0))
            return _row(conn.execute(select(s.sources).where(s.sources.c.url == url)).first()), True

    def remove(self, url_or_id: str) -> bool:
        with self.store.write() as conn:
            cond = s.sources.c.url == self.store.fit_value(s.sources.c.url, str(url_or_id))
            if str(url_or_id).isdigit():
                cond = cond | (s.sources.c.id == int(url_or_id))
            return conn.execute(delete(s.sources).where(cond)).rowcount > 0

    def resume(self, url_or_id: str) -> bool:
        """Poll a paused or backing-off source again at the next fetch."""
        with self.store.write() as conn:
            cond = s.sources.c.url == self.store.fit_value(s.sources.c.url, str(url_or_id))
            if str(url_or_id).isdigit():
                cond = cond | (s.sources.c.id == int(url_or_id))
            return conn.execute(update(s.sources).where(cond).values(paused=None, next_poll=None,
                                                                     consecutive_failures=0)).rowcount > 0

    def list(self) -> list[Source]:
        with self.store.read() as conn:
            return [_row(r) for r in conn.execute(select(s.sources).order_by(s.sources.c.id))]

    def get(self, url: str) -> Source | None:
        with self.store.read() as conn:
            r = conn.execute(select(s.sources).where(
                s.sources.c.url == self.store.fit_value(s.sources.c.url, url))).first()
            return _row(r) if r else None

    def count(self) -> int:
        with self.store.read() as conn:
            return conn.execute(select(func.count()).select_from(s.sources)).scalar_one()

    def record_fetch(self, url: str, *, reason: str | None, etag: str | None = None,
                     last_modified: str | None = None, health: "Health | None" = None) -> None:
        """Record one poll: ``reason`` None = success (validators kept for the next conditional GET). ``health``
        (an ``ingest.health.Health``) sets the consecutive failures, the next poll and the pause reason."""
        with self.store.write() as conn:
            now = utcnow()
            values: dict = {"last_fetched": now, "last_reason": reason}
            if health is not None:
                values.update(consecutive_failures=health.consecutive_failures, next_poll=health.next_poll,
                              paused=health.paused or None)
            if reason is None:
                values["last_success"] = now
                values["ok_count"] = s.sources.c.ok_count + 1
                if etag is not None:
                    values["etag"] = etag
                if last_modified is not None:
                    values["last_modified"] = last_modified
            else:
                values["fail_count"] = s.sources.c.fail_count + 1
            conn.execute(update(s.sources).where(s.sources.c.url == self.store.fit_value(s.sources.c.url, url))
                         .values(**self.store.fit(s.sources, values)))
