"""Issue 14 (scale17): the story engine computes once what it computed twice, bit for bit as before.

* an ASCII body is scanned once for its tokens as written and lowered (``features.body_tokens``), not once for its
  terms and again for its names; beyond ASCII both scans are made;
* the right side of a similarity product is converted to CSR once per ``Vectors`` (``Vectors.transposed``: the
  active stories' centroids serve every block), and the window's content-masked rows once per batch
  (``features.masked_text``), not once per product.

Each is compared with the definition it replaced, written out here, on real articles (tests/data/cal-ai,
cal-biotech and the demo corpus), and three days of two corpora through ``update_stories`` give the same stories,
memberships and centroid bytes with the definitions patched in (``test_day_paths._days``).
"""
from __future__ import annotations

import pytest
from scipy import sparse

from tests.stories.test_day_paths import _corpus, _days, _same_matrix
from topline.stories import engine as E
from topline.stories import features as F


def _doc_tokens_def(title, body, language):  # noqa: ANN001, ANN202 - features.doc_tokens before
    group = F.lang_group(language)
    return F.DocTokens(group, tuple(F.text_tokens(title, body, group)), tuple(F.anchor_tokens(title, body)),
                       f"{title}. {body[:2000]}", tuple(F.name_terms(body, group)))


def _similarity_def(a, b, cross_weight, content_mask=None, content_min=0.0, a_masked=None):  # noqa: ANN001, ANN202
    """``features.similarity`` before: every product converts its right side, every call masks its rows."""
    width = max(a.anchors_lang.shape[1], b.anchors_lang.shape[1])
    a, b = (F.Vectors(v.text, v.anchors, v.widen(width).anchors_lang, v.dense) for v in (a, b))
    same = a.text @ b.text.T
    if content_mask is not None:
        masked = sparse.csr_matrix(a.text.multiply(content_mask.reshape(1, -1)))
        masked.eliminate_zeros()
        content = sparse.csr_matrix(masked @ b.text.T)
        if content_min > 0:
            reach = sparse.csr_matrix((content.data >= content_min, content.indices, content.indptr),
                                      shape=content.shape)
            same = sparse.csr_matrix(same).multiply(reach)
    cross = (a.anchors @ b.anchors.T) - (a.anchors_lang @ b.anchors_lang.T)
    return sparse.csr_matrix(same + cross_weight * cross)


def _bodies():  # noqa: ANN202 - real titles and bodies, and some beyond ASCII
    from conftest import require
    from topline import demo
    from topline.ingest.files import parse_jsonl
    arts = _corpus("cal-ai") + _corpus("cal-biotech")
    for p in require(demo.corpus_files(), "the demo corpus (topline/demo/corpus/*.jsonl) is missing"):
        arts += parse_jsonl(p.read_bytes(), p.name).articles
    out = [(a.title, a.body, a.language) for a in arts]
    out += [("İstanbul talks", "İstanbul and ISTANBUL: İİ Straße STRASSE ẞ. Q3 2,400 units", "en"),
            ("Apple’s results", "Apple’s CEO said O’Neil's team sold 1.5 million; APPLE’S shares rose", "en"),
            ("东京", "东京 Tokyo 新加坡 Singapore 2026", "zh"), ("", "", None), ("A", "A", "en")]
    return out


def test_one_scan_of_a_body_gives_both_scans_tokens():
    rows = _bodies()
    ascii_bodies = 0
    for title, body, language in rows:
        scanned = F.body_tokens(body)
        part = body[:F.MAX_BODY_CHARS]
        if scanned is None:
            assert not part.isascii()
        else:
            ascii_bodies += 1
            as_written, lowered = scanned
            assert as_written == F._TOKEN.findall(part)
            assert lowered == F._TOKEN.findall(part.lower())
        assert F.doc_tokens(title, body, language) == _doc_tokens_def(title, body, language)
    assert ascii_bodies > 300 and ascii_bodies < len(rows)       # both paths taken
    assert F.body_tokens("İstanbul") is None                     # lowering lengthens it: two scans


def test_similarity_with_kept_transposes_and_masked_rows_equals_its_definition():
    arts = _corpus("cal-ai")
    days = sorted({a.published.date() for a in arts})
    first = [a for a in arts if a.published.date() == days[0]]
    later = [a for a in arts if a.published.date() != days[0]]
    params = E.StoryParams(chunk=25)
    res = E.cluster_batch(first, first, {}, [], params)
    cents = [res.centroids[f"new:{k}"] for k in range(len(res.new_groups))]
    toks = E.tokens_for(later, {})
    space = F.Space.fit(toks)
    vecs = space.transform(toks)
    centroid_rows = space.centroid_vectors(cents)
    mask = space.content_mask
    masked = F.masked_text(vecs.text, mask)
    n = len(later)
    assert n > 2 * params.chunk and len(cents) > 10
    for lo in range(0, n, params.chunk):
        hi = min(n, lo + params.chunk)
        block = vecs.rows(lo, hi)
        _same_matrix(masked[lo:hi], F.masked_text(block.text, mask))
        for other in (vecs.rows(lo, n), vecs, centroid_rows):
            want = _similarity_def(block, other, params.cross_weight, mask, params.content_min)
            for got in (F.similarity(block, other, params.cross_weight, mask, params.content_min),
                        F.similarity(block, other, params.cross_weight, mask, params.content_min, masked[lo:hi])):
                _same_matrix(sparse.csr_matrix(got), want)
    kept = centroid_rows.transposed()
    assert centroid_rows.widen(centroid_rows.anchors_lang.shape[1]) is centroid_rows
    assert centroid_rows.transposed() is kept          # converted once for every block


@pytest.mark.parametrize("corpus", ["cal-ai", "cal-biotech"])
def test_three_days_of_stories_equal_those_of_the_definitions(corpus, monkeypatch, tmp_path):
    from topline.config import load_settings
    from topline.store import open_store
    arts = _corpus(corpus, ids=False)
    results = []
    for name, patch in (("once", False), ("definitions", True)):
        home = tmp_path / name
        home.mkdir()
        monkeypatch.setenv("TOPLINE_HOME", str(home))
        with monkeypatch.context() as m:
            if patch:
                m.setattr(E, "doc_tokens", _doc_tokens_def)
                m.setattr(E, "similarity", _similarity_def)
            st = open_store(load_settings())
            try:
                results.append(_days(st, arts))
            finally:
                st.close()
    once, ref = results
    assert len(once) == 3 and once == ref
    assert {sid for sid, *_ in once[0][0]} & {sid for sid, *_ in once[2][0]}    # stories continued
