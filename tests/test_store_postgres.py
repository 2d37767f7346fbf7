"""The store on PostgreSQL: the semantics of tests/test_store.py run on SQLite and on PostgreSQL alike, plus what
only PostgreSQL needs (values it refuses, the server's time zone, its parameter limit, writers that queue).

PostgreSQL runs only when TOPLINE_TEST_POSTGRES_URL names a database in which the tests may create schemas, e.g.
``postgresql+psycopg://topline:topline@127.0.0.1/topline_test``; each test gets a schema of its own, dropped
afterwards. Without it the SQLite half still runs and the PostgreSQL half is skipped with the reason.
"""
from __future__ import annotations

import datetime as dt
import json
import math
import os
import subprocess
import sys
import threading
import uuid
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pytest
from sqlalchemy import create_engine, inspect
from sqlalchemy.engine import make_url

from conftest import POSTGRES_URL, needs, require
from topline.records import (Article, CategoryPage, Citation, Classification, Development, Edition, Enrichment,
                             Entity, Factor, Figure, Paragraph, RankedStory, Ranking, RunManifest, Signal, Story,
                             StoryBundle, TopLineItem)
from topline.store import Store
from topline.store import schema

# Read at import: the autouse fixture in conftest.py removes every TOPLINE_* variable while a test runs.
PG_URL = POSTGRES_URL
NO_PG = ("TOPLINE_TEST_POSTGRES_URL is not set: no PostgreSQL server to test against "
         "(set it to e.g. postgresql+psycopg://user:pw@127.0.0.1/dbname to run these)")
needs_pg = needs(PG_URL, NO_PG)
REPO = Path(__file__).resolve().parents[1]
T = dt.datetime(2025, 7, 3, 9, tzinfo=dt.timezone.utc)
D = dt.date(2025, 7, 3)


def art(n: int, **kw) -> Article:
    base = dict(url=f"https://example.com/a/{n}", title=f"Title {n}", text=f"Body of article number {n}.",
                source="Example", published=T)
    base.update(kw)
    return Article(**base)


@contextmanager
def pg_schema(server_options: str = "") -> Iterator[str]:
    """A URL whose connections work in a new, empty schema (dropped on exit)."""
    import importlib.util
    require(importlib.util.find_spec("psycopg"), "psycopg is not installed (pip install 'topline[postgres]')")
    name = f"topline_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE SCHEMA "{name}"')
    try:
        options = f"-csearch_path={name} {server_options}".strip()
        yield make_url(PG_URL).update_query_dict({"options": options}).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP SCHEMA "{name}" CASCADE')
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=needs_pg)])
def db(request, tmp_path) -> Iterator[Store]:
    if request.param == "sqlite":
        store = Store(f"sqlite:///{tmp_path / 'store.sqlite'}")
        yield store
        store.close()
        return
    with pg_schema() as url:
        store = Store(url)
        yield store
        store.close()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=needs_pg)])
def empty_url(request, tmp_path) -> Iterator[str]:
    """The URL of an empty database (not migrated)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'old.sqlite'}"
        return
    with pg_schema() as url:
        yield url


def test_migration_0002_moves_json_centroids_into_their_table(empty_url):
    """A store written before revision 0002 (centroid JSON in stories.data) keeps its stories' centroids."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import insert

    from topline.store.db import _MIGRATIONS
    old = Store(empty_url, migrate=False)
    cfg = Config()
    cfg.set_main_option("script_location", str(_MIGRATIONS))
    with old.engine.connect() as conn:
        cfg.attributes["connection"] = conn.execution_options(topline_write=True)
        command.upgrade(cfg, "0001")
        conn.commit()
    centroid = {"n": 3, "text": {"en:vaccine": 0.5, "en:trial": 0.25}, "anchors": {"en|pfizer": 0.75},
                "dense": [0.5, -0.25]}
    with old.write() as conn:
        conn.execute(insert(schema.stories), [dict(id="s-1", title="A", first_seen=T, last_seen=T, phase="new",
                                                    article_count=3, outlets=["X"], updated_at=T,
                                                    data={"centroid": centroid, "syndicated_by": ["Y"]})])
    old.close()
    with Store(empty_url) as new:
        c = new.stories.centroids(["s-1"])["s-1"]
        assert c.n == 3 and c.text_terms == ("en:vaccine", "en:trial") and c.anchor_terms == ("en|pfizer",)
        assert c.text_weights.tolist() == [0.5, 0.25] and c.anchor_weights.tolist() == [0.75]
        assert c.dense.tolist() == [0.5, -0.25]
        assert new.stories.data(["s-1"]) == {"s-1": {"syndicated_by": ["Y"]}}


