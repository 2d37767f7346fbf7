"""Runs of `topline run` (and the web app's admin build): the ``runs`` table is both their record and their lock.

A run row whose ``finished_at`` is empty is *held* by the process named in ``data.holder`` (host, pid) for as long
as that process renews ``data.heartbeat``. A run is *stale* when its heartbeat is older than the lease, or when its
holder ran on this host and its process is gone (a SIGKILL is seen at once, without waiting for the lease). Taking
the lock, renewing it and recording steps are single write transactions (``BEGIN IMMEDIATE`` on SQLite, the
advisory write lock on PostgreSQL), so two processes never both hold it.

``data`` = {key, status, holder: {host, pid}, heartbeat (ISO), lease (s), steps: {name: {status, started,
finished, result}}, takeovers: [holder...], error}.
"""
from __future__ import annotations

import datetime as dt
import os
import socket
import uuid
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable

from sqlalchemy import desc, insert, select, update

from topline.store import schema as s
from topline.store.db import as_utc, utcnow

if TYPE_CHECKING:
    from topline.store.db import Store

RECENT_RUNS = 400    # run rows read when looking for a holder or a run to resume (one or two a day are written)


@dataclass(frozen=True)
class Holder:
    """Who holds a run: the host and process (to see it die) and a token of its own (two runs started by threads
    of one process, such as two admin builds in the web app, are two holders)."""
    host: str
    pid: int
    token: str = ""

    @classmethod
    def me(cls) -> "Holder":
        return cls(socket.gethostname(), os.getpid(), uuid.uuid4().hex[:12])

    def as_dict(self) -> dict:
        return {"host": self.host, "pid": self.pid, "token": self.token}


@dataclass
class RunRow:
    id: int
    command: str
    started_at: dt.datetime
    finished_at: dt.datetime | None
    data: dict = field(default_factory=dict)

    @property
    def key(self) -> str:
        return str(self.data.get("key", ""))

    @property
    def status(self) -> str:
        return str(self.data.get("status", "running" if self.finished_at is None else "done"))

    @property
    def holder(self) -> Holder | None:
        h = self.data.get("holder") or {}
        return Holder(str(h.get("host", "")), int(h.get("pid", 0)), str(h.get("token", ""))) if h else None

    @property
    def heartbeat(self) -> dt.datetime | None:
        value = self.data.get("heartbeat")
        return as_utc(dt.datetime.fromisoformat(value)) if value else None

    def steps_done(self) -> list[str]:
        return [name for name, st in (self.data.get("steps") or {}).items() if st.get("status") == "done"]


class RunBusy(Exception):
    """Another live process holds the run lock."""

    def __init__(self, run: RunRow):
        h = run.holder
        beat = run.heartbeat
        super().__init__(
            f"another run is in progress: run {run.id} ({run.command} {run.key}) held by pid {h.pid if h else '?'} "
            f"on {h.host if h else '?'}, last heartbeat {beat.isoformat(timespec='seconds') if beat else '?'}; "
            f"its lock expires {run.data.get('lease', '?')} s after its last heartbeat, or as soon as its process "
            "is gone")
        self.run = run


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:      # exists, owned by someone else
        return True
    return True


def is_stale(run: RunRow, now: dt.datetime, lease: float) -> bool:
    """Whether an unfinished run's lock can be taken over (its holder is dead or silent for longer than the lease)."""
    h = run.holder
    if h is None:
        return True
    if h.host == socket.gethostname() and not _pid_alive(h.pid):
        return True
    beat = run.heartbeat
    return beat is None or (now - beat).total_seconds() > float(run.data.get("lease", lease))


def _row(r: Any) -> RunRow:
    return RunRow(id=r.id, command=r.command, started_at=as_utc(r.started_at), finished_at=as_utc(r.finished_at),
                  data=dict(r.data or {}))


