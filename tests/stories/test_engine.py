"""The story engine on real stores: grouping, incremental days, wire copies, phases."""
from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from ._fixtures import CLAUDE_BAN, D1, HEATWAVE_DAY2, KLING, article, day_one
from topline.enrich import ensure_enrichments
from topline.pipeline import window
from topline.stories import update_stories


def _ingest(store, articles):
    store.articles.upsert_many((a, "test") for a in articles)
    return [store.articles.by_url(a.url) for a in articles]


def _run(store, date: dt.date):
    start, end = window(date, 36)
    arts = store.articles.in_window(start, end)
    return arts, update_stories(store, arts, ensure_enrichments(store, arts), None)


def test_stories_settings_reach_the_engine(store, settings):
    from topline.config import StorySettings
    _ingest(store, day_one())
    start, end = window(D1.date(), 36)
    arts = store.articles.in_window(start, end)
    strict = settings.replace(stories=StorySettings(threshold=1.0))    # as `[stories] threshold = 1.0` gives
    stories = update_stories(store, arts, ensure_enrichments(store, arts), strict)
    assert len(stories) == len(arts) > 3                                # nothing is similar enough to merge


def _by_title(stories, words: str):
    return [s for s in stories if any(w in s.title.lower() for w in words.split("|"))]


def test_one_event_from_many_outlets_is_one_story(store):
    _ingest(store, day_one())
    arts, stories = _run(store, D1.date())
    assert len(stories) == 3
    kling = _by_title(stories, "kling")[0]
    assert len(kling.article_ids) == len(KLING)
    assert kling.outlets == ("Bloomberg", "CNBC", "Reuters")
    assert kling.phase == "new"
    assert sorted(i for s in stories for i in s.article_ids) == sorted(a.id for a in arts)


def test_a_shared_company_name_does_not_merge_two_events(store):
    _ingest(store, day_one())
    _, stories = _run(store, D1.date())
    kling, ban = _by_title(stories, "kling")[0], _by_title(stories, "claude")[0]
    assert kling.id != ban.id            # both name Alibaba (and Anthropic/OpenAI), but report different events
    assert len(ban.article_ids) == len(CLAUDE_BAN)


def test_next_day_continues_stories_without_moving_or_recounting(store):
    _ingest(store, day_one())
    _, first = _run(store, D1.date())
    day2 = D1 + dt.timedelta(days=1, hours=2)
    _ingest(store, [article(100 + n, *row, day2) for n, row in enumerate(HEATWAVE_DAY2)])
    arts, second = _run(store, day2.date())
    assert any(a.published < day2 - dt.timedelta(hours=12) for a in arts)   # yesterday's articles are passed again
    before = {s.id: s for s in first}
    heat = _by_title(second, "heat|wildfire")
    assert len(heat) == 1 and heat[0].id in before
    assert len(heat[0].article_ids) == len(before[heat[0].id].article_ids) + 1
    assert heat[0].phase == "developing"
    for s in second:
        assert len(set(s.article_ids)) == len(s.article_ids)
        if s.id != heat[0].id:
            assert s.article_ids == before[s.id].article_ids
            assert s.phase == "fading"
    # a third run over the same window changes nothing
    _, again = _run(store, day2.date())
    assert {s.id: s.article_ids for s in again} == {s.id: s.article_ids for s in second}


def test_wire_copy_is_linked_and_counts_as_one_outlet(store):
    src, title, text = KLING[0]
    original = article(1, src, title, text, D1)
    copy = article(2, "Straits Times", title, text + " Reporting by Reuters staff.", D1 + dt.timedelta(hours=1))
    own = article(3, *KLING[1][:3], D1 + dt.timedelta(hours=2))
    _ingest(store, [original, copy, own])
    arts, stories = _run(store, D1.date())
    ids = {a.url: a.id for a in arts}
    enr = ensure_enrichments(store, arts)
    assert enr[ids[copy.url]].duplicate_of == ids[original.url]
    assert enr[ids[original.url]].duplicate_of is None and enr[ids[own.url]].duplicate_of is None
    assert len(stories) == 1
    st = stories[0]
    assert set(st.article_ids) == set(ids.values())
    assert st.outlets == ("Bloomberg", "Reuters")
    assert store.stories.data([st.id])[st.id]["syndicated_by"] == ["Straits Times"]


def test_a_story_past_the_lookback_is_not_continued(store):
    _ingest(store, day_one())
    _, first = _run(store, D1.date())
    later = D1 + dt.timedelta(days=12)
    src, title, text = KLING[1]
    _ingest(store, [article(200, src, title + " (analysis)", text, later)])
    _, stories = _run(store, later.date())
    assert len(stories) == 1 and stories[0].id not in {s.id for s in first}


def test_empty_and_textless_articles(store):
    assert update_stories(store, [], {}, None) == []
    a = dataclasses.replace(article(300, "X", "Short headline only", "", D1))
    _ingest(store, [a])
    _, stories = _run(store, D1.date())
    assert len(stories) == 1 and stories[0].title == "Short headline only"


def test_wordllama_representation_option(store):
    pytest.importorskip("wordllama")
    from topline.stories import StoryParams
    _ingest(store, day_one())
    start, end = window(D1.date(), 36)
    arts = store.articles.in_window(start, end)
    stories = update_stories(store, arts, ensure_enrichments(store, arts), None,
                             StoryParams(representation="wordllama"))
    assert sorted(i for s in stories for i in s.article_ids) == sorted(a.id for a in arts)
    # measured weaker than TF-IDF (it splits the Kling reports), but it never mixes two events
    event = {a.id: a.url.rsplit("/", 1)[-1] for a in arts}
    groups = [{int(event[i]) // 1 for i in s.article_ids} for s in stories]
    bounds = [range(0, len(KLING)), range(len(KLING), len(KLING) + len(CLAUDE_BAN)),
              range(len(KLING) + len(CLAUDE_BAN), len(arts))]
    assert all(any(g <= set(b) for b in bounds) for g in groups)
    for s in stories:
        centroid = store.stories.centroids([s.id])[s.id]
        assert len(centroid.dense) == 256 and centroid.n == len(s.article_ids)


def test_entity_only_overlap_is_blocked_by_the_content_guard():
    from topline.records import Article
    from topline.stories import StoryParams
    from topline.stories.engine import cluster_batch
    t = D1
    rows = [("Alibaba Qwen Hangzhou Tongyi 2025", "Alibaba Qwen Hangzhou Tongyi 2025 Joe Tsai. Shares rallied on strong "
             "quarterly earnings."),
            ("Alibaba Qwen Hangzhou Tongyi 2025", "Alibaba Qwen Hangzhou Tongyi 2025 Joe Tsai. Engineers must drop the "
             "coding assistant by Friday."),
            ("Heat grips Seville", "Temperatures reached 46C in Seville as firefighters fought wildfires.")]
    arts = [Article(url=f"https://x.example/{i}", title=a, text=b, published=t, id=i + 1, language="en", source="S")
            for i, (a, b) in enumerate(rows)]
    unguarded = cluster_batch(arts, arts, {}, [], StoryParams(content_min=0.0)).new_groups
    assert [1, 2] in [sorted(i for i, _ in g) for g in unguarded]        # names alone would merge them
    guarded = cluster_batch(arts, arts, {}, [], StoryParams()).new_groups
    assert len(guarded) == 3
