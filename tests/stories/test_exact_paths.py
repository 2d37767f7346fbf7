"""Issue 14 (eleventh round): story assignment's faster paths give what their definitions give, bit for bit.

Each fast path is compared with the plain definition it replaced, written out here (or kept beside it in the
engine as ``_timed_reference``):

* the terms of an article through the per-token memo (``features.text_tokens``, ``anchor_tokens``) and the name
  terms over distinct tokens (``name_terms``), cold, warm and with the memo emptied at every call;
* average linkage (``cluster.average_linkage``, since scale26 its edges in arrays and each merge's similarities
  computed as array operations) against the union loop, and the classes of event that keep two groups apart;
* the time penalty of the edges vectorised (``engine._timed``) against the loop over pairs;
* the content guard's comparison without the sort (``features.similarity``) against ``content >= content_min``.
"""
from __future__ import annotations

import datetime as dt
import heapq
import json
import random
import re
from pathlib import Path

import numpy as np
import pytest
from scipy import sparse

from topline.records import Article
from topline.stories import features as F

REPO = Path(__file__).resolve().parents[2]

EDGE_TEXTS = [
    "", "a", "The U.S. economy grew 2.5% in 2024, the fastest pace since 2,000 firms said so.",
    "Kuaishou's Kling AI raises $2.8 billion from Alibaba and Tencent’s fund; Tencent's Hunyuan rivals it.",
    "iPhone and IPHONE and Iphone; eBay, 3M, xAI and OpenAI. Well-known co-founder Jean-Luc Picard – again.",
    "中国移动和华为在北京发布5G计划，上海跟进。 China Mobile 与 Huawei 合作。",
    "東京の日本銀行は金利を据え置いた。Bank of Japan held rates.",
    "Kerajaan Malaysia dan Indonesia akan bekerjasama dalam projek tenaga di Kuala Lumpur pada tahun 2025.",
    "ΟΔΥΣΣΕΥΣ ΣΑΣ Σ.Α and İstanbul İZMİR ıgnore Straße ﬁnance ǅ ǈ",
    "abc中文 mixed中文tokens and 1,234,567 numbers 3.14 and 4.5.6 versions",
    "Apple Apple apple APPLE apples Apples' Appleʼs 2024-2025 2024–25 U.S.-China",
]


