"""Daily editions cost what is new (issue 14): the stage cache and the indexed watch-item follow give the same
editions as computing afresh.

Real components: SQLite stores under the test's TOPLINE_HOME, the demo corpus and tests/data/cal-biotech (stories
and watch items spanning days). The cold build empties the cache before each edition; the warm build keeps it.
"""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from tests.editions import comparable
from topline.records import Article, Story, StoryBundle, to_dict

REPO = Path(__file__).resolve().parents[1]
CAL_BIOTECH = REPO / "tests" / "data" / "cal-biotech"



def _build(home: Path, paths: list[str], taxonomy: str, cold: bool) -> tuple[dict, dict]:
    """Ingest ``paths`` into a fresh store under ``home`` and build each day's edition, oldest first; returns
    ({date: comparable edition + classifications + watch items + ledger report}, {date: manifest cache stats})."""
    from topline import pipeline
    from topline.config import load_settings
    from topline.events.ledger import report
    from topline.ingest import ingest
    from topline.store import open_store
    settings = load_settings(environ={"TOPLINE_HOME": str(home)})
    settings = settings.replace(edition=settings.edition.__class__(formats=("json",), writer="offline",
                                                                    taxonomy=taxonomy))
    out, stats = {}, {}
    with open_store(settings) as store:
        ingest(store, settings, paths)
        for day in pipeline.edition_dates(store):
            if cold:
                store.stage_cache.prune(dt.date.max)
                assert store.stage_cache.count() == 0
            res = pipeline.build_edition(store, settings, day)
            out[day] = {"edition": comparable(res.edition),
                        "ranked": [(r.bundle.story.id, to_dict(r.classification), round(r.ranking.score, 9))
                                   for r in res.ranked],
                        "watch": to_dict(store.events.watch_on(day)),
                        "ledger": json.loads(json.dumps(report(store, day), default=str))}
            stats[day] = {stage: (hits, misses) for stage, hits, misses in res.edition.manifest.cache}
    return out, stats


def _same_warm_and_cold(tmp_path: Path, paths: list[str], taxonomy: str = "", shared=None) -> dict:  # noqa: ANN001
    """``shared(mode)``: the (editions, stats) of a build made once for the session (tests/built.py's days,
    the same settings and the same parts of each edition as ``_build``) instead of building here."""
    cold, cold_stats = shared("cold") if shared else _build(tmp_path / "cold", paths, taxonomy, cold=True)
    warm, warm_stats = shared("warm") if shared else _build(tmp_path / "warm", paths, taxonomy, cold=False)
    assert sorted(warm) == sorted(cold) and len(warm) >= 2
    for day in sorted(cold):
        for part in cold[day]:
            assert warm[day][part] == cold[day][part], f"{day}: {part} differs with a warm cache"
    days = sorted(warm)
    # the warm build did read the cache: the later days found what earlier days computed, the cold one did not
    later = days[1:]
    warm_hits = sum(warm_stats[d]["event-kinds"][0] for d in later)
    cold_hits = sum(cold_stats[d]["event-kinds"][0] for d in later)
    assert warm_hits > cold_hits, (warm_stats, cold_stats)
    from topline.classify.embed import default_embedder
    if default_embedder().name == "wordllama":     # the classifier's rows of older articles (embeddings_memo)
        warm_hits = sum(warm_stats[d]["embed-rows"][0] for d in later)
        cold_hits = sum(cold_stats[d]["embed-rows"][0] for d in later)
        assert warm_hits > cold_hits, (warm_stats, cold_stats)
    # and the writer's sentences of articles an earlier edition read (issue 14: sentences_memo)
    warm_hits = sum(warm_stats[d]["story-features"][0] for d in later)     # issue 14: a story's classifier inputs
    cold_hits = sum(cold_stats[d]["story-features"][0] for d in later)
    assert warm_hits > cold_hits, (warm_stats, cold_stats)
    warm_hits = sum(warm_stats[d]["write-sentences"][0] for d in later)
    cold_hits = sum(cold_stats[d]["write-sentences"][0] for d in later)
    assert warm_hits > cold_hits, (warm_stats, cold_stats)
    return {"warm": warm_stats, "cold": cold_stats, "editions": cold}


def test_demo_days_equal_with_a_warm_cache(tmp_path, tmp_path_factory):
    """The demo's cold and warm builds are shared with test_memo (and the warm one with test_demo_edition)."""
    from conftest import require
    from tests import built
    from topline import demo
    files = require(demo.corpus_files(), "the demo corpus (topline/demo/corpus/*.jsonl) is missing")

    def shared(mode: str) -> tuple[dict, dict]:
        b = built.demo_days(mode, tmp_path_factory)
        return b["days"], b["stats"]
    got = _same_warm_and_cold(tmp_path, [str(p) for p in files], shared=shared)
    assert len(got["editions"]) == 3


