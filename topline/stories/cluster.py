"""Average-linkage clustering on a sparse similarity graph, with fixed clusters (existing stories).

Pure: takes similarities, returns groups. Nodes are new articles (size 1) and existing stories (their size is
their member count; their similarity to an article is already the mean over members, from the centroid). The
closest pair merges while its average similarity is at least the threshold; two nodes that both hold an existing
story never merge (a story, once published, keeps its identity). Similarities between merged clusters follow
Lance-Williams for average linkage, so no vector is recomputed: the cost is the number of graph edges, and a pair
without an edge counts as 0 (edges are only dropped below ``floor``, far under any threshold used).
"""
from __future__ import annotations

import heapq
from dataclasses import dataclass
from typing import Sequence

import numpy as np
from scipy import sparse

from topline.stories.split import apart


@dataclass(frozen=True)
class Grouping:
    """``groups``: lists of node indices; each group holds at most one fixed node. ``sims``: for each node, the
    average similarity of the merge that attached it (1.0 for a group's first node)."""
    groups: list[list[int]]
    sims: dict[int, float]


def sparse_edges(sim: sparse.csr_matrix, row_offset: int, col_offset: int, floor: float, top_k: int,
                 skip_self: bool) -> list[tuple[int, int, float]]:
    """Edges ``(i, j, s)`` with s >= floor, at most ``top_k`` per row, from a block of a similarity matrix. Ties
    at the ``top_k``-th similarity (articles with the same words) keep the lower columns, whatever order the
    matrix stores a row in."""
    sim = sim.tocsr()
    out: list[tuple[int, int, float]] = []
    for r in range(sim.shape[0]):
        lo, hi = sim.indptr[r], sim.indptr[r + 1]
        cols, vals = sim.indices[lo:hi], sim.data[lo:hi]
        keep = vals >= floor
        cols, vals = cols[keep], vals[keep]
        if len(vals) > top_k:
            idx = np.argpartition(-vals, top_k)[:top_k]
            cut = vals[idx].min()
            if (vals == cut).sum() > (vals[idx] == cut).sum():    # a tie at the cut: lower columns first
                idx = np.lexsort((cols, -vals))[:top_k]
            cols, vals = cols[idx], vals[idx]
        i = r + row_offset
        for c, v in zip(cols.tolist(), vals.tolist()):
            j = c + col_offset
            if skip_self and j == i:
                continue
            out.append((i, j, v))
    return out


def edge_arrays(sim: sparse.csr_matrix, row_offset: int, col_offset: int, floor: float, top_k: int,
                skip_self: bool) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``sparse_edges`` as three arrays ``(i, j, s)``, the same edges in the same order (issue 14: a Python step
    per row and per edge was ~5 % of story assignment). Rows with at most ``top_k`` entries at ``floor`` keep
    them in stored order, selected at once; only the rows over ``top_k`` run ``sparse_edges``' per-row selection
    (the same ``argpartition`` on the same values, and its tie rule)."""
    sim = sim.tocsr()
    nrows = sim.shape[0]
    data, indices = sim.data, sim.indices
    keep = data >= floor
    rows = np.repeat(np.arange(nrows, dtype=np.int64), np.diff(sim.indptr))[keep]
    cols, vals = indices[keep].astype(np.int64), data[keep]
    counts = np.bincount(rows, minlength=nrows)
    over = np.flatnonzero(counts > top_k)
    if len(over):
        starts = np.concatenate(([0], np.cumsum(counts)))
        pieces: list[np.ndarray] = []
        at = 0
        for r in over.tolist():
            lo, hi = int(starts[r]), int(starts[r + 1])
            pieces.append(np.arange(at, lo))
            pieces.append(lo + _top_k(cols[lo:hi], vals[lo:hi], top_k))
            at = hi
        pieces.append(np.arange(at, len(vals)))
        take = np.concatenate(pieces)
        rows, cols, vals = rows[take], cols[take], vals[take]
    i, j = rows + row_offset, cols + col_offset
    if skip_self:
        other = i != j
        i, j, vals = i[other], j[other], vals[other]
    return i, j, vals.astype(np.float64)


def _top_k(cols: np.ndarray, vals: np.ndarray, top_k: int) -> np.ndarray:
    """``sparse_edges``' choice of ``top_k`` entries of one row (positions in the row), in its order."""
    idx = np.argpartition(-vals, top_k)[:top_k]
    cut = vals[idx].min()
    if (vals == cut).sum() > (vals[idx] == cut).sum():    # a tie at the cut: lower columns first
        idx = np.lexsort((cols, -vals))[:top_k]
    return idx


Edges = tuple[np.ndarray, np.ndarray, np.ndarray]    # (i, j, s): issue 14, edges as arrays until the clustering


def as_arrays(edges: Sequence[tuple[int, int, float]] | Edges) -> Edges:
    """Edges ``(i, j, s)`` as three arrays (int64, int64, float64), whether given as arrays or as tuples."""
    if isinstance(edges, tuple) and len(edges) == 3 and all(isinstance(x, np.ndarray) for x in edges):
        i, j, s = (np.asarray(x) for x in edges)
    elif len(edges):
        i, j, s = (np.array(x) for x in zip(*edges))
    else:
        return np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0, np.float64)
    return i.astype(np.int64, copy=False), j.astype(np.int64, copy=False), s.astype(np.float64, copy=False)


