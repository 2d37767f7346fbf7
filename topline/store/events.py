"""The event ledger and watch items (``events``, ``watch_items``; revision 0005).

Events are keyed by a stable id (story, type, key): an edition that re-reads a story replaces its rows, so the
running totals count each event once, on the day its first statement was published. Watch items are inserted once
and then only their status changes (``update_watch``).
"""
from __future__ import annotations

import datetime as dt
from typing import Iterable, Mapping, Sequence

from sqlalchemy import delete, insert, or_, select, update

from topline.records import Event, EventField, WatchItem, to_dict
from topline.store import schema as s
from topline.store.db import chunks, utcnow


class EventRepo:
    def __init__(self, store):  # noqa: ANN001
        self.store = store

    # --- events ---------------------------------------------------------------------------------------------

    def save_events(self, edition: dt.date, events: Sequence[Event],
                    categories: Mapping[str, str | None] | None = None) -> None:
        """Insert or replace ``events`` (read for the edition of ``edition``); ``categories``: story id ->
        primary category."""
        if not events:
            return
        now = utcnow()
        rows = [self.store.fit(s.events, dict(
            id=e.id, story_id=e.story_id, type=e.type, date=e.date, edition=edition,
            category=(categories or {}).get(e.story_id), url=e.url, source=e.source, sentence=e.sentence,
            data={"fields": [to_dict(f) for f in e.fields], "updated": e.updated.isoformat() if e.updated else None},
            updated_at=now)) for e in events]
        with self.store.write() as conn:
            for part in chunks([r["id"] for r in rows]):
                conn.execute(delete(s.events).where(s.events.c.id.in_(part)))
            conn.execute(insert(s.events), rows)

    def between(self, start: dt.date, end: dt.date, category: str | None = None) -> list[Event]:
        """Events first stated on a day in [start, end], oldest first (``category`` None: every category)."""
        q = select(s.events).where(s.events.c.date >= start, s.events.c.date <= end)
        if category is not None:
            q = q.where(s.events.c.category == category)
        with self.store.read() as conn:
            return [_event(r) for r in conn.execute(q.order_by(s.events.c.date, s.events.c.id))]

    def for_edition(self, edition: dt.date) -> list[Event]:
        """The events the edition of ``edition`` read, with their category: ``(category, Event)`` rows."""
        with self.store.read() as conn:
            return [_event(r) for r in conn.execute(select(s.events).where(s.events.c.edition == edition)
                                                    .order_by(s.events.c.category, s.events.c.date, s.events.c.id))]

    def categories(self, ids: Iterable[str]) -> dict[str, str | None]:
        out: dict[str, str | None] = {}
        with self.store.read() as conn:
            for part in chunks(list(ids)):
                for r in conn.execute(select(s.events.c.id, s.events.c.category).where(s.events.c.id.in_(part))):
                    out[r.id] = r.category
        return out

    # --- watch items ----------------------------------------------------------------------------------------

    def add_watch(self, items: Sequence[WatchItem]) -> int:
        """Insert the items not stored yet (a stored item keeps its status); returns how many were new."""
        if not items:
            return 0
        with self.store.write() as conn:
            known: set[str] = set()
            for part in chunks([i.id for i in items]):
                known.update(r.id for r in conn.execute(select(s.watch_items.c.id)
                                                        .where(s.watch_items.c.id.in_(part))))
            now = utcnow()
            rows = [self.store.fit(s.watch_items, _watch_row(i, now)) for i in items if i.id not in known]
            rows = list({r["id"]: r for r in rows}.values())
            if rows:
                conn.execute(insert(s.watch_items), rows)
            return len(rows)

    def update_watch(self, items: Sequence[WatchItem]) -> None:
        """Store the status (and resolution) of items already stored."""
        if not items:
            return
        now = utcnow()
        with self.store.write() as conn:
            for i in items:
                conn.execute(update(s.watch_items).where(s.watch_items.c.id == i.id).values(
                    status=i.status, resolved_on=i.resolved_on, resolved_url=i.resolved_url,
                    resolved_text=i.resolved_text or "", updated_at=now))

    def open_watch(self, before: dt.date, days: int = 60) -> list[WatchItem]:
        """Items made in the ``days`` before ``before`` that are still open or overdue, oldest first."""
        start = before - dt.timedelta(days=days)
        with self.store.read() as conn:
            return [_watch(r) for r in conn.execute(
                select(s.watch_items).where(s.watch_items.c.made_on >= start, s.watch_items.c.made_on <= before,
                                            s.watch_items.c.status.in_(("open", "overdue")))
                .order_by(s.watch_items.c.made_on, s.watch_items.c.id))]

    def watch_on(self, day: dt.date, days: int = 60) -> list[WatchItem]:
        """What an edition of ``day`` lists: items made by then that were open at the time or were settled that
        day (so a rebuilt past edition shows what it showed), oldest first."""
        start = day - dt.timedelta(days=days)
        with self.store.read() as conn:
            rows = conn.execute(select(s.watch_items).where(
                s.watch_items.c.made_on >= start, s.watch_items.c.made_on <= day,
                or_(s.watch_items.c.resolved_on.is_(None), s.watch_items.c.resolved_on >= day))
                .order_by(s.watch_items.c.made_on, s.watch_items.c.id))
            out = []
            for r in rows:
                w = _watch(r)
                if w.resolved_on is not None and w.resolved_on > day:   # settled later: open on that day
                    w = WatchItem(**{**w.__dict__, "status": "open", "resolved_on": None, "resolved_url": None,
                                     "resolved_text": ""})
                out.append(w)
            return out

    def all_watch(self) -> list[WatchItem]:
        with self.store.read() as conn:
            return [_watch(r) for r in conn.execute(select(s.watch_items).order_by(s.watch_items.c.made_on,
                                                                                    s.watch_items.c.id))]


def _event(r) -> Event:  # noqa: ANN001 - a row
    data = r.data if isinstance(r.data, dict) else {}
    fields = tuple(EventField(**{k: f.get(k) for k in ("name", "value", "text", "url", "sentence", "source")})
                   for f in data.get("fields", ()))
    updated = data.get("updated")
    return Event(story_id=r.story_id, type=r.type, fields=fields, url=r.url, sentence=r.sentence, source=r.source,
                 date=r.date, id=r.id, category=r.category,
                 updated=dt.date.fromisoformat(updated) if isinstance(updated, str) else None)


def _watch_row(i: WatchItem, now: dt.datetime) -> dict:
    return dict(id=i.id, story_id=i.story_id, category=i.category, made_on=i.made_on, due=i.due, status=i.status,
                url=i.url, source=i.source, text=i.text, resolved_on=i.resolved_on, resolved_url=i.resolved_url,
                resolved_text=i.resolved_text or "", updated_at=now)


def _watch(r) -> WatchItem:  # noqa: ANN001 - a row
    return WatchItem(story_id=r.story_id, text=r.text, url=r.url, source=r.source, made_on=r.made_on, due=r.due,
                     category=r.category, status=r.status, resolved_on=r.resolved_on, resolved_url=r.resolved_url,
                     resolved_text=r.resolved_text or "", id=r.id)
