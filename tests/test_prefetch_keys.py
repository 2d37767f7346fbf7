"""Issue 14 (scale22): ``prefetch.start`` asks the store which of the window's keys it keeps, not for their values.

The stages read the values they ask for later; reading every kept value when the prefetch starts parsed the
window's older half twice an edition (on the main process, in the stories stage). The items left for the child are
the same: the keys the store does not keep. Real SQLite store under the test's home; articles written here; the
fork is replaced by a process object that records what it would have been given."""
from __future__ import annotations

import datetime as dt
import multiprocessing

import pytest

from tests.classify.test_kept_rows import store  # noqa: F401 - a SQLite store under the test's home
from topline import prefetch

pytestmark = pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(),
                                reason="no fork on this platform: the prefetch is never used here")

BODIES = [
    "The harbour board of Velmark approved a second berth on Tuesday. Work starts in spring.",
    "Northwind Air cancelled four winter routes, citing fuel costs. The routes end in November.",
    "Orrin Semiconductor opened a packaging plant that employs 600 people.",
    "The city council of Aldmoor delayed a tram extension by a year.",
    "A dairy cooperative agreed to buy a regional cheese maker for $40 million.",
]


def _articles():  # noqa: ANN202
    from topline.records import Article
    when = dt.datetime(2025, 6, 1, 9, tzinfo=dt.timezone.utc)
    return [Article(url=f"https://example.test/{i}", title=b.split(".")[0], text=b, published=when, source="Desk",
                    id=i + 1) for i, b in enumerate(BODIES)]


class _Recorded(Exception):
    pass


def test_start_reads_which_keys_are_kept_not_their_values(store, monkeypatch):  # noqa: F811
    from topline.classify.events import article_kinds, kinds_memo
    day = dt.date(2025, 6, 1)
    arts = _articles()
    kept = kinds_memo(store, day)
    for a in arts[1:3]:                    # two articles' kinds kept by an earlier edition
        kept.get(kept.key(a.title, a.body), lambda a=a: article_kinds(a.title, a.body))
    kept.flush()

    def no_values(*_a, **_k):  # noqa: ANN002, ANN003, ANN202
        raise AssertionError("prefetch.start read the kept values")

    monkeypatch.setattr(store.stage_cache, "get_many", no_values)
    monkeypatch.setattr(prefetch, "MIN_ARTICLES", 1)
    monkeypatch.setattr(prefetch, "usable", lambda workers=None: True)
    seen: list = []
    real = multiprocessing.get_context("fork")

    class _Ctx:
        def __getattr__(self, name):  # noqa: ANN001, ANN204
            return getattr(real, name)

        @staticmethod
        def Process(*_a, **_k):  # noqa: ANN002, ANN003, ANN205, N802 - the child is not started
            seen.append((list(prefetch._ITEMS), list(prefetch._TEXTS)))
            raise OSError("not started in this test")

    monkeypatch.setattr(prefetch.multiprocessing, "get_context", lambda _m: _Ctx())
    got = prefetch.start(store, day, arts)
    got.close()
    assert len(seen) == 1
    items, _texts = seen[0]
    memo = kinds_memo(None, day)
    want = [memo.key(a.title, a.body) for a in arts]
    assert [k for _s, _v, k, _args in items] == [k for i, k in enumerate(want) if i not in (1, 2)]
    assert all((s, v) == (memo.stage, memo.version) for s, v, _k, _args in items)
    assert [args for *_rest, args in items] == [(a.title, a.body) for i, a in enumerate(arts) if i not in (1, 2)]
