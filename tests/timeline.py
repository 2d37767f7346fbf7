"""Where a long test run's time went, printed at its end (tests/conftest.py's hooks call these).

CI prints only "N passed in 14:36": which module ran on which xdist worker, how long each took and how long one
worker waited for the other at the end were not known, so conftest's FIRST (the modules handed out first) was ordered
from serial runs on a loaded machine. For a run of ``SUMMARY_AFTER`` seconds or more, the summary gives each worker's
busy seconds and the moment its last report came in (the gap between the two workers is the tail the run lost), the
modules each worker ran last, and the slowest modules (setup + call + teardown of their tests, summed).
"""
from __future__ import annotations

import time
from collections import defaultdict

SUMMARY_AFTER = 120.0   # seconds: a shorter run (the quick loop, one module, a mutant's tests) prints nothing
SLOWEST = 15            # modules listed
LAST = 3                # modules listed per worker, the last it ran

_start = [0.0]
_module: dict[str, float] = defaultdict(float)            # module -> seconds in its tests
_worker_of: dict[str, str] = {}                           # module -> the worker that ran it
_busy: dict[str, float] = defaultdict(float)              # worker -> seconds in tests
_last: dict[str, float] = {}                              # worker -> seconds since the start at its last report
_began: dict[str, dict[str, float]] = defaultdict(dict)   # worker -> module -> seconds since the start, first report


def start() -> None:
    _start[0] = time.monotonic()


def record(report) -> None:  # noqa: ANN001 - a TestReport, on the controller (or in a serial run)
    node = getattr(report, "node", None)
    worker = getattr(getattr(node, "gateway", None), "id", None) or "main"
    module = report.nodeid.split("::")[0]
    now = time.monotonic() - _start[0]
    _module[module] += report.duration
    _worker_of[module] = worker
    _busy[worker] += report.duration
    _last[worker] = now
    _began[worker].setdefault(module, now - report.duration)


def lines() -> list[str]:
    """The summary's lines; none for a short run."""
    wall = time.monotonic() - _start[0]
    if wall < SUMMARY_AFTER or not _busy:
        return []
    out = [f"where the time went ({wall:.0f} s; tests/timeline.py):"]
    for worker in sorted(_busy):
        last = sorted(_began[worker].items(), key=lambda kv: kv[1])[-LAST:]
        out.append(f"  {worker}: busy {_busy[worker]:.0f} s, last report at {_last[worker]:.0f} s; last modules: "
                   + ", ".join(f"{m} (from {t:.0f} s, {_module[m]:.0f} s)" for m, t in last))
    if len(_last) > 1:
        out.append(f"  tail: the first worker to finish waited {max(_last.values()) - min(_last.values()):.0f} s")
    out.append(f"  slowest {SLOWEST} modules (seconds, worker):")
    for m, s in sorted(_module.items(), key=lambda kv: -kv[1])[:SLOWEST]:
        out.append(f"    {s:7.1f} {_worker_of[m]:>4} {m}")
    return out
