"""The story engine's decision, pure: given a batch of unassigned articles and the stories active in the look-back
window, which article joins which story and which start new ones.

Cost depends on the batch and the active stories only (never on the archive): the batch is vectorised in a space
fitted on the edition window, stories enter through their stored centroids, and the clustering works on a sparse
graph of the pairs that can possibly merge.
"""
from __future__ import annotations

import datetime as dt
import functools
import math
from dataclasses import dataclass, field
from typing import Mapping, Sequence

import numpy as np
from scipy import sparse

from topline.config import StorySettings
from topline.errors import ConfigError
from topline.records import Article, Enrichment, Story, StoryCentroid
from topline.stories import fork as _fork
from topline.stories import split as _split
from topline.stories.cluster import Edges, average_linkage, edge_arrays
from topline.stories.features import (EMPTY, DocTokens, Space, Vectors, add_to_centroid, doc_tokens, masked_text,
                                      similarity)


_USER = StorySettings()


@dataclass(frozen=True)
class StoryParams:
    """Tuned numbers of the story engine. The first four are user settings (``[stories]`` in topline.toml,
    ``config.StorySettings``: their defaults and calibration live there); the rest are internal. Calibrated on
    mmds2025-dev (see benchmarks/RESULTS.md); the quality gate scores its evaluation part only (issue 15)."""
    threshold: float = _USER.threshold          # average similarity at which two groups are one story
    cross_weight: float = _USER.cross_weight    # weight of anchor similarity between articles of different languages
    lookback_days: int = _USER.lookback_days    # stories last seen this long ago can still be continued
    representation: str = _USER.representation  # tfidf | wordllama (text channel; see stories.semantic)
    time_free_hours: float = 48.0  # no time penalty within this gap (an event is reported over ~2 days)
    time_decay_days: float = 4.0   # beyond it, similarity decays by e per this many days
    content_min: float = 0.03      # content terms (not names or numbers) must give this much text similarity
    edge_floor: float = 0.05       # similarities below this are not kept as graph edges (well under threshold)
    top_k: int = 50                # edges kept per article
    chunk: int = 2000              # articles per block of the similarity product (bounds memory)
    context_sample: int = 500      # window articles (newest first) besides the new ones that fit the IDF

    @classmethod
    def from_settings(cls, settings: StorySettings) -> "StoryParams":
        """The engine's parameters for the user's ``[stories]`` settings; a bad value is a ``ConfigError``."""
        if not 0 < settings.threshold <= 1:
            raise ConfigError(f"stories.threshold must be in (0, 1], not {settings.threshold}")
        if settings.cross_weight < 0 or settings.lookback_days < 0:
            raise ConfigError("stories.cross_weight and stories.lookback_days cannot be negative")
        if settings.representation not in ("tfidf", "wordllama"):
            raise ConfigError(f"stories.representation must be tfidf or wordllama, not {settings.representation!r}")
        return cls(threshold=settings.threshold, cross_weight=settings.cross_weight,
                   lookback_days=settings.lookback_days, representation=settings.representation)


@dataclass(frozen=True)
class ActiveStory:
    story: Story               # dates and outlets (loaded without member ids)
    centroid: StoryCentroid


@dataclass
class BatchResult:
    """Joins to existing stories, new groups, and the centroids after the batch (keyed by story id or by
    ``new:<index>`` for new groups)."""
    joins: dict[str, list[tuple[int, float]]] = field(default_factory=dict)
    new_groups: list[list[tuple[int, float]]] = field(default_factory=list)
    centroids: dict[str, StoryCentroid] = field(default_factory=dict)
    titles: dict[str, int] = field(default_factory=dict)     # new:<i> -> article id whose title names the story


def time_factor(gap: dt.timedelta, params: StoryParams) -> float:
    hours = abs(gap.total_seconds()) / 3600
    over = max(0.0, hours - params.time_free_hours) / 24
    return math.exp(-over / params.time_decay_days) if over else 1.0


def _gap_to_story(published: dt.datetime, story: Story) -> dt.timedelta:
    if published < story.first_seen:
        return story.first_seen - published
    if published > story.last_seen:
        return published - story.last_seen
    return dt.timedelta(0)


def tokens_for(articles: Sequence[Article], enrichments: Mapping[int, Enrichment]) -> list[DocTokens]:
    out = []
    for a in articles:
        e = enrichments.get(a.id) if a.id is not None else None
        out.append(doc_tokens(a.title, a.body, (e.language if e else None) or a.language))
    return out


