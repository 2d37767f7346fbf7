"""Issue 14 (scale12): the stories stage's faster paths give what their definitions give, bit for bit.

Each fast path is compared with the plain definition it replaced, written out here (or kept beside it):

* the edges of a similarity block as arrays (``cluster.edge_arrays``) against ``cluster.sparse_edges``' loop;
* the story centroids as rows of a batch's space with ``map`` lookups (``features.Space.centroid_vectors``)
  against the generator and tuple loop it replaced;
* stored enrichments read with their equal entities and figures made once (``ArticleRepo.enrichments``) against
  ``enrichment_from_dict`` per row;
* and the whole: three days of two real corpora (tests/data/cal-ai, cal-biotech) assigned day by day through
  ``update_stories`` on a SQLite store, once with the engine as it is and once with the definitions patched in,
  give the same story ids, titles, dates, memberships, phases and centroids every day.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pytest
from scipy import sparse

from topline.stories import cluster as C
from topline.stories import engine as E
from topline.stories import features as F

REPO = Path(__file__).resolve().parents[2]


# --- the definitions the fast paths replaced ------------------------------------------------------------------

def _edge_arrays_def(sim, row_offset, col_offset, floor, top_k, skip_self):  # noqa: ANN001, ANN202
    edges = C.sparse_edges(sim, row_offset, col_offset, floor, top_k, skip_self)
    if not edges:
        return np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0, np.float64)
    i, j, s = zip(*edges)
    return np.array(i, np.int64), np.array(j, np.int64), np.array(s, np.float64)


def _centroid_vectors_def(self, centroids):  # noqa: ANN001, ANN202 - features.Space.centroid_vectors before
    tv = self.text.vocabulary_
    t_terms = [t for c in centroids for t in c.text_terms]
    t_cols = np.fromiter((tv.get(t, -1) for t in t_terms), dtype=np.int64, count=len(t_terms))
    text = F._rows_matrix(centroids, t_cols, [c.text_weights for c in centroids],
                          [len(c.text_terms) for c in centroids], len(tv))
    keys = [k for c in centroids for k in c.anchor_terms]
    av = self.anchors.vocabulary_
    known: dict[str, tuple[int, int]] = {}
    for key in dict.fromkeys(keys):
        group, _, term = key.partition("|")
        col = av.get(term, -1)
        known[key] = (col, self._lang_col(group, col) if col >= 0 else -1)
    pairs = np.array([known[k] for k in keys], dtype=np.int64).reshape(-1, 2)
    counts = [len(c.anchor_terms) for c in centroids]
    weights = [c.anchor_weights for c in centroids]
    anchors = F._rows_matrix(centroids, pairs[:, 0], weights, counts, len(self.anchors.vocabulary_))
    anchors_lang = F._rows_matrix(centroids, pairs[:, 1], weights, counts, max(1, len(self.anchor_lang_index)))
    assert not self.semantic
    return F.Vectors(text, anchors, anchors_lang, None)


def _same_matrix(a: sparse.csr_matrix, b: sparse.csr_matrix) -> None:
    assert a.shape == b.shape
    assert np.array_equal(a.indptr, b.indptr) and np.array_equal(a.indices, b.indices)
    assert np.array_equal(a.data, b.data)


# --- the parts -------------------------------------------------------------------------------------------------

def test_edge_arrays_equal_the_loop_on_seeded_blocks_with_ties():
    rng = np.random.default_rng(12)
    for t in range(40):
        n, m = int(rng.integers(1, 40)), int(rng.integers(1, 200))
        dense = rng.random((n, m)) * (rng.random((n, m)) < rng.random())
        if t % 2:
            dense = np.round(dense, 1)     # many equal similarities: ties at the top_k-th
        sim = sparse.csr_matrix(dense)
        if t % 5 == 0:                      # rows stored out of column order
            sim = sparse.csr_matrix((sim.data[::-1].copy(), sim.indices[::-1].copy(), sim.indptr), shape=sim.shape)
            sim.has_sorted_indices = False
        for top_k in (1, 3, 50):
            for skip_self, cols in ((True, 5), (False, 5 + n)):
                want = C.sparse_edges(sim, 5, cols, 0.05, top_k, skip_self)
                i, j, s = C.edge_arrays(sim, 5, cols, 0.05, top_k, skip_self)
                assert list(zip(i.tolist(), j.tolist(), s.tolist())) == want
    i, j, s = C.edge_arrays(sparse.csr_matrix((3, 4)), 0, 0, 0.05, 2, True)
    assert len(i) == len(j) == len(s) == 0


def _corpus(name: str, ids: bool = True):  # noqa: ANN202 - the corpus's articles (ids in file order)
    import dataclasses

    from topline.ingest.files import parse_jsonl
    rows = parse_jsonl((REPO / "tests" / "data" / name / "articles.jsonl").read_bytes(), name)
    return [dataclasses.replace(a, id=k + 1 if ids else None) for k, a in enumerate(rows.articles)]


def test_edge_arrays_and_centroid_rows_equal_their_definitions_on_a_real_batch():
    arts = _corpus("cal-ai")
    days = sorted({a.published.date() for a in arts})
    first = [a for a in arts if a.published.date() == days[0]]
    later = [a for a in arts if a.published.date() != days[0]]
    params = E.StoryParams(chunk=25)
    res = E.cluster_batch(first, first, {}, [], params)
    cents = [res.centroids[f"new:{k}"] for k in range(len(res.new_groups))] * 3    # repeated terms, many rows
    toks = E.tokens_for(later, {})
    space = F.Space.fit(toks)
    vecs = space.transform(toks)
    lang = dict(space.anchor_lang_index)
    got = space.centroid_vectors(cents)
    space.anchor_lang_index.clear()
    space.anchor_lang_index.update(lang)
    want = _centroid_vectors_def(space, cents)
    for a, b in ((got.text, want.text), (got.anchors, want.anchors), (got.anchors_lang, want.anchors_lang)):
        _same_matrix(a, b)
    for lo in range(0, len(later), params.chunk):
        block = vecs.rows(lo, min(len(later), lo + params.chunk))
        for other, offset, skip in ((vecs, 0, True), (got, len(later), False)):
            sim = F.similarity(block, other, params.cross_weight, space.content_mask, params.content_min)
            for top_k in (2, params.top_k):
                want_e = C.sparse_edges(sim, lo, offset, params.edge_floor, top_k, skip)
                i, j, s = C.edge_arrays(sim, lo, offset, params.edge_floor, top_k, skip)
                assert list(zip(i.tolist(), j.tolist(), s.tolist())) == want_e
    assert space.centroid_vectors([]).text.shape[0] == 0


def test_stored_enrichments_with_shared_entities_equal_each_row_read_alone(store):
    from topline.enrich import VERSION, ensure_enrichments
    from topline.store import schema as s
    from topline.store.articles import enrichment_from_dict
    from sqlalchemy import select
    arts = _corpus("cal-biotech", ids=False)
    store.articles.upsert_many((a, "test") for a in arts)
    stored = store.articles.in_window(dt.datetime(2000, 1, 1, tzinfo=dt.timezone.utc),
                                      dt.datetime(2100, 1, 1, tzinfo=dt.timezone.utc))
    ensure_enrichments(store, stored)
    got = store.articles.enrichments([a.id for a in stored], VERSION)
    with store.read() as conn:
        rows = list(conn.execute(select(s.enrichments.c.article_id, s.enrichments.c.data,
                                        s.enrichments.c.duplicate_of, s.enrichments.c.content_hash)))
    assert len(rows) == len(got) == len(stored)
    shared = 0
    for r in rows:
        want = enrichment_from_dict(r.article_id, r.content_hash, r.data, r.duplicate_of)
        assert got[r.article_id] == want
        assert [type(x) for x in got[r.article_id].entities] == [type(x) for x in want.entities]
        assert [repr(f.value) for f in got[r.article_id].figures] == [repr(f.value) for f in want.figures]
        shared += len(want.entities)
    distinct = {id(x) for e in got.values() for x in e.entities}
    assert shared > len(distinct) > 0            # equal entities of different articles are one record


# --- the whole: three days of real corpora ----------------------------------------------------------------------

def _days(store, arts):  # noqa: ANN001, ANN202 - each day's stories and the stored centroids, day by day
    from topline.enrich import ensure_enrichments
    from topline.pipeline import window
    from topline.stories import update_stories
    store.articles.upsert_many((a, "test") for a in arts)
    out = []
    for day in sorted({a.published.date() for a in arts}):
        start, end = window(day, 36)
        got = store.articles.in_window(start, end)
        stories = update_stories(store, got, ensure_enrichments(store, got), None, E.StoryParams(chunk=20))
        cents = store.stories.centroids([s.id for s in stories])
        out.append(([(s.id, s.title, s.article_ids, s.first_seen, s.last_seen, s.outlets, s.phase)
                     for s in stories],
                    {k: (c.n, c.text_terms, c.text_weights.tobytes(), c.anchor_terms, c.anchor_weights.tobytes())
                     for k, c in cents.items()},
                    store.stories.story_of([a.id for a in got])))
    return out


@pytest.mark.parametrize("corpus", ["cal-ai", "cal-biotech"])
def test_three_days_of_stories_equal_those_of_the_definitions(corpus, monkeypatch, tmp_path):
    from topline.config import load_settings
    from topline.store import open_store
    arts = _corpus(corpus, ids=False)
    assert all(a.published is not None for a in arts)
    results = []
    for name, patch in (("fast", False), ("definitions", True)):
        home = tmp_path / name
        home.mkdir()
        monkeypatch.setenv("TOPLINE_HOME", str(home))
        with monkeypatch.context() as m:
            if patch:
                m.setattr(E, "edge_arrays", _edge_arrays_def)
                m.setattr(F.Space, "centroid_vectors", _centroid_vectors_def)
            st = open_store(load_settings())
            try:
                results.append(_days(st, arts))
            finally:
                st.close()
    fast, ref = results
    assert len(fast) == 3
    for day_fast, day_ref in zip(fast, ref):
        assert day_fast == day_ref
    # the days do continue stories (the active stories' products and the joins are exercised)
    firsts = {sid for sid, *_ in fast[0][0]}
    assert firsts & {sid for sid, *_ in fast[2][0]}
