"""Exact and near-duplicate articles (syndicated wire copies): MinHash LSH candidates, exact Jaccard check.

A copy is the same text republished by another outlet, maybe with a changed headline, a byline or a trimmed
ending. ``find_copies`` links each copy to its original (the earliest published; the lower id on ties). Pure.
Candidates come from MinHash LSH (datasketch) over the shingles of the first ``SIGNATURE_WORDS`` words, so the
cost per article stays flat; each candidate pair is then confirmed on the full texts' shingle sets.

An article's ``fingerprint`` (digest of its words, word count, MinHash values) is computed once and stored with
its enrichment: a run fingerprints its new articles only, not the whole edition window again.
"""
from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
import struct
import threading
import zlib
from dataclasses import dataclass
from typing import Sequence

import numpy as np

SHINGLE = 5                # words per shingle
COPY_JACCARD = 0.8         # shingle Jaccard from which two texts are one text (wire copies measured >= 0.9 on
                           # the demo corpus; two outlets' own reports of one event stay under 0.5)
LSH_THRESHOLD = 0.6        # LSH candidate threshold on the signature (lower than COPY_JACCARD: recall first)
NUM_PERM = 64
SIGNATURE_WORDS = 120      # words of the text that go into the MinHash signature
MIN_WORDS = 12             # shorter texts are compared by exact equality only

_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class DedupItem:
    id: int
    published: dt.datetime
    text: str          # title + body
    fingerprint: bytes | None = None   # ``fingerprint(text)`` when already known (stored): not recomputed


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _shingles(words: Sequence[str]) -> set[bytes]:
    if len(words) < SHINGLE:
        return {" ".join(words).encode()}
    return {" ".join(words[i:i + SHINGLE]).encode() for i in range(len(words) - SHINGLE + 1)}


def _crc(b: bytes) -> int:
    return zlib.crc32(b)


def jaccard(a: set, b: set) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def fingerprints(texts: Sequence[str]) -> list[bytes]:
    """Packed fingerprint of each text: SHA-1 of its normalised words (20 bytes), word count (uint32), then the
    MinHash values of its first ``SIGNATURE_WORDS`` words (NUM_PERM x uint32; absent for short texts or when
    datasketch is missing)."""
    words = [_words(t) for t in texts]
    long_idx = [i for i, w in enumerate(words) if len(w) >= MIN_WORDS]
    sigs = dict(zip(long_idx, _signatures([words[i][:SIGNATURE_WORDS] for i in long_idx])))
    out = []
    for i, w in enumerate(words):
        head = (hashlib.sha1(" ".join(w).encode()).digest() if w else bytes(20)) + struct.pack("<I", len(w))
        sig = sigs.get(i)
        out.append(head + (np.asarray(sig, dtype="<u4").tobytes() if sig is not None else b""))
    return out


def _unpack(fp: bytes) -> tuple[bytes, int, np.ndarray | None]:
    """(digest or b"" for an empty text, word count, MinHash values or None)."""
    n = struct.unpack("<I", fp[20:24])[0]
    sig = np.frombuffer(fp[24:], dtype="<u4").astype(np.uint32) if len(fp) > 24 else None
    return (fp[:20] if n else b""), n, sig


_SCHEME = "affine32"   # datasketch's MinHash hashing scheme (2.x default); stored values are read back with it


@functools.lru_cache(maxsize=1)
def _empty_minhash():  # noqa: ANN202
    """One empty MinHash per process (its permutations cost more than hashing an article: enrichment
    fingerprints articles one by one), copied for each signature as ``MinHash.bulk`` copies its own."""
    from datasketch import MinHash
    return MinHash(num_perm=NUM_PERM, hashfunc=_crc)


_LOCAL = threading.local()


def _working_minhash(empty):  # noqa: ANN001, ANN202
    """This thread's MinHash for ``_signatures`` (a copy of the empty one, made once)."""
    m = getattr(_LOCAL, "minhash", None)
    if m is None:
        m = _LOCAL.minhash = empty.copy()
    return m


def _signatures(word_lists: Sequence[list[str]], reuse: bool = True) -> list[np.ndarray | None]:
    """MinHash values of each word list's shingles. ``reuse``: one MinHash per thread (enrichment fingerprints
    articles one by one), its values set back to the empty MinHash's before each list (``update_batch`` assigns a
    new array, never writes into the one it has), in place of a copy of the empty MinHash per list (issue 14: the
    copy cost as much as the hashing; the same values)."""
    try:
        empty = _empty_minhash()
    except ImportError:        # datasketch missing: exact copies only
        return [None] * len(word_lists)
    out = []
    m = _working_minhash(empty) if reuse else None
    for w in word_lists:
        if reuse:
            m.hashvalues = empty.hashvalues.copy()
        else:
            m = empty.copy()
        m.update_batch(sorted(_shingles(w)))
        out.append(m.hashvalues.copy())
    return out


def find_copies(items: Sequence[DedupItem]) -> dict[int, int]:
    """{copy id: original id} for every item whose text is (nearly) the text of an earlier item."""
    order = sorted(items, key=lambda x: (x.published, x.id))
    missing = [it for it in order if it.fingerprint is None]
    computed = dict(zip((it.id for it in missing), fingerprints([it.text for it in missing])))
    prints = {it.id: _unpack(it.fingerprint if it.fingerprint is not None else computed[it.id]) for it in order}
    out: dict[int, int] = {}
    exact: dict[bytes, int] = {}
    for it in order:
        digest = prints[it.id][0]
        if not digest:
            continue
        if digest in exact:
            out[it.id] = exact[digest]
        else:
            exact[digest] = it.id
    long_items = [it for it in order if it.id not in out and prints[it.id][2] is not None]
    for copy, original in _near(long_items, prints).items():
        out[copy] = out.get(original, original)
    return out


def _lean(cls, values: np.ndarray):  # noqa: ANN001, ANN202
    try:
        return cls(seed=1, hashvalues=values, scheme=_SCHEME)
    except TypeError:          # datasketch < 2.0 has a single scheme and no such argument
        return cls(seed=1, hashvalues=values)


def _near(order: Sequence[DedupItem], prints: dict[int, tuple[bytes, int, np.ndarray | None]]) -> dict[int, int]:
    if len(order) < 2:
        return {}
    from datasketch import LeanMinHash, MinHashLSH
    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    text = {it.id: it.text for it in order}
    full: dict[int, set[bytes]] = {}
    out: dict[int, int] = {}
    for it in order:                           # oldest first: a candidate found is always earlier
        sig = _lean(LeanMinHash, prints[it.id][2])
        best, best_j = None, 0.0
        for other in lsh.query(sig):
            if other in out:
                continue
            a = full.setdefault(it.id, _shingles(_words(text[it.id])))
            b = full.setdefault(other, _shingles(_words(text[other])))
            j = jaccard(a, b)
            if j >= COPY_JACCARD and j > best_j:
                best, best_j = other, j
        if best is not None:
            out[it.id] = best
        else:
            lsh.insert(it.id, sig)
    return out
