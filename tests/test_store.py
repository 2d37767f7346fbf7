import datetime as dt
import os
import signal
import subprocess
import sys
import textwrap
import time

from sqlalchemy import inspect, select

from topline.records import Article, Edition, RunManifest
from topline.store import Store
from topline.store import schema
from topline.store.articles import BATCH_SIZE

T = dt.datetime(2025, 7, 3, 9, tzinfo=dt.timezone.utc)


def art(n: int, **kw) -> Article:
    base = dict(url=f"https://example.com/a/{n}", title=f"Title {n}", text=f"Body of article number {n}.",
                source="Example", published=T)
    base.update(kw)
    return Article(**base)


def test_migration_creates_the_schema(store):
    assert store.revision() is not None
    with store.read() as conn:
        tables = set(inspect(conn).get_table_names())
    assert set(schema.metadata.tables) <= tables
    assert {"articles_fts", "briefings_fts"} <= tables
    # opening again is a no-op migration
    Store(store.url).close()


def test_article_count_follows_memberships(store):
    from topline.records import Story
    store.articles.upsert_many([(art(i), "f") for i in range(3)])
    ids = [store.articles.by_url(f"https://example.com/a/{i}").id for i in range(3)]
    one = Story(id="s-1", title="A", article_ids=(), first_seen=T, last_seen=T, outlets=("Example",))
    two = Story(id="s-2", title="B", article_ids=(), first_seen=T, last_seen=T, outlets=("Example",))
    store.stories.save([one, two], [(ids[0], "s-1", 1.0), (ids[1], "s-1", 0.5), (ids[2], "s-2", 1.0)])
    store.stories.save([two], [(ids[1], "s-2", 0.4)])          # an article moves: both counts follow

    def counts():
        with store.read() as conn:
            return dict(conn.execute(select(schema.stories.c.id, schema.stories.c.article_count)).all())
    assert counts() == {"s-1": 1, "s-2": 2}
    assert [len(s.article_ids) for s in store.stories.get_many(["s-1", "s-2"])] == [1, 2]
    assert [s.article_ids for s in store.stories.active_since(T, with_members=False)] == [(), ()]


def test_same_article_twice_is_one_row_with_two_sightings(store):
    r1 = store.articles.upsert_many([(art(1), "feed-a")])
    r2 = store.articles.upsert_many([(art(1), "feed-b")])
    r3 = store.articles.upsert_many([(art(1), "feed-b")])
    assert (r1.added, r2.added, r2.sightings, r3.sightings, r3.unchanged) == (1, 0, 1, 0, 1)
    assert store.articles.count() == 1
    assert [v for _, v, _ in store.articles.sightings(store.articles.by_url("https://example.com/a/1").id)] == \
        ["feed-a", "feed-b"]


def test_longer_text_updates_shorter_never_replaces(store):
    store.articles.upsert_many([(art(1, text="", summary="Short summary."), "f")])
    r = store.articles.upsert_many([(art(1, text="A much longer full text of the article."), "f")])
    assert r.updated == 1
    r = store.articles.upsert_many([(art(1, text="Short."), "g")])
    assert r.updated == 0
    assert store.articles.by_url("https://example.com/a/1").text.startswith("A much longer")


def test_missing_date_is_flagged_and_later_filled(store):
    store.articles.upsert_many([(art(1, published=None), "f")])
    a = store.articles.by_url("https://example.com/a/1")
    assert a.published_missing and a.published.tzinfo is not None
    store.articles.upsert_many([(art(1, published=T, text="Body of article number 1, now with more text."), "f")])
    a = store.articles.by_url("https://example.com/a/1")
    assert not a.published_missing and a.published == T


def test_full_text_search(store):
    store.articles.upsert_many([(art(1, title="Kling AI closes fundraise"), "f"), (art(2, title="Wimbledon"), "f")])
    hits = store.articles.search("kling fundraise")
    assert [a.url for a, _ in hits] == ["https://example.com/a/1"]
    assert store.articles.search('"; DROP TABLE articles; --') == []
    assert store.articles.count() == 2


def test_window_query_is_half_open(store):
    store.articles.upsert_many([(art(1, published=T), "f"), (art(2, published=T + dt.timedelta(hours=1)), "f")])
    got = store.articles.in_window(T, T + dt.timedelta(hours=1))
    assert [a.url for a in got] == ["https://example.com/a/1"]


def test_editions_round_trip_and_search(store):
    from topline.records import CategoryPage, Citation, TopLineItem
    page = CategoryPage(name="Cap", slug="cap", top_line=(TopLineItem("Kling raised money.", "s-1",
                                                                      (Citation("https://e.com/1", "Reuters"),)),),
                        key_developments=(), signals=())
    e = Edition(date=dt.date(2025, 7, 3), categories=(page,), manifest=RunManifest(articles=3))
    store.editions.save(e)
    store.editions.save(e)   # replacing is idempotent
    assert store.editions.get(dt.date(2025, 7, 3))["categories"][0]["top_line"][0]["text"] == "Kling raised money."
    assert store.editions.dates() == [dt.date(2025, 7, 3)]
    assert len(store.editions.search("kling")) == 1


