"""The ledger costs what is new (issue 14): each article's part of the event ledger kept in the stage cache gives
the same events and watch items as computing them afresh.

Real components: SQLite stores under the test's TOPLINE_HOME, the demo corpus (three daily editions built by the
pipeline) and the stories of tests/data/cal-ai, cal-biotech and the demo grouped by their own story labels.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from pathlib import Path

from tests.editions import comparable
from topline.records import Article, Story, StoryBundle, to_dict

REPO = Path(__file__).resolve().parents[2]


def _stories() -> list[StoryBundle]:
    """Every labelled story of the demo corpus, cal-ai and cal-biotech, its articles in file order."""
    from conftest import require
    from topline import demo
    files = list(require(demo.corpus_files(), "the demo corpus (topline/demo/corpus/*.jsonl) is missing"))
    files += [REPO / "tests" / "data" / name / "articles.jsonl" for name in ("cal-ai", "cal-biotech")]
    groups: dict[str, list[Article]] = {}
    n = 0
    for p in files:
        for line in Path(p).read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            r = json.loads(line)
            n += 1
            when = dt.datetime.fromisoformat(r["published"].replace("Z", "+00:00")) if r.get("published") else None
            a = Article(url=r["url"], title=r["title"], text=r.get("text", ""), source=r.get("source", ""),
                        published=when, id=n)
            groups.setdefault(f"{Path(p).parent.name}/{r.get('story') or r['url']}", []).append(a)
    out = []
    for sid, arts in groups.items():
        days = [a.published for a in arts if a.published]
        out.append(StoryBundle(Story(id=sid, title=arts[0].title, article_ids=tuple(a.id for a in arts),
                                     first_seen=min(days) if days else None, last_seen=max(days) if days else None,
                                     outlets=tuple(sorted({a.source for a in arts}))), tuple(arts)))
    return out


def test_every_story_equal_through_a_cold_and_a_warm_cache(store):
    """Events and watch items of every labelled story (134 of them, up to 9 articles each, 443 in all) through the cache,
    cold then warm, equal ``extract`` and ``watch_items`` computed directly."""
    from topline.events.extract import extract
    from topline.events.memo import LedgerMemo
    from topline.events.watch import watch_items
    bundles = _stories()
    articles = sum(len(b.articles) for b in bundles)
    fresh = [(extract(b), watch_items(b, "c")) for b in bundles]
    assert sum(len(e) for e, _ in fresh) > 50 and sum(len(w) for _, w in fresh) > 20   # a real test of both parts
    day = dt.date(2026, 3, 10)
    cold = LedgerMemo(store, day)
    cold.preload(bundles)
    assert [(cold.events(b), cold.watch(b, "c")) for b in bundles] == fresh
    said, forward = cold.stats()
    assert said[1] < articles // 10 and said[1] + said[2] == articles    # hits only of wire copies in a story
    cold.flush()
    warm = LedgerMemo(store, day)
    warm.preload(bundles)
    assert [(warm.events(b), warm.watch(b, "c")) for b in bundles] == fresh
    said, forward = warm.stats()
    assert said[2] == 0 and warm.stale == 0 and said[1] == articles      # every article read from the store
    assert forward[2] == 0 and forward[1] > 0


def _one(i: int, text: str, day: int = 10) -> Article:
    return Article(url=f"https://wire.example/{i}", title=f"Report {i}", text=text, source=f"outlet{i}",
                   published=dt.datetime(2026, 3, day, 9, tzinfo=dt.timezone.utc), id=i)


def _bundle(*arts: Article) -> StoryBundle:
    return StoryBundle(Story(id="s1", title=arts[0].title, article_ids=tuple(a.id for a in arts),
                             first_seen=arts[0].published, last_seen=arts[-1].published,
                             outlets=tuple(a.source for a in arts)), tuple(arts))


FUNDING = ("Pelican raised $30 million in a Series A round led by Atlas Ventures on Tuesday. The company will open "
           "an office in Lisbon by June 2026.")


def test_a_changed_body_or_day_misses_the_cache(store):
    from topline.events.extract import extract
    from topline.events.memo import LedgerMemo
    day = dt.date(2026, 3, 10)
    first = LedgerMemo(store, day)
    b = _bundle(_one(1, FUNDING), _one(2, "Harbor Grid said it will build a 200 MW battery plant in Ohio."))
    assert first.events(b) == extract(b) and extract(b)
    first.flush()
    again = LedgerMemo(store, day)
    again.preload([b])
    assert again.events(b) == extract(b)
    assert again.stats()[0][1:] == (2, 0)
    changed = _bundle(b.articles[0], replace(b.articles[1], text=b.articles[1].text.replace("200", "300")))
    later = _bundle(b.articles[0], replace(b.articles[1], published=dt.datetime(2026, 3, 11, 9,
                                                                                tzinfo=dt.timezone.utc)))
    for other in (changed, later):
        memo = LedgerMemo(store, day)
        memo.preload([other])
        assert memo.events(other) == extract(other)
        assert memo.stats()[0][1:] == (1, 1)   # the unchanged article is read, the changed one computed
    assert any(f.value == 300e6 for e in extract(changed) for f in e.fields)


def test_bumping_the_version_invalidates(store, monkeypatch):
    from topline.events import memo as m
    from topline.events.watch import watch_items
    day = dt.date(2026, 3, 10)
    b = _bundle(_one(1, FUNDING))
    first = m.LedgerMemo(store, day)
    first.events(b), first.watch(b, None)
    first.flush()
    same = m.LedgerMemo(store, day)
    same.preload([b])
    same.events(b), same.watch(b, None)
    assert same.stats() == [(m.STATEMENTS_STAGE, 1, 0), (m.FORWARD_STAGE, 1, 0)]
    monkeypatch.setattr(m, "EXTRACT_VERSION", m.EXTRACT_VERSION + 1)
    bumped = m.LedgerMemo(store, day)
    bumped.preload([b])
    assert bumped.watch(b, None) == watch_items(b) and watch_items(b)
    bumped.events(b)
    assert bumped.stats() == [(m.STATEMENTS_STAGE, 0, 1), (m.FORWARD_STAGE, 0, 1)]


def test_a_story_word_that_changes_a_name_recomputes_the_article(store):
    """The story's ``common`` words (lower case in any of its articles) decide whether a capitalised word opening
    a sentence is a name: an article stored when its story had no "pelican" is read again when a later article of
    the story writes "pelican" in lower case, and gives what computing afresh gives (here: no company)."""
    from topline.events.extract import extract
    from topline.events.memo import LedgerMemo
    day = dt.date(2026, 3, 10)
    alone = _bundle(_one(1, FUNDING))
    first = LedgerMemo(store, day)
    assert first.events(alone) == extract(alone)
    assert {f.name: f.value for f in extract(alone)[0].fields}.get("company") == "Pelican"
    first.flush()
    grown = _bundle(_one(1, FUNDING), _one(2, "Birders counted a pelican near the harbour on Wednesday.", day=11))
    memo = LedgerMemo(store, day)
    memo.preload([grown])
    got = memo.events(grown)
    assert got == extract(grown) and "company" not in {f.name for f in got[0].fields}
    assert memo.stale == 1 and memo.stats()[0][1:] == (0, 2)
    memo.flush()
    again = LedgerMemo(store, day)     # the value stored now is the grown story's
    again.preload([grown])
    assert again.events(grown) == extract(grown) and again.stale == 0 and again.stats()[0][1:] == (2, 0)



def _build(home: Path, paths: list[str], mode: str, monkeypatch) -> tuple[dict, dict]:  # noqa: ANN001
    """Ingest ``paths`` into a fresh store and build each day's edition: ``mode`` "none" computes the ledger's
    articles directly (``extract``, ``watch_items``), "cold" empties the stage cache before each edition, "warm"
    keeps it."""
    from topline import pipeline
    from topline.config import load_settings
    from topline.events import memo
    from topline.events.extract import extract
    from topline.events.ledger import report
    from topline.events.watch import watch_items
    from topline.ingest import ingest
    from topline.store import open_store
    with monkeypatch.context() as mp:
        if mode == "none":
            mp.setattr(memo.LedgerMemo, "events", lambda self, b: extract(b))
            mp.setattr(memo.LedgerMemo, "watch", lambda self, b, cat: watch_items(b, cat))
        settings = load_settings(environ={"TOPLINE_HOME": str(home)})
        settings = settings.replace(edition=settings.edition.__class__(formats=("json",), writer="offline"))
        out, stats = {}, {}
        with open_store(settings) as store:
            ingest(store, settings, paths)
            for day in pipeline.edition_dates(store):
                if mode == "cold":
                    store.stage_cache.prune(dt.date.max)
                res = pipeline.build_edition(store, settings, day)
                out[day] = {"edition": comparable(res.edition), "watch": to_dict(store.events.watch_on(day)),
                            "ledger": json.loads(json.dumps(report(store, day), default=str))}
                stats[day] = {stage: (hits, misses) for stage, hits, misses in res.edition.manifest.cache}
    return out, stats


def test_demo_editions_equal_with_a_cold_a_warm_and_no_cache(tmp_path, tmp_path_factory, monkeypatch):
    """The cold and warm builds are the session's shared ones (tests/built.py: the same settings as ``_build``,
    test_stage_cache compares them too); the build without the cache is this test's own."""
    from conftest import require
    from tests import built
    from topline import demo
    from topline.events.memo import STATEMENTS_STAGE
    paths = [str(p) for p in require(demo.corpus_files(), "the demo corpus is missing")]
    none, _ = _build(tmp_path / "none", paths, "none", monkeypatch)
    # warm first: test_stage_cache asks for cold first, so the two workers build different ones at the same time
    (warm, warm_stats), (cold, cold_stats) = ((b["days"], b["stats"]) for b in
                                              (built.demo_days(m, tmp_path_factory) for m in ("warm", "cold")))
    days = sorted(none)
    assert len(days) == 3 and sorted(cold) == days == sorted(warm)
    assert any(none[d]["ledger"]["events"] for d in days) and any(none[d]["watch"] for d in days)
    for d in days:
        for part in none[d]:
            assert cold[d][part] == none[d][part], f"{d}: {part} differs with a cold cache"
            assert warm[d][part] == none[d][part], f"{d}: {part} differs with a warm cache"
    # the warm build read what earlier editions computed; the cold one could not
    assert sum(warm_stats[d][STATEMENTS_STAGE][0] for d in days[1:]) > \
        sum(cold_stats[d][STATEMENTS_STAGE][0] for d in days[1:])
