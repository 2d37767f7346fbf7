"""What the offline classifier reads of one story alone, kept for the next edition (issue 14).

A story stays in the window for days, and its first ``MAX_ARTICLES`` articles (the oldest: a bundle's articles are
in order of publication) no longer change once it has that many; the classifier read them again every edition.
Of a story, ``offline.score`` reads alone: the keyword counts of its word text (``keyword_counts``), whether
its articles are a game (``game_story``) and whether they are product reviews (``consumer_review``). Those are
kept in the stage cache (``topline.stage_cache``) under a key of the text of those articles and a version of the
code and of the keywords counted; everything that depends on the other stories of the window (the embeddings'
refinement, the naive Bayes word counts, the neighbours, the decisions) is computed afresh every edition, so a
classification never comes from the cache: only these inputs, which are exactly what computing gives.
"""
from __future__ import annotations

import hashlib
from typing import Any, Callable, Sequence

import numpy as np

from topline.classify.text import MAX_ARTICLES
from topline.records import StoryBundle

STAGE = "story-features"
# The modules that compute the values (``keyword_counts``, ``game_story``, ``consumer_review`` are offline's): the
# key hashes every module they import and the data files those name (``stage_cache.rules_version``).
MODULES = ("topline.classify.story_memo", "topline.classify.offline")
_MEMO: list = []          # the edition's memo (``use_memo``)


def features_memo(store, day=None):  # noqa: ANN001, ANN201 - Store, datetime.date -> stage_cache.Memo
    """The store's cache of each story's classifier inputs (``story_features``)."""
    from topline.stage_cache import Memo, rules_version
    return Memo(store, STAGE, rules_version(*MODULES), day)


def use_memo(memo) -> None:  # noqa: ANN001 - stage_cache.Memo | None
    """Make ``memo`` (``features_memo``) the one ``story_features`` reads and fills (None: none)."""
    _MEMO[:] = [memo] if memo is not None else []


def current_memo():  # noqa: ANN201 - stage_cache.Memo | None
    return _MEMO[0] if _MEMO else None


def story_features(bundles: Sequence[StoryBundle], texts: Sequence[str], keys: Sequence[tuple[str, ...]],
                   count: Callable[[Sequence[str]], np.ndarray], game: Callable[[StoryBundle], bool],
                   review: Callable[[StoryBundle], bool]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(counts (n, len(keys)) = ``count(texts)``, game (n,), review (n,)) of each bundle, its word text
    ``texts[i]``; with a memo (``use_memo``) a story whose read articles and keywords are unchanged takes them
    from the cache, the others are computed (in one ``count`` call) and kept."""
    memo = current_memo()
    n = len(bundles)
    if memo is None:
        return (count(texts), np.array([game(b) for b in bundles], dtype=bool),
                np.array([review(b) for b in bundles], dtype=bool))
    kv = hashlib.sha1(repr(list(keys)).encode()).hexdigest()
    ids = [_key(memo, kv, b) for b in bundles]
    memo.preload(k for k in ids if k is not None)
    got: list[Any] = [None] * n
    todo = []
    for i, k in enumerate(ids):
        if k is not None and k in memo.known:
            got[i] = memo.known[k]
            memo.hits += 1
        else:
            todo.append(i)
    counts = np.zeros((n, len(keys)), dtype=np.float64)
    if todo:
        fresh = count([texts[i] for i in todo])
        for row, i in zip(fresh, todo):
            got[i] = {"c": [[int(j), int(row[j])] for j in np.flatnonzero(row)], "g": bool(game(bundles[i])),
                      "r": bool(review(bundles[i]))}
            if ids[i] is not None:
                memo.known[ids[i]] = memo.new[ids[i]] = got[i]
                memo.misses += 1
    for i, v in enumerate(got):
        if v["c"]:
            at, vals = zip(*v["c"])
            counts[i, list(at)] = vals
    return (counts, np.array([v["g"] for v in got], dtype=bool), np.array([v["r"] for v in got], dtype=bool))


def _key(memo, kv: str, b: StoryBundle) -> str | None:  # noqa: ANN001 - stage_cache.Memo
    """The key of what the classifier reads of ``b`` alone: the title and text of its first articles (None when
    it has none: the story's title is read then, and it is computed)."""
    arts = b.articles[:MAX_ARTICLES]
    if not arts:
        return None
    return memo.key(kv, *(p for a in arts for p in (a.title, a.body)))
