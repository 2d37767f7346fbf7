"""Story assignment on two cores (issue 14): one part of the pure similarity work computed in a forked process.

Story assignment is sequential where it decides (average linkage), but the similarities it decides on are
independent products: each block of new articles against every active story's centroid does not depend on the
pairs of articles, which this process computes meanwhile. ``start(fn, keys)`` forks one process that computes
``fn(key)`` for each key in order (edge lists ``[(i, j, s)]``) and sends them all at once; ``get(key)`` waits for
them. The child runs the same function on the same arrays (inherited by fork), so its edges are the ones
this process would compute, bit for bit (tests/stories/test_fork.py); a failed child or a missing key gives
``None`` and the caller computes it here, as without the fork.

Used only where a fork is safe (``prefetch.usable``: single-threaded, two cores or more) and the work is worth a
fork (``MIN_PAIRS``); the pipeline asks for it only with the default or ``process`` runner (``serial`` is the
reference without it).
"""
from __future__ import annotations

import multiprocessing
from typing import Callable, Iterable

import numpy as np

from topline.runner import end_child

# new articles x active stories from which the centroid products run in a forked process. Chosen, not tuned: 10,000
# new articles x 2,022 stories (20 million pairs) took ~3.7 CPU seconds in the child (benchmarks/bench_story_fork.py,
# RESULTS "Sixth round"), so 2 million ~0.4 s, well over what a fork and the edges sent back cost
MIN_PAIRS = 2_000_000
# articles from which half their tokens (``engine.tokens_for``) are computed in a forked process: 10,000 take
# ~2 CPU seconds and their tokens ~0.2 s to unpickle (measured on the bench's synthetic articles)
TOKENS_MIN = 2000
# groups (joins and new stories) from which half their centroids and titles (``engine._result``) are computed in a
# forked process. Chosen, not tuned: 10,000 new articles give ~2,000 groups (~1.4 CPU s of centroids); a few hundred
# take well under the fork's and the pickled centroids' cost
GROUPS_MIN = 500

_JOB: list[tuple[Callable, list]] = []        # in the child: (function, keys), inherited by fork


def _pack(edges: list[tuple[int, int, float]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    if not edges:
        return np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0, np.float64)
    i, j, s = zip(*edges)
    return np.array(i, np.int64), np.array(j, np.int64), np.array(s, np.float64)


def _unpack(arrays: tuple[np.ndarray, np.ndarray, np.ndarray]) -> list[tuple[int, int, float]]:
    i, j, s = arrays
    return list(zip(i.tolist(), j.tolist(), s.tolist()))


def _child(conn) -> None:  # noqa: ANN001 - multiprocessing.connection.Connection
    try:
        fn, keys, pack = _JOB[0]
        # one message at the end: a send blocks until the parent reads, which it does once its own part is done
        conn.send({k: (_pack(fn(k)) if pack else ("raw", fn(k))) for k in keys})
    except BaseException:  # noqa: BLE001 - the parent computes what is missing itself
        pass
    finally:
        conn.close()


class Forked:
    """The forked process of one batch; ``close()`` (always) ends it."""

    def __init__(self, proc=None, conn=None):  # noqa: ANN001
        self.proc, self.conn = proc, conn
        self._got: dict = {}
        self.taken = 0

    def get(self, key) -> list[tuple[int, int, float]] | None:  # noqa: ANN001
        """The child's value of ``key`` (waiting for it), or None when the child failed or never sends it."""
        if self.conn is not None:
            try:
                self._got = dict(self.conn.recv())
            except (EOFError, OSError, TypeError, ValueError):
                pass
            self.conn.close()
            self.conn = None
        got = self._got.pop(key, None)
        if got is None:
            return None
        self.taken += 1
        TAKEN[0] += 1
        return got[1] if len(got) == 2 and isinstance(got[0], str) else _unpack(got)

    def close(self) -> None:
        end_child(self)


TAKEN = [0]     # values taken from a forked process in this process (what tests read)


def start(fn: Callable, keys: Iterable, pack: bool = True) -> Forked | None:  # noqa: ANN001
    """Fork one process computing ``fn(key)`` for each of ``keys``; None where a fork is not safe or fails.
    ``pack``: the values are edge lists, sent as arrays (else sent as they are)."""
    from topline.prefetch import usable
    if not usable():
        return None
    ctx = multiprocessing.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    _JOB[:] = [(fn, list(keys), pack)]
    try:
        proc = ctx.Process(target=_child, args=(child,), daemon=True)
        proc.start()
    except OSError:
        parent.close()
        return None
    finally:
        _JOB.clear()
        child.close()
    return Forked(proc, parent)


def halves(fn: Callable, items: list, min_items: int):  # noqa: ANN001, ANN201
    """``[fn(first half), fn(second half)]``, the first half computed in a forked process while this one computes
    the second (where a fork is safe and there are ``min_items`` or more; else ``[fn(items)]``, computed here).
    For a pure ``fn`` whose value for each item does not depend on the items beside it (the caller's proof)."""
    if len(items) < max(2, min_items):
        return [fn(items)]
    mid = len(items) // 2
    job = start(lambda k: fn(items[:mid]), [0], pack=False)
    if job is None:
        return [fn(items)]
    try:
        mine = fn(items[mid:])
        theirs = job.get(0)
    finally:
        job.close()
    return [fn(items[:mid]) if theirs is None else theirs, mine]
