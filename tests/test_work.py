"""Work shared by workers (topline.work, store.work; issue 14): claims never overlap (``FOR UPDATE SKIP LOCKED`` on
PostgreSQL), every queued item is done once, and an edition built after workers enriched its articles equals the
edition one process builds. Runs on SQLite always and on PostgreSQL when TOPLINE_TEST_POSTGRES_URL is set."""
from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from conftest import POSTGRES_URL, needs
from topline.config import Settings
from topline.records import to_dict
from topline.store import Store

REPO = Path(__file__).resolve().parents[1]
CORPUS = sorted((REPO / "topline" / "demo" / "corpus").glob("*.jsonl"))
NO_PG = ("TOPLINE_TEST_POSTGRES_URL is not set: no PostgreSQL server to test work claiming against "
         "(set it to e.g. postgresql+psycopg://user:pw@127.0.0.1/dbname)")
needs_pg = needs(POSTGRES_URL, NO_PG)


def _pg_url():  # noqa: ANN202 - a context manager yielding a URL in a fresh schema
    from test_store_postgres import pg_schema
    return pg_schema()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=needs_pg)])
def db_url(request, tmp_path):  # noqa: ANN001, ANN201
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'work.sqlite'}"
        return
    with _pg_url() as url:
        yield url


def test_claims_are_exclusive_finish_needs_the_claim_and_stale_claims_return(db_url):
    store = Store(db_url)
    try:
        assert store.work.enqueue("enrich", [str(i) for i in range(10)]) == 10
        assert store.work.enqueue("enrich", ["3", "11"]) == 1              # 3 is already pending
        a = store.work.claim("enrich", "A", 4)
        b = store.work.claim("enrich", "B", 4)
        c = store.work.claim("enrich", "C", 4)
        assert [x for _, x in a] == ["0", "1", "2", "3"] and [x for _, x in b] == ["4", "5", "6", "7"]
        assert [x for _, x in c] == ["8", "9", "11"] and store.work.claim("enrich", "D", 4) == []
        assert store.work.finish([i for i, _ in a], "B") == 0              # not B's claim
        assert store.work.finish([i for i, _ in a], "A", failed={a[0][0]: "bad"}) == 4
        assert store.work.counts("enrich") == {"pending": 0, "claimed": 7, "done": 3, "failed": 1}
        back = store.work.claim("enrich", "E", 10, lease=0)                # B's and C's claims are stale now
        assert sorted(x for _, x in back) == sorted(x for _, x in b + c)
        assert store.work.finish([i for i, _ in b], "B") == 0              # B lost its lease to E
        assert store.work.enqueue("enrich", ["0", "1"]) == 2               # failed and done go back to pending
        rows = {r["item"]: r for r in store.work.items("enrich")}
        assert rows["4"]["worker"] == "E" and rows["4"]["attempts"] == 2 and rows["0"]["state"] == "pending"
    finally:
        store.close()


@needs_pg
def test_a_claim_skips_rows_another_transaction_holds():
    from sqlalchemy import text
    with _pg_url() as url:
        store = Store(url)
        other = Store(url, migrate=False)
        try:
            store.work.enqueue("fetch", [f"https://feeds.example/{i}" for i in range(6)])
            with other.engine.connect() as conn, conn.begin():
                held = conn.execute(text("SELECT item FROM work_items ORDER BY id LIMIT 3 FOR UPDATE")).scalars().all()
                got = store.work.claim("fetch", "B", 6)                    # does not wait for the lock holder
                assert {x for _, x in got}.isdisjoint(held) and len(got) == 3
        finally:
            other.close()
            store.close()