def is_pg(store: Store) -> bool:
    return store.engine.dialect.name == "postgresql"


# --- schema and articles ---------------------------------------------------------------------------------------

def test_migration_creates_the_schema(db):
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from topline.store.db import _MIGRATIONS
    cfg = Config()
    cfg.set_main_option("script_location", str(_MIGRATIONS))
    head = ScriptDirectory.from_config(cfg).get_current_head()
    assert db.revision() == head
    with db.read() as conn:
        tables = set(inspect(conn).get_table_names())
    assert set(schema.metadata.tables) <= tables
    assert ({"articles_fts", "briefings_fts"} <= tables) == (not is_pg(db))
    Store(db.url).close()           # opening again is a no-op migration
    assert db.revision() == head


def test_same_article_twice_is_one_row_with_two_sightings(db):
    r1 = db.articles.upsert_many([(art(1), "feed-a")])
    r2 = db.articles.upsert_many([(art(1), "feed-b")])
    r3 = db.articles.upsert_many([(art(1), "feed-b")])
    assert (r1.added, r2.added, r2.sightings, r3.sightings, r3.unchanged) == (1, 0, 1, 0, 1)
    assert db.articles.count() == 1 and db.articles.sighting_count() == 2
    a = db.articles.by_url("https://example.com/a/1")
    assert [v for _, v, _ in db.articles.sightings(a.id)] == ["feed-a", "feed-b"]
    assert all(t.tzinfo is not None for _, _, t in db.articles.sightings(a.id))


def test_longer_text_updates_shorter_never_replaces(db):
    db.articles.upsert_many([(art(1, text="", summary="Short summary."), "f")])
    assert db.articles.upsert_many([(art(1, text="A much longer full text of the article."), "f")]).updated == 1
    assert db.articles.upsert_many([(art(1, text="Short."), "g")]).updated == 0
    assert db.articles.by_url("https://example.com/a/1").text.startswith("A much longer")


def test_missing_date_is_flagged_and_later_filled(db):
    db.articles.upsert_many([(art(1, published=None), "f")])
    a = db.articles.by_url("https://example.com/a/1")
    assert a.published_missing and a.published.tzinfo is not None
    db.articles.upsert_many([(art(1, published=T, text="Body of article number 1, now with more text."), "f")])
    a = db.articles.by_url("https://example.com/a/1")
    assert not a.published_missing and a.published == T


def test_window_query_is_half_open_and_times_are_instants(db):
    plus2 = dt.timezone(dt.timedelta(hours=2))
    db.articles.upsert_many([(art(1, published=T), "f"), (art(2, published=T + dt.timedelta(hours=1)), "f"),
                             (art(3, published=dt.datetime(2025, 7, 3, 12, tzinfo=plus2)), "f"),   # 10:00 UTC
                             (art(4, published=dt.datetime(2025, 7, 3, 8, 30)), "f")])             # naive = UTC
    got = db.articles.in_window(T, T + dt.timedelta(hours=1))
    assert [a.url for a in got] == ["https://example.com/a/1"]
    assert db.articles.by_url("https://example.com/a/3").published == T + dt.timedelta(hours=1)
    assert db.articles.by_url("https://example.com/a/4").published == T - dt.timedelta(minutes=30)
    # the same window given in another offset selects the same articles
    got = db.articles.in_window(T.astimezone(plus2), (T + dt.timedelta(hours=2)).astimezone(plus2))
    assert [a.url for a in got] == ["https://example.com/a/1", "https://example.com/a/2", "https://example.com/a/3"]
    assert [a.url for a in db.articles.iter_all(chunk=2)] == [f"https://example.com/a/{n}" for n in (1, 2, 3, 4)]


