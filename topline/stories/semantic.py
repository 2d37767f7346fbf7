"""Optional semantic text channel: wordllama embeddings (16 MB, no torch, loaded from inside its package, never
downloaded). Measured on mmds2025-dev it clusters worse than TF-IDF (see benchmarks/RESULTS.md), so TF-IDF is the
default; ``StoryParams(representation="wordllama")`` selects this one. Needs the ``semantic`` extra."""
from __future__ import annotations

import os
from functools import lru_cache
from typing import Sequence

import numpy as np

# wordllama cosine similarities of unrelated news articles sit around 0.7-0.85: the channel is rescaled so that
# BASE maps to 0 and 1.0 to 1.0, which puts it on the TF-IDF scale the threshold was set on (BASE calibrated on
# mmds2025-dev: best B-cubed F1 over 0.80-0.95 in steps of 0.025: 0.832 at 0.925).
WORDLLAMA_BASE = 0.925
EMBED_CHARS = 2000


@lru_cache(maxsize=1)
def _model():  # noqa: ANN202
    try:
        import wordllama
        from wordllama import WordLlama
    except ImportError as exc:   # pragma: no cover - depends on the installed extras
        from topline.errors import ConfigError
        raise ConfigError("representation 'wordllama' needs the semantic extra: pip install 'topline[semantic]'") \
            from exc
    return WordLlama.load(cache_dir=os.path.dirname(wordllama.__file__), disable_download=True)


def embed(texts: Sequence[str]) -> np.ndarray:
    """Unit-length embeddings, one row per text."""
    if not texts:
        return np.zeros((0, 1))
    e = np.asarray(_model().embed([t[:EMBED_CHARS] for t in texts], norm=True), dtype=np.float64)
    n = np.linalg.norm(e, axis=1, keepdims=True)
    return e / np.where(n == 0, 1, n)


def rescale(cos: np.ndarray, base: float = WORDLLAMA_BASE) -> np.ndarray:
    return np.clip((cos - base) / (1 - base), 0, None)