@needs_pg
def test_concurrent_claimers_never_share_an_item():
    with _pg_url() as url:
        Store(url).close()
        n, workers = 400, 3
        seed = Store(url, migrate=False)
        seed.work.enqueue("enrich", [str(i) for i in range(n)])
        seed.close()
        start = threading.Barrier(workers)
        got: dict[str, list[str]] = {}

        def work(name: str) -> None:
            store = Store(url, migrate=False)
            mine: list[str] = []
            start.wait()
            while claimed := store.work.claim("enrich", name, 5):
                mine.extend(x for _, x in claimed)
                store.work.finish([i for i, _ in claimed], name)
            got[name] = mine
            store.close()

        threads = [threading.Thread(target=work, args=(f"w{k}",)) for k in range(workers)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(120)
        everything = [x for v in got.values() for x in v]
        assert len(everything) == len(set(everything)) == n
        assert sum(1 for v in got.values() if v) >= 2, {k: len(v) for k, v in got.items()}
        check = Store(url, migrate=False)
        assert check.work.counts("enrich")["done"] == n
        assert {r["attempts"] for r in check.work.items("enrich")} == {1}
        check.close()


def _edition_json(result) -> dict:  # noqa: ANN001
    """The edition as JSON (less its clock readings), with every ranked story: id, articles, category, score."""
    d = to_dict(result.edition)
    d.pop("generated_at", None)
    for k in ("seconds", "timings", "cpu", "workers_cpu", "cache"):   # clock readings, and the stage cache's hits (issue 14)
        d["manifest"].pop(k, None)
    d["ranked"] = [(r.bundle.story.id, r.bundle.story.article_ids, r.classification.primary, r.ranking.score)
                   for r in result.ranked]
    return d


def _build(url: str, home: Path, date: dt.date, workers: int = 0, runner=None) -> tuple[dict, Store]:  # noqa: ANN001
    """Ingest the demo corpus into ``url``; with ``workers``, queue its articles and let that many `topline worker`
    processes enrich them first; then build the edition of ``date``."""
    from topline import pipeline
    from topline.ingest import ingest
    from topline.work import enqueue_enrich
    settings = Settings(home=home, database_url=url)
    store = Store(url)
    ingest(store, settings, [str(p) for p in CORPUS])
    reports = []
    if workers:
        assert enqueue_enrich(store, list(store.articles.iter_all())) == store.articles.count()
        env = {k: v for k, v in os.environ.items() if not k.startswith("TOPLINE_")}
        env.update(TOPLINE_HOME=str(home), TOPLINE_DATABASE_URL=url, PYTHONPATH=str(REPO))
        procs = [subprocess.Popen([sys.executable, "-c", "from topline.cli.main import main; main()", "worker",
                                   "enrich", "--batch", "4", "--name", f"w{k}", "--json"],
                                  env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                 for k in range(workers)]
        for p in procs:
            out, err = p.communicate(timeout=300)
            assert p.returncode == 0, err[-2000:]
            reports.append(json.loads(out))
        done = [x for r in reports for x in r["done"]]
        assert len(done) == len(set(done)) == store.articles.count() and not any(r["failed"] for r in reports)
        items = store.work.items("enrich")
        assert {r["state"] for r in items} == {"done"} and {r["attempts"] for r in items} == {1}
    result = pipeline.build_edition(store, settings, date, runner=runner)
    return _edition_json(result), store


def test_workers_then_edition_equals_one_process(tmp_path, db_url, tmp_path_factory):
    if db_url.startswith("sqlite"):
        # the one-process build on SQLite is built once a session (tests/built.py demo_alone: this module's
        # `_build`, shared with test_runner's local build); its store is read from a copy
        import shutil

        from tests import built
        one = built.demo_alone(tmp_path_factory)
        copy = tmp_path / "one.sqlite"
        shutil.copyfile(one["url"].removeprefix("sqlite:///"), copy)
        _compare(f"sqlite:///{copy}", db_url, tmp_path, workers=2, alone=one["edition"])
        return
    with _pg_url() as other:
        _compare(other, db_url, tmp_path, workers=3)


def _compare(one_url: str, shared_url: str, tmp_path: Path, workers: int, alone: dict | None = None) -> None:
    """``alone``: the one-process build's edition JSON when ``one_url`` already holds that build."""
    from topline.enrich import VERSION
    from topline.pipeline import window
    date = dt.date(2025, 7, 3)
    if alone is None:
        alone, s1 = _build(one_url, tmp_path / "one", date)
    else:
        s1 = Store(one_url)
    shared, s2 = _build(shared_url, tmp_path / "shared", date, workers=workers)
    try:
        assert shared == alone and alone["categories"]
        ids = [a.id for a in s1.articles.in_window(*window(date, 36))]
        assert ids == [a.id for a in s2.articles.in_window(*window(date, 36))]
        assert s2.articles.enrichments(ids, VERSION) == s1.articles.enrichments(ids, VERSION)
        assert not s2.articles.unlinked(ids, VERSION)          # the edition linked the workers' enrichments
        assert any(e.duplicate_of for e in s1.articles.enrichments(ids, VERSION).values())
    finally:
        s1.close()
        s2.close()


def _rss(k: int) -> bytes:
    items = "".join(
        f"<item><title>Feed {k} story {j}: Quillon Systems opens office {j}</title>"
        f"<link>https://news{k}.example/story-{j}</link><pubDate>Thu, 03 Jul 2025 0{j}:00:00 GMT</pubDate>"
        f"<description>{'Quillon Systems said on Thursday it would open another office in Leeds. ' * 12}"
        f"</description></item>" for j in range(3))
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Feed {k}</title>{items}</channel></rss>'.encode()


def test_fetch_workers_poll_each_source_once(tmp_path, db_url):
    """Two `topline worker fetch` processes share twelve subscribed feeds on a loopback server: the server sees
    each feed requested exactly once, and every entry is stored."""
    from ingest._support import LoopbackServer, send
    server = LoopbackServer()
    feeds = 12
    for k in range(feeds):
        server.routes[f"/feed/{k}.xml"] = lambda h, k=k: send(h, _rss(k), content_type="application/rss+xml")
    store = Store(db_url)
    try:
        for k in range(feeds):
            store.sources.add(server.url(f"/feed/{k}.xml"), name=f"Feed {k}")
        from topline.work import enqueue_fetch
        assert enqueue_fetch(store) == feeds
        env = {k: v for k, v in os.environ.items() if not k.startswith("TOPLINE_")}
        env.update(TOPLINE_HOME=str(tmp_path), TOPLINE_DATABASE_URL=db_url, PYTHONPATH=str(REPO),
                   TOPLINE_FETCH_ALLOW_PRIVATE="1")
        procs = [subprocess.Popen([sys.executable, "-c", "from topline.cli.main import main; main()", "worker",
                                   "fetch", "--batch", "2", "--name", f"f{k}", "--json"],
                                  env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                 for k in range(2)]
        reports = []
        for p in procs:
            out, err = p.communicate(timeout=300)
            assert p.returncode == 0, err[-2000:]
            reports.append(json.loads(out))
        done = [x for r in reports for x in r["done"]]
        assert sorted(done) == sorted(server.url(f"/feed/{k}.xml") for k in range(feeds))
        paths = [p for p, _ in server.requests]
        assert sorted(paths) == sorted(f"/feed/{k}.xml" for k in range(feeds))    # each fetched once
        assert store.articles.count() == feeds * 3
        assert store.work.counts("fetch")["done"] == feeds
    finally:
        store.close()
        server.close()
