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
        memo = current_memo()      # issue 14: rows of earlier editions (``embeddings_memo``)
        if not ahead and memo is None:
            return self._embed(texts)
        rest = list(dict.fromkeys(t for t in texts if t not in ahead))
        done = _stored(memo, rest) if memo is not None else {}
        if memo is not None and ahead:
            # issue 14 (scale19): the rows embedded ahead for this edition are kept too, as rows embedded here are
            # (the next edition found them missing and embedded them again: its window's older half and the
            # articles that left it). The prefetch embeds only window texts not kept (``unkept``), so a kept row
            # comes back as a hit.
            taken = [t for t in dict.fromkeys(texts) if t in ahead]
            _keep(memo, taken, [ahead[t] for t in taken])
        missing = [t for t in rest if t not in done]
        if not done and len(missing) == len(texts):     # nothing to take: one batch, as before
            rows = self._embed(texts)
            if memo is not None:
                _keep(memo, texts, rows)
            return rows
        if missing:
            # issue 14: the rest (older articles of continuing stories) split with a forked process
            from topline.stories.fork import halves
            rows = np.concatenate(halves(self._embed, missing, SPLIT_MIN)) if ahead else self._embed(missing)
            done.update(zip(missing, rows))
            if memo is not None:
                _keep(memo, missing, rows)
        return np.stack([ahead[t] if t in ahead else done[t] for t in texts]).astype(np.float32, copy=False)

    def _embed(self, texts: Sequence[str]) -> np.ndarray:
        return normalise_rows(self.model.embed([t or " " for t in texts], norm=False))


# --- issue 14: rows of texts embedded in this process kept for the next edition (the classifier embeds the title
# and lead of each story's first articles, so a continuing story's older articles were embedded again every day).
# A row is stored as the base64 of its little-endian float32 bytes (exact); the key is the text, the version the
# model's weights, its width, the package's version and the sources (``EMBED_MODULES``), so another model is a miss.
EMBED_ROWS_STAGE = "embed-rows"
# The module that computes the rows: the key hashes every module it imports (``stage_cache.rules_version``) beside
# the model's version.
EMBED_MODULES = ("topline.classify.embed",)
_MEMO: list = []          # the edition's memo (``use_memo``)


def embeddings_memo(store, day=None):  # noqa: ANN001, ANN201 - Store, datetime.date -> stage_cache.Memo | None
    """The store's rows of the wordllama embedder (None without wordllama: the fallback fits each call afresh)."""
    from topline.stage_cache import Memo, rules_version
    try:
        version = _model_version()
    except (ImportError, OSError):
        return None
    return Memo(store, EMBED_ROWS_STAGE, f"{version}:{rules_version(*EMBED_MODULES)}", day)


@functools.lru_cache(maxsize=1)
def _model_version() -> str:
    import hashlib
    from pathlib import Path
    import wordllama
    h = hashlib.sha1(f"{getattr(wordllama, '__version__', '')}:{WORDLLAMA_DIM}".encode())
    for f in sorted(Path(wordllama.__file__).parent.glob("weights/*")):
        h.update(f.name.encode())
        h.update(f.read_bytes())
    return h.hexdigest()[:16]


def use_memo(memo) -> None:  # noqa: ANN001 - stage_cache.Memo | None
    """Make ``memo`` (``embeddings_memo``) the one the wordllama embedder reads and fills (None: none)."""
    _MEMO[:] = [memo] if memo is not None else []


def current_memo():  # noqa: ANN201 - stage_cache.Memo | None
    return _MEMO[0] if _MEMO else None


def _stored(memo, texts: Sequence[str]) -> dict[str, np.ndarray]:  # noqa: ANN001
    """The stored rows of ``texts`` (one query), counted as hits."""
    import base64
    keys = {t: memo.key(t) for t in texts}
    memo.preload(keys.values())
    out = {}
    for t, k in keys.items():
        v = memo.known.get(k)
        if v is not None:
            out[t] = np.frombuffer(base64.b64decode(v), dtype="<f4").astype(np.float32)
            memo.hits += 1
    return out


def _keep(memo, texts: Sequence[str], rows) -> None:  # noqa: ANN001 - rows: an array or a list of rows
    import base64
    for t, r in zip(texts, rows):
        k = memo.key(t)
        if k in memo.new:        # kept by an earlier call of this edition (a row embedded ahead, asked twice)
            continue
        memo.known[k] = memo.new[k] = base64.b64encode(np.asarray(r, dtype="<f4").tobytes()).decode("ascii")
        memo.misses += 1


def unkept(memo, texts: Sequence[str]) -> list[str]:  # noqa: ANN001 - stage_cache.Memo | None
    """The ``texts`` whose rows the store does not keep (one keys-only query; all of them without a memo or a
    store): what the prefetch embeds ahead (issue 14, scale19)."""
    if memo is None or memo.store is None or not texts:
        return list(texts)
    keys = {t: memo.key(t) for t in texts}
    have = memo.store.stage_cache.stored(memo.stage, keys.values())
    return [t for t in texts if keys[t] not in have]
# ---


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
