"""Which edition went to whom: the ``sends`` table, so that a re-run never sends an edition twice to the same
recipient (for the same category).

A send is *claimed* (its row inserted) before the message goes out and *released* (row deleted) if sending
fails: two concurrent runs cannot both send, and a failed send can be retried.
"""
from __future__ import annotations

import datetime as dt

from typing import TYPE_CHECKING

from sqlalchemy import and_, delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from topline.store import schema as s
from topline.store.db import as_utc, utcnow

if TYPE_CHECKING:
    from topline.store.db import Store


class SendRepo:
    def __init__(self, store: "Store"):
        self.store = store

    @staticmethod
    def _key(date: dt.date, recipient: str, category: str):  # noqa: ANN205
        return and_(s.sends.c.date == date, s.sends.c.recipient == recipient, s.sends.c.category == category)

    def claim(self, date: dt.date, recipient: str, category: str, message_id: str) -> bool:
        """Record a send about to happen; False when this (date, recipient, category) was already sent."""
        try:
            with self.store.write() as conn:
                if conn.execute(select(s.sends.c.id).where(self._key(date, recipient, category))).first():
                    return False
                conn.execute(insert(s.sends).values(date=date, recipient=recipient, category=category,
                                                    message_id=message_id, sent_at=utcnow()))
            return True
        except IntegrityError:   # another run claimed it between our check and our insert
            return False

    def confirm(self, date: dt.date, recipient: str, category: str) -> None:
        """Stamp the claim with the time the server accepted the message."""
        with self.store.write() as conn:
            conn.execute(update(s.sends).where(self._key(date, recipient, category)).values(sent_at=utcnow()))

    def release(self, date: dt.date, recipient: str, category: str) -> None:
        """Forget a claim whose message was not accepted, so a later run sends it."""
        with self.store.write() as conn:
            conn.execute(delete(s.sends).where(self._key(date, recipient, category)))

    def was_sent(self, date: dt.date, recipient: str, category: str) -> bool:
        with self.store.read() as conn:
            return conn.execute(select(s.sends.c.id).where(self._key(date, recipient, category))).first() is not None

    def list(self, date: dt.date | None = None) -> list[dict]:
        q = select(s.sends).order_by(s.sends.c.id)
        if date is not None:
            q = q.where(s.sends.c.date == date)
        with self.store.read() as conn:
            return [{"date": r.date, "recipient": r.recipient, "category": r.category, "message_id": r.message_id,
                     "sent_at": as_utc(r.sent_at)} for r in conn.execute(q)]
