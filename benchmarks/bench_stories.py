"""Story engine benchmark: enrichment + wire-copy detection + story clustering at 1k, 10k and 100k articles.

Synthetic articles are built by recombining real sentences of the shared data sets (ag-news, mmds2025-dev):
each event has a seed article; each report of it takes a title variant and most of the seed's sentences in a
new order plus sentences of unrelated articles; one report in twenty is a verbatim wire copy from another outlet.
Articles are spread evenly over DAYS days (``--days``) and processed day by day over 36-hour windows, as the
pipeline does.

Prints articles per second, peak memory (max RSS of a fresh process per size), then the time to add 1,000 new
articles (one more day) to stores of 10k and 100k articles: each add runs in a fresh process (as the next day's
run would, with no warm cache) on a copy of the built store, ``--add-runs`` times; the median is printed, for
enrichment + wire copies + clustering, and end to end (also storing the 1,000 and reading the edition window).

    .venv/bin/python benchmarks/bench_stories.py                 # 1k, 10k, add-1k to 10k
    .venv/bin/python benchmarks/bench_stories.py --sizes 100000 --add-to 100000
    .venv/bin/python benchmarks/bench_stories.py --sizes 100000 --add-to 100000 --days 100   # 1,000 a day
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / ".." / "shared" / "data"
DAYS = 10              # the store's articles span this many days (--days)
REPORTS_PER_EVENT = 5  # mean reports per event
WIRE_SHARE = 0.05      # share of reports that are verbatim copies of another report
START = dt.datetime(2025, 6, 1, tzinfo=dt.timezone.utc)
OUTLETS = [f"Outlet {i}" for i in range(60)]


def _pool() -> tuple[list[tuple[str, list[str]]], list[str]]:
    """Seeds (title, sentences) and a pool of filler sentences from the shared data sets."""
    sys.path.insert(0, str(REPO))
    from topline.text import split_sentences
    seeds, filler = [], []
    for name in ("mmds2025-dev", "ag-news"):
        path = DATA / name / "articles.jsonl"
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            sents = split_sentences(row.get("text", ""))
            if sents:
                seeds.append((row["title"], sents))
                filler.extend(sents)
    if not seeds:
        raise SystemExit(f"no shared data under {DATA.resolve()}")
    return seeds, filler


def synthetic(n: int, seed: int = 1, day0: int = 0, days: int = DAYS, prefix: str = "a") -> list:
    from topline.records import Article
    rng = random.Random(seed)
    seeds, filler = _pool()
    out: list[Article] = []
    per_day = max(1, n // days)
    while len(out) < n:
        title, sents = rng.choice(seeds)
        day = day0 + min(days - 1, len(out) // per_day)
        base = START + dt.timedelta(days=day, hours=rng.uniform(0, 20))
        last = START + dt.timedelta(days=day + 1, minutes=-1)   # reports stay within their day: the day's
        # edition processes all of them (no spill-over into the next day's batch)
        k = max(1, int(rng.expovariate(1 / REPORTS_PER_EVENT)))
        for r in range(min(k, n - len(out))):
            if out and rng.random() < WIRE_SHARE:
                src = out[-1]
                out.append(Article(url=f"https://copy.example/{prefix}{len(out)}", title=src.title, text=src.text,
                                   published=min(last, src.published + dt.timedelta(minutes=30)),
                                   source=rng.choice(OUTLETS)))
                continue
            body = rng.sample(sents, max(1, int(len(sents) * 0.8))) + rng.sample(filler, 3)
            rng.shuffle(body)
            words = title.split()
            t = " ".join(words[: max(3, len(words) - rng.randint(0, 2))])
            out.append(Article(url=f"https://news.example/{prefix}{len(out)}", title=t, text=" ".join(body),
                               published=min(last, base + dt.timedelta(hours=rng.uniform(0, 4) * r)),
                               source=rng.choice(OUTLETS)))
    return out[:n]


def _process_days(store, first_day: int, last_day: int) -> tuple[float, float, float]:
    """Seconds spent reading the windows, enriching (+ wire copies) and clustering, day by day."""
    from topline.enrich import ensure_enrichments
    from topline.pipeline import window
    from topline.stories import update_stories
    t_read = t_enrich = t_story = 0.0
    for d in range(first_day, last_day + 1):
        start, end = window((START + dt.timedelta(days=d)).date(), 36)
        t_start = time.perf_counter()
        arts = store.articles.in_window(start, end)
        t0 = time.perf_counter()
        t_read += t0 - t_start
        enr = ensure_enrichments(store, arts)
        t1 = time.perf_counter()
        update_stories(store, arts, enr, None)
        t_enrich += t1 - t0
        t_story += time.perf_counter() - t1
    return t_read, t_enrich, t_story


def run_size(n: int, keep: str | None, days: int = DAYS) -> dict:
    """One size in this process: build a store of ``n`` articles over ``days`` days, day by day (kept at
    ``keep`` if given)."""
    sys.path.insert(0, str(REPO))
    from topline.store import Store
    arts = synthetic(n, days=days)
    with tempfile.TemporaryDirectory() as tmp:
        path = keep or f"{tmp}/bench.sqlite"
        store = Store(f"sqlite:///{path}")
        t0 = time.perf_counter()
        store.articles.upsert_many((a, "bench") for a in arts)
        t_ingest = time.perf_counter() - t0
        _, t_enrich, t_story = _process_days(store, 0, days - 1)
        out = {"n": n, "ingest_s": round(t_ingest, 1), "enrich_dedup_s": round(t_enrich, 1),
               "stories_s": round(t_story, 1), "articles_per_s": round(n / (t_enrich + t_story)),
               "stories": _count_stories(store)}
        store.close()
    out["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    return out


def run_add(path: str, days: int = DAYS) -> dict:
    """Add 1,000 articles (one more day) to the store at ``path`` in this fresh process: no cache of the build
    is warm, as on the next day's run. Imports are not timed."""
    sys.path.insert(0, str(REPO))
    import topline.enrich  # noqa: F401 - imported before the clock starts
    import topline.stories  # noqa: F401
    from topline.store import Store
    store = Store(f"sqlite:///{path}")
    extra = synthetic(1000, seed=2, day0=days, days=1, prefix="b")
    t0 = time.perf_counter()
    store.articles.upsert_many((a, "bench") for a in extra)
    t_ingest = time.perf_counter() - t0
    r, e, s = _process_days(store, days, days)
    store.close()
    return {"add_1000_s": round(e + s, 2), "enrich_s": round(e, 2), "stories_s": round(s, 2),
            "ingest_s": round(t_ingest, 2), "read_window_s": round(r, 2),
            "end_to_end_s": round(t_ingest + r + e + s, 2),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}


