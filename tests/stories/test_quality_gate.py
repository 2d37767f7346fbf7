"""Quality gates: story clustering on real labelled news (mmds2025-dev) and on the demo corpus."""
from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest

from topline.eval.clusters import cluster_into, evaluate_file, read_gold_articles, score

REPO = Path(__file__).resolve().parents[2]
MMDS_DEV = REPO / ".." / "shared" / "data" / "mmds2025-dev" / "articles.jsonl"
DEMO_CORPUS = REPO / "topline" / "demo" / "corpus"
MMDS_FLOOR = 0.85      # issue 3 acceptance; measured 0.888 when pinned
DEMO_FLOOR = 0.85


def test_mmds_dev_bcubed_f1_floor():
    if not MMDS_DEV.exists():
        pytest.skip(f"shared data set not found at {MMDS_DEV.resolve()} (it sits beside the checkout)")
    s = evaluate_file(MMDS_DEV)
    assert s.articles == 209 and s.gold_clusters == 103
    assert s.bcubed_f1 >= MMDS_FLOOR, s
    assert s.bcubed_precision >= 0.8 and s.bcubed_recall >= 0.8, s   # neither failure mode traded for the other


def _demo_rows():
    files = sorted(DEMO_CORPUS.glob("*.jsonl")) if DEMO_CORPUS.is_dir() else []
    rows = [json.loads(line) for f in files for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    if not any(r.get("story") for r in rows):
        pytest.skip(f"demo corpus with gold `story` fields not present yet under {DEMO_CORPUS}")
    return files


def test_demo_corpus_stories_match_their_events(store, tmp_path):
    files = _demo_rows()
    articles = [a for f in files for a in read_gold_articles(f)]
    stored = cluster_into(store, articles)
    story_of = store.stories.story_of([a.id for a in stored])
    s = score([a.metadata["story"] for a in stored], [story_of[a.id] for a in stored])
    assert s.bcubed_f1 >= DEMO_FLOOR, s


def test_demo_corpus_wire_copies_count_once(store):
    files = _demo_rows()
    articles = [a for f in files for a in read_gold_articles(f)]
    stored = cluster_into(store, articles)
    from topline.enrich import ensure_enrichments
    enr = ensure_enrichments(store, stored)
    story_of = store.stories.story_of([a.id for a in stored])
    by_id = {a.id: a for a in stored}
    copies = {i: e.duplicate_of for i, e in enr.items() if e.duplicate_of}
    for copy, original in copies.items():
        assert story_of[copy] == story_of[original]
    stories = {s.id: s for s in store.stories.get_many(sorted(set(story_of.values())))}
    for sid, st in stories.items():
        independent = {by_id[i].source for i in st.article_ids if i not in copies}
        assert set(st.outlets) == independent
    # every gold story with a copy: the copy's outlet is not counted unless it also reported independently
    per_story = defaultdict(set)
    for copy, original in copies.items():
        per_story[story_of[copy]].add(by_id[copy].source)
    for sid, outlets in per_story.items():
        data = store.stories.data([sid])[sid]
        assert outlets - set(stories[sid].outlets) <= set(data.get("syndicated_by", ()))


def test_demo_corpus_known_copy_and_url_variants(store):
    files = _demo_rows()
    articles = [a for f in files for a in read_gold_articles(f)]
    stored = cluster_into(store, articles)
    story_of = store.stories.story_of([a.id for a in stored])
    by_story = defaultdict(list)
    for a in stored:
        by_story[a.metadata["story"]].append(a)
    if "a-fde-units" not in by_story or "a-alibaba-claude-ban" not in by_story:
        pytest.skip("the demo corpus no longer has the planned wire copy / URL variants")
    fde = by_story["a-fde-units"]
    assert [a.source for a in fde].count("Bloomberg") == 1            # four URL variants, one article
    ban = by_story["a-alibaba-claude-ban"]
    sid = story_of[ban[0].id]
    assert {story_of[a.id] for a in ban} == {sid}
    story = store.stories.get(sid)
    assert "Investing.com" not in story.outlets and "Reuters" in story.outlets
    assert store.stories.data([sid])[sid]["syndicated_by"] == ["Investing.com"]
