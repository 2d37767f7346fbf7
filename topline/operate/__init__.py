"""Daily operation: one function runs the day's steps, for `topline run`, its long-running mode and the web app's
admin build alike.

    fetch -> extract -> stories -> edition -> publish -> send

``run(store, settings, date)`` is idempotent: a day whose run finished is not run again (``force`` runs it
anew); a run killed half-way is resumed by the next call, which skips the steps it finished. Only one run goes on
at a time (the lock is the run's row in the ``runs`` table, see ``topline.store.runs``): a second caller gets
``RunBusy`` at once, or waits for it with ``wait``. The holder renews its lease from a background thread; a lock
whose holder died is taken over (at once on the same host, after the lease elsewhere).
"""
from __future__ import annotations

import datetime as dt
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Callable, Sequence

from topline.config import Settings
from topline.errors import ToplineError
from topline.store.db import Store
from topline.store.runs import Holder, RunBusy, RunRow

STEPS = ("fetch", "extract", "stories", "edition", "publish", "send")
BUILD_STEPS = ("extract", "stories", "edition", "publish")   # the web app's admin build: no fetch, no e-mail
# How long a silent holder keeps the lock: long enough that a busy machine renews it in time (the heartbeat
# comes every LEASE_SECONDS / 6 from a thread of its own), short enough that a dead holder on another host
# blocks the next run for minutes, not hours. A dead holder on the same host is seen at once (pid check).
LEASE_SECONDS = 180.0
WAIT_POLL_SECONDS = 2.0

StepFn = Callable[["RunContext"], Any]


class RunFailed(ToplineError):
    """A step failed; the run is recorded as failed with the step and the reason."""


@dataclass
class RunContext:
    store: Store
    settings: Settings
    date: dt.date
    results: dict[str, Any] = field(default_factory=dict)


@dataclass
class RunReport:
    run_id: int
    key: str
    how: str                                   # new | resumed | done (nothing to do)
    status: str                                # done | failed | already_done
    steps: dict[str, dict] = field(default_factory=dict)   # name -> {status, result, ...} as recorded
    skipped: list[str] = field(default_factory=list)       # finished by an earlier process of this run
    error: str = ""
    edition: Any = None                        # the EditionResult when this process built the edition


# --- the steps ---------------------------------------------------------------------------------------------

def _window_articles(ctx: RunContext):  # noqa: ANN202
    from topline.pipeline import window
    start, end = window(ctx.date, ctx.settings.edition.window_hours, ctx.settings.edition.timezone)
    return ctx.store.articles.in_window(start, end)


def step_fetch(ctx: RunContext) -> dict:
    from topline.ingest import fetch_sources
    report = fetch_sources(ctx.store, ctx.settings)
    return {"sources": report.inputs, "items": report.items, "added": report.added, "updated": report.updated,
            "unchanged": report.unchanged, "failed": len(report.failures),
            "failures": dict(sorted(Counter(f.reason for f in report.failures).items()))}


def step_extract(ctx: RunContext) -> dict:
    from topline.enrich import ensure_enrichments
    arts = _window_articles(ctx)
    return {"articles": len(arts), "enriched": len(ensure_enrichments(ctx.store, arts))}


def step_stories(ctx: RunContext) -> dict:
    from topline.enrich import ensure_enrichments
    from topline.stories import update_stories
    arts = _window_articles(ctx)
    stories = update_stories(ctx.store, arts, ensure_enrichments(ctx.store, arts), ctx.settings)
    return {"articles": len(arts), "stories": len(stories)}


def _run_failures(ctx: RunContext) -> dict[str, int] | None:
    """Failures by reason of this run's fetch (None when this run did not fetch: the edition counts its own)."""
    st = (ctx.results.get("_recorded") or {}).get("fetch") or {}
    res = st.get("result") if isinstance(st, dict) else None
    return dict(res.get("failures", {})) if isinstance(res, dict) else None


def step_edition(ctx: RunContext) -> dict:
    from topline import pipeline
    result = pipeline.build_edition(ctx.store, ctx.settings, ctx.date, formats=(),
                                    failures=_run_failures(ctx))
    ctx.results["edition"] = result
    m = result.edition.manifest
    return {"articles": m.articles, "stories": m.stories, "categories": len(result.edition.categories),
            "writer": m.writer, "failures": dict(m.failures)}


def step_publish(ctx: RunContext) -> dict:
    from topline.publish import publish
    from topline.publish.mailer import load_edition
    edition = load_edition(ctx.store, ctx.date)
    paths = publish(edition, ctx.settings.output_dir, ctx.settings.edition.formats, store=ctx.store)
    return {"files": len(paths), "out_dir": str(ctx.settings.output_dir)}