def _child(args: list[str]) -> dict:
    proc = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True)
    if proc.returncode:
        raise SystemExit(f"{' '.join(args)} failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _median(xs: list[float]) -> float:
    xs = sorted(xs)
    return xs[len(xs) // 2] if len(xs) % 2 else (xs[len(xs) // 2 - 1] + xs[len(xs) // 2]) / 2


def _count_stories(store) -> int:
    from sqlalchemy import func, select

    from topline.store import schema
    with store.read() as conn:
        return conn.execute(select(func.count()).select_from(schema.stories)).scalar_one()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,10000", help="comma-separated store sizes")
    ap.add_argument("--add-to", default="10000", help="sizes at which to also time adding 1,000 articles")
    ap.add_argument("--add-runs", type=int, default=3, help="adds timed per size (each on a copy of the store)")
    ap.add_argument("--days", type=int, default=DAYS, help="days the store's articles span (articles per day = "
                    "size / days)")
    ap.add_argument("--child", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--keep", help=argparse.SUPPRESS)
    ap.add_argument("--child-add", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(run_size(args.child, args.keep, args.days)))
        return
    if args.child_add:
        print(json.dumps(run_add(args.child_add, args.days)))
        return
    add_to = {int(x) for x in args.add_to.split(",") if x}
    for n in [int(x) for x in args.sizes.split(",") if x]:
        with tempfile.TemporaryDirectory() as tmp:
            built = f"{tmp}/built.sqlite"
            days = ["--days", str(args.days)]
            res = _child(["--child", str(n), *days] + (["--keep", built] if n in add_to else []))
            print(f"{n:>7} articles over {args.days} days: enrich+dedup {res['enrich_dedup_s']:>6.1f} s, "
                  f"stories {res['stories_s']:>6.1f} s, {res['articles_per_s']:>5} articles/s, "
                  f"{res['stories']} stories, peak RSS {res['peak_rss_mb']} MB", flush=True)
            if n not in add_to:
                continue
            adds = []
            for _ in range(args.add_runs):
                shutil.copy(built, f"{tmp}/add.sqlite")
                adds.append(_child(["--child-add", f"{tmp}/add.sqlite", *days]))
                Path(f"{tmp}/add.sqlite").unlink()
            runs = ", ".join(f"{a['add_1000_s']} s (enrich {a['enrich_s']}, stories {a['stories_s']})" for a in adds)
            print(f"        add 1,000 to {n}: median {_median([a['add_1000_s'] for a in adds]):.2f} s; runs: {runs}; "
                  f"peak RSS {max(a['peak_rss_mb'] for a in adds)} MB", flush=True)
            med = {k: _median([a[k] for a in adds]) for k in ("end_to_end_s", "ingest_s", "read_window_s")}
            print(f"        with storing the 1,000 and reading the window: median {med['end_to_end_s']:.2f} s "
                  f"(store {med['ingest_s']:.2f} s, read {med['read_window_s']:.2f} s)", flush=True)


if __name__ == "__main__":
    main()
