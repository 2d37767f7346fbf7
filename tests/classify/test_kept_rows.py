"""Issue 14 (scale19): the classifier keeps the rows it took from the prefetch, and the next edition's prefetch
embeds only the window texts the store does not keep. The rows read back are those embedding gives, bit for bit.

Real components: the packaged wordllama model, a SQLite store under the test's TOPLINE_HOME, texts written here."""
from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

TEXTS = [
    "Harbour authority approves a second container berth. The port of Velmark will add a berth for larger ships.",
    "Regional airline cancels winter routes. Northwind Air said fuel costs made four routes unprofitable.",
    "Chipmaker opens a packaging plant. Orrin Semiconductor began production at a plant that employs 600 people.",
    "City council delays a tram extension. Members asked for a new cost estimate before any contract is signed.",
    "Wind farm operator raises output forecast. Steady winds lifted the quarter's generation above plan.",
    "Dairy cooperative agrees to buy a cheese maker. The deal adds two plants and a regional brand.",
]


@pytest.fixture()
def store(tmp_path):  # noqa: ANN201
    from topline.config import load_settings
    from topline.store import open_store
    with open_store(load_settings(environ={"TOPLINE_HOME": str(tmp_path)})) as st:
        yield st


def _wordllama():  # noqa: ANN202
    from topline.classify import embed
    emb = embed.default_embedder()
    if emb.name != "wordllama":
        pytest.skip("wordllama is not installed: the classifier keeps no rows")
    return emb


def test_rows_taken_ahead_are_kept_and_read_back_equal(store):
    """Day 1: three rows come from the prefetch, the rest are embedded here; all six are kept (the three taken
    ahead counted as computed for this edition). Day 2, no prefetch: all six are hits, equal to one batch."""
    from topline import stage_cache
    from topline.classify import embed
    emb = _wordllama()
    whole = emb._embed(TEXTS)
    day = dt.date(2025, 6, 1)
    memo = embed.embeddings_memo(store, day)
    embed.use_memo(memo)
    stage_cache.register_prefetch("classify-embeddings", emb.name, lambda: {t: whole[i] for i, t in
                                                                            enumerate(TEXTS[:3])})
    try:
        first = emb.embed(TEXTS)
        again = emb.embed(TEXTS[:3])          # asked twice in one edition: kept once
    finally:
        stage_cache.clear_prefetch()
        embed.use_memo(None)
    assert np.array_equal(first, whole) and np.array_equal(again, whole[:3])
    assert memo.stats() == ("embed-rows", 0, 6)
    assert len(memo.new) == 6
    memo.flush()
    assert store.stage_cache.count("embed-rows") == 6

    later = embed.embeddings_memo(store, day + dt.timedelta(days=1))
    embed.use_memo(later)
    try:
        second = emb.embed(TEXTS)
    finally:
        embed.use_memo(None)
    assert np.array_equal(second, whole)
    assert later.stats() == ("embed-rows", 6, 0)


def test_unkept_leaves_out_only_the_rows_the_store_keeps(store):
    from topline.classify import embed
    _wordllama()
    day = dt.date(2025, 6, 1)
    assert embed.unkept(None, TEXTS) == TEXTS                     # no memo: everything is embedded ahead
    memo = embed.embeddings_memo(store, day)
    assert embed.unkept(memo, TEXTS) == TEXTS                     # nothing kept yet
    embed._keep(memo, [TEXTS[1], TEXTS[4]], np.zeros((2, 4), dtype=np.float32))
    assert embed.unkept(memo, TEXTS) == TEXTS                     # kept in memory only, not stored
    memo.flush()
    fresh = embed.embeddings_memo(store, day)
    assert embed.unkept(fresh, TEXTS) == [t for i, t in enumerate(TEXTS) if i not in (1, 4)]
    assert embed.unkept(fresh, []) == []
    assert store.stage_cache.stored("embed-rows", [fresh.key(TEXTS[1]), fresh.key(TEXTS[0]), "x"]) == \
        {fresh.key(TEXTS[1])}
    assert store.stage_cache.stored("event-kinds", [fresh.key(TEXTS[1])]) == set()   # another stage's key space


def test_thin_stories_kinds_read_through_the_edition_memo(monkeypatch):
    """``offline.eventless_stories`` reads the kinds of the thin stories through the edition's kinds memo (issue
    14, scale19): the same classifications as without a memo, the noise story's articles (which ``inform`` never
    asks about: it has no page) are in the memo, and an edition finding every kind kept computes none."""
    from tests.classify.test_eventless_noise import DATA, window_stories
    from topline import classify
    from topline.classify import events as kinds
    from topline.classify.offline import OfflineClassifier
    from topline.stage_cache import Memo
    from topline.taxonomy import load_taxonomy
    bundles = window_stories("eval-tmt", dt.date(2026, 8, 6))
    taxonomy = load_taxonomy(DATA / "eval-tmt" / "taxonomy.toml")
    ordered = [bundles[s] for s in sorted(bundles)]
    plain = classify.classify(ordered, taxonomy, classifier=OfflineClassifier())
    memo = Memo(None, kinds.KINDS_STAGE, "test")
    first = classify.classify(ordered, taxonomy, classifier=OfflineClassifier(), memo=memo)
    assert first == plain
    noise = bundles["s41"]
    assert [c.primary for c in first if c.story_id == "s41"] == [None]
    assert all(memo.key(a.title, a.body) in memo.known for a in noise.articles[:kinds.LEAD_ARTICLES])
    assert kinds.current_kinds_memo() is None           # set only while the classifier runs
    kept = Memo(None, kinds.KINDS_STAGE, "test")
    kept.known.update(memo.known)

    def never(*_a):  # noqa: ANN202
        raise AssertionError("a kept kind was computed again")
    monkeypatch.setattr(kinds, "article_kinds", never)
    again = classify.classify(ordered, taxonomy, classifier=OfflineClassifier(), memo=kept)
    assert again == plain and kept.misses == 0 and kept.hits > 0