def cluster_batch(new: Sequence[Article], context: Sequence[Article], enrichments: Mapping[int, Enrichment],
                  active: Sequence[ActiveStory], params: StoryParams = StoryParams(),
                  tokens: Mapping[int, DocTokens] | None = None, parallel: bool = False) -> BatchResult:
    """Assign ``new`` articles (no copies: those follow their originals) to ``active`` stories or new groups.
    ``context`` (the edition window, ``new`` included) only fits the vocabulary and IDF. ``parallel``: the
    similarities to the active stories may be computed in a forked process (``stories.fork``; the same result)."""
    if not new:
        return BatchResult()
    tokens = dict(tokens or {})
    new_ids = {a.id for a in new}
    extra = sorted((a for a in context if a.id not in new_ids), key=lambda a: a.published)[-params.context_sample:]
    fit_on = list(new) + extra
    missing = [a for a in fit_on if a.id not in tokens]
    if parallel:    # issue 14: half the articles' tokens in a forked process (each article's are its own)
        parts = _fork.halves(lambda arts: tokens_for(arts, enrichments), missing, _fork.TOKENS_MIN)
        tokens.update(zip([a.id for a in missing], [t for part in parts for t in part]))
    else:
        tokens.update(zip([a.id for a in missing], tokens_for(missing, enrichments)))
    space = Space.fit([tokens[a.id] for a in fit_on], semantic=params.representation == "wordllama")
    docs = [tokens[a.id] for a in new]
    vecs = space.transform(docs)
    cents = space.centroid_vectors([s.centroid for s in active])
    n, m = len(new), len(active)
    edges = _edge_arrays(new, vecs, active, cents, params, space.content_mask, parallel)
    sizes = [1] * n + [max(1, s.centroid.n) for s in active]
    # two developments of one actor (results, cuts, a deal) are two stories, whatever words they share
    events = [_split.events_of(a.title) for a in new] + [_split.events_of(s.story.title) for s in active]
    grouping = average_linkage(n + m, edges, sizes, [False] * n + [True] * m, params.threshold, events)
    return _result(grouping, new, vecs, space, [d.group for d in docs], active, parallel)


def _article_blocks(vecs: Vectors, params: StoryParams, mask: np.ndarray | None,  # noqa: ANN202
                    masked: sparse.csr_matrix | None = None):
    """``(lo, block)``: the similarities of the articles ``lo:lo + chunk`` to every article, block by block
    (``masked``: ``masked_text(vecs.text, mask)``, computed once for the batch, else per block).

    The sparse similarity is symmetric to the bit (each product sums the shared terms in column order, and the
    content mask is 0 or 1), so each block computes its pairs with the articles from ``lo`` on and takes the
    earlier columns from the blocks before it, kept only where they reach ``edge_floor`` (nothing under it is
    ever an edge): half the products. Rows come out sorted by column. The semantic channel (dense products,
    whose rounding need not be symmetric) computes every pair."""
    n = len(vecs)
    if vecs.dense is not None:
        for lo in range(0, n, params.chunk):
            hi = min(n, lo + params.chunk)
            yield lo, similarity(vecs.rows(lo, hi), vecs, params.cross_weight, mask, params.content_min,
                                 _rows(masked, lo, hi))
        return
    kept: list[tuple[int, sparse.csr_matrix]] = []     # (lo, rows lo:hi x columns lo:n, entries >= floor)
    for lo in range(0, n, params.chunk):
        hi = min(n, lo + params.chunk)
        upper = similarity(vecs.rows(lo, hi), vecs.rows(lo, n), params.cross_weight, mask, params.content_min,
                           _rows(masked, lo, hi))
        upper = _at_least(upper, params.edge_floor)
        lower = [part[:, lo - q:hi - q].T for q, part in kept]        # earlier rows' pairs with these columns
        sim = sparse.hstack([*lower, upper], format="csr")             # rows lo:hi, columns 0:n
        sim.sort_indices()
        yield lo, sim
        kept.append((lo, upper))


def _at_least(m: sparse.csr_matrix, floor: float) -> sparse.csr_matrix:
    m = sparse.csr_matrix(m)
    m.data[m.data < floor] = 0.0
    m.eliminate_zeros()
    m.sort_indices()
    return m


