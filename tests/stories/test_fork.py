"""Issue 14: story assignment's products with the active stories computed in a forked process change nothing.

``engine.cluster_batch(..., parallel=True)`` forks one process (``stories.fork``) for the similarities of the new
articles to the active stories' centroids while this process computes the articles' pairs. The batch result
(joins, new groups, centroids, titles) must be the one computed in order, bit for bit. Real components: the
bench's synthetic articles recombined from the shared data sets (read by path; skipped with a reason where
absent), a real fork.
"""
from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[2]


def _articles(n: int, days: int):  # noqa: ANN202
    sys.path.insert(0, str(REPO / "benchmarks"))
    try:
        import bench_stories
    finally:
        sys.path.remove(str(REPO / "benchmarks"))
    from conftest import require
    require((bench_stories.DATA / "ag-news").exists() or bench_stories.DATA.exists(),
            f"the shared data sets ({bench_stories.DATA}) are missing")
    arts = bench_stories.synthetic(n, days=days)
    return [dataclasses.replace(a, id=i + 1) for i, a in enumerate(arts)]


def _active(result, batch):  # noqa: ANN001, ANN202 - the stories of a first batch, as the next batch sees them
    from topline.records import Story
    from topline.stories.engine import ActiveStory
    by_id = {a.id: a for a in batch}
    out = []
    for i, pairs in enumerate(result.new_groups):
        dates = [by_id[aid].published for aid, _ in pairs]
        story = Story(id=f"s{i}", title=by_id[pairs[0][0]].title, article_ids=tuple(a for a, _ in pairs),
                      first_seen=min(dates), last_seen=max(dates), outlets=())
        out.append(ActiveStory(story, result.centroids[f"new:{i}"]))
    return out


def _same(a, b) -> None:  # noqa: ANN001
    assert a.joins == b.joins and a.new_groups == b.new_groups and a.titles == b.titles
    assert a.centroids.keys() == b.centroids.keys()
    for k, c in a.centroids.items():
        d = b.centroids[k]
        assert c.n == d.n and c.text_terms == d.text_terms and c.anchor_terms == d.anchor_terms
        assert np.array_equal(c.text_weights, d.text_weights) and np.array_equal(c.anchor_weights, d.anchor_weights)


def test_batch_equals_with_centroid_products_forked(monkeypatch):
    from topline.prefetch import usable
    from topline.stories import fork
    from topline.stories.engine import StoryParams, cluster_batch
    if not usable():
        import pytest
        pytest.skip("a fork is not safe here (another thread runs, or one core): the engine computes in order")
    arts = _articles(2400, days=2)
    day1 = [a for a in arts if a.published.date() == arts[0].published.date()]
    day2 = [a for a in arts if a not in day1]
    params = StoryParams(chunk=300)            # several blocks, so the merge order is exercised
    first = cluster_batch(day1, day1, {}, [], params)
    active = _active(first, day1)
    assert len(active) > 100 and len(day2) > 600
    monkeypatch.setattr(fork, "MIN_PAIRS", 1)
    monkeypatch.setattr(fork, "TOKENS_MIN", 2)
    monkeypatch.setattr(fork, "GROUPS_MIN", 2)
    inline = cluster_batch(day2, day1 + day2, {}, active, params)
    taken = fork.TAKEN[0]
    forked = cluster_batch(day2, day1 + day2, {}, active, params, parallel=True)
    # every block came from the child, half the tokens and half the groups' centroids and titles (scale25)
    assert fork.TAKEN[0] - taken == -(-len(day2) // params.chunk) + 2
    _same(inline, forked)
    assert inline.joins                                                # some articles do continue a story


def test_a_failed_child_is_computed_here():
    from topline.prefetch import usable
    from topline.stories import fork
    if not usable():
        import pytest
        pytest.skip("a fork is not safe here")

    def boom(k: int) -> list:
        raise ValueError(k)

    job = fork.start(boom, [0, 1])
    assert job is not None and job.get(0) is None and job.get(1) is None
    job.close()
    job = fork.start(lambda k: [(k, k + 1, 0.5 * k)], [0, 3])
    assert job.get(3) == [(3, 4, 1.5)] and job.get(0) == [(0, 1, 0.0)] and job.get(7) is None
    job.close()


def test_embeddings_split_with_a_forked_process_equal_one_batch(monkeypatch):
    """The classifier embeds the texts not embedded ahead in two halves, one forked (``fork.halves``): the rows
    are those of one batch, bit for bit."""
    import json
    import pytest
    from conftest import require
    from topline import demo
    from topline.classify import embed
    from topline.prefetch import usable
    from topline.stories import fork
    emb = embed.default_embedder()
    if emb.name != "wordllama" or not usable(2):
        pytest.skip("wordllama is not installed or a fork is not safe here: nothing is split")
    files = require(demo.corpus_files(), "the demo corpus is missing")
    texts = [f"{r['title']}. {r.get('text', '')[:600]}" for p in files
             for r in map(json.loads, Path(p).read_text(encoding="utf-8").splitlines()) if r]
    whole = emb._embed(texts)
    taken = fork.TAKEN[0]
    split = fork.halves(emb._embed, texts, 2)
    assert fork.TAKEN[0] == taken + 1 and len(split) == 2       # the first half did come from the child
    assert np.array_equal(np.concatenate(split), whole)
    # through the embedder, as classification calls it: a few texts embedded ahead, the rest split
    from topline import stage_cache
    monkeypatch.setattr(embed, "SPLIT_MIN", 2)
    stage_cache.register_prefetch("classify-embeddings", emb.name, lambda: {texts[0]: whole[0]})
    try:
        got = emb.embed(texts)
    finally:
        stage_cache.clear_prefetch()
    assert fork.TAKEN[0] == taken + 2 and np.array_equal(got, whole)