def test_cal_biotech_days_equal_with_a_warm_cache(tmp_path, tmp_path_factory):
    """A corpus whose stories and watch items span days (items made on one day, settled on a later one). Its cold
    and warm builds are the session's (tests/built.py ``days``: ``_build``'s settings; the warm one is also what
    test_editorial_quality and test_signal_claims score)."""
    from tests import built
    files, taxonomy = built.files_of("cal-biotech")
    assert [p.resolve() for p in files] == [(CAL_BIOTECH / "articles.jsonl").resolve()]
    assert taxonomy.resolve() == (CAL_BIOTECH / "taxonomy.toml").resolve() and taxonomy.exists()

    def shared(mode: str) -> tuple[dict, dict]:
        b = built.days("cal-biotech", mode, tmp_path_factory)
        return b["days"], b["stats"]
    got = _same_warm_and_cold(tmp_path, [str(CAL_BIOTECH / "articles.jsonl")], str(CAL_BIOTECH / "taxonomy.toml"),
                              shared=shared)
    warm = got["warm"]
    days = sorted(warm)
    # watch items were followed on a later day against articles an earlier edition had already read
    assert any(warm[d].get("watch-evidence", (0, 0))[0] > 0 for d in days[1:]), warm
    assert any(w["status"] != "open" for d in days for w in got["editions"][d]["watch"])


def _demo_bundles() -> list[StoryBundle]:
    from conftest import require
    from topline import demo
    files = require(demo.corpus_files(), "the demo corpus (topline/demo/corpus/*.jsonl) is missing")
    out = []
    rows = [json.loads(line) for p in files + [CAL_BIOTECH / "articles.jsonl"]
            for line in Path(p).read_text(encoding="utf-8").splitlines() if line.strip()]
    for i, r in enumerate(rows):
        if not r.get("published"):
            continue
        when = dt.datetime.fromisoformat(r["published"].replace("Z", "+00:00"))
        a = Article(url=r["url"], title=r["title"], text=r.get("text", ""), source=r.get("source", ""),
                    published=when, id=i + 1)
        sid = str(r.get("story") or r["url"])   # the corpora's own story labels: items meet their own story's
        out.append(StoryBundle(Story(id=sid, title=a.title, article_ids=(a.id,), first_seen=when, last_seen=when,
                                     outlets=(a.source,)), (a,)))
    return out


def test_indexed_follow_settles_as_reading_every_sentence():
    """``_settle`` through the index (names, story) returns what it returns reading every evidence sentence, for
    every watch item of two real corpora against every sentence published after the earliest item."""
    from topline.events.watch import _evidence, _Index, _settle, watch_items
    bundles = _demo_bundles()
    items = [it for b in bundles for it in watch_items(b) if it.made_on is not None]
    assert len(items) > 20
    since = min(it.made_on for it in items) - dt.timedelta(days=1)
    evidence = _evidence(bundles, since)
    index = _Index(evidence)
    settled = 0
    for it in items:
        plain = _settle(it, evidence)
        assert _settle(it, index) == plain, it.text
        settled += plain is not None
    assert settled > 0
    # issue 14 (scale11): a sentence's restated plan read once per sentence, the shared words tested before the
    # shared names: every item, and each with a plan added, settles as the definition before (``_settle_reference``)
    from dataclasses import replace
    planned = [replace(it, text=f"{it.text[:-1]} as it plans to expand.") for it in items]
    for it in items + planned:
        assert _settle(it, index) == _settle_reference(it, evidence), it.text
    assert any(s.restates_plan for s in evidence)


