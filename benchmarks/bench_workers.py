"""Enrichment throughput of `topline worker` processes sharing one PostgreSQL queue (issue 14): 1 worker, then 2.

``--n`` synthetic articles (the generator of bench_stories.py: real sentences of ag-news + mmds2025-dev, read by
path) are stored once in a fresh schema; for each worker count the enrichments and the queue are reset, the items
queued, and that many `topline worker enrich` processes started together (imports and connection not timed: each
worker waits on a start file). Prints wall seconds from start to the last worker's end, articles per second, the
CPU seconds (user + system) each worker spent after the start, the load average (1/5/15 min) at the start and the
end, and checks no item was done twice. On a busy machine, read the CPU seconds: articles per CPU second per
worker say what a free core would give, the wall time only what the machine had left. Needs TOPLINE_BENCH_POSTGRES_URL (a database where schemas may be created).

    TOPLINE_BENCH_POSTGRES_URL=postgresql+psycopg://u:pw@127.0.0.1/db python benchmarks/bench_workers.py --n 4000
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

_WORKER = """
import json, os, resource, sys, time
from pathlib import Path
from topline.config import load_settings
from topline.store import Store
from topline.work import run_worker
settings = load_settings()
store = Store(settings.db_url, migrate=False)
go = Path(sys.argv[1])
while not go.exists():
    time.sleep(0.01)
def cpu():
    u = resource.getrusage(resource.RUSAGE_SELF)
    return u.ru_utime + u.ru_stime
t0, c0 = time.time(), cpu()
r = run_worker(store, settings, "enrich", name=sys.argv[2], batch=int(sys.argv[3]))
print(json.dumps({"done": r.done, "start": t0, "end": time.time(), "cpu": cpu() - c0}))
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=4000)
    ap.add_argument("--workers", default="1,2")
    ap.add_argument("--batch", type=int, default=50)
    args = ap.parse_args()
    base = os.environ.get("TOPLINE_BENCH_POSTGRES_URL")
    if not base:
        raise SystemExit("set TOPLINE_BENCH_POSTGRES_URL")
    from sqlalchemy import create_engine, delete
    from sqlalchemy.engine import make_url

    from bench_stories import synthetic
    from topline.store import Store, schema
    name = f"bench_workers_{uuid.uuid4().hex[:8]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.exec_driver_sql(f'CREATE SCHEMA "{name}"')
    url = make_url(base).update_query_dict({"options": f"-csearch_path={name}"}).render_as_string(hide_password=False)
    try:
        store = Store(url)
        store.articles.upsert_many((a, "bench") for a in synthetic(args.n, days=1))
        ids = [str(a.id) for a in store.articles.iter_all()]
        for k in [int(x) for x in args.workers.split(",")]:
            with store.write() as conn:
                conn.execute(delete(schema.enrichments))
                conn.execute(delete(schema.work_items))
            store.work.enqueue("enrich", ids)
            with tempfile.TemporaryDirectory() as tmp:
                go = Path(tmp) / "go"
                env = dict(os.environ, TOPLINE_DATABASE_URL=url, TOPLINE_HOME=tmp, PYTHONPATH=str(REPO))
                procs = [subprocess.Popen([sys.executable, "-c", _WORKER, str(go), f"w{j}", str(args.batch)],
                                          env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                         for j in range(k)]
                time.sleep(8)          # imports and connections, untimed
                load = "/".join(f"{x:.1f}" for x in os.getloadavg())
                go.touch()
                outs = []
                for p in procs:
                    out, err = p.communicate()
                    if p.returncode:
                        raise SystemExit(err[-2000:])
                    outs.append(json.loads(out.strip().splitlines()[-1]))
            done = [x for o in outs for x in o["done"]]
            assert len(done) == len(set(done)) == len(ids), "an item was done twice or not at all"
            wall = max(o["end"] for o in outs) - min(o["start"] for o in outs)
            end_load = "/".join(f"{x:.1f}" for x in os.getloadavg())
            per = ", ".join(f"{len(o['done'])} articles in {o['cpu']:.1f} cpu s" for o in outs)
            cpu = sum(o["cpu"] for o in outs)
            print(f"{k} worker(s): {len(ids)} articles in {wall:.1f} s = {len(ids) / wall:.0f} articles/s; "
                  f"cpu {cpu:.1f} s in all = {len(ids) / cpu:.0f} articles per cpu second (per worker: {per}); "
                  f"load {load} -> {end_load}; {os.cpu_count()} cores", flush=True)
        store.close()
    finally:
        with admin.connect() as c:
            c.exec_driver_sql(f'DROP SCHEMA "{name}" CASCADE')
        admin.dispose()


if __name__ == "__main__":
    main()
