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


def average_linkage(n_nodes: int, edges: Sequence[tuple[int, int, float]], sizes: Sequence[int],
                    fixed: Sequence[bool], threshold: float,
                    events: Sequence[frozenset[str]] | None = None) -> Grouping:
    """Merge nodes greedily by average similarity down to ``threshold``. ``events``: the classes of event each
    node's headline states (``stories.split``); two groups that tell different developments never merge, and a
    merged group states the classes of both."""
    nbr: list[dict[int, float]] = [dict() for _ in range(n_nodes)]
    for i, j, s in edges:
        if i == j or (fixed[i] and fixed[j]):
            continue
        if s > nbr[i].get(j, -1.0):
            nbr[i][j] = s
            nbr[j][i] = s
    size = list(sizes)
    is_fixed = list(fixed)
    members: list[list[int] | None] = [[i] for i in range(n_nodes)]
    attach = {i: 1.0 for i in range(n_nodes)}
    told = list(events) if events is not None else []
    heap = [(-s, i, j) for i in range(n_nodes) for j, s in nbr[i].items() if i < j and s >= threshold]
    heapq.heapify(heap)
    while heap:
        neg, i, j = heapq.heappop(heap)
        if members[i] is None or members[j] is None or nbr[i].get(j) != -neg:
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
        ni_, nj_ = nbr[i], nbr[j]
        ni_.pop(j, None)
        nj_.pop(i, None)
        # Lance-Williams: the same sum as ``ni * s_ik + nj * s_jk`` over the union with 0.0 for a missing side (a
        # product with 0.0 is 0.0 and x + 0.0 is x for the non-negative similarities here), one dict pass a side
        tot = ni + nj
        get_j = nj_.get
        merged = {k: (ni * v + nj * get_j(k, 0.0)) / tot for k, v in ni_.items()}
        merged.update((k, (ni * 0.0 + nj * v) / tot) for k, v in nj_.items() if k not in ni_)
        for k in nj_:
            nbr[k].pop(j, None)
        nbr[j] = {}
        size[i] = tot
        if told:
            told[i] = told[i] | told[j]
        fixed_i = is_fixed[i] = is_fixed[i] or is_fixed[j]
        mine: dict[int, float] = {}
        nbr[i] = mine
        push = heapq.heappush
        for k, v in merged.items():
            if fixed_i and is_fixed[k]:
                nbr[k].pop(i, None)
                continue
            mine[k] = v
            nbr[k][i] = v
            if v >= threshold:
                push(heap, (-v, i, k) if i < k else (-v, k, i))
    groups = [m for m in members if m is not None]
    return Grouping(groups, attach)