def average_linkage(n_nodes: int, edges: Sequence[tuple[int, int, float]] | Edges, sizes: Sequence[int],
                    fixed: Sequence[bool], threshold: float,
                    events: Sequence[frozenset[str]] | None = None) -> Grouping:
    """Merge nodes greedily by average similarity down to ``threshold``. ``events``: the classes of event each
    node's headline states (``stories.split``); two groups that tell different developments never merge, and a
    merged group states the classes of both. ``edges``: tuples ``(i, j, s)`` or three arrays; a pair given twice
    keeps its higher similarity.

    The closest pair merges first, equal similarities the lower pair of indices first (the heap's order of
    ``(-s, i, j)``, ``i < j``). A merge of ``j`` into ``i`` sets every neighbour's similarity to ``i``: ``(ni *
    s_ik + nj * s_jk) / (ni + nj)``, a side without the edge counting 0.0 (``ni * 0.0``), and pushes those at the
    threshold; a stale heap entry (a merged node, a changed value) is passed over when it comes out. The edges
    live in arrays (their similarity, their two ends, whether alive), each node holding its edges' ids, so a merge
    computes its new similarities as array operations in the order above, the same floats as one at a time (issue
    14: the merges over a week's stories, each rebuilding a story's neighbours in Python, were the stage's largest
    cost growing with the days)."""
    ei, ej, es = as_arrays(edges)
    is_fixed = list(fixed)
    fixed_arr = np.zeros(n_nodes, dtype=bool)
    fixed_arr[:] = is_fixed
    keep = (ei != ej) & (es > -1.0) & ~(fixed_arr[ei] & fixed_arr[ej])   # as a pair was kept: ``s > -1.0``
    lo, hi, sim = np.minimum(ei, ej)[keep], np.maximum(ei, ej)[keep], es[keep]
    # one edge a pair, its highest similarity; ids in order of (lo, hi)
    order = np.lexsort((-sim, hi, lo))
    lo, hi, sim = lo[order], hi[order], sim[order]
    first = np.ones(len(lo), dtype=bool)
    first[1:] = (lo[1:] != lo[:-1]) | (hi[1:] != hi[:-1])
    end0, end1, val = lo[first], hi[first], sim[first].copy()
    n_edges = len(val)
    alive = np.ones(n_edges, dtype=bool)
    ids = np.arange(n_edges, dtype=np.int64)
    ends = np.concatenate((end0, end1))
    by_node = np.argsort(ends, kind="stable")
    cuts = np.searchsorted(ends[by_node], np.arange(n_nodes + 1))
    both = np.concatenate((ids, ids))[by_node]
    held: list[np.ndarray | None] = [both[cuts[k]:cuts[k + 1]] for k in range(n_nodes)]
    size = list(sizes)
    members: list[list[int] | None] = [[i] for i in range(n_nodes)]
    attach = {i: 1.0 for i in range(n_nodes)}
    told = list(events) if events is not None else []
    at = np.flatnonzero(val >= threshold)
    heap = list(zip((-val[at]).tolist(), end0[at].tolist(), end1[at].tolist(), at.tolist()))
    heapq.heapify(heap)
    mark = np.full(n_nodes, -1, dtype=np.int64)
    pop, push = heapq.heappop, heapq.heappush
    while heap:
        neg, i, j, e = pop(heap)
        if members[i] is None or members[j] is None or not alive[e] or val[e] != -neg:
            continue
        if is_fixed[i] and is_fixed[j]:
            continue
        if events is not None and apart(told[i], told[j]):
            continue
        s = -neg
        if is_fixed[j] or (not is_fixed[i] and size[j] > size[i]):
            i, j = j, i     # keep the fixed (or larger) node's index
        for node in members[j]:
            attach[node] = s
        members[i].extend(members[j])
        members[j] = None
        ni, nj = size[i], size[j]
        tot = ni + nj
        alive[e] = False
        mine, theirs = held[i], held[j]
        mine = mine[alive[mine]]
        theirs = theirs[alive[theirs]]
        k_i = end0[mine] + end1[mine] - i           # each edge's other end
        k_j = end0[theirs] + end1[theirs] - j
        mark[k_i] = np.arange(len(k_i))
        at_i = mark[k_j]
        mark[k_i] = -1
        shared = at_i >= 0
        v_i = val[mine]
        v_j = val[theirs]
        new_i = (ni * v_i + nj * 0.0) / tot         # a neighbour of i only
        at_s = at_i[shared]
        new_i[at_s] = (ni * v_i[at_s] + nj * v_j[shared]) / tot
        val[mine] = new_i
        alive[theirs[shared]] = False               # j's edge to a shared neighbour: now i's
        only_j = ~shared
        moved, k_m = theirs[only_j], k_j[only_j]
        size[i] = tot
        if told:
            told[i] = told[i] | told[j]
        fixed_i = is_fixed[i] = is_fixed[i] or is_fixed[j]
        if fixed_i:
            fixed_arr[i] = True
            two = fixed_arr[k_m]                    # two stories never merge: the edge is dropped
            alive[moved[two]] = False
            moved, k_m = moved[~two], k_m[~two]
        new_m = (ni * 0.0 + nj * val[moved]) / tot  # a neighbour of j only, now i's
        val[moved] = new_m
        end0[moved] = i
        end1[moved] = k_m
        held[i] = np.concatenate((mine, moved))
        held[j] = None
        for new, ks, es_ in ((new_i, k_i, mine), (new_m, k_m, moved)):
            up = np.flatnonzero(new >= threshold)
            for v, k, e_ in zip(new[up].tolist(), ks[up].tolist(), es_[up].tolist()):
                push(heap, (-v, i, k, e_) if i < k else (-v, k, i, e_))
    groups = [m for m in members if m is not None]
    return Grouping(groups, attach)
