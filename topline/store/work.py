"""The work queue (``work_items``): items of work (fetch a source, enrich an article) that worker processes on any
number of machines share without doing any twice.

A claim is one short transaction: ``SELECT ... FOR UPDATE SKIP LOCKED`` picks pending items no other claimer is
taking at that moment, and marks them claimed by this worker. On PostgreSQL the claim deliberately does not take
the store's write lock (``Store.write``): claims of several workers run side by side and skip each other's rows.
On SQLite (no ``FOR UPDATE``) the claim is an ordinary immediate write transaction: serial, so just as exclusive.
A claim holds for ``lease`` seconds; an item claimed longer ago goes back to pending at the next claim (its
worker died), and only the worker that holds the claim can complete it.
"""
from __future__ import annotations

import datetime as dt
from contextlib import contextmanager
from typing import Iterator, Sequence

from sqlalchemy import Connection, func, insert, select, update

from topline.store import schema as s
from topline.store.db import as_utc, chunks, utcnow

KINDS = ("fetch", "enrich")
STATES = ("pending", "claimed", "done", "failed")
LEASE_SECONDS = 600     # a claim older than this is taken to be a dead worker's (an enrich batch of 50 takes ~2 s)


class WorkRepo:
    def __init__(self, store):  # noqa: ANN001
        self.store = store

    @contextmanager
    def _claiming(self) -> Iterator[Connection]:
        if self.store.is_sqlite:
            with self.store.write() as conn:
                yield conn
            return
        with self.store.engine.connect() as conn:     # not Store.write: no advisory lock, claims run in parallel
            with conn.begin():
                yield conn

    def enqueue(self, kind: str, items: Sequence[str]) -> int:
        """Queue ``items`` of ``kind``: new ones are added, done or failed ones go back to pending, pending and
        claimed ones stay as they are. Returns how many are now pending because of this call."""
        if kind not in KINDS:
            raise ValueError(f"unknown work kind {kind!r}")
        items = list(dict.fromkeys(str(x) for x in items))
        w = s.work_items.c
        now = utcnow()
        queued = 0
        with self.store.write() as conn:
            for part in chunks(items):
                have = {r.item: r.state for r in conn.execute(select(w.item, w.state).where(
                    w.kind == kind, w.item.in_(part)))}
                new = [x for x in part if x not in have]
                if new:
                    conn.execute(insert(s.work_items), [dict(kind=kind, item=x, state="pending", attempts=0,
                                                             created_at=now) for x in new])
                again = [x for x in part if have.get(x) in ("done", "failed")]
                if again:
                    conn.execute(update(s.work_items).where(w.kind == kind, w.item.in_(again))
                                 .values(state="pending", worker=None, reason=None, claimed_at=None,
                                         finished_at=None))
                queued += len(new) + len(again)
        return queued

    def claim(self, kind: str, worker: str, limit: int, lease: float = LEASE_SECONDS) -> list[tuple[int, str]]:
        """Up to ``limit`` pending items of ``kind`` (oldest first), now claimed by ``worker``: [(id, item)]."""
        w = s.work_items.c
        now = utcnow()
        with self._claiming() as conn:
            stale = now - dt.timedelta(seconds=lease)
            expired = select(w.id).where(w.kind == kind, w.state == "claimed", w.claimed_at < stale) \
                .with_for_update(skip_locked=True)
            old = [r.id for r in conn.execute(expired)]
            if old:
                conn.execute(update(s.work_items).where(w.id.in_(old)).values(state="pending", worker=None))
            q = (select(w.id, w.item).where(w.kind == kind, w.state == "pending").order_by(w.id).limit(limit)
                 .with_for_update(skip_locked=True))
            rows = [(r.id, r.item) for r in conn.execute(q)]
            if rows:
                conn.execute(update(s.work_items).where(w.id.in_([i for i, _ in rows]))
                             .values(state="claimed", worker=worker, claimed_at=now, attempts=w.attempts + 1))
        return rows

    def finish(self, ids: Sequence[int], worker: str, *, failed: dict[int, str] | None = None) -> int:
        """Mark ``worker``'s claimed items done (those in ``failed`` failed, with their reason). Items whose claim
        ``worker`` no longer holds (its lease ran out and another worker took them) are left alone. Returns how
        many were marked."""
        failed = failed or {}
        w = s.work_items.c
        now = utcnow()
        marked = 0
        with self.store.write() as conn:
            ok = [i for i in ids if i not in failed]
            for part in chunks(ok):
                marked += conn.execute(update(s.work_items).where(
                    w.id.in_(part), w.worker == worker, w.state == "claimed")
                    .values(state="done", finished_at=now)).rowcount
            for i, reason in failed.items():
                marked += conn.execute(update(s.work_items).where(
                    w.id == i, w.worker == worker, w.state == "claimed")
                    .values(state="failed", reason=reason[:64], finished_at=now)).rowcount
        return marked

    def counts(self, kind: str | None = None) -> dict[str, int]:
        """Items per state (of ``kind``, or of every kind)."""
        w = s.work_items.c
        q = select(w.state, func.count()).group_by(w.state)
        if kind:
            q = q.where(w.kind == kind)
        with self.store.read() as conn:
            got = {r[0]: r[1] for r in conn.execute(q)}
        return {k: got.get(k, 0) for k in STATES}

    def items(self, kind: str) -> list[dict]:
        """Every item of ``kind`` with its state, worker, attempts and times (for reports and tests)."""
        w = s.work_items.c
        with self.store.read() as conn:
            rows = conn.execute(select(s.work_items).where(w.kind == kind).order_by(w.id)).mappings().all()
        return [{**dict(r), "claimed_at": as_utc(r["claimed_at"]), "finished_at": as_utc(r["finished_at"])}
                for r in rows]


__all__ = ["KINDS", "LEASE_SECONDS", "WorkRepo"]