def test_full_text_search_matches_words_not_substrings(db):
    db.articles.upsert_many([(art(1, title="Kling AI closes fundraise"), "f"), (art(2, title="Wimbledon"), "f"),
                             (art(3, title="Minister said little", summary="Nothing on the fundraise."), "f")])
    assert [a.url for a, _ in db.articles.search("kling fundraise")] == ["https://example.com/a/1"]
    assert [a.url for a, _ in db.articles.search("AI")] == ["https://example.com/a/1"]     # not "said"
    assert {a.url for a, _ in db.articles.search("FUNDRAISE")} == {"https://example.com/a/1",
                                                                   "https://example.com/a/3"}
    assert db.articles.search('"; DROP TABLE articles; --') == []
    assert db.articles.search("100%_") == [] and db.articles.search("   ") == []
    assert db.articles.count() == 3
    # words inside URLs, host names, paths and decimals are words to search too (as FTS5's tokenizer splits them)
    db.articles.upsert_many([(art(4, text="See kling.ai/pricing and example.com/qwen, up 37.9% on OpenAI/Google."),
                              "f")])
    for query in ("kling pricing", "qwen", "37", "9", "openai google"):
        assert [a.url for a, _ in db.articles.search(query)] == ["https://example.com/a/4"], query


@needs_pg
def test_postgres_search_finds_candidates_through_its_index():
    from sqlalchemy.dialects import postgresql

    from topline.store.articles import _pg_search
    with pg_schema() as url, Store(url) as store:
        with store.read() as conn:
            assert conn.exec_driver_sql("SELECT indexname FROM pg_indexes WHERE tablename = 'articles' AND "
                                        "indexname = 'ix_articles_words'").scalar() == "ix_articles_words"
            conn.exec_driver_sql("SET LOCAL enable_seqscan = off")   # a tiny table: make the plan show the index
            sql = str(_pg_search(["kling", "AI's"], 10).compile(dialect=postgresql.dialect(),
                                                                  compile_kwargs={"literal_binds": True}))
            plan = "\n".join(r[0] for r in conn.exec_driver_sql("EXPLAIN " + sql))
        assert "ix_articles_words" in plan


def test_failures_and_enrichments(db):
    from topline.records import Failure
    db.articles.record_failures([Failure("feed.xml", "parse_error", "bad XML", 3)])
    assert [(f.input, f.reason, f.line) for f in db.articles.failures()] == [("feed.xml", "parse_error", 3)]
    db.articles.upsert_many([(art(1), "f"), (art(2), "f")])
    ids = [db.articles.by_url(f"https://example.com/a/{n}").id for n in (1, 2)]
    hashes = db.articles.content_hashes(ids)
    e = Enrichment(ids[0], hashes[ids[0]], "en", ("One sentence.",), (Entity("Kling AI", "Kling AI", "ORG"),),
                   (Figure("$2.8bn", "money", 2.8e9, "USD"),))
    stale = Enrichment(ids[1], "not-the-hash", "en", ("x",), duplicate_of=ids[0])
    db.articles.save_enrichments([e, stale], "v1")
    db.articles.save_enrichments([e], "v1")                      # replacing is idempotent
    assert db.articles.enrichments(ids, "v1") == {ids[0]: e}     # the stale hash does not count
    assert db.articles.enrichments(ids, "v2") == {}
    assert [a.id for a in db.articles.by_ids([ids[1], ids[0]])] == [ids[1], ids[0]]


# --- stories, editions, sources, cache, sends -------------------------------------------------------------------

def _story(sid: str, ids: tuple[int, ...], last: dt.datetime = T) -> Story:
    return Story(sid, f"Story {sid}", ids, first_seen=T - dt.timedelta(hours=5), last_seen=last,
                 outlets=("Reuters", "FT"), phase="developing")


