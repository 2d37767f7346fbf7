"""Issue 14 (scale25): average linkage reads its edges as arrays; the neighbours and the starting heap built in numpy
give the groups and attachment similarities of the loop over the edges (``test_exact_paths._average_linkage_def``),
on hand-made graphs with what the loop has to sort out: both directions of a pair with different values, self
edges, pairs of two fixed nodes, repeated edges, ties, and no edges at all."""
from __future__ import annotations

import random

import numpy as np

from tests.stories.test_exact_paths import _average_linkage_def
from topline.stories.cluster import as_arrays, average_linkage, neighbours


def _loop_neighbours(n, edges, fixed):  # noqa: ANN001, ANN202 - the loop the arrays replace
    nbr = [dict() for _ in range(n)]
    for i, j, s in edges:
        if i == j or (fixed[i] and fixed[j]):
            continue
        if s > nbr[i].get(j, -1.0):
            nbr[i][j] = s
            nbr[j][i] = s
    return nbr


def _graph(seed: int):  # noqa: ANN202
    rng = random.Random(seed)
    n, m = 80, 6
    fixed = [False] * n + [True] * m
    sizes = [1] * n + [rng.randint(2, 30) for _ in range(m)]
    edges = []
    for _ in range(900):
        i, j = rng.randrange(n + m), rng.randrange(n + m)
        s = rng.choice([0.05, 0.2, 0.31, 0.5, 0.5, 0.77, rng.random()])
        edges.append((i, j, s))
        if rng.random() < 0.4:
            edges.append((j, i, rng.choice([s, s, rng.random()])))     # the other direction, maybe another value
    edges += [(5, 5, 0.9), (n, n + 1, 0.95), (n + 2, n + 3, 0.4), (7, 8, 0.6), (7, 8, 0.6), (8, 7, 0.61)]
    return n + m, edges, sizes, fixed


def test_neighbours_equal_the_loop_over_the_edges():
    for seed in range(5):
        nodes, edges, _, fixed = _graph(seed)
        for threshold in (0.3, 0.5):
            nbr, heap = neighbours(nodes, as_arrays(edges), fixed, threshold)
            want = _loop_neighbours(nodes, edges, fixed)
            assert nbr == want
            assert sorted(heap) == sorted((-s, i, j) for i in range(nodes) for j, s in want[i].items()
                                          if i < j and s >= threshold)
            assert all(type(v) is float for d in nbr for v in d.values())
            assert all(type(i) is int and type(j) is int for _, i, j in heap)
            assert nbr[5].get(5) is None and (nodes - 6) not in nbr[nodes - 5]      # self edge, two fixed nodes


def test_linkage_from_arrays_equals_the_definition():
    for seed in range(5):
        nodes, edges, sizes, fixed = _graph(seed)
        for threshold in (0.3, 0.5):
            want = _average_linkage_def(nodes, edges, sizes, fixed, threshold)
            from_list = average_linkage(nodes, edges, sizes, fixed, threshold)
            from_arrays = average_linkage(nodes, as_arrays(edges), sizes, fixed, threshold)
            assert (from_list.groups, from_list.sims) == want == (from_arrays.groups, from_arrays.sims)
            assert any(len(g) > 2 for g in want[0])


def test_no_edges():
    empty = (np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0, np.float64))
    for edges in ([], empty):
        got = average_linkage(3, edges, [1, 1, 4], [False, False, True], 0.3)
        assert got.groups == [[0], [1], [2]] and got.sims == {0: 1.0, 1: 1.0, 2: 1.0}
    assert average_linkage(0, [], [], [], 0.3).groups == []
