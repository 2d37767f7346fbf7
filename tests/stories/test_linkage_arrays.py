"""Issue 14 (scale26): average linkage over edge arrays merges what the plain definition merges, ties included.

``cluster.average_linkage`` keeps its edges in arrays and computes a merge's new similarities as array operations;
``tests/stories/test_exact_paths.py``'s ``_average_linkage_def`` is the definition (dicts, one neighbour at a
time). The groups, their order and every attached similarity must be equal, bit for bit.
"""
from __future__ import annotations

import random

import numpy as np
import pytest

from tests.stories.test_exact_paths import _average_linkage_def
from topline.stories.cluster import as_arrays, average_linkage

RESULTS, DEAL = frozenset({"results"}), frozenset({"deal"})


def _both(n, edges, sizes, fixed, threshold, events=None):  # noqa: ANN001, ANN202
    """The linkage on tuples and on arrays (they must agree), as groups and similarities."""
    got = average_linkage(n, edges, sizes, fixed, threshold, events)
    arr = average_linkage(n, as_arrays(edges), sizes, fixed, threshold, events)
    assert (arr.groups, arr.sims) == (got.groups, got.sims)
    return got.groups, got.sims


def test_a_tie_merges_the_lower_pair_first():
    # 1 is as close to 0 as to 2; 0 and 2 share nothing. (0, 1) comes out first, and then 2's average to {0, 1}
    # is (1 * 0.0 + 1 * 0.8) / 2 = 0.4, under the threshold: 2 stays alone (the other order would give {1, 2}).
    edges = [(2, 1, 0.8), (1, 0, 0.8)]
    groups, sims = _both(3, edges, [1, 1, 1], [False] * 3, 0.5)
    assert groups == [[0, 1], [2]] and sims == {0: 1.0, 1: 0.8, 2: 1.0}


def test_averages_follow_the_sizes_and_the_missing_edges():
    # a story of 3 members (node 3, fixed) and two articles: 0-1 close, each close to the story. {0, 1} first
    # (0.9), then its average to the story (1 * 0.6 + 1 * 0.5) / 2 = 0.55 >= 0.5: one group under the story's index
    edges = [(0, 1, 0.9), (0, 3, 0.6), (1, 3, 0.5), (2, 3, 0.45)]
    groups, sims = _both(4, edges, [1, 1, 1, 3], [False, False, False, True], 0.5)
    assert groups == [[2], [3, 0, 1]] and sims[0] == sims[1] == 0.55 and sims[3] == 1.0
    # at 0.56 the pair stays apart from the story
    groups, _ = _both(4, edges, [1, 1, 1, 3], [False, False, False, True], 0.56)
    assert groups == [[0, 1], [2], [3]]


def test_two_stories_never_merge_and_an_article_does_not_bridge_them():
    # node 0 (an article) close to stories 1 and 2; once in story 1, its edge to story 2 is dropped
    edges = [(0, 1, 0.9), (0, 2, 0.85), (1, 2, 0.99)]
    groups, sims = _both(3, edges, [1, 4, 4], [False, True, True], 0.3)
    assert groups == [[1, 0], [2]] and sims[0] == 0.9


def test_apart_groups_meet_once_a_merge_gives_them_a_shared_class():
    # 0 (results) and 2 (a deal) are apart; 1 (results and a deal) joins 0 first (0.9), and the merged group,
    # stating both classes, then meets 2 at (1 * 0.6 + 1 * 0.7) / 2 = 0.65: the pair set aside is pushed again
    edges = [(0, 2, 0.95), (0, 1, 0.9), (1, 2, 0.7)]
    events = [RESULTS, RESULTS | DEAL, DEAL]
    # (0, 2) comes out first at 0.95, apart; then (0, 1) at 0.9 merges, and 2's average to {0, 1} is
    # (1 * 0.95 + 1 * 0.7) / 2 = 0.825: {0, 1} now states a deal as 2 does, so it merges
    groups, sims = _both(3, edges, [1, 1, 1], [False] * 3, 0.5, events)
    assert groups == [[0, 1, 2]] and sims[2] == (1 * 0.95 + 1 * 0.7) / 2
    # without the bridge's deal the three stay two groups
    groups, _ = _both(3, edges, [1, 1, 1], [False] * 3, 0.5, [RESULTS, RESULTS, DEAL])
    assert groups == [[0, 1], [2]]


@pytest.mark.parametrize("seed", range(8))
def test_equals_the_definition_with_ties_events_and_stories(seed):
    rng = random.Random(100 + seed)
    n, m = 240, 20 * (seed % 3)
    sizes = [1] * n + [rng.randint(1, 30) for _ in range(m)]
    fixed = [False] * n + [True] * m
    classes = [frozenset(), RESULTS, DEAL, RESULTS | DEAL]
    events = [rng.choice(classes) for _ in range(n + m)] if seed % 2 else None
    grid = [0.25, 0.3, 0.4, 0.5, 0.6, 0.75, 0.9]        # few values: many ties, within a node and across nodes
    edges = []
    for i in range(n):
        near = [j for j in range(i - 5, i + 6) if 0 <= j < n]
        for j in near + rng.sample(range(n + m), 10):
            s = rng.choice(grid) if abs(i - j) < 6 else rng.choice(grid[:3])
            edges.append((i, j, s))
            if rng.random() < 0.3:
                edges.append((j, i, rng.choice(grid)))    # a pair given twice keeps its higher similarity
    for threshold in (0.3, 0.45):
        groups, sims = _both(n + m, edges, sizes, fixed, threshold, events)
        want = _average_linkage_def(n + m, edges, sizes, fixed, threshold, events)
        assert (groups, sims) == want
        assert max(len(g) for g in groups) > 5            # merges of merged groups happened


def test_no_edges_and_arrays_of_other_types():
    assert _both(3, [], [1, 1, 1], [False] * 3, 0.5) == ([[0], [1], [2]], {0: 1.0, 1: 1.0, 2: 1.0})
    i, j, s = np.array([0, 1], np.int32), np.array([1, 2], np.int32), np.array([0.7, 0.6], np.float32)
    got = average_linkage(3, (i, j, s), [1, 1, 1], [False] * 3, 0.5)
    assert got.groups == [[0, 1], [2]]