def test_stories_membership_data_and_classifications(db):
    db.articles.upsert_many([(art(n), "f") for n in (1, 2, 3)])
    a1, a2, a3 = (db.articles.by_url(f"https://example.com/a/{n}").id for n in (1, 2, 3))
    db.stories.save([_story("s-1", (a1, a2)), _story("s-2", (a3,), T - dt.timedelta(days=3))],
                    [(a1, "s-1", 0.9), (a2, "s-1", 0.8), (a3, "s-2", 1.0)], {"s-1": {"centroid": [0.5, 1.5]}})
    db.stories.save([_story("s-1", (a1, a2, a3))], [(a3, "s-1", 0.7)])       # a3 moves to s-1; data kept
    assert db.stories.get("s-1").article_ids == (a1, a2, a3) and db.stories.get("s-2").article_ids == ()
    assert db.stories.get("s-1").first_seen == T - dt.timedelta(hours=5)
    assert [s.id for s in db.stories.get_many(["s-2", "nope", "s-1"])] == ["s-2", "s-1"]
    assert [s.id for s in db.stories.active_since(T - dt.timedelta(days=1))] == ["s-1"]
    assert db.stories.data(["s-1", "s-2"]) == {"s-1": {"centroid": [0.5, 1.5]}, "s-2": {}}
    assert db.stories.story_of([a1, a3]) == {a1: "s-1", a3: "s-1"}
    with db.read() as conn:     # counted from memberships: a3 left s-2
        counts = dict(conn.execute(schema.stories.select().with_only_columns(
            schema.stories.c.id, schema.stories.c.article_count)).all())
    assert counts == {"s-1": 3, "s-2": 0}
    # centroids: packed terms and float32 weights, replaced whole
    import numpy as np

    from topline.records import StoryCentroid
    c = StoryCentroid(2, ("en:kling", "en:fund"), np.array([0.75, 0.5]), ("en|kling",), np.array([1.0]))
    db.stories.save([_story("s-1", ())], centroids={"s-1": c})
    got = db.stories.centroids(["s-1", "s-2"])
    assert list(got) == ["s-1"] and got["s-1"].text_terms == c.text_terms and got["s-1"].dense is None
    assert got["s-1"].text_weights.tolist() == [0.75, 0.5] and got["s-1"].anchor_weights.tolist() == [1.0]
    # classifications: primary key (story, taxonomy); saving again replaces
    for primary in ("Capital", "Compute"):
        db.stories.save_classifications("tax-a", [Classification("s-1", primary, (("Compute", 0.7),), (), "t")])
    db.stories.save_classifications("tax-b", [Classification("s-1", None)])
    with db.read() as conn:
        rows = conn.execute(schema.classifications.select().order_by(schema.classifications.c.taxonomy)).all()
    assert [(r.taxonomy, r.primary_category) for r in rows] == [("tax-a", "Compute"), ("tax-b", None)]
    assert rows[0].data["scores"] == [["Compute", 0.7]]
    db.stories.delete(["s-1"])                   # cascades to membership and classifications
    assert db.stories.story_of([a1, a3]) == {} and db.stories.get("s-1") is None
    with db.read() as conn:
        assert conn.execute(schema.classifications.select()).all() == []


def _edition(date: dt.date = D) -> Edition:
    cite = (Citation("https://e.com/1", "Reuters"),)
    page = CategoryPage(
        name="Capital", slug="cap",
        top_line=(TopLineItem("Kling raised money.", "s-1", cite),),
        key_developments=(Development("s-2", "Tariffs on chips", (Paragraph("Washington set tariffs.", cite),
                                                                   Paragraph("Seoul answered quickly.", cite))),),
        signals=(Signal("Oracle across two stories", "Two stories involve Oracle.", cite, ("s-1", "s-2")),))
    return Edition(date=date, categories=(page,), manifest=RunManifest(articles=3),
                   generated_at=dt.datetime(2025, 7, 3, 23, tzinfo=dt.timezone.utc))


def _ranked(sid: str, score: float) -> RankedStory:
    return RankedStory(StoryBundle(_story(sid, ()), ()), Classification(sid, "Capital"),
                       Ranking(sid, score, (Factor("independent_outlets", 0.5, 0.2, "2 outlets"),)))


