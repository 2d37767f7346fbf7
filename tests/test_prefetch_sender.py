"""Issue 14 (scale20): the prefetch child computes its next stage while an earlier stage's values wait in the pipe.

The parent reads the child's messages only when a stage asks for them (the classifier, after stories). A message
larger than a pipe's buffer used to hold the child inside ``send`` until then, so the stages after the first were
computed while the parent waited for them. Real fork, real pipe; the stages here are small functions written for
the test, the message sizes those of a 10k window's embeddings (megabytes).
"""
from __future__ import annotations

import multiprocessing
import time
import types

import pytest

from topline import prefetch

pytestmark = pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(),
                                reason="no fork on this platform: the prefetch is never used here")
WAIT_S = 60      # generous: the machine may be shared


def _fake_stages(flag):  # noqa: ANN001, ANN202 - a multiprocessing.Value set by the second stage
    def big(key: str) -> str:
        return key * 4000                      # 500 keys: ~2 MB in one message, far over a pipe's 64 KB

    def second(key: str) -> str:
        flag.value = 1
        return key.upper()

    def stage(name):  # noqa: ANN001, ANN202
        return lambda _store, _day=None: types.SimpleNamespace(stage=name, version="v1")

    return lambda: [(stage("big"), None, big, None), (stage("second"), None, second, None)]


def _start(monkeypatch, flag):  # noqa: ANN001, ANN202
    monkeypatch.setattr(prefetch, "_stages", _fake_stages(flag))
    monkeypatch.setattr(prefetch, "_TEXTS", [])
    items = [("big", "v1", f"k{i}", (f"k{i}",)) for i in range(500)] + [("second", "v1", "s", ("s",))]
    monkeypatch.setattr(prefetch, "_ITEMS", items)
    ctx = multiprocessing.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=prefetch._child, args=(child,), daemon=True)
    proc.start()
    child.close()
    return proc, parent


def test_the_second_stage_is_computed_before_the_first_is_read(monkeypatch):
    flag = multiprocessing.get_context("fork").Value("i", 0)
    proc, conn = _start(monkeypatch, flag)
    try:
        deadline = time.monotonic() + WAIT_S
        while not flag.value and time.monotonic() < deadline:
            time.sleep(0.05)
        assert flag.value == 1, "the child waited for its first message to be read before computing the second"
        assert proc.is_alive()                 # still writing the first message: nothing has been read yet
        first = conn.recv()
        second = conn.recv()
        assert first[0] == ("big", "v1") and len(first[1]) == 500 and first[1]["k7"] == "k7" * 4000
        assert second == (("second", "v1"), {"s": "S"})
        with pytest.raises(EOFError):          # every message sent, then the pipe closed
            conn.recv()
    finally:
        conn.close()
        proc.join(WAIT_S)
        if proc.is_alive():
            proc.terminate()
            proc.join()


def test_a_parent_that_closes_early_ends_the_child(monkeypatch):
    """The parent reads one stage and closes (an edition that needs no more): the child's writer stops, and the
    child ends without the parent terminating it."""
    flag = multiprocessing.get_context("fork").Value("i", 0)
    proc, conn = _start(monkeypatch, flag)
    try:
        assert conn.recv()[0] == ("big", "v1")
        conn.close()
        proc.join(WAIT_S)
        assert not proc.is_alive()
    finally:
        if proc.is_alive():
            proc.terminate()
            proc.join()


# --- the parent computes from the back what the child has not begun; items no stage asks for computed by neither

def _counting_stages(counter, gate=None, pause=0.0):  # noqa: ANN001, ANN202
    """Stages "gate" (one item, waits for ``gate``) and "wide"; each value tells the process that computed it."""
    import os

    def gated(key: str) -> str:
        if gate is not None:
            gate.wait(WAIT_S)
        return key

    def wide(key: str) -> tuple[str, int]:
        with counter.get_lock():
            counter.value += 1
        time.sleep(pause)
        return key, os.getpid()

    def stage(name):  # noqa: ANN001, ANN202
        return lambda _store, _day=None: types.SimpleNamespace(stage=name, version="v1")

    return lambda: [(stage("gate"), None, gated, None), (stage("wide"), None, wide, None)]