class RunRepo:
    def __init__(self, store: "Store"):
        self.store = store

    def recent(self, limit: int = RECENT_RUNS) -> list[RunRow]:
        with self.store.read() as conn:
            return [_row(r) for r in conn.execute(select(s.runs).order_by(desc(s.runs.c.id)).limit(limit))]

    def get(self, run_id: int) -> RunRow | None:
        with self.store.read() as conn:
            r = conn.execute(select(s.runs).where(s.runs.c.id == run_id)).first()
            return _row(r) if r else None

    def acquire(self, command: str, key: str, holder: Holder, *, lease: float, force: bool = False,
                now: dt.datetime | None = None) -> tuple[RunRow, str]:
        """Take the run lock for ``key``. Returns (run, how): how = "new" (a fresh run), "resumed" (an unfinished
        run of the same key whose holder died: its finished steps are kept) or "done" (the key already finished,
        nothing taken; ``force`` starts a fresh run instead). Raises RunBusy when a live holder has the lock."""
        now = now or utcnow()
        with self.store.write() as conn:
            rows = [_row(r) for r in conn.execute(select(s.runs).order_by(desc(s.runs.c.id)).limit(RECENT_RUNS))]
            live = [r for r in rows if r.finished_at is None and r.holder != holder and not is_stale(r, now, lease)]
            if live:
                raise RunBusy(live[0])
            mine = next((r for r in rows if r.key == key and r.command == command), None)
            if mine is not None and mine.finished_at is not None and mine.status == "done" and not force:
                return mine, "done"
            resume = mine if mine is not None and mine.finished_at is None and not force else None
            for r in rows:    # every other unfinished run's holder is dead: at most one run is ever open
                if r.finished_at is None and (resume is None or r.id != resume.id):
                    conn.execute(update(s.runs).where(s.runs.c.id == r.id)
                                 .values(finished_at=now, data=dict(r.data, status="abandoned")))
            base = {"holder": holder.as_dict(), "heartbeat": now.isoformat(), "lease": lease}
            if resume is not None:
                data = dict(resume.data, **base, status="running",
                            takeovers=[*resume.data.get("takeovers", []), resume.data.get("holder")])
                conn.execute(update(s.runs).where(s.runs.c.id == resume.id).values(data=data))
                return RunRow(resume.id, command, resume.started_at, None, data), "resumed"
            data = dict(base, key=key, status="running", steps={}, takeovers=[])
            key_row = conn.execute(insert(s.runs).values(command=command, started_at=now, data=data)).inserted_primary_key
            assert key_row is not None
            return RunRow(int(key_row[0]), command, now, None, data), "new"

    def _change(self, run_id: int, holder: Holder, fn: Callable[[dict], dict],
                finished: dt.datetime | None = None) -> dict:
        """Apply ``fn(data) -> data`` to a run this holder still holds; raises RunBusy if it lost the lock."""
        with self.store.write() as conn:
            r = conn.execute(select(s.runs).where(s.runs.c.id == run_id)).first()
            row = _row(r)
            if row.holder != holder or row.finished_at is not None:
                raise RunBusy(row)
            data = fn(dict(row.data))
            values: dict[str, Any] = {"data": data}
            if finished is not None:
                values["finished_at"] = finished
            conn.execute(update(s.runs).where(s.runs.c.id == run_id).values(**values))
            return data

    def heartbeat(self, run_id: int, holder: Holder) -> None:
        self._change(run_id, holder, lambda d: dict(d, heartbeat=utcnow().isoformat()))

    def step(self, run_id: int, holder: Holder, name: str, status: str, result: Any = None) -> None:
        """Record a step: status = running | done | failed | skipped."""
        now = utcnow().isoformat()

        def change(d: dict) -> dict:
            steps = dict(d.get("steps") or {})
            st = dict(steps.get(name) or {})
            st["status"] = status
            st.setdefault("started", now)
            if status == "running":
                st["started"] = now
            else:
                st["finished"] = now
            if result is not None:
                st["result"] = result
            steps[name] = st
            return dict(d, steps=steps, heartbeat=now)
        self._change(run_id, holder, change)

    def finish(self, run_id: int, holder: Holder, status: str, error: str = "") -> RunRow:
        now = utcnow()
        data = self._change(run_id, holder, lambda d: dict(d, status=status, error=error, heartbeat=now.isoformat()),
                            finished=now)
        return RunRow(run_id, "", now, now, data)