def test_editions_round_trip_history_and_search(db):
    db.editions.save(_edition(), [_ranked("s-1", 0.9), _ranked("s-2", 0.4)])
    db.editions.save(_edition(), [_ranked("s-1", 0.9), _ranked("s-2", 0.4)])     # replacing is idempotent
    db.editions.save(_edition(D + dt.timedelta(days=1)), [_ranked("s-2", 0.8)])
    got = db.editions.get(D)
    assert got["categories"][0]["top_line"][0]["text"] == "Kling raised money."
    assert got == json.loads(json.dumps(got)) and db.editions.get(D - dt.timedelta(days=9)) is None
    assert db.editions.dates() == [D + dt.timedelta(days=1), D]
    rows = db.editions.ranked_stories(D)
    assert [(r["story_id"], r["rank"], r["category"]) for r in rows] == [("s-1", 1, "Capital"), ("s-2", 2, "Capital")]
    assert rows[0]["factors"][0]["note"] == "2 outlets" and rows[0]["score"] == pytest.approx(0.9)
    assert [(r["date"], r["story_id"]) for r in db.editions.history(D + dt.timedelta(days=2))] == \
        [(D + dt.timedelta(days=1), "s-2"), (D, "s-1"), (D, "s-2")]
    assert [r["date"] for r in db.editions.story_history("s-2")] == [D, D + dt.timedelta(days=1)]
    # search: one row per Top Line item, development (its paragraphs joined) and signal
    hits = db.editions.search("kling")
    assert sorted((h["date"], h["category"], h["story_id"], h["title"], h["body"]) for h in hits) == [
        (day, "cap", "s-1", "Top Line", "Kling raised money.") for day in ("2025-07-03", "2025-07-04")]
    assert all(isinstance(h["rank"], float) for h in hits)
    hit = db.editions.search("seoul tariffs", limit=1)
    assert len(hit) == 1 and hit[0]["title"] == "Tariffs on chips"
    assert hit[0]["body"] == "Washington set tariffs. Seoul answered quickly."
    assert {h["story_id"] for h in db.editions.search("oracle")} == {""}
    assert db.editions.search("kling tariffs") == [] and db.editions.search('"; DROP TABLE editions; --') == []
    assert db.editions.search("") == []


def test_sources(db):
    src, created = db.sources.add("https://feeds.example.com/rss")
    assert created and src.name == "" and src.ok_count == 0
    src, created = db.sources.add("https://feeds.example.com/rss", "Example feed")
    assert not created and src.name == "Example feed"
    db.sources.record_fetch(src.url, reason=None, etag='W/"1"', last_modified="Thu, 03 Jul 2025 09:00:00 GMT")
    db.sources.record_fetch(src.url, reason="timeout")
    got = db.sources.get(src.url)
    assert (got.ok_count, got.fail_count, got.etag, got.last_reason) == (1, 1, 'W/"1"', "timeout")
    assert got.last_fetched.tzinfo is not None
    db.sources.add("https://other.example.com/atom", "Other")
    assert [s.name for s in db.sources.list()] == ["Example feed", "Other"] and db.sources.count() == 2
    assert db.sources.remove(str(got.id)) and not db.sources.remove("https://nowhere.example.com/")
    assert db.sources.remove("https://other.example.com/atom") and db.sources.count() == 0


def test_llm_cache(db):
    assert db.cache.get("k1") is None
    db.cache.put("k1", "model-x", {"text": "first", "score": 0.5}, 10, 3)
    db.cache.put("k1", "model-x", {"text": "second"})
    assert db.cache.get("k1") == {"text": "second"}


def test_sends_are_claimed_once(db):
    repo = db.sends
    assert repo.claim(D, "a@example.com", "", "<m1@topline>")
    assert not repo.claim(D, "a@example.com", "", "<m2@topline>")       # already sent
    assert repo.claim(D, "a@example.com", "cap", "<m3@topline>")        # another category
    repo.confirm(D, "a@example.com", "")
    repo.release(D, "a@example.com", "cap")
    assert repo.was_sent(D, "a@example.com", "") and not repo.was_sent(D, "a@example.com", "cap")
    listed = repo.list(D)
    assert [(r["date"], r["category"], r["message_id"]) for r in listed] == [(D, "", "<m1@topline>")]
    assert listed[0]["sent_at"].tzinfo is not None and repo.list(D + dt.timedelta(days=1)) == []


