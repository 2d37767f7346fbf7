"""The default taxonomy on the demo corpus (stories we wrote, each row with the category we meant, or "none").

Two levels: the gold stories classified directly (no store, fast), and the real pipeline (`topline demo`:
ingest, enrichment, the story engine, classification, ranking) with the example briefing's Top Line checked
against the ranked Capital & Industrial Strategy stories of 2025-07-03.
"""
from __future__ import annotations

import datetime as dt
import json
from collections import Counter, defaultdict

import pytest

from topline.classify import classify
from topline.records import Article, Story, StoryBundle
from topline.taxonomy import load_taxonomy

CAPITAL = "Capital & Industrial Strategy"
TOP_LINE = ("a-kling-raise", "a-inference-prices", "a-fde-units", "a-france-india-courting",
            "a-alibaba-claude-ban")
STORY_FLOOR = 0.9                     # share of gold stories in the category we meant; measured 49/53 = 0.925


def corpus_rows() -> list[dict]:
    from topline.demo import corpus_files
    files = corpus_files()
    if not files:
        pytest.skip("the demo corpus (topline/demo/corpus/*.jsonl) is not there yet")
    return [json.loads(line) for f in files for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]


def gold_bundles(rows: list[dict]) -> tuple[list[StoryBundle], list[str]]:
    groups: dict[str, list[tuple[int, dict]]] = defaultdict(list)
    for n, r in enumerate(rows, 1):
        groups[r["story"]].append((n, r))
    bundles, gold = [], []
    for sid, items in groups.items():
        arts = []
        for n, r in items:
            when = dt.datetime.fromisoformat(r["published"]) if r.get("published") else \
                dt.datetime(2025, 7, 3, tzinfo=dt.timezone.utc)
            arts.append(Article(url=r["url"], title=r["title"], text=r.get("text", ""), source=r.get("source", ""),
                                published=when, id=n))
        story = Story(id=sid, title=arts[0].title, article_ids=tuple(a.id for a in arts),
                      first_seen=min(a.published for a in arts), last_seen=max(a.published for a in arts),
                      outlets=tuple(sorted({a.source for a in arts if a.source})))
        bundles.append(StoryBundle(story=story, articles=tuple(arts)))
        gold.append(items[0][1]["label"])
    return bundles, gold


@pytest.fixture(scope="module")
def gold_results():
    bundles, gold = gold_bundles(corpus_rows())
    got = classify(bundles, load_taxonomy())
    return {b.story.id: (g, c.primary or "none") for b, g, c in zip(bundles, gold, got)}


def test_noise_goes_to_none_and_nothing_else_does(gold_results):
    noise = {sid for sid, (g, _) in gold_results.items() if g == "none"}
    assert noise, "the corpus should carry noise stories"
    assert {sid for sid in noise if gold_results[sid][1] != "none"} == set()
    assert {sid for sid, (g, p) in gold_results.items() if p == "none" and g != "none"} == set()


def test_stories_land_in_the_category_we_meant(gold_results):
    right = sum(g == p for g, p in gold_results.values())
    wrong = {sid: v for sid, v in gold_results.items() if v[0] != v[1]}
    assert right / len(gold_results) >= STORY_FLOOR, wrong


@pytest.mark.parametrize("sid", TOP_LINE)
def test_top_line_stories_are_capital(gold_results, sid):
    assert gold_results[sid] == (CAPITAL, CAPITAL)


@pytest.mark.slow
def test_demo_pipeline_top_line_ranks_in_capital_top_five(tmp_path):
    corpus_rows()
    pytest.importorskip("topline.ingest")
    from topline import demo
    from topline.config import load_settings
    settings = load_settings()
    settings = settings.replace(home=tmp_path, edition=settings.edition.__class__(formats=()))
    results, _report = demo.run(settings)
    last = {r.edition.date: r for r in results}[dt.date(2025, 7, 3)]

    def gold_story(rs) -> str:  # noqa: ANN001
        return Counter(a.metadata.get("story") for a in rs.bundle.articles).most_common(1)[0][0]

    capital = [rs for rs in last.ranked if rs.classification.primary == CAPITAL]
    top5 = [gold_story(rs) for rs in capital[:5]]
    for sid in TOP_LINE:
        assert sid in top5, (sid, top5)
    # noise never reaches a page; single-source stories are kept and flagged, not dropped
    for rs in last.ranked:
        labels = {a.metadata.get("label") for a in rs.bundle.articles}
        if labels == {"none"}:
            assert rs.classification.primary is None, gold_story(rs)
        assert rs.ranking.single_source == (len(set(rs.bundle.story.outlets)) <= 1)
    assert any(rs.ranking.single_source for rs in last.ranked)
    assert all({f.name for f in rs.ranking.factors} >= {"independent_outlets", "novelty", "recency"}
               for rs in last.ranked)
