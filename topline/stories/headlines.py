"""The headline channel of story grouping (issue 11, stories30). Pure.

A headline states the development; a body also names the firms, people and sums around it. Two reports of one
development mostly share their headline's words ("Quillmoor Plans $2.3 Billion Continuation Fund" and "Pension
Funds Balk at Price in Quillmoor's Continuation Fund"), while a report joined to another story by a name or a sum
in its later paragraphs rarely shares that story's headline words. So each graph edge of the story engine (an
article to an article of its batch, or to an active story, by the story's own headline as ``stories.split`` reads
it) gains ``HEADLINE_WEIGHT`` x the cosine of the two headlines' terms (binary, IDF over the batch's headlines and
the active stories' titles; possessives and plurals folded, stop words dropped). Only edges the body text already
made (at ``edge_floor``, through the content guard) gain: a headline alone joins nothing.
"""
from __future__ import annotations

import re
from typing import Sequence

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer

from topline.stories.features import _STOP, _TOKEN, _stem

# The weight of the headline cosine added to an edge's similarity. Calibrated on the 26 calibration corpora and the
# demo (B-cubed F1 summed: main 25.352; 0.05 -> 25.423, 0.10 -> 25.477, 0.15 -> 25.516 but mmds2025-dev 0.892 ->
# 0.885 and cal-ai2 -0.023), mmds2025-dev 0.8923 -> 0.8909 at 0.10 (benchmarks/RESULTS.md, "stories30").
HEADLINE_WEIGHT = 0.10

_POSSESSIVE = re.compile(r"['’]s$")


def headline_terms(title: str) -> tuple[str, ...]:
    """The distinct terms of a headline: lower-cased words without a possessive's "'s", stop words and
    one-letter words dropped, plurals folded as the text channel folds them ("Fennacre's" and "Fennacre", "grows"
    and "grow" are one term)."""
    words = (_POSSESSIVE.sub("", t) for t in _TOKEN.findall((title or "").lower()))
    return tuple(dict.fromkeys(_stem(w.replace(",", "")) for w in words if len(w) > 1 and w not in _STOP))


def headline_matrix(titles: Sequence[str]) -> sparse.csr_matrix:
    """One unit row per headline: binary terms weighted by their IDF over ``titles``."""
    vec = TfidfVectorizer(analyzer=_identity, binary=True, lowercase=False)
    return vec.fit_transform([headline_terms(t) or ("_",) for t in titles]).tocsr()


def _identity(tokens):  # noqa: ANN001, ANN202 - the analyser of pre-tokenised headlines
    return tokens


def with_headlines(edges: tuple[np.ndarray, np.ndarray, np.ndarray], titles: Sequence[str],
                   weight: float = HEADLINE_WEIGHT) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The edges ``(i, j, s)`` with ``weight`` x the cosine of nodes ``i`` and ``j``'s headlines added
    (``titles``: one per graph node, the batch's articles then the active stories)."""
    i, j, s = edges
    if not len(s) or not weight:
        return edges
    h = headline_matrix(titles)
    cos = np.asarray(h[i].multiply(h[j]).sum(axis=1)).ravel()
    return i, j, s + weight * cos