# --- what PostgreSQL refuses or limits ---------------------------------------------------------------------------

def test_values_postgresql_refuses_are_stored_not_fatal(db):
    """NUL characters, NaN in JSON and over-long strings fail a whole batch on PostgreSQL unless fitted."""
    long_url = "https://example.com/" + "x" * 3000
    odd = art(1, url=long_url, text="before\x00after", language="english (united kingdom)", author="A" * 600,
              metadata={"score": math.nan, "note": "a\x00b"})
    result = db.articles.upsert_many([(odd, "f"), (art(2), "f")])
    assert result.added == 2
    got = db.articles.by_url(long_url)
    assert got is not None and db.articles.upsert_many([(odd, "f")]).unchanged == 1   # found again by its URL
    if is_pg(db):
        assert (len(got.url), got.text, len(got.author)) == (2048, "beforeafter", 512)
        assert got.language == "english (united kingdom)"[:16]
        assert got.metadata == {"score": None, "note": "ab"}
    else:
        assert (got.url, got.text, got.language) == (long_url, "before\x00after", "english (united kingdom)")
        assert math.isnan(got.metadata["score"])
    src, _ = db.sources.add("https://feeds.example.com/" + "y" * 3000, "N" * 700)
    db.sources.record_fetch(src.url, reason=None, etag="E" * 600)
    assert db.sources.get(src.url).etag.startswith("EEE") and db.sources.count() == 1
    db.editions.save(Edition(date=D, categories=(), manifest=RunManifest(articles=1),
                             title="Edition\x00"))
    assert db.editions.dates() == [D]


def test_long_id_lists(db):
    """More ids than PostgreSQL's 65,535 parameters in one statement."""
    ids = [f"s-{i}" for i in range(70_000)]
    db.stories.save([_story("s-5", ())])
    assert [s.id for s in db.stories.get_many(ids)] == ["s-5"]
    assert db.stories.data(ids) == {"s-5": {}}
    db.stories.delete(ids)
    assert db.stories.get("s-5") is None


def test_concurrent_writers_queue_instead_of_failing(db):
    """Threads storing the same new articles at once: every write succeeds, each article is one row."""
    threads, rounds, errors = 4, 3, []
    barrier = threading.Barrier(threads)

    def work(k: int) -> None:
        try:
            for r in range(rounds):
                barrier.wait(timeout=60)
                db.articles.upsert_many([(art(1000 * r + n), f"via-{k}") for n in range(40)])
        except Exception as exc:  # noqa: BLE001 - collected and asserted below
            errors.append(exc)
            barrier.abort()

    pool = [threading.Thread(target=work, args=(k,)) for k in range(threads)]
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    assert errors == []
    assert db.articles.count() == rounds * 40 and db.articles.sighting_count() == rounds * 40 * threads


@needs_pg
def test_naive_datetimes_mean_utc_whatever_the_server_time_zone():
    with pg_schema("-ctimezone=America/New_York") as url:
        store = Store(url)
        try:
            with store.read() as conn:
                assert conn.exec_driver_sql("SHOW TIME ZONE").scalar() == "UTC"
            store.articles.upsert_many([(art(1, published=dt.datetime(2025, 7, 3, 9)), "f")])
            assert store.articles.by_url("https://example.com/a/1").published == T
            assert len(store.articles.in_window(dt.datetime(2025, 7, 3, 9), dt.datetime(2025, 7, 3, 10))) == 1
        finally:
            store.close()


# --- a whole edition --------------------------------------------------------------------------------------------

def _build(home: Path, corpus: list[Path], url: str | None) -> subprocess.Popen:
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("TOPLINE_")}
    env["TOPLINE_HOME"] = str(home)
    if url:
        env["TOPLINE_DATABASE_URL"] = url
    cli = [sys.executable, "-m", "topline.cli.main"]     # the installed package, whichever venv runs the tests
    script = (f"{' '.join(cli)} ingest {' '.join(map(str, corpus))} >/dev/null && "
              f"{' '.join(cli)} brief --date 2025-07-03 --writer offline --format json --out {home / 'site'}")
    return subprocess.Popen(["bash", "-c", script], env=env, cwd=home, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)