def _settle_reference(it, evidence):  # noqa: ANN001, ANN202 - ``watch._settle`` before issue 14's scale11 round
    # (the following moved to ``watch_follow`` with watch16, whose item naming no one but a deal to come is settled
    # by a later deal lede only while it is due within NAMELESS_DAYS: ``_nameless_deal``)
    import re
    from dataclasses import replace
    from topline.events import watch_follow as w
    mine = {n.text.lower() for n in w.names(it.text)}
    words = w._words(it.text)
    for said in sorted(evidence, key=lambda x: x.story_id != it.story_id):
        if said.article.published.date() <= it.made_on or said.sentence == it.text:
            continue
        nameless_deal = not mine and said.deal_lede and w._nameless_deal(it)
        if not said.done and not nameless_deal:
            continue
        if it.due is not None and not said.superseded and (it.due - said.article.published.date()).days > w.FAR_DAYS:
            continue   # (signals22: a plan due far ahead is not done by a later restatement)
        if w._PLAN_RESTATED.search(said.sentence) and w._PLAN.search(it.text):
            continue
        held = not mine and said.story_id == it.story_id and any(
            re.search(rf"\b{noun}\b", it.text, re.IGNORECASE) and re.search(rf"\b{verb}\b", said.sentence, re.IGNORECASE)
            for noun, verb in w._EVENT_DONE)
        if not mine:
            if said.story_id != it.story_id:
                continue
            if len(words & said.words) < w.MIN_WORDS + 1 and not nameless_deal and not held:
                continue
        elif w._shared_names(mine, said.names) < max(1, w.MIN_SHARED * len(mine)) or len(words & said.words) < w.MIN_WORDS:
            continue
        return replace(it, status="superseded" if said.superseded else "happened",
                       resolved_on=said.article.published.date(), resolved_url=said.article.url,
                       resolved_text=said.sentence)
    if w.followed_by_act(it):   # (signals22: then its scheduled act, told in its own story: ``watch_acts``)
        return w._settle_by_act(it, mine, [s for s in evidence if s.story_id == it.story_id])
    return None


def test_evidence_through_the_cache_equals_computing_it(store):
    from topline.events.watch import _evidence, evidence_memo
    bundles = _demo_bundles()[:60]
    since = dt.date(2000, 1, 1)
    fresh = _evidence(bundles, since)
    day = dt.date(2026, 3, 10)
    first = evidence_memo(store, day)
    assert _evidence(bundles, since, first) == fresh
    assert first.hits == 0 and first.misses == 60
    first.flush()
    again = evidence_memo(store, day)
    assert _evidence(bundles, since, again) == fresh
    assert again.hits == 60 and again.misses == 0


def test_stage_cache_keys_follow_content_and_code(store):
    from topline.stage_cache import KEEP_DAYS, Memo
    day = dt.date(2026, 3, 10)
    m = Memo(store, "t", "v1", day)
    assert m.get(m.key("title", "body"), lambda: ["a"]) == ["a"]
    m.flush()
    same = Memo(store, "t", "v1", day)
    key = same.key("title", "body")
    same.preload([key])
    assert same.get(key, lambda: pytest.fail("recomputed a stored value")) == ["a"]
    # another text, another code version: a miss
    assert same.key("title", "body2") != key and Memo(store, "t", "v2", day).key("title", "body") != key
    assert same.key("ab", "c") != same.key("a", "bc")
    # bounded: a later edition deletes rows computed more than KEEP_DAYS before it
    late = Memo(store, "t", "v1", day + dt.timedelta(days=KEEP_DAYS + 1))
    late.get(late.key("x", "y"), lambda: 1)
    late.flush()
    assert store.stage_cache.get_many("t", [key]) == {}
    assert store.stage_cache.count("t") == 1


def test_ledes_read_only_where_an_item_needs_one_settle_as_reading_every_lede():
    """issue 14: ``follow`` reads an article's first sentence as a deal lede only in the stories of the items that
    name no one but a deal to come (``_lede_stories``); every item of two real corpora settles as when every
    first sentence is read (``ledes=None``), through the index and through the cache's rows (JSON)."""
    from topline.events.watch import _evidence, _Index, _lede_stories, _settle, evidence_memo, watch_items
    bundles = _demo_bundles()
    items = [it for b in bundles for it in watch_items(b) if it.made_on is not None]
    since = min(it.made_on for it in items) - dt.timedelta(days=1)
    ledes = _lede_stories(items)
    assert ledes and len(ledes) < len({b.story.id for b in bundles})   # some stories read ledes, not all
    every = _Index(_evidence(bundles, since))
    memo = evidence_memo(None)
    few = _Index(_evidence(bundles, since, memo, ledes))
    assert [s for s in few.evidence if not s.deal_lede] and len(few.evidence) <= len(every.evidence)
    by_lede = 0
    for it in items:
        plain = _settle(it, every)
        assert _settle(it, few) == plain, it.text
        by_lede += plain is not None and it.story_id in ledes
    assert by_lede > 0     # an item only a lede settles was settled through the lazily read lede
    # the same through values that went through JSON (as the store keeps them)
    stored = evidence_memo(None)
    stored.known = {k: json.loads(json.dumps(v)) for k, v in memo.known.items()}
    again = _Index(_evidence(bundles, since, stored, ledes))
    assert again.evidence == few.evidence and stored.misses == 0