def _fork_prefetch(monkeypatch, stages, n):  # noqa: ANN001, ANN202
    monkeypatch.setattr(prefetch, "_stages", stages)
    items = [("gate", "v1", "g", ("g",))] + [("wide", "v1", f"w{i:03d}", (f"w{i:03d}",)) for i in range(n)]
    ctx = multiprocessing.get_context("fork")
    claims = prefetch._Claims(len(items), ctx)
    monkeypatch.setattr(prefetch, "_ITEMS", items)
    monkeypatch.setattr(prefetch, "_TEXTS", [])
    monkeypatch.setattr(prefetch, "_CLAIMS", [claims])
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=prefetch._child, args=(child,), daemon=True)
    proc.start()
    child.close()
    return prefetch.Prefetch(proc, parent, (), items, claims)


def test_the_parent_computes_the_items_the_child_has_not_begun(monkeypatch):
    import os
    ctx = multiprocessing.get_context("fork")
    counter = ctx.Value("i", 0)
    n = 60
    ahead = _fork_prefetch(monkeypatch, _counting_stages(counter, pause=0.05), n)
    try:
        got = ahead._collect(("wide", "v1"))         # asked at once: the child has ~3 s of work left
        assert sorted(got) == [f"w{i:03d}" for i in range(n)]
        assert all(v[0] == k for k, v in got.items())
        by = {v[1] for v in got.values()}
        assert os.getpid() in by and len(by) == 2     # both processes computed some
        mine = sorted(k for k, v in got.items() if v[1] == os.getpid())
        assert mine == [f"w{i:03d}" for i in range(n - len(mine), n)]    # the parent's from the back
        assert ahead.helped == len(mine)
        assert ahead._collect(("gate", "v1")) == {"g": "g"}
        ahead.proc.join(WAIT_S)
        assert counter.value == n                     # each item computed once, in one process or the other
    finally:
        ahead.close()


def test_items_no_stage_can_ask_for_are_computed_by_neither(monkeypatch):
    ctx = multiprocessing.get_context("fork")
    counter, gate = ctx.Value("i", 0), ctx.Event()
    ahead = _fork_prefetch(monkeypatch, _counting_stages(counter, gate=gate), 50)
    try:
        wanted = {f"w{i:03d}" for i in range(0, 50, 5)}
        assert ahead.narrow("wide", "v1", wanted) == 40 == ahead.skipped
        gate.set()
        got = ahead._collect(("wide", "v1"))
        assert set(got) == wanted
        ahead.proc.join(WAIT_S)
        assert counter.value == len(wanted)
    finally:
        gate.set()
        ahead.close()


def test_without_claims_the_parent_only_reads(monkeypatch):
    """A Prefetch without shared claims (no fork) never computes: the stage computes what it lacks as before."""
    empty = prefetch.Prefetch()
    assert empty.narrow("wide", "v1", set()) == 0 and empty._collect(("wide", "v1")) == {} and empty.helped == 0


def test_a_lock_never_released_ends_the_claims(monkeypatch):
    """A child killed while holding the claims' lock: one claim waits ``CLAIM_WAIT_S``, then none is made (the
    stages compute what they lack, as without a prefetch)."""
    monkeypatch.setattr(prefetch, "CLAIM_WAIT_S", 0.2)
    claims = prefetch._Claims(3, multiprocessing.get_context("fork"))
    assert claims.claim(0, prefetch.PARENT) and not claims.claim(0, prefetch.CHILD)
    claims.lock.acquire()
    t = time.monotonic()
    assert not claims.claim(1, prefetch.PARENT) and not claims.claim(2, prefetch.PARENT)
    assert claims.broken and time.monotonic() - t < 2
    assert list(claims.state) == [prefetch.PARENT, prefetch.PENDING, prefetch.PENDING]