@needs_pg
@pytest.mark.slow
def test_demo_edition_is_the_same_on_both_databases(tmp_path):
    """`topline ingest` + `topline brief` on the demo corpus: same categories and stories on SQLite and PostgreSQL."""
    folder = REPO / "topline" / "demo" / "corpus"
    corpus = sorted(folder.glob("*.jsonl"))
    require(corpus, f"demo corpus not found at {folder}")
    with pg_schema() as url:
        runs = {name: _build(tmp_path / name, corpus, u) for name, u in (("sqlite", None), ("pg", url))}
        outs = {name: proc.communicate(timeout=300)[0] for name, proc in runs.items()}
        assert all(p.returncode == 0 for p in runs.values()), outs
    pages = {}
    for name in runs:
        ed = json.loads((tmp_path / name / "site" / "2025-07-03" / "edition.json").read_text())
        pages[name] = [(c["slug"], [t["story_id"] for t in c["top_line"]],
                        [d["story_id"] for d in c["key_developments"]], [s["title"] for s in c["signals"]])
                       for c in ed["categories"]]
    assert pages["sqlite"] and sum(len(p[2]) for p in pages["sqlite"]) > 0
    assert pages["pg"] == pages["sqlite"]


def test_runs_lock_steps_and_source_health(db):
    """The runs table as lock and record (topline.store.runs), and the source health columns of revision 0006."""
    import datetime as dt

    from topline.ingest.health import after_poll
    from topline.store.runs import Holder, RunBusy
    now = dt.datetime.now(dt.timezone.utc)
    other = Holder("elsewhere.invalid", 7)
    run, how = db.runs.acquire("run", "2026-01-01:fetch", other, lease=60, now=now)
    assert how == "new"
    db.runs.step(run.id, other, "fetch", "done", {"failed": 0})
    me = Holder.me()
    with pytest.raises(RunBusy):
        db.runs.acquire("run", "2026-01-01:fetch", me, lease=60, now=now)
    taken, how = db.runs.acquire("run", "2026-01-01:fetch", me, lease=60, now=now + dt.timedelta(seconds=90))
    assert how == "resumed" and taken.steps_done() == ["fetch"]
    with pytest.raises(RunBusy):                      # the old holder lost the lock: it can no longer write
        db.runs.step(run.id, other, "extract", "running")
    assert db.runs.finish(run.id, me, "done").data["status"] == "done"
    assert db.runs.acquire("run", "2026-01-01:fetch", Holder.me(), lease=60)[1] == "done"

    db.sources.add("https://feeds.example.com/rss")
    db.sources.record_fetch("https://feeds.example.com/rss", reason="http_5xx",
                            health=after_poll("http_5xx", 0, now, retry_after=dt.timedelta(hours=2)))
    src = db.sources.list()[0]
    assert src.consecutive_failures == 1 and src.next_poll == now + dt.timedelta(hours=2) and src.paused == ""
    assert db.sources.resume(str(src.id)) and db.sources.list()[0].next_poll is None


def test_stage_cache_round_trip_and_bound(db):
    """The stage cache (issue 14, revision 0008): values come back as stored, more keys than one query's chunk,
    a key stored again is replaced, and rows of editions before the bound are deleted."""
    keys = {f"k{i:04d}": [f"sentence {i} \u2019\u00e9", [f"name {i}"], ["word"], i % 2 == 0] for i in range(1203)}
    db.stage_cache.put_many("watch-evidence", keys, D)
    db.stage_cache.put_many("watch-evidence", {"k0000": ["again"]}, D)
    got = db.stage_cache.get_many("watch-evidence", list(keys) + ["missing"])
    assert got == {**keys, "k0000": ["again"]}
    assert db.stage_cache.get_many("event-kinds", keys) == {}
    db.stage_cache.put_many("event-kinds", {"old": ["funding"]}, D - dt.timedelta(days=30))
    assert db.stage_cache.prune(D - dt.timedelta(days=14)) == 1
    assert db.stage_cache.count() == 1203 and db.stage_cache.count("event-kinds") == 0