def _rows(m: sparse.csr_matrix | None, lo: int, hi: int) -> sparse.csr_matrix | None:
    return None if m is None else m[lo:hi]


def _story_edges(vecs: Vectors, cents: Vectors, params: StoryParams, mask: np.ndarray | None, lo: int,
                 masked: sparse.csr_matrix | None = None) -> Edges:
    """The edges of the articles ``lo:lo + chunk`` to the active stories (columns offset by the article count)."""
    n = len(vecs)
    hi = min(n, lo + params.chunk)
    sim = similarity(vecs.rows(lo, hi), cents, params.cross_weight, mask, params.content_min, _rows(masked, lo, hi))
    return edge_arrays(sim, lo, n, params.edge_floor, params.top_k, skip_self=False)


def _edges(new: Sequence[Article], vecs: Vectors, active: Sequence[ActiveStory], cents: Vectors,
           params: StoryParams, mask: np.ndarray | None, parallel: bool = False) -> list[tuple[int, int, float]]:
    """The batch's graph edges ``(i, j, s)`` with their time penalty, as a list (``_edge_arrays``' edges)."""
    i, j, s = _edge_arrays(new, vecs, active, cents, params, mask, parallel)
    return list(zip(i.tolist(), j.tolist(), s.tolist()))


def _edge_arrays(new: Sequence[Article], vecs: Vectors, active: Sequence[ActiveStory], cents: Vectors,
                 params: StoryParams, mask: np.ndarray | None, parallel: bool = False) -> Edges:
    """The batch's graph edges as three arrays, as ``cluster.average_linkage`` reads them (issue 14, scale26)."""
    n = len(new)
    parts: list[Edges] = []
    # issue 14 (scale17): the window's rows masked once, before the fork, for the products with the articles and
    # with the stories (each block masked them twice, once a product)
    masked = masked_text(vecs.text, mask) if mask is not None else None
    # issue 14: the products with the active stories' centroids computed in a forked process while this one
    # computes the articles' pairs (the same function on the same rows: the same edges, in the same order)
    ahead = (_fork.start(lambda lo: _story_edges(vecs, cents, params, mask, lo, masked), range(0, n, params.chunk),
                         pack=False)
             if parallel and len(active) and n * len(active) >= _fork.MIN_PAIRS else None)
    pairs = [(lo, edge_arrays(sim, lo, 0, params.edge_floor, params.top_k, skip_self=True))
             for lo, sim in _article_blocks(vecs, params, mask, masked)]
    for lo, part in pairs:
        parts.append(part)
        if len(active):
            got: Edges | None = ahead.get(lo) if ahead is not None else None   # type: ignore[assignment]
            parts.append(got if got is not None else _story_edges(vecs, cents, params, mask, lo, masked))
    if ahead is not None:
        ahead.close()
    if not parts:
        return np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0, np.float64)
    i, j, s = (np.concatenate(x) for x in zip(*parts))
    return _timed_arrays(i, j, s, new, active, params)


_US = dt.timedelta(microseconds=1)
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)


def _micros(when: dt.datetime) -> int:
    """``when`` as whole microseconds since the epoch (a naive time against a naive epoch, as subtraction needs)."""
    return (when - (_EPOCH if when.tzinfo is not None else _EPOCH.replace(tzinfo=None))) // _US


def _timed(edges: list[tuple[int, int, float]], new: Sequence[Article], active: Sequence[ActiveStory],
           params: StoryParams) -> list[tuple[int, int, float]]:
    """The edges with their time penalty (``time_factor`` of each pair's gap), those still at ``edge_floor``
    (``_timed_arrays`` on a list of edges)."""
    if not edges:
        return []
    i, j, s = (np.array(x) for x in zip(*edges))
    i, j, s = _timed_arrays(i.astype(np.int64), j.astype(np.int64), s.astype(np.float64), new, active, params)
    return list(zip(i.tolist(), j.tolist(), s.tolist()))


