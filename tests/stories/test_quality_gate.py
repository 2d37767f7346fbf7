"""Quality gates: story clustering on real labelled news (mmds2025-dev) and on the demo corpus.

Both are scored on their EVALUATION part only (``topline.eval.split``: by hash of the gold story id); the story
engine's threshold is checked on the calibration part (benchmarks/bench_split.py, benchmarks/RESULTS.md).
"""
from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path


from conftest import require, shared_data
from topline.eval.clusters import cluster_into, evaluate_articles, read_gold_articles, score
from topline.eval.split import EVALUATION, part_of

REPO = Path(__file__).resolve().parents[2]
DEMO_CORPUS = REPO / "topline" / "demo" / "corpus"
# Evaluation part, measured 2026-12-03 (benchmarks/RESULTS.md, "Calibration and evaluation parts"); floors a
# small margin below.
MMDS_EVAL = dict(articles=98, gold=47)   # of 209 articles, 103 gold stories
MMDS_FLOOR = 0.90     # measured 0.9196 (calibration part: 0.8955)
MMDS_PR_FLOOR = (0.95, 0.855)   # precision, recall: measured 0.9694, 0.8747
DEMO_FLOOR = 0.98      # measured 1.000 on the evaluation part (the whole corpus: 0.975)


def _evaluation(articles):  # noqa: ANN001, ANN202
    return [a for a in articles if part_of(str(a.metadata["story"])) == EVALUATION]


def test_mmds_dev_bcubed_f1_floor():
    arts = _evaluation(read_gold_articles(shared_data("mmds2025-dev", "articles.jsonl")))
    s = evaluate_articles(arts)
    assert s.articles == MMDS_EVAL["articles"] and s.gold_clusters == MMDS_EVAL["gold"], s
    assert s.bcubed_f1 >= MMDS_FLOOR, s
    # neither failure mode traded for the other
    assert s.bcubed_precision >= MMDS_PR_FLOOR[0] and s.bcubed_recall >= MMDS_PR_FLOOR[1], s


def _demo_rows():
    files = sorted(DEMO_CORPUS.glob("*.jsonl")) if DEMO_CORPUS.is_dir() else []
    rows = [json.loads(line) for f in files for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    require(any(r.get("story") for r in rows), f"demo corpus with gold `story` fields missing under {DEMO_CORPUS}")
    return files


def test_demo_corpus_stories_match_their_events(store, tmp_path):
    files = _demo_rows()
    articles = _evaluation([a for f in files for a in read_gold_articles(f)])
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
    assert copies, "the demo corpus plants wire copies (Investing.com of Reuters); none was found"
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
    assert per_story
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
    # the demo corpus is frozen: these planted cases are part of it
    assert "a-fde-units" in by_story and "a-alibaba-claude-ban" in by_story, sorted(by_story)
    fde = by_story["a-fde-units"]
    assert [a.source for a in fde].count("Bloomberg") == 1            # four URL variants, one article
    ban = by_story["a-alibaba-claude-ban"]
    sid = story_of[ban[0].id]
    assert {story_of[a.id] for a in ban} == {sid}
    story = store.stories.get(sid)
    assert "Investing.com" not in story.outlets and "Reuters" in story.outlets
    assert store.stories.data([sid])[sid]["syndicated_by"] == ["Investing.com"]
