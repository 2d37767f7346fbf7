"""Text embedders for classification: the packaged wordllama model, or a TF-IDF + LSA fallback.

Both work offline. wordllama ships its 16 MB model inside the PyPI package (``topline[semantic]``); it is loaded
from the package folder with downloads disabled, once per process. When wordllama is not installed the
fallback fits TF-IDF + truncated SVD on the texts of the call, so every text that must share one space has to be
embedded in the same call (the classifier embeds stories and category texts together).
"""
from __future__ import annotations

import functools
import logging
from typing import Protocol, Sequence

import numpy as np

log = logging.getLogger(__name__)

LSA_DIMS = 200          # fallback: SVD components (capped by the number of texts); a common LSA size
WORDLLAMA_DIM = 256     # the packaged l2_supercat model's full width
# issue 14: texts not embedded ahead from which half are embedded in a forked process. Chosen, not tuned: 1,000
# titles and leads of the bench's synthetic articles took 1.0 CPU second to embed, well over a fork's cost
SPLIT_MIN = 1000


class Embedder(Protocol):
    name: str

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """One L2-normalised row per text (a zero row for a text with no usable token)."""


def normalise_rows(x: np.ndarray) -> np.ndarray:
    x = np.asarray(x, dtype=np.float32)
    n = np.linalg.norm(x, axis=-1, keepdims=True)
    return np.divide(x, n, out=np.zeros_like(x), where=n > 0)


class WordLlamaEmbedder:
    """wordllama's packaged static token embeddings, average-pooled (no network, no download)."""
    name = "wordllama"

    def __init__(self) -> None:
        from pathlib import Path
        root = logging.getLogger()
        level, handlers = root.level, list(root.handlers)
        try:
            import wordllama
            from wordllama import WordLlama
            self.model = WordLlama.load(cache_dir=Path(wordllama.__file__).parent, dim=WORDLLAMA_DIM,
                                        disable_download=True)
        finally:   # wordllama calls logging.basicConfig(level=INFO) on import: undo it
            root.setLevel(level)
            for h in root.handlers[:]:
                if h not in handlers:
                    root.removeHandler(h)

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, WORDLLAMA_DIM), dtype=np.float32)
        # issue 14: rows embedded ahead by another process (topline.prefetch); a row is the same in any batch
        from topline.stage_cache import prefetched_rows
        ahead = prefetched_rows("classify-embeddings", self.name)
        if ahead:
            rest = list(dict.fromkeys(t for t in texts if t not in ahead))
            if len(rest) < len(texts):
                # issue 14: the rest (older articles of continuing stories) split with a forked process
                from topline.stories.fork import halves
                rows = np.concatenate(halves(self._embed, rest, SPLIT_MIN)) if rest else []
                done = dict(zip(rest, rows))
                return np.stack([ahead[t] if t in ahead else done[t] for t in texts]).astype(np.float32, copy=False)
        return self._embed(texts)

    def _embed(self, texts: Sequence[str]) -> np.ndarray:
        return normalise_rows(self.model.embed([t or " " for t in texts], norm=False))


class LsaEmbedder:
    """TF-IDF + truncated SVD fitted on the texts of one call (the fallback when wordllama is absent)."""
    name = "lsa"

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        from sklearn.decomposition import TruncatedSVD
        from sklearn.feature_extraction.text import TfidfVectorizer
        if not texts:
            return np.zeros((0, 1), dtype=np.float32)
        try:
            tfidf = TfidfVectorizer(sublinear_tf=True, stop_words="english").fit_transform(texts)
        except ValueError:   # no usable token anywhere
            return np.zeros((len(texts), 1), dtype=np.float32)
        dims = min(LSA_DIMS, tfidf.shape[0] - 1, tfidf.shape[1] - 1)
        if dims < 2:
            return normalise_rows(tfidf.toarray())
        return normalise_rows(TruncatedSVD(n_components=dims, random_state=0).fit_transform(tfidf))


@functools.lru_cache(maxsize=1)
def default_embedder() -> Embedder:
    """wordllama when installed (``topline[semantic]``), else the LSA fallback (much weaker: see RESULTS.md)."""
    try:
        return WordLlamaEmbedder()
    except (ImportError, FileNotFoundError, OSError) as exc:
        log.warning("wordllama unavailable (%s): classifying with the TF-IDF/LSA fallback", exc)
        return LsaEmbedder()
