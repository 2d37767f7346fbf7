"""Workers: processes on any number of machines that share the store's work queue (``store.work``).

    topline queue enrich --date 2025-07-03      # the window's articles that lack a current enrichment
    topline queue fetch                         # every subscribed source
    topline worker enrich --until-empty         # on as many machines as you like, against one PostgreSQL
    topline brief --date 2025-07-03             # links wire copies over the window, then writes the edition

A worker loops: claim a batch (``FOR UPDATE SKIP LOCKED``: never an item another worker holds), read what it
needs, compute (through a runner: ``topline.runner``), commit through the store's own functions, mark the batch
done. An enrich worker stores each article's enrichment and wire-copy fingerprint unlinked: which article copies
which is decided over the whole edition window by ``ensure_enrichments`` when the edition is built, so the
edition equals the one a single process builds. A fetch worker polls its sources as ``topline fetch`` does.
"""
from __future__ import annotations

import os
import socket
import time
from dataclasses import dataclass, field
from typing import Callable, Sequence

from topline.store.work import KINDS

BATCH = {"enrich": 50, "fetch": 8}   # items per claim: enrich ~1-2 s of work per batch on one core; fetch: the
                                     # fetcher's own concurrency (FetchSettings.concurrency) overlaps a batch
IDLE_SECONDS = 1.0                   # a worker that is not --until-empty waits this long when the queue is empty


@dataclass
class WorkerReport:
    worker: str
    kind: str
    batches: int = 0
    done: list[str] = field(default_factory=list)     # items this worker completed, in order
    failed: dict[str, str] = field(default_factory=dict)
    seconds: float = 0.0


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def enqueue_enrich(store, articles) -> int:  # noqa: ANN001 - Store, Sequence[Article]
    """Queue the articles that have no current enrichment."""
    from topline.enrich import VERSION
    ids = [a.id for a in articles if a.id is not None]
    have = store.articles.enrichments(ids, VERSION)
    return store.work.enqueue("enrich", [str(i) for i in ids if i not in have])


def enqueue_fetch(store) -> int:  # noqa: ANN001
    """Queue every subscribed source."""
    return store.work.enqueue("fetch", [s.url for s in store.sources.list()])


def _enrich_batch(store, settings, items: Sequence[str], runner) -> dict[str, str]:  # noqa: ANN001
    """Read the articles, compute enrichments + fingerprints, store them unlinked. Returns {item: reason} of
    the items that failed."""
    from topline.enrich import VERSION, enrich_batch
    ids = [int(x) for x in items]
    arts = {a.id: a for a in store.articles.by_ids(ids)}
    have = store.articles.enrichments(list(arts), VERSION)
    todo = [arts[i] for i in ids if i in arts and i not in have]
    done = enrich_batch(todo, runner) if todo else []
    store.articles.save_enrichments([e for e, _ in done], VERSION, {e.article_id: fp for e, fp in done},
                                    linked=False)
    return {str(i): "missing_article" for i in ids if i not in arts}


def _fetch_batch(store, settings, items: Sequence[str], runner) -> dict[str, str]:  # noqa: ANN001, ARG001
    from topline.ingest.pipeline import fetch_sources
    wanted = set(items)
    sources = [s for s in store.sources.list() if s.url in wanted]
    fetch_sources(store, settings, sources=sources)     # failures are stored as for `topline fetch`
    known = {s.url for s in sources}
    return {x: "unknown_source" for x in items if x not in known}


_HANDLERS: dict[str, Callable] = {"enrich": _enrich_batch, "fetch": _fetch_batch}


def run_worker(store, settings, kind: str, *, name: str | None = None, batch: int | None = None,  # noqa: ANN001
               until_empty: bool = True, max_batches: int | None = None, runner=None,  # noqa: ANN001
               idle: float = IDLE_SECONDS) -> WorkerReport:
    """Claim and work batches of ``kind`` until the queue is empty (``until_empty``) or ``max_batches``."""
    if kind not in KINDS:
        raise ValueError(f"unknown work kind {kind!r} (choose from {', '.join(KINDS)})")
    from topline.runner import SerialRunner
    runner = runner or SerialRunner()     # a worker is one process of many: it computes in itself by default
    report = WorkerReport(worker=name or worker_name(), kind=kind)
    t0 = time.monotonic()
    handler = _HANDLERS[kind]
    while max_batches is None or report.batches < max_batches:
        claimed = store.work.claim(kind, report.worker, batch or BATCH[kind])
        if not claimed:
            if until_empty:
                break
            time.sleep(idle)
            continue
        items = [item for _, item in claimed]
        try:
            failed = handler(store, settings, items, runner)
        except Exception as exc:  # noqa: BLE001 - the batch fails with its reason; the worker goes on
            failed = {x: f"error: {type(exc).__name__}" for x in items}
        by_item = {item: i for i, item in claimed}
        store.work.finish([i for i, _ in claimed], report.worker,
                          failed={by_item[x]: r for x, r in failed.items() if x in by_item})
        report.batches += 1
        report.done.extend(x for x in items if x not in failed)
        report.failed.update(failed)
    report.seconds = round(time.monotonic() - t0, 3)
    return report


__all__ = ["BATCH", "WorkerReport", "enqueue_enrich", "enqueue_fetch", "run_worker", "worker_name"]
