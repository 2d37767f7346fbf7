"""Issue 14 (scale28): the ledger's missing statements computed from both ends on two cores give the ledger computed
in order (``topline.events.ahead``).

Real components: every labelled story of the demo corpus, cal-ai and cal-biotech (tests/events/test_memo.py's
``_stories``: 134 stories, 443 articles), a real fork, the stage cache without a store and with an SQLite one.
"""
from __future__ import annotations

import datetime as dt
import time

import pytest

from tests.events.test_memo import _stories

WAIT_S = 60     # the child is given this long to claim its first item (a loaded machine schedules it late)


def _usable() -> bool:
    from topline.prefetch import usable
    return usable(2)


def _read(memo, bundles, wait_for_child: bool):  # noqa: ANN001, ANN202 - LedgerMemo
    from topline.events import ahead
    from topline.prefetch import CHILD
    memo.preload(bundles)
    memo.ahead = ahead.start(memo, bundles)
    assert memo.ahead is not None
    if wait_for_child:     # the child has begun (else this process might compute every item alone)
        end = time.monotonic() + WAIT_S
        while not any(memo.ahead._claims.state[i] == CHILD for i in range(len(memo.ahead._claims.state))):
            assert time.monotonic() < end, "the child claimed nothing"
            time.sleep(0.01)
    try:
        return [(memo.events(b), memo.watch(b, "c")) for b in bundles], memo.ahead
    finally:
        memo.ahead.close()


@pytest.mark.skipif(not _usable(), reason="no fork on this platform: the ledger is never computed ahead here")
def test_statements_from_the_other_process_equal_those_computed_in_order(monkeypatch, store):
    import os
    import threading
    from topline.events import ahead
    from topline.events.memo import LedgerMemo
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    if threading.active_count() != 1:
        pytest.skip("another thread runs in this process: no fork is safe, the ledger computes in order")
    monkeypatch.setattr(ahead, "MIN_ITEMS", 1)
    bundles = _stories()
    day = dt.date(2026, 3, 10)
    inline = LedgerMemo(None, day)
    inline.preload(bundles)
    want = [(inline.events(b), inline.watch(b, "c")) for b in bundles]
    assert sum(len(e) for e, _ in want) > 50 and sum(len(w) for _, w in want) > 20    # both parts are tested
    ahead.TAKEN[0] = 0
    memo = LedgerMemo(store, day)
    got, child = _read(memo, bundles, wait_for_child=True)
    assert got == want
    assert child.taken > 0 and ahead.TAKEN[0] == child.taken           # values did come from the other process
    assert child.computed > 0                                           # ... and this one computed its share
    assert memo.stats() == inline.stats()                               # the same hits and misses
    assert memo.said.new == inline.said.new and memo.forward.new == inline.forward.new   # the same rows to store
    memo.flush()
    # read again, the stored rows leave only what no story asked, too few for a child
    warm = LedgerMemo(store, day)
    warm.preload(bundles)
    left = ahead.items(warm, bundles)
    assert len(left) < len(ahead.items(LedgerMemo(None, day), bundles)) // 10
    monkeypatch.setattr(ahead, "MIN_ITEMS", len(left) + 1)
    assert ahead.start(warm, bundles) is None


@pytest.mark.skipif(not _usable(), reason="no fork on this platform: the ledger is never computed ahead here")
def test_an_item_asked_first_by_another_story_is_computed_here(monkeypatch):
    """An article's statements depend on its story's words: the child's value is taken only by the story it was
    computed for (the ledger skips a story whose extraction failed, so a later story may ask for it first)."""
    import os
    from topline.events import ahead
    from topline.events.memo import LedgerMemo
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    monkeypatch.setattr(ahead, "MIN_ITEMS", 1)
    bundles = _stories()[:20]
    memo = LedgerMemo(None, dt.date(2026, 3, 10))
    memo.preload(bundles)
    listed = ahead.items(memo, bundles)
    said = [x for x in listed if x[0] == ahead.SAID]
    assert said and all(x[2] == bundles[x[3][0]].story.id for x in said)
    memo.ahead = ahead.start(memo, bundles)
    try:
        kind, key, sid, _ = said[-1]
        assert memo.ahead.take(kind, key, "another story") is ahead.MISSING
        assert memo.ahead.take(kind, "not listed", sid) is ahead.MISSING
    finally:
        memo.ahead.close()