def _corpus_texts() -> list[tuple[str, str]]:
    rows = []
    for path in (REPO / "topline" / "demo" / "corpus" / "part-a.jsonl", REPO / "tests" / "data" / "cal-ai2" /
                 "articles.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            rows.append((r.get("title") or "", r.get("text") or r.get("body") or ""))
    rows += [(t, b) for t in EDGE_TEXTS[:4] for b in EDGE_TEXTS]
    return rows


# --- the definitions the memoised paths replaced (features.py before the eleventh round) ----------------------

def _text_tokens_def(title: str, body: str, group: str) -> list[str]:
    words: list[str] = []
    cjk: list[str] = []
    for part in (title, body[:F.MAX_BODY_CHARS]):
        toks = F._TOKEN.findall((part or "").lower())
        kept = [t for t in toks if len(t) > 1 and t not in F._STOP]
        if part is title:
            kept = kept * F.TITLE_REPEAT
        for t in kept:
            if F._CJK.match(t):
                cjk.extend(t[i:i + 2] for i in range(max(1, len(t) - 1)))
            else:
                words.append(F._stem(t.replace(",", "")) if group == "en" else t.replace(",", ""))
    prefix = f"{group}:"
    return [prefix + w for w in words] + ["zh:" + c for c in cjk]


def _name_terms_def(body: str, group: str) -> list[str]:
    toks = F._TOKEN.findall(body[:F.MAX_BODY_CHARS])
    lower = {t for t in toks if t[:1].islower()}
    out = {t.lower() for t in toks if (t[:1].isupper() and t.lower() not in lower) or t[:1].isdigit()}
    terms = {t.replace(",", "") for t in out if len(t) > 1 and t not in F._STOP}
    return [f"{group}:{F._stem(t) if group == 'en' else t}" for t in terms]


def _anchor_tokens_def(title: str, body: str) -> list[str]:
    text = f"{title}\n{body[:F.MAX_BODY_CHARS]}"
    out: list[str] = []
    for m in F._ANCHOR.finditer(text):
        raw = m.group(0).strip(".,'’-–")
        low = raw.lower().replace(",", "")
        if low in F._STOP or (len(low) < 2 and not low.isdigit()):
            continue
        alias = F.ALIASES.get(low) or F.FOREIGN_ALIASES.get(low)
        if alias and (low not in F.CAPS_ONLY or raw.isupper()):
            out.append(alias[0])
            continue
        out.extend(p for p in re.split(r"[-–]", low) if p and p not in F._STOP)
    for _name, canon in F._foreign_hits(text):
        out.append(canon)
    return out


@pytest.mark.parametrize("memo_max", [F.TERM_MEMO_MAX, 0])
def test_memoised_terms_equal_the_per_token_definition(monkeypatch, memo_max):
    monkeypatch.setattr(F, "TERM_MEMO_MAX", memo_max)      # 0: the memos are emptied at every call
    F._TERMS.clear()
    F._ANCHORS.clear()
    rows = _corpus_texts()
    checked = 0
    for _ in range(2):                                       # cold, then warm
        for title, body in rows:
            for group in ("en", "ms", "zh", "xx"):
                assert F.text_tokens(title, body, group) == _text_tokens_def(title, body, group)
                assert sorted(F.name_terms(body, group)) == sorted(_name_terms_def(body, group))
                checked += 1
            assert F.anchor_tokens(title, body) == _anchor_tokens_def(title, body)
    assert checked > 400 and any(F._CJK.search(b) for _, b in rows)
    if memo_max:
        assert F._TERMS["en"] and F._ANCHORS      # the memo was used, not bypassed
    # the title counted twice through the memo, the CJK bigrams last, as the definition places them
    toks = F.text_tokens("Huawei 华为 launch", "Huawei launched phones", "en")
    assert toks[:4] == ["en:huawei", "en:launch", "en:huawei", "en:launch"] and toks[-1].startswith("zh:")


# --- average linkage --------------------------------------------------------------------------------------------

def _average_linkage_def(n_nodes, edges, sizes, fixed, threshold, events=None):  # noqa: ANN001, ANN202
    from topline.stories.split import apart
    nbr: list[dict[int, float]] = [dict() for _ in range(n_nodes)]
    for i, j, s in edges:
        if i == j or (fixed[i] and fixed[j]):
            continue
        if s > nbr[i].get(j, -1.0):
            nbr[i][j] = s
            nbr[j][i] = s
    size, is_fixed = list(sizes), list(fixed)
    members: list[list[int] | None] = [[i] for i in range(n_nodes)]
    attach = {i: 1.0 for i in range(n_nodes)}
    told = list(events) if events is not None else []
    heap = [(-s, i, j) for i in range(n_nodes) for j, s in nbr[i].items() if i < j and s >= threshold]
    heapq.heapify(heap)
    while heap:
        neg, i, j = heapq.heappop(heap)
        if members[i] is None or members[j] is None or nbr[i].get(j) != -neg:
            continue
        if is_fixed[i] and is_fixed[j]:
            continue
        if told and apart(told[i], told[j]):
            continue
        s = -neg
        if is_fixed[j] or (not is_fixed[i] and size[j] > size[i]):
            i, j = j, i
        for node in members[j]:
            attach[node] = s
        members[i].extend(members[j])
        members[j] = None
        ni, nj = size[i], size[j]
        merged: dict[int, float] = {}
        for k in set(nbr[i]) | set(nbr[j]):
            if k in (i, j):
                continue
            merged[k] = (ni * nbr[i].get(k, 0.0) + nj * nbr[j].get(k, 0.0)) / (ni + nj)
        for k in nbr[j]:
            nbr[k].pop(j, None)
        nbr[j] = {}
        size[i] = ni + nj
        if told:
            told[i] = told[i] | told[j]
        is_fixed[i] = is_fixed[i] or is_fixed[j]
        nbr[i] = {}
        for k, v in merged.items():
            if is_fixed[i] and is_fixed[k]:
                nbr[k].pop(i, None)
                continue
            nbr[i][k] = v
            nbr[k][i] = v
            if v >= threshold:
                heapq.heappush(heap, (-v, min(i, k), max(i, k)))
    return [m for m in members if m is not None], attach


@pytest.mark.parametrize("seed", range(6))
def test_average_linkage_equals_the_union_definition(seed):
    from topline.stories.cluster import average_linkage
    rng = random.Random(seed)
    n, m = 300, 25 * (seed % 3)                      # new articles, then fixed story nodes (none for seeds 0, 3)
    sizes = [1] * n + [rng.randint(1, 40) for _ in range(m)]
    fixed = [False] * n + [True] * m
    edges = []
    for i in range(n):                               # clumps of near-duplicates and sparse links between them
        near = [j for j in range(i - 4, i + 5) if 0 <= j < n]
        for j in near + rng.sample(range(n + m), 8):
            base = 0.55 if abs(i - j) < 5 else 0.1
            s = round(min(1.0, max(0.05, rng.gauss(base, 0.2))), rng.choice([2, 6, 17]))
            edges.append((i, j, s))
            if rng.random() < 0.5:
                edges.append((j, i, s))              # both directions, as the blocks give them
    edges += [(3, 4, 0.9), (4, 3, 0.9), (5, 6, 0.9), (6, 5, 0.9)]     # ties at one value
    for threshold in (0.3, 0.5):
        got = average_linkage(n + m, edges, sizes, fixed, threshold)
        groups, sims = got.groups, got.sims
        want_groups, want_sims = _average_linkage_def(n + m, edges, sizes, fixed, threshold)
        assert groups == want_groups and sims == want_sims
        assert any(len(g) > 3 for g in groups)       # merges of merged nodes happened


def test_average_linkage_on_real_edges_equals_the_definition():
    from tests.test_fast_paths import _articles
    from topline.stories.cluster import average_linkage
    from topline.stories.engine import StoryParams, _edges, tokens_for
    arts = _articles(120, 11)
    params = StoryParams(chunk=50)
    toks = tokens_for(arts, {})
    space = F.Space.fit(toks)
    vecs = space.transform(toks)
    edges = _edges(arts, vecs, [], space.centroid_vectors([]), params, space.content_mask)
    for threshold in (params.threshold, 0.2):
        got = average_linkage(len(arts), edges, [1] * len(arts), [False] * len(arts), threshold)
        assert (got.groups, got.sims) == _average_linkage_def(len(arts), edges, [1] * len(arts),
                                                              [False] * len(arts), threshold)
    assert len(got.groups) < len(arts)


# --- the time penalty of the edges ------------------------------------------------------------------------------

def test_time_penalty_vectorised_equals_the_loop_over_pairs():
    from topline.records import Story, StoryCentroid
    from topline.stories.engine import ActiveStory, StoryParams, _timed, _timed_reference
    rng = random.Random(5)
    t0 = dt.datetime(2025, 7, 1, 9, 30, tzinfo=dt.timezone.utc)
    new = [Article(url=f"u{i}", title="t", text="x", published=t0 + dt.timedelta(
        hours=rng.uniform(0, 300), microseconds=rng.randint(0, 999_999)), id=i + 1) for i in range(80)]
    empty = StoryCentroid(1, (), np.zeros(0, np.float32), (), np.zeros(0, np.float32))
    active = []
    for k in range(15):
        first = t0 + dt.timedelta(hours=rng.uniform(-400, 300), seconds=rng.randint(0, 59))
        story = Story(id=f"s{k}", title="t", article_ids=(), first_seen=first,
                      last_seen=first + dt.timedelta(hours=rng.uniform(0, 100)), outlets=())
        active.append(ActiveStory(story, empty))
    n = len(new)
    edges = [(i, j, rng.uniform(0.03, 1.0)) for i in range(n) for j in rng.sample(range(n + len(active)), 20)]
    for params in (StoryParams(), StoryParams(time_free_hours=2.0, time_decay_days=0.5)):
        got, want = _timed(edges, new, active, params), _timed_reference(edges, new, active, params)
        assert got == want and 0 < len(got) < len(edges)     # some pairs penalised under the floor
    assert _timed([], new, active, StoryParams()) == []
    naive = [Article(url=a.url, title=a.title, text=a.text, published=a.published.replace(tzinfo=None), id=a.id)
             for a in new]
    pairs = [e for e in edges if e[1] < n]
    assert _timed(pairs, naive, [], StoryParams()) == _timed_reference(pairs, naive, [], StoryParams())


# --- the content guard -------------------------------------------------------------------------------------------

def test_content_guard_without_the_sort_equals_the_comparison():
    from tests.test_fast_paths import _articles
    from topline.stories.engine import StoryParams, tokens_for
    params = StoryParams()
    toks = tokens_for(_articles(90, 4), {})
    space = F.Space.fit(toks)
    vecs = space.transform(toks)
    a, b = vecs.rows(0, 40), vecs
    for cmin in (params.content_min, 0.2):
        got = F.similarity(a, b, params.cross_weight, space.content_mask, cmin)
        # the definition: the products as before, the guard as ``content >= content_min``
        masked = sparse.csr_matrix(a.text.multiply(space.content_mask.reshape(1, -1)))
        masked.eliminate_zeros()
        same = sparse.csr_matrix(a.text @ b.text.T).multiply((masked @ b.text.T) >= cmin)
        cross = (a.anchors @ b.anchors.T) - (a.anchors_lang @ b.anchors_lang.T)
        want = sparse.csr_matrix(same + params.cross_weight * cross)
        assert np.array_equal(got.toarray(), want.toarray())
        assert 0 < got.nnz and np.count_nonzero(got.toarray()) < np.count_nonzero(
            (a.text @ b.text.T + params.cross_weight * cross).toarray())   # the guard removed some pairs
