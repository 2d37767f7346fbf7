"""Daily editions cost what is new (issue 14): results of pure per-item computations kept for the next edition.

Each day's edition reads a 36-hour window, so most articles are read by two editions or more. What an edition
computes from one article alone, and that a later edition computes again from the same article, is kept in the
store (``stage_cache``, revision 0008) under a key made of

* the stage's name,
* a hash of the source files of the code that computes it (``code_version``): any edit to those rules is a miss,
  never a stale hit, and
* a hash of the item's content (the article's title and text, not its id: an article whose text changed is new).

A hit returns exactly what the computation returned (values are JSON: lists stand for sets and are turned back by
the caller), so an edition built with a warm cache equals the one built cold (tests/test_stage_cache.py).

Bound: rows computed by editions more than ``KEEP_DAYS`` before the edition being built are deleted when it
stores its own (an article is read again while it is in a window, 36 hours, and as watch-item evidence for
``events.watch.FOLLOW_DAYS`` days; a rebuilt older edition recomputes what was deleted).

Stages using it: ``watch-evidence`` (the sentences of an article that can settle a watch item, with their names
and words: ``events.watch.follow``), ``event-kinds`` (the kinds of event an article's title and lead state:
``classify.events.kinds_of``), ``event-statements`` and ``watch-statements`` (an article's part of the event
ledger: ``events.memo``), ``embed-rows`` (the classifier's wordllama rows: ``classify.embed``), ``story-features``
(what the classifier reads of one story alone: ``classify.story_memo``).
"""
from __future__ import annotations

import datetime as dt
import functools
import hashlib
from pathlib import Path
from typing import Any, Callable, Iterable

KEEP_DAYS = 14          # rows computed by editions this many days before the one being built are deleted

_PACKAGE = Path(__file__).resolve().parent


@functools.lru_cache(maxsize=None)
def code_version(*paths: str) -> str:
    """A hash of the source files (or every .py file of the folders) named relative to the package."""
    h = hashlib.sha1()
    for rel in paths:
        p = _PACKAGE / rel
        for f in sorted(p.rglob("*.py")) if p.is_dir() else [p]:
            h.update(str(f.relative_to(_PACKAGE)).encode())
            h.update(f.read_bytes())
    return h.hexdigest()[:16]


class Memo:
    """One stage's cache for one edition: ``preload`` the keys it will ask for (one query), ``get``/``put`` in
    memory, ``flush`` the new values to the store. Without a store (``store=None``) it only remembers within the
    process. ``hits`` and ``misses`` count ``get``s."""

    def __init__(self, store, stage: str, version: str, day: dt.date | None = None):  # noqa: ANN001
        self.store, self.stage, self.version, self.day = store, stage, version, day
        self.known: dict[str, Any] = {}
        self.new: dict[str, Any] = {}
        self.hits = self.misses = 0

    def key(self, *parts: str) -> str:
        h = hashlib.sha1(self.version.encode())
        for p in parts:
            h.update(b"\0")
            h.update((p or "").encode("utf-8", "surrogatepass"))
        return h.hexdigest()

    def preload(self, keys: Iterable[str]) -> None:
        want = [k for k in keys if k not in self.known]
        if self.store is not None and want:
            self.known.update(self.store.stage_cache.get_many(self.stage, want))

    def get(self, key: str, compute: Callable[[], Any]) -> Any:
        """The stored value of ``key``, or ``compute()`` (a JSON value) remembered as new. A value computed for
        this edition in a background process (``prefetch``) is taken instead of calling ``compute``: it is still
        a miss (computed for this edition) and is stored as new."""
        if key in self.known:
            self.hits += 1
            return self.known[key]
        self.misses += 1
        ready = _prefetched(self.stage, self.version)
        if key in ready:
            value = ready.pop(key)
            TAKEN[self.stage] = TAKEN.get(self.stage, 0) + 1
        else:
            value = compute()
        self.known[key] = self.new[key] = value
        return value

    def flush(self) -> None:
        if self.store is not None and self.new:
            day = self.day or dt.date.today()
            self.store.stage_cache.put_many(self.stage, self.new, day)
            self.store.stage_cache.prune(day - dt.timedelta(days=KEEP_DAYS))
        self.new = {}

    def stats(self) -> tuple[str, int, int]:
        return (self.stage, self.hits, self.misses)


# --- values computed ahead, in a background process (issue 14) ----------------------------------------------
# The pipeline starts a process that computes a stage's values for the window's articles (``topline.prefetch``)
# while this process assigns stories; a Memo of that stage takes them instead of computing. Keyed by (stage,
# code version): a value is only ever taken by the same stage of the same code. Values not asked for are dropped
# with the edition (``clear_prefetch``), so the store ends up with exactly the rows computing in order gives.
_PENDING: dict[tuple[str, str], Callable[[], dict[str, Any]]] = {}   # (stage, version) -> collect the values
_READY: dict[tuple[str, str], dict[str, Any]] = {}
TAKEN: dict[str, int] = {}     # stage -> values taken from a prefetch in this process (what tests read)


def register_prefetch(stage: str, version: str, collect: Callable[[], dict[str, Any]]) -> None:
    """Values of ``stage`` at ``version`` will be available from ``collect()`` (called once, when first needed;
    it may wait for the process computing them; an exception means no value is ready)."""
    _PENDING[(stage, version)] = collect
    _READY.pop((stage, version), None)


def _prefetched(stage: str, version: str) -> dict[str, Any]:
    k = (stage, version)
    if k in _PENDING:
        collect = _PENDING.pop(k)
        try:
            _READY[k] = dict(collect())
        except Exception:  # noqa: BLE001 - a failed prefetch only means computing here, as without one
            _READY[k] = {}
    return _READY.get(k, {})


def prefetched_rows(stage: str, version: str) -> dict[str, Any]:
    """The values of ``stage`` computed ahead for this edition, read without taking them ({} when none)."""
    ready = _prefetched(stage, version)
    if ready:
        TAKEN[stage] = TAKEN.get(stage, 0) + 1
    return ready


def clear_prefetch() -> None:
    """Forget every value computed ahead (the pipeline calls it when an edition ends, built or not)."""
    _PENDING.clear()
    _READY.clear()
