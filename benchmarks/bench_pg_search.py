"""PostgreSQL article search: with the word index of revision 0004 against the same query scanning every article.

Stores N synthetic articles (real sentences of the shared data sets, as bench_stories builds them) in a fresh
schema of the server at TOPLINE_BENCH_POSTGRES_URL, then times each query several times both ways: as Topline
runs it (the index narrows the candidates, the whole-word patterns decide) and with index scans disabled for the
session (the scan every query did before 0004). Prints the median milliseconds per query and the ratio, and the
time to store the articles with and without the index (its cost at ingestion).

    TOPLINE_BENCH_POSTGRES_URL=postgresql+psycopg://user:pw@127.0.0.1/db \\
        .venv/bin/python benchmarks/bench_pg_search.py --articles 20000
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
import uuid
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
QUERIES = ["oil", "bank profit", "election president", "China trade", "Google search", "2004"]


def _timed(conn, sql: str, runs: int) -> tuple[float, int]:  # noqa: ANN001
    times, n = [], 0
    for _ in range(runs):
        t0 = time.perf_counter()
        n = len(conn.exec_driver_sql(sql).all())
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=20000)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    url = os.environ.get("TOPLINE_BENCH_POSTGRES_URL")
    if not url:
        raise SystemExit("set TOPLINE_BENCH_POSTGRES_URL to a PostgreSQL database this benchmark may write to")
    sys.path.insert(0, str(REPO))
    sys.path.insert(0, str(REPO / "benchmarks"))
    from sqlalchemy import create_engine
    from sqlalchemy.dialects import postgresql
    from sqlalchemy.engine import make_url

    from bench_stories import synthetic
    from topline.store import Store
    from topline.store.articles import _pg_search
    articles = synthetic(args.articles)
    schemas = [f"topline_bench_{uuid.uuid4().hex[:10]}" for _ in range(2)]
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        for name in schemas:
            conn.exec_driver_sql(f'CREATE SCHEMA "{name}"')
    try:
        urls = [make_url(url).update_query_dict({"options": f"-csearch_path={name}"})
                .render_as_string(hide_password=False) for name in schemas]
        with Store(urls[1]) as bare:
            with bare.write() as conn:
                conn.exec_driver_sql("DROP INDEX ix_articles_words")
            t0 = time.perf_counter()
            bare.articles.upsert_many((a, "bench") for a in articles)
            print(f"{args.articles} articles stored in {time.perf_counter() - t0:.1f} s without the index")
        with Store(urls[0]) as store:
            t0 = time.perf_counter()
            store.articles.upsert_many((a, "bench") for a in articles)
            print(f"{args.articles} articles stored in {time.perf_counter() - t0:.1f} s with the index")
            with store.engine.connect() as conn:
                conn.exec_driver_sql("ANALYZE articles")
                for q in QUERIES:
                    sql = str(_pg_search(q.split(), 50).compile(dialect=postgresql.dialect(),
                                                                compile_kwargs={"literal_binds": True}))
                    fast, n = _timed(conn, sql, args.runs)
                    conn.exec_driver_sql("SET enable_bitmapscan = off")
                    conn.exec_driver_sql("SET enable_indexscan = off")
                    slow, n2 = _timed(conn, sql, args.runs)
                    conn.exec_driver_sql("RESET enable_bitmapscan")
                    conn.exec_driver_sql("RESET enable_indexscan")
                    assert n == n2, (q, n, n2)
                    print(f"{q!r:24} {n:>3} hits  index {fast:8.1f} ms   scan {slow:8.1f} ms   x{slow / fast:.0f}")
    finally:
        with admin.connect() as conn:
            for name in schemas:
                conn.exec_driver_sql(f'DROP SCHEMA "{name}" CASCADE')
        admin.dispose()


if __name__ == "__main__":
    main()