def test_killed_run_keeps_committed_batches_whole(tmp_path):
    """SIGKILL in the middle of a long ingest: every committed batch is whole, the database is sound."""
    db = tmp_path / "kill.sqlite"
    script = textwrap.dedent(f"""
        import datetime as dt, sys
        from topline.records import Article
        from topline.store import Store
        s = Store("sqlite:///{db}")
        T = dt.datetime(2025, 7, 3, tzinfo=dt.timezone.utc)
        def gen():
            for n in range(10**7):
                if n == {BATCH_SIZE}:
                    print("first-batch-done", flush=True)
                yield Article(url=f"https://k.example/{{n}}", title=f"t{{n}}", text="x" * 200, source="K",
                              published=T), "kill-test"
        s.articles.upsert_many(gen())
    """)
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "first-batch-done"
    time.sleep(0.5)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    s = Store(f"sqlite:///{db}")
    n = s.articles.count()
    assert n >= BATCH_SIZE and n % BATCH_SIZE == 0
    assert s.articles.sighting_count() == n
    with s.read() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    s.close()


def test_one_batch_stores_rows_and_sightings_in_input_order(store):
    """Issue 14: articles are inserted through one compiled statement and the batch's sightings in one
    executemany; ids, rows and sightings are those of one insert per row, in input order, repeats included."""
    batch = [(art(1, metadata={"k": [1, 2]}), "feed-a"), (art(2, published=None), "feed-a"),
             (art(1), "feed-b"),                                               # seen again in the same batch
             (art(3, text="Short."), "feed-a"),
             (art(3, text="A longer body of article number 3, in full."), "feed-c"),   # improved in the batch
             (art(2, published=None), "feed-a")]                               # the same sighting twice
    r = store.articles.upsert_many(batch)
    assert (r.added, r.updated, r.sightings, r.unchanged) == (3, 1, 2, 2)
    with store.read() as conn:
        rows = conn.execute(select(schema.articles.c.id, schema.articles.c.url, schema.articles.c.text,
                                   schema.articles.c.metadata, schema.articles.c.published_missing)
                            .order_by(schema.articles.c.id)).all()
        seen = conn.execute(select(schema.sightings.c.article_id, schema.sightings.c.via)
                            .order_by(schema.sightings.c.id)).all()
    ids = [row.id for row in rows]
    assert [row.url for row in rows] == [f"https://example.com/a/{n}" for n in (1, 2, 3)]
    assert rows[0].metadata == {"k": [1, 2]} and [bool(row.published_missing) for row in rows] == [False, True, False]
    assert rows[2].text == "A longer body of article number 3, in full."
    assert [tuple(x) for x in seen] == [(ids[0], "feed-a"), (ids[1], "feed-a"), (ids[0], "feed-b"),
                                        (ids[2], "feed-a"), (ids[2], "feed-c")]


def test_classifications_saved_in_one_batch_replace_the_story_s_row_for_that_taxonomy(store):
    """Issue 14: a batch of classifications is one DELETE and one INSERT (executemany); a story's row for the
    taxonomy is replaced, other taxonomies' rows stay, and a story given twice keeps its last classification."""
    from topline.records import Classification, Story
    store.articles.upsert_many([(art(i), "f") for i in range(3)])
    stories = [Story(id=f"s-{i}", title=f"S{i}", article_ids=(), first_seen=T, last_seen=T, outlets=("Example",))
               for i in range(3)]
    store.stories.save(stories, [(store.articles.by_url(f"https://example.com/a/{i}").id, f"s-{i}", 1.0)
                                 for i in range(3)])
    store.stories.save_classifications("tax-a", [Classification("s-0", "A", (("A", 0.9),)),
                                                 Classification("s-1", "B", (("B", 0.8),))])
    store.stories.save_classifications("tax-b", [Classification("s-0", "Z", (("Z", 0.5),))])
    store.stories.save_classifications("tax-a", [Classification("s-1", None), Classification("s-2", "C", (("C", 0.7),)),
                                                 Classification("s-2", "D", (("D", 0.6),), ("C",), "twice")])
    with store.read() as conn:
        rows = {(r.story_id, r.taxonomy): (r.primary_category, r.data) for r in conn.execute(
            select(schema.classifications.c.story_id, schema.classifications.c.taxonomy,
                   schema.classifications.c.primary_category, schema.classifications.c.data))}
    assert set(rows) == {("s-0", "tax-a"), ("s-1", "tax-a"), ("s-2", "tax-a"), ("s-0", "tax-b")}
    assert rows[("s-0", "tax-a")][0] == "A" and rows[("s-0", "tax-b")][0] == "Z" and rows[("s-1", "tax-a")][0] is None
    assert rows[("s-2", "tax-a")] == ("D", {"scores": [["D", 0.6]], "secondary": ["C"], "method": "twice"})
