"""Event ledger timings: extraction per story on a corpus, and Signals & Trends grouping with the page limited to
its ranked candidates (issue 12) against grouping every story of the page (as before).

    .venv/bin/python benchmarks/bench_events.py [--copies 20] [--corpus tests/data/eval-energy]

The large edition is the corpus's stories copied ``--copies`` times (each copy a story of its own), all ranked
in one category: what a wide window of a busy category looks like to the grouping.
"""
from __future__ import annotations

import argparse
import dataclasses

import statistics
import time
from collections import Counter
from pathlib import Path

from topline.eval.events import load_bundles
from topline.events import extract, watch_items
from topline.records import Category, Classification, RankedStory, Ranking, StoryBundle, Taxonomy

ROOT = Path(__file__).resolve().parents[1]


def _copies(bundles: list[StoryBundle], n: int) -> list[RankedStory]:
    out = []
    next_id = 1
    for k in range(n):
        for b in bundles:
            arts = []
            for a in b.articles:
                arts.append(dataclasses.replace(a, url=f"{a.url}#copy{k}", id=next_id))
                next_id += 1
            sid = f"{b.story.id}-{k}"
            story = dataclasses.replace(b.story, id=sid, article_ids=tuple(a.id for a in arts))
            rs = RankedStory(StoryBundle(story, tuple(arts)), Classification(sid, "All"),
                             Ranking(sid, 1.0 / (1 + len(out))))
            out.append(rs)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=str(ROOT / "tests" / "data" / "eval-energy"))
    ap.add_argument("--copies", type=int, default=20)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    bundles = load_bundles(Path(args.corpus) / "articles.jsonl")
    n_articles = sum(len(b.articles) for b in bundles)
    times = []
    for _ in range(args.runs):
        t = time.perf_counter()
        events = [e for b in bundles for e in extract(b)]
        items = [i for b in bundles for i in watch_items(b)]
        times.append(time.perf_counter() - t)
    med = statistics.median(times)
    print(f"extract + watch items: {len(bundles)} stories, {n_articles} articles -> {len(events)} events, "
          f"{len(items)} watch items; median {med:.2f} s over {args.runs} runs ({1000 * med / n_articles:.1f} ms "
          f"an article); types {dict(Counter(e.type for e in events))}")

    from topline.write.offline import OfflineWriter, signals
    from topline.write.base import EditionContext
    from topline.config import Settings
    ranked = _copies(bundles, args.copies)
    day = max(a.published for rs in ranked for a in rs.bundle.articles).date()
    ctx = EditionContext(date=day, taxonomy=Taxonomy((Category("All", "everything"),)), ranked=tuple(ranked),
                         settings=Settings())
    w = OfflineWriter()
    t = time.perf_counter()
    w._prepare(ctx)
    print(f"large edition: {len(ranked)} stories, {sum(len(r.bundle.articles) for r in ranked)} articles; "
          f"scoring every story's sentences (writer preparation) {time.perf_counter() - t:.1f} s")
    for limit in (signals.PAGE_CANDIDATES, len(ranked)):
        signals.PAGE_CANDIDATES = limit
        t = time.perf_counter()
        gs = signals.groups("All", ranked, w._names, w._texts)
        print(f"  grouping with the page's first {limit} stories: {time.perf_counter() - t:.2f} s, "
              f"{len(gs)} groups")



if __name__ == "__main__":
    main()