def _timed_arrays(i: np.ndarray, j: np.ndarray, s: np.ndarray, new: Sequence[Article],
                  active: Sequence[ActiveStory], params: StoryParams) -> Edges:
    """The edges ``(i, j, s)`` with their time penalty, those still at ``edge_floor``.

    Vectorised (issue 14; ``_timed_reference`` is the definition): gaps in whole microseconds, as ``timedelta``
    holds them, ``total_seconds`` as the same correctly rounded division, and ``math.exp`` for the few pairs over
    ``time_free_hours`` (a gap within it multiplies by 1.0): the same floats as the loop."""
    n = len(new)
    if not len(s):
        return i, j, s
    pub = np.array([_micros(a.published) for a in new] or [0], dtype=np.int64)
    first = np.array([_micros(a.story.first_seen) for a in active] or [0], dtype=np.int64)
    last = np.array([_micros(a.story.last_seen) for a in active] or [0], dtype=np.int64)
    story = j >= n
    p = pub[i]
    k = np.where(story, j - n, 0)
    other = pub[np.where(story, 0, j)]
    gap = np.where(story, np.where(p < first[k], first[k] - p, np.where(p > last[k], p - last[k], 0)), p - other)
    hours = np.abs(gap / 1e6) / 3600
    over = np.maximum(0.0, hours - params.time_free_hours) / 24
    factor = np.ones(len(s))
    late = np.flatnonzero(over > 0)
    if len(late):
        factor[late] = [math.exp(-o / params.time_decay_days) for o in over[late].tolist()]
    s = s * factor
    keep = s >= params.edge_floor
    return i[keep], j[keep], s[keep]


def _timed_reference(edges: list[tuple[int, int, float]], new: Sequence[Article], active: Sequence[ActiveStory],
                     params: StoryParams) -> list[tuple[int, int, float]]:
    """The definition ``_timed`` computes (each pair in a Python loop): tests compare the two."""
    n = len(new)
    out = []
    for i, j, s in edges:
        gap = (_gap_to_story(new[i].published, active[j - n].story) if j >= n
               else new[i].published - new[j].published)
        s *= time_factor(gap, params)
        if s >= params.edge_floor:
            out.append((i, j, s))
    return out


def _result(grouping, new: Sequence[Article], vecs: Vectors, space: Space, groups: Sequence[str],  # noqa: ANN001
            active: Sequence[ActiveStory], parallel: bool = False) -> BatchResult:
    """The batch's joins, new groups, their centroids and the new groups' titles. ``parallel``: the centroids and
    titles (each a pure function of its own group's rows, ``_group_values``) of the first half of the groups are
    computed in a forked process (``fork.halves``; issue 14, scale25: ~15 % of story assignment, the workers idle);
    the same values, placed in the same order."""
    n = len(new)
    plan: list[tuple[int | None, list[int]]] = []      # (active story index or None for a new group, rows)
    for members in grouping.groups:
        stories = [k - n for k in members if k >= n]
        rows = sorted(k for k in members if k < n)
        if rows:
            plan.append((stories[0] if stories else None, rows))
    space.names()       # the column names, made once before a fork
    job = functools.partial(_group_values, vecs=vecs, space=space, groups=groups, active=active)
    parts = _fork.halves(job, plan, _fork.GROUPS_MIN) if parallel else [job(plan)]
    values = [v for part in parts for v in part]
    res = BatchResult()
    for (story, rows), (centroid, central) in zip(plan, values):
        pairs = [(new[k].id, round(grouping.sims[k], 4)) for k in rows]
        if story is not None:
            sid = active[story].story.id
            res.joins[sid] = pairs
            res.centroids[sid] = centroid
        else:
            key = f"new:{len(res.new_groups)}"
            res.new_groups.append(pairs)
            res.centroids[key] = centroid
            res.titles[key] = new[central].id
    return res


def _group_values(plan: Sequence[tuple[int | None, list[int]]], vecs: Vectors, space: Space,
                  groups: Sequence[str], active: Sequence[ActiveStory]) -> list[tuple[StoryCentroid, int]]:
    """For each ``(active story index or None, rows)`` of ``plan``: the centroid after adding ``rows`` (to the
    story's, or to an empty one) and, for a new group, the row whose title names it (-1 for a join)."""
    out = []
    for story, rows in plan:
        base = active[story].centroid if story is not None else EMPTY
        centroid = add_to_centroid(base, space, vecs, rows, [groups[k] for k in rows])
        out.append((centroid, -1 if story is not None else _most_central(vecs, rows)))
    return out


def _most_central(vecs: Vectors, rows: Sequence[int]) -> int:
    """The member closest to the group's mean (its title names the story); the earliest on ties."""
    if len(rows) <= 2:
        return rows[0]
    sub = vecs.text[list(rows)]
    mean = np.asarray(sub.mean(axis=0)).ravel()
    scores = sub @ mean
    return rows[int(np.argmax(scores))]
