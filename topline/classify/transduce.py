"""Transductive steps over the stories being classified: pure functions on arrays, no I/O.

The zero-shot scores (similarity to category prototypes) are a good but noisy start. The stories of one run
carry more information than the few words a user wrote for each category, so three classic semi-supervised
steps refine them, each trusting only the most confident stories:

1. nearest-centroid refinement: class centroids move from the prototypes toward their confident stories;
2. naive Bayes self-training on word counts: words the confident stories share teach the vocabulary of each
   category (the "dataless classification" idea), which an embedding of the description alone cannot know;
3. k-nearest-neighbour smoothing: a story leans toward the classes of the stories most similar to it.

Shapes: ``vecs`` (n, d) L2-normalised story vectors; ``protos`` (k, d) prototypes; ``probs`` (n, k) rows sum to 1.
"""
from __future__ import annotations

import numpy as np
from scipy import sparse

from topline.classify.embed import normalise_rows


def softmax(scores: np.ndarray, temperature: float) -> np.ndarray:
    z = (scores - scores.max(axis=1, keepdims=True)) / temperature
    p = np.exp(z)
    return p / p.sum(axis=1, keepdims=True)


def confident(probs: np.ndarray, keep: float) -> np.ndarray:
    """A (n, k) 0/1 matrix: for each class, the ``keep`` fraction of its predicted rows with the widest margin."""
    n, k = probs.shape
    pred = probs.argmax(axis=1)
    top2 = np.sort(probs, axis=1)[:, -2:] if k > 1 else np.hstack([np.zeros((n, 1)), probs])
    margin = top2[:, 1] - top2[:, 0]
    out = np.zeros((n, k), dtype=np.float32)
    for c in range(k):
        rows = np.flatnonzero(pred == c)
        if rows.size:
            best = rows[np.argsort(-margin[rows], kind="stable")[:max(1, int(round(rows.size * keep)))]]
            out[best, c] = 1.0
    return out


def refine_centroids(vecs: np.ndarray, protos: np.ndarray, *, iterations: int, keep: float,
                     prior_count: float) -> tuple[np.ndarray, np.ndarray]:
    """(cosine scores (n, k), leave-one-out fit (n,)) against centroids pulled from the prototypes toward their
    confident stories.

    A prototype counts as ``prior_count`` stories: a class with few confident stories stays close to the user's
    own words, one with many follows its stories (a small batch of varied stories barely moves anything).
    The fit is each story's best cosine to a centroid computed without that story, so a story cannot vouch for
    itself: in a small batch a lone off-topic story would otherwise drag a centroid to itself.
    """
    centroids = protos
    members = np.zeros((vecs.shape[0], protos.shape[0]), dtype=np.float32)
    for _ in range(iterations):
        members = confident(vecs @ centroids.T, keep)
        centroids = _centroids(protos, members.T @ vecs, members.sum(axis=0), prior_count)
    scores = vecs @ centroids.T
    fit = scores.copy()
    sums, counts = members.T @ vecs, members.sum(axis=0)
    for c in range(protos.shape[0]):
        rows = np.flatnonzero(members[:, c])
        if rows.size:
            rest = sums[c][None, :] - vecs[rows]
            loo = _centroids(np.repeat(protos[c:c + 1], rows.size, axis=0), rest,
                             np.full(rows.size, counts[c] - 1), prior_count)
            fit[rows, c] = np.einsum("ij,ij->i", vecs[rows], loo)
    return scores, fit.max(axis=1)


def _centroids(protos: np.ndarray, sums: np.ndarray, counts: np.ndarray, prior_count: float) -> np.ndarray:
    """Per class: the prototype weighted as ``prior_count`` stories plus the mean direction of its stories."""
    means = normalise_rows(sums)
    weight = (counts / (counts + prior_count))[:, None]
    return normalise_rows((1 - weight) * protos + weight * means)


def naive_bayes(counts: sparse.csr_matrix, probs: np.ndarray, *, keep: float, alpha: float) -> np.ndarray:
    """Class probabilities (n, k) from multinomial naive Bayes trained on the confident rows of ``probs``.

    Classes with no confident row keep a uniform likelihood (they neither win nor lose from the words).
    """
    members = confident(probs, keep)
    word_counts = np.asarray((sparse.csr_matrix(members.T) @ counts).todense()) + alpha   # (k, vocab)
    log_like = np.log(word_counts) - np.log(word_counts.sum(axis=1, keepdims=True))
    empty = members.sum(axis=0) == 0
    log_like[empty] = -np.log(counts.shape[1])
    log_post = np.asarray(counts @ log_like.T)                                           # (n, k)
    return softmax(log_post, 1.0)


def knn_smooth(vecs: np.ndarray, probs: np.ndarray, *, neighbours: int, self_weight: float,
               iterations: int) -> np.ndarray:
    """Label spreading over the k-nearest-neighbour graph of the story vectors (cosine)."""
    n = vecs.shape[0]
    k = min(neighbours, n - 1)
    if k < 1:
        return probs
    nn = np.empty((n, k), dtype=np.int64)
    for start in range(0, n, 2048):                 # blocks keep memory at 2048 x n floats
        sims = vecs[start:start + 2048] @ vecs.T
        rows = np.arange(sims.shape[0])
        sims[rows, rows + start] = -np.inf
        nn[start:start + 2048] = np.argpartition(-sims, k - 1, axis=1)[:, :k]
    out = probs
    for _ in range(iterations):
        out = self_weight * probs + (1 - self_weight) * out[nn].mean(axis=1)
    return out