def step_send(ctx: RunContext) -> dict:
    from topline.publish.mailer import send_edition
    smtp = ctx.settings.smtp
    if not smtp.recipients and not smtp.category_recipients:
        return {"skipped": "no recipients (smtp.recipients, smtp.category_recipients)"}
    report = send_edition(ctx.store, ctx.settings, ctx.date)
    if report.failed:
        raise RunFailed(f"{len(report.failed)} message(s) not sent: {report.failed[0]['reason']}")
    return {"sent": len(report.sent), "already_sent": len(report.skipped), "rejected": len(report.rejected),
            "warnings": report.warnings}


STEP_FUNCTIONS: dict[str, StepFn] = {"fetch": step_fetch, "extract": step_extract, "stories": step_stories,
                                     "edition": step_edition, "publish": step_publish, "send": step_send}


# --- the lock's heartbeat ----------------------------------------------------------------------------------

class _Heartbeat:
    def __init__(self, store: Store, run_id: int, holder: Holder, every: float):
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._beat, args=(store, run_id, holder, every), daemon=True,
                                        name="topline-run-heartbeat")

    def _beat(self, store: Store, run_id: int, holder: Holder, every: float) -> None:
        while not self._stop.wait(every):
            try:
                store.runs.heartbeat(run_id, holder)
            except Exception:  # noqa: BLE001 - a missed beat only shortens the lease; the run goes on
                pass

    def __enter__(self) -> "_Heartbeat":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=5)


# --- the run -----------------------------------------------------------------------------------------------

def default_date(settings: Settings | None = None, now: dt.datetime | None = None) -> dt.date:
    """The edition a run builds when no date is given: today's in the edition's zone (``edition.timezone``,
    default UTC): a desk in Singapore running at 07:00 local time builds its own day's edition, not UTC's."""
    from topline import zones
    return zones.today(zones.of(settings), now)


def run(store: Store, settings: Settings, date: dt.date | None = None, *, steps: Sequence[str] = STEPS,
        command: str = "run", force: bool = False, wait: float = 0.0, lease: float = LEASE_SECONDS,
        progress: Callable[[str, str], None] | None = None) -> RunReport:
    """Run ``steps`` for the edition of ``date`` (default: today in the edition's zone) under the run lock; see the
    module doc.

    Raises RunBusy when another live process holds the lock for longer than ``wait`` seconds.
    """
    unknown = [s for s in steps if s not in STEP_FUNCTIONS]
    if unknown:
        raise ToplineError(f"unknown step(s) {', '.join(unknown)} (known: {', '.join(STEPS)})")
    date = date or default_date(settings)
    key = f"{date.isoformat()}:{','.join(steps)}"
    holder = Holder.me()
    deadline = time.monotonic() + max(0.0, wait)
    while True:
        try:
            row, how = store.runs.acquire(command, key, holder, lease=lease, force=force)
            break
        except RunBusy:
            if time.monotonic() >= deadline:
                raise
            time.sleep(WAIT_POLL_SECONDS)
    if how == "done":
        return RunReport(run_id=row.id, key=key, how=how, status="already_done", steps=row.data.get("steps", {}))
    return _execute(store, settings, date, steps, row, how, holder, lease, progress)


def _execute(store: Store, settings: Settings, date: dt.date, steps: Sequence[str], row: RunRow, how: str,
             holder: Holder, lease: float, progress: Callable[[str, str], None] | None) -> RunReport:
    done = set(row.steps_done())
    ctx = RunContext(store=store, settings=settings, date=date)
    ctx.results["_recorded"] = dict(row.data.get("steps") or {})
    report = RunReport(run_id=row.id, key=row.key, how=how, status="running",
                       skipped=[s for s in steps if s in done])
    with _Heartbeat(store, row.id, holder, lease / 6):
        for name in steps:
            if name in done:
                if progress:
                    progress(name, "skipped (finished earlier)")
                continue
            if progress:
                progress(name, "running")
            store.runs.step(row.id, holder, name, "running")
            try:
                result = STEP_FUNCTIONS[name](ctx)
            except Exception as exc:  # noqa: BLE001 - recorded with the step, the run ends as failed
                message = f"{name}: {type(exc).__name__}: {exc}" if not isinstance(exc, ToplineError) \
                    else f"{name}: {exc}"
                store.runs.step(row.id, holder, name, "failed", {"error": message[:2000]})
                final = store.runs.finish(row.id, holder, "failed", message[:2000])
                report.status, report.error, report.steps = "failed", message, final.data.get("steps", {})
                if progress:
                    progress(name, f"failed: {message}")
                return report
            store.runs.step(row.id, holder, name, "done", result)
            ctx.results["_recorded"][name] = {"status": "done", "result": result}
            if progress:
                progress(name, "done")
        final = store.runs.finish(row.id, holder, "done")
    report.status, report.steps = "done", final.data.get("steps", {})
    report.edition = ctx.results.get("edition")
    return report


__all__ = ["BUILD_STEPS", "LEASE_SECONDS", "RunBusy", "RunFailed", "RunReport", "STEPS", "default_date", "run"]
