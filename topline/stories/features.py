"""What the story engine compares: per-article token lists and sparse vectors, and per-story centroids.

Two channels, both TF-IDF (measured best here, see benchmarks/RESULTS.md):

* text: every word of title (counted twice) and body, lowercased, stop words dropped; Chinese/Japanese runs as
  character bigrams. Terms carry their language group ("en:vaccine"), so text similarity only counts between
  articles of one language;
* anchors: what survives translation - capitalised words, numbers and gazetteer names (Chinese and Malay
  spellings of well-known places map to the English canonical form). Anchor similarity is used between
  articles of *different* languages only, where the text channel cannot see anything.

A story keeps the mean of its members' unit vectors (top terms only) as its ``records.StoryCentroid``: the mean
dot product with that centroid equals the average similarity to every member (average linkage), whatever the
story's size.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import chain, repeat
from typing import Mapping, Sequence

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer

from topline.enrich.gazetteer import ALIASES, CAPS_ONLY, FOREIGN_ALIASES
from topline.records import StoryCentroid

STORY_TEXT_TERMS = 200     # terms kept per story centroid (top weights); 200 keeps >95% of the mass on mmds-dev
STORY_ANCHOR_TERMS = 80    # anchor terms kept per story centroid
TITLE_REPEAT = 2           # the title counts twice (measured on mmds2025-dev: 1-3 within 0.005 B-cubed F1)
MAX_BODY_CHARS = 6000      # longer bodies add little to similarity and cost time

# Malay / Indonesian function words (the second most frequent language in mmds2025-dev after English).
_MS_STOP = set("""dan yang di ke dari untuk pada dengan ini itu dalam tidak akan oleh telah juga atau kepada bagi
sebagai ia mereka kami kita saya beliau lebih serta tersebut adalah boleh sudah masih bahawa bahwa selepas sebelum
ketika kerana karena jika namun antara iaitu yaitu para secara bagaimanapun menurut katanya kata ada satu dua tiga
semua hanya lagi pun kerajaan juga tahun orang""".split())
_DASHES = re.compile(r"[-–]")   # compiled once: every capitalised term of every article (scale34)
_STOP = set(ENGLISH_STOP_WORDS) | _MS_STOP | {"said", "says", "mr", "mrs", "ms", "dr", "also", "would", "could"}
_LANG_GROUP = {"id": "ms", "ms": "ms", "zh": "zh", "ja": "zh", "wuu": "zh", "yue": "zh"}
_TOKEN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]+|\d+(?:[.,]\d+)*|[^\W\d_]+(?:['’][^\W\d_]+)?")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")
_ANCHOR = re.compile(r"\b[A-Z][\w'’\-]*|\d[\d,.\-–]*\d|\b\d\b")


def lang_group(language: str | None) -> str:
    """Languages that share words share a group: Malay and Indonesian; Chinese and Japanese (bigrams)."""
    return _LANG_GROUP.get(language or "", language or "xx")


def _stem(word: str) -> str:
    """A light English stemmer for plurals and verb forms: cuts/cut, jobs/job, layoffs/layoff, rose stays."""
    if len(word) <= 3 or word[-1].isdigit():
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith(("ss", "us", "is", "ous")):
        return word[:-1]
    return word


def _term(token: str, group: str) -> str:
    """The text term of one lower-case token of a non-CJK run (stop words and 1-character tokens are dropped
    before): stemmed in English, thousands commas removed, tagged with the language group."""
    word = token.replace(",", "")
    return f"{group}:{_stem(word) if group == 'en' else word}"


# issue 14: an article's terms are a few thousand tokens drawn from a vocabulary that repeats across articles, so the
# term of each distinct token (stop word or not, stemmed, tagged) is kept per language group instead of computed per
# occurrence. Entries are small strings; the memo is emptied past this many (a 10k window holds ~60,000 distinct
# tokens), so its memory is bounded whatever the window.
TERM_MEMO_MAX = 500_000
_TERMS: dict[str, dict[str, str]] = {}      # group -> {lower-case token: its term, or "" for a dropped token}


def _terms_of(toks: list[str], group: str) -> list[str] | None:
    """The terms of ``toks`` (lower-case tokens) in order through the memo; None when a token is a CJK run (the
    caller's loop places its bigrams)."""
    memo = _TERMS.get(group)
    if memo is None or len(memo) > TERM_MEMO_MAX:
        memo = _TERMS[group] = {}
    get = memo.get
    out = [get(t) for t in toks]
    if None in out:
        for k, t in enumerate(toks):
            if out[k] is None:
                if _CJK.match(t):
                    return None
                out[k] = memo[t] = _term(t, group) if len(t) > 1 and t not in _STOP else ""
    return [w for w in out if w]


def text_tokens(title: str, body: str, group: str, body_lower: list[str] | None = None) -> list[str]:
    """Language-tagged terms of an article (title counted ``TITLE_REPEAT`` times). ``body_lower``: the tokens of
    the lower-cased body (``_TOKEN`` over ``body[:MAX_BODY_CHARS].lower()``) when the caller has them."""
    words: list[str] = []
    cjk: list[str] = []
    for part in (title, body[:MAX_BODY_CHARS]):
        toks = body_lower if body_lower is not None and part is not title else _TOKEN.findall((part or "").lower())
        fast = _terms_of(toks, group)     # issue 14: the same terms, each distinct token's computed once
        if fast is not None:
            words.extend(fast * TITLE_REPEAT if part is title else fast)
            continue
        kept = [t for t in toks if len(t) > 1 and t not in _STOP]
        if part is title:
            kept = kept * TITLE_REPEAT
        for t in kept:
            if _CJK.match(t):
                cjk.extend(t[i:i + 2] for i in range(max(1, len(t) - 1)))
            else:
                words.append(_term(t, group))
    return words + ["zh:" + c for c in cjk]


def name_terms(body: str, group: str, body_tokens: list[str] | None = None) -> list[str]:
    """Terms of the body that are only ever written capitalised there (names) or are numbers: what two reports
    of *different* events can share (a company, a country, a year). The rest are content terms. ``body_tokens``:
    ``_TOKEN`` over ``body[:MAX_BODY_CHARS]`` when the caller has them."""
    # issue 14: each distinct token tested once (sets)
    toks = set(body_tokens if body_tokens is not None else _TOKEN.findall(body[:MAX_BODY_CHARS]))
    lower = {t for t in toks if t[:1].islower()}
    out = {t.lower() for t in toks if (t[:1].isupper() and t.lower() not in lower) or t[:1].isdigit()}
    terms = {t.replace(",", "") for t in out if len(t) > 1 and t not in _STOP}
    return [f"{group}:{_stem(t) if group == 'en' else t}" for t in terms]


def _anchor_terms(raw: str) -> tuple[str, ...]:
    """The anchor terms of one match of ``_ANCHOR`` (a capitalised word or a number)."""
    raw = raw.strip(".,'’-–")
    low = raw.lower().replace(",", "")
    if low in _STOP or (len(low) < 2 and not low.isdigit()):
        return ()
    alias = ALIASES.get(low) or FOREIGN_ALIASES.get(low)
    if alias and (low not in CAPS_ONLY or raw.isupper()):
        return (alias[0],)
    return tuple(p for p in _DASHES.split(low) if p and p not in _STOP)


_ANCHORS: dict[str, tuple[str, ...]] = {}     # issue 14: match -> its anchor terms (bounded by TERM_MEMO_MAX)


def anchor_tokens(title: str, body: str) -> list[str]:
    """Language-independent terms: capitalised words, numbers, and gazetteer names in any script."""
    text = f"{title}\n{body[:MAX_BODY_CHARS]}"
    if len(_ANCHORS) > TERM_MEMO_MAX:
        _ANCHORS.clear()
    out: list[str] = []
    for raw in _ANCHOR.findall(text):    # each distinct match's terms computed once (the same terms)
        got = _ANCHORS.get(raw)
        if got is None:
            got = _ANCHORS[raw] = _anchor_terms(raw)
        out.extend(got)
    for name, canon in _foreign_hits(text):
        out.append(canon)
    return out


_FOREIGN_RE: re.Pattern[str] | None = None


def _foreign_hits(text: str) -> list[tuple[str, str]]:
    """Gazetteer names written in Chinese script (no spaces to split on: matched as substrings)."""
    global _FOREIGN_RE
    if not _CJK.search(text):
        return []
    if _FOREIGN_RE is None:
        names = sorted((k for k in FOREIGN_ALIASES if _CJK.match(k)), key=len, reverse=True)
        _FOREIGN_RE = re.compile("|".join(re.escape(n) for n in names))
    return [(m.group(0), FOREIGN_ALIASES[m.group(0)][0]) for m in _FOREIGN_RE.finditer(text)]


@dataclass(frozen=True)
class DocTokens:
    """The tokens of one article, computed once: what the vectorisers read."""
    group: str
    text: tuple[str, ...]
    anchors: tuple[str, ...]
    raw: str = ""       # title and lead, for the optional semantic channel
    names: tuple[str, ...] = ()   # text terms that are names or numbers in this article


def body_tokens(body: str) -> tuple[list[str], list[str]] | None:
    """The ``_TOKEN`` tokens of ``body[:MAX_BODY_CHARS]`` and of its lower-cased form from one scan, when the text
    is ASCII (None otherwise). In ASCII, lowering maps A-Z to a-z only, letters to letters, so it moves no token
    boundary of ``_TOKEN`` (letters, digits, apostrophes) and each token of the lowered text is the lowered token;
    a token holds no newline, so the lowered tokens are the joined tokens lowered and split again. Beyond ASCII
    lowering can change a text's length ("İ" -> "i̇"): both scans are made, as before. Issue 14 (scale17): the
    story engine scanned each new body twice, for its terms (lowered) and for its names (as written)."""
    part = body[:MAX_BODY_CHARS]
    if not part.isascii():
        return None
    toks = _TOKEN.findall(part)
    return toks, ("\n".join(toks).lower().split("\n") if toks else [])


def doc_tokens(title: str, body: str, language: str | None) -> DocTokens:
    group = lang_group(language)
    scanned = body_tokens(body or "")
    as_written, lowered = scanned if scanned is not None else (None, None)
    return DocTokens(group, tuple(text_tokens(title, body, group, lowered)), tuple(anchor_tokens(title, body)),
                     f"{title}. {body[:2000]}", tuple(name_terms(body, group, as_written)))


def _identity(tokens):  # noqa: ANN001, ANN202 - the analyser of pre-tokenised documents
    return tokens


@dataclass
class Space:
    """The vector space of one batch: vocabularies and IDF fitted on the batch's articles."""
    text: TfidfVectorizer
    anchors: TfidfVectorizer
    anchor_lang_index: dict[str, int]
    _names: tuple[list[str], list[str]] | None = None
    semantic: bool = False          # text channel from wordllama embeddings instead of TF-IDF
    content_mask: np.ndarray | None = None   # 1.0 for content terms, 0.0 for names and numbers (text columns)

    @classmethod
    def fit(cls, docs: Sequence[DocTokens], semantic: bool = False) -> "Space":
        text = TfidfVectorizer(analyzer=_identity, sublinear_tf=True, lowercase=False)
        anchors = TfidfVectorizer(analyzer=_identity, sublinear_tf=True, lowercase=False)
        text.fit([d.text or ("_",) for d in docs])
        anchors.fit([d.anchors or ("_",) for d in docs])
        return cls(text, anchors, {}, semantic=semantic, content_mask=_content_mask(text.vocabulary_, docs))

    def names(self) -> tuple[list[str], list[str]]:
        """Term of each column (text, anchors), computed once."""
        if self._names is None:
            self._names = (self.text.get_feature_names_out().tolist(), self.anchors.get_feature_names_out().tolist())
        return self._names

    def transform(self, docs: Sequence[DocTokens]) -> "Vectors":
        t = self.text.transform([d.text for d in docs]).tocsr()
        a = self.anchors.transform([d.anchors for d in docs]).tocsr()
        dense = None
        if self.semantic:
            from topline.stories.semantic import embed
            dense = embed([d.raw for d in docs])
        return Vectors(t, a, self._by_lang(a, [d.group for d in docs]), dense)

    def _lang_col(self, group: str, col: int) -> int:
        key = f"{group}|{col}"
        if key not in self.anchor_lang_index:
            self.anchor_lang_index[key] = len(self.anchor_lang_index)
        return self.anchor_lang_index[key]

    def _by_lang(self, a: sparse.csr_matrix, groups: Sequence[str]) -> sparse.csr_matrix:
        """The anchor matrix with columns split by language: A·A - AL·AL is the cross-language part."""
        rows, cols, vals = [], [], []
        for i, g in enumerate(groups):
            lo, hi = a.indptr[i], a.indptr[i + 1]
            for c, v in zip(a.indices[lo:hi], a.data[lo:hi]):
                rows.append(i)
                cols.append(self._lang_col(g, int(c)))
                vals.append(v)
        return sparse.csr_matrix((vals, (rows, cols)), shape=(a.shape[0], max(1, len(self.anchor_lang_index))))

    def centroid_vectors(self, centroids: Sequence[StoryCentroid]) -> "Vectors":
        """Story centroids as rows of this space (terms the batch never saw cannot match anything: dropped).
        Vectorised: a week of stories at 10,000 articles a day is ~2 million (term, weight) pairs."""
        m = len(centroids)
        tv = self.text.vocabulary_
        # issue 14: the lookups run in ``map`` (no Python step per term; a week of stories is ~1.4 million terms)
        t_terms = list(chain.from_iterable(c.text_terms for c in centroids))
        t_cols = np.fromiter(map(tv.get, t_terms, repeat(-1)), dtype=np.int64, count=len(t_terms))
        text = _rows_matrix(centroids, t_cols, [c.text_weights for c in centroids],
                            [len(c.text_terms) for c in centroids], len(tv))
        a_cols, al_cols = self._anchor_columns(list(chain.from_iterable(c.anchor_terms for c in centroids)))
        counts = [len(c.anchor_terms) for c in centroids]
        weights = [c.anchor_weights for c in centroids]
        anchors = _rows_matrix(centroids, a_cols, weights, counts, len(self.anchors.vocabulary_))
        anchors_lang = _rows_matrix(centroids, al_cols, weights, counts, max(1, len(self.anchor_lang_index)))
        dense = None
        if self.semantic:
            width = next((len(c.dense) for c in centroids if c.dense is not None), 1)
            dense = np.array([c.dense if c.dense is not None and len(c.dense) == width else np.zeros(width)
                              for c in centroids], dtype=np.float64).reshape(m, width)
        return Vectors(text, anchors, anchors_lang, dense)

    def _anchor_columns(self, keys: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """Anchor column and language-split column of each "group|term" key (-1 when the batch never saw it)."""
        av = self.anchors.vocabulary_
        a_col: dict[str, int] = {}
        al_col: dict[str, int] = {}
        for key in dict.fromkeys(keys):     # language columns numbered in the order keys first appear
            group, _, term = key.partition("|")
            col = a_col[key] = av.get(term, -1)
            al_col[key] = self._lang_col(group, col) if col >= 0 else -1
        return (np.fromiter(map(a_col.__getitem__, keys), dtype=np.int64, count=len(keys)),
                np.fromiter(map(al_col.__getitem__, keys), dtype=np.int64, count=len(keys)))


def _rows_matrix(centroids: Sequence[StoryCentroid], cols: np.ndarray, weights: Sequence[np.ndarray],
                 counts: Sequence[int], width: int) -> sparse.csr_matrix:
    """One row per centroid from flat (column, weight) pairs; pairs with column -1 are dropped, repeated
    columns in a row are summed."""
    rows = np.repeat(np.arange(len(centroids), dtype=np.int64), counts)
    data = np.concatenate(weights).astype(np.float64) if len(weights) else np.zeros(0)
    keep = cols >= 0
    m = sparse.coo_matrix((data[keep], (rows[keep], cols[keep])), shape=(len(centroids), max(1, width))).tocsr()
    m.sort_indices()
    return m


def _content_mask(vocab: Mapping[str, int], docs: Sequence[DocTokens]) -> np.ndarray:
    """A term is a name when most articles that use it write it only capitalised (or it is a number)."""
    as_name: dict[str, int] = {}
    used: dict[str, int] = {}
    for d in docs:
        for t in d.names:
            as_name[t] = as_name.get(t, 0) + 1
        if d.names:
            for t in set(d.text):
                used[t] = used.get(t, 0) + 1
    mask = np.ones(max(1, len(vocab)))
    for t, k in as_name.items():
        if t in vocab and k * 2 >= used.get(t, k):
            mask[vocab[t]] = 0.0
    return mask


@dataclass
class Vectors:
    text: sparse.csr_matrix       # rows: documents or centroids; language-tagged terms
    anchors: sparse.csr_matrix    # language-independent anchors
    anchors_lang: sparse.csr_matrix   # the same anchors split by language group
    dense: np.ndarray | None = None   # semantic embeddings (optional channel)
    _t: tuple | None = field(default=None, repr=False, compare=False)    # ``transposed``, once computed

    def __len__(self) -> int:
        return self.text.shape[0]

    def rows(self, lo: int, hi: int) -> "Vectors":
        return Vectors(self.text[lo:hi], self.anchors[lo:hi], self.anchors_lang[lo:hi],
                       None if self.dense is None else self.dense[lo:hi])

    def widen(self, n_lang_cols: int) -> "Vectors":
        al = self.anchors_lang
        if al.shape[1] >= n_lang_cols:
            return self      # issue 14 (scale17): the same rows, so their kept transposes serve again
        al = sparse.csr_matrix((al.data, al.indices, al.indptr), shape=(al.shape[0], n_lang_cols))
        return Vectors(self.text, self.anchors, al, self.dense)

    def transposed(self) -> tuple[sparse.csr_matrix, sparse.csr_matrix, sparse.csr_matrix]:
        """(text, anchors, anchors_lang) transposed, as CSR: what a product ``x @ m.T`` converts ``m.T`` to
        (scipy's ``_matmul_sparse`` makes its right side CSR), computed once. Issue 14 (scale17): the active stories'
        centroids are the right side of every block's products (four conversions a block, the same each time; by
        day 9 of the 100k run a week of ~6,800 centroids), and a block's text transpose was converted twice."""
        if self._t is None:
            self._t = (sparse.csr_matrix(self.text.T), sparse.csr_matrix(self.anchors.T),
                       sparse.csr_matrix(self.anchors_lang.T))
        return self._t


def masked_text(text: sparse.csr_matrix, content_mask: np.ndarray) -> sparse.csr_matrix:
    """The text rows with the columns of names and numbers zeroed and dropped: what ``similarity`` sums for content
    terms. Row by row, so the rows ``lo:hi`` of the whole are the masked rows ``lo:hi`` (issue 14, scale17: the
    window's rows masked once per batch, not once per product with them)."""
    masked = sparse.csr_matrix(text.multiply(content_mask.reshape(1, -1)))
    masked.eliminate_zeros()     # the masked terms' zeros add nothing to any sum: not walked through
    return masked


def similarity(a: Vectors, b: Vectors, cross_weight: float, content_mask: np.ndarray | None = None,
               content_min: float = 0.0, a_masked: sparse.csr_matrix | None = None) -> sparse.csr_matrix:
    """Text similarity within a language plus ``cross_weight`` x anchor similarity across languages.

    With ``content_mask``, the text channel only counts for pairs whose content terms (not names, not numbers)
    contribute at least ``content_min`` to it: two reports that share a company name and little else do not
    meet. ``a_masked``: ``masked_text(a.text, content_mask)`` when the caller has it."""
    width = max(a.anchors_lang.shape[1], b.anchors_lang.shape[1])
    a, b = a.widen(width), b.widen(width)
    b_text, b_anchors, b_lang = b.transposed()     # the same products, each right side converted once
    if a.dense is not None and b.dense is not None and a.dense.shape[1] == b.dense.shape[1]:
        from topline.stories.semantic import rescale
        same = sparse.csr_matrix(rescale(a.dense @ b.dense.T))
    else:
        same = a.text @ b_text
    if content_mask is not None:
        masked = a_masked if a_masked is not None else masked_text(a.text, content_mask)
        content = sparse.csr_matrix(masked @ b_text)
        if content_min > 0:
            # the pairs whose content reaches content_min, as ``content >= content_min`` gives them (True where an
            # entry reaches it; a pair without an entry has 0 < content_min) without sorting the product's indices
            # first (issue 14: the sort was most of the comparison's cost; the product needs no order)
            reach = sparse.csr_matrix((content.data >= content_min, content.indices, content.indptr),
                                      shape=content.shape)
            same = sparse.csr_matrix(same).multiply(reach)
    cross = (a.anchors @ b_anchors) - (a.anchors_lang @ b_lang)
    out = same + cross_weight * cross
    return sparse.csr_matrix(out)


# --- story centroids ------------------------------------------------------------------------------------------

EMPTY = StoryCentroid(0, (), np.zeros(0, dtype=np.float32), (), np.zeros(0, dtype=np.float32))


def _top(d: dict[str, float], k: int) -> tuple[tuple[str, ...], np.ndarray]:
    items = sorted(d.items(), key=lambda kv: -kv[1])[:k] if len(d) > k else list(d.items())
    return tuple(t for t, _ in items), np.array([w for _, w in items], dtype=np.float32)


def add_to_centroid(c: StoryCentroid, space: Space, vecs: Vectors, rows: Sequence[int],
                    groups: Sequence[str]) -> StoryCentroid:
    """The centroid after adding the documents ``rows`` of ``vecs`` (their language groups in ``groups``)."""
    if not rows:
        return c
    t_names, a_names = space.names()
    n = c.n + len(rows)
    text = dict(zip(c.text_terms, (np.asarray(c.text_weights, dtype=np.float64) * c.n).tolist()))
    anchors = dict(zip(c.anchor_terms, (np.asarray(c.anchor_weights, dtype=np.float64) * c.n).tolist()))
    for r, g in zip(rows, groups):
        for m, names, target, prefix in ((vecs.text, t_names, text, ""), (vecs.anchors, a_names, anchors, f"{g}|")):
            lo, hi = m.indptr[r], m.indptr[r + 1]
            for col, v in zip(m.indices[lo:hi].tolist(), m.data[lo:hi].tolist()):
                key = prefix + names[col]
                target[key] = target.get(key, 0.0) + v
    dense = None
    if vecs.dense is not None:
        old = np.asarray(c.dense) * c.n if c.dense is not None and len(c.dense) == vecs.dense.shape[1] else 0.0
        dense = ((old + vecs.dense[list(rows)].sum(axis=0)) / n).astype(np.float32)
    return StoryCentroid(n, *_top({k: v / n for k, v in text.items()}, STORY_TEXT_TERMS),
                         *_top({k: v / n for k, v in anchors.items()}, STORY_ANCHOR_TERMS), dense)
