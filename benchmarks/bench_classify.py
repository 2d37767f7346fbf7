"""Classification and ranking throughput at 10k stories (and accuracy on AG News while at it).

Stories are built from real AG News rows (title + description): each story takes 1-3 rows (seeded), with
outlets drawn from the default outlet list, so 10,000 stories carry about 20,000 articles. Enrichments (figures,
entities) are computed once with topline.enrich before timing, as the pipeline stores them. Prints the median
of REPEATS runs for classification (default taxonomy, and the AG News taxonomy) and ranking, stories per second,
and the process's peak memory.

    .venv/bin/python benchmarks/bench_classify.py              # 10,000 stories
    .venv/bin/python benchmarks/bench_classify.py --stories 2000 --repeats 5
    .venv/bin/python benchmarks/bench_classify.py --quality    # AG News: each step's accuracy, random samples
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import resource
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / ".." / "shared" / "data" / "ag-news" / "articles.jsonl"
DAY = dt.date(2025, 7, 3)


def build(n: int, seed: int = 0):  # noqa: ANN201
    sys.path.insert(0, str(REPO))
    from topline.enrich import enrich_article
    from topline.rank.outlets import load_tiers
    from topline.records import Article, Story, StoryBundle
    if not DATA.exists():
        sys.exit(f"AG News not found at {DATA.resolve()}")
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()]
    outlets = sorted(load_tiers().weights)[:80] + [f"blog {i}" for i in range(40)]
    rng = random.Random(seed)
    start = dt.datetime.combine(DAY, dt.time(), tzinfo=dt.timezone.utc) - dt.timedelta(hours=12)
    bundles, aid = [], 0
    for s in range(n):
        arts = []
        for r in rng.sample(rows, rng.choice((1, 1, 2, 3))):
            aid += 1
            when = start + dt.timedelta(minutes=rng.randrange(36 * 60))
            arts.append(Article(url=f"{r['url']}#{aid}", title=r["title"], text=r["text"], published=when,
                                source=rng.choice(outlets), id=aid))
        ens = tuple(enrich_article(a) for a in arts)
        story = Story(id=f"s{s}", title=arts[0].title, article_ids=tuple(a.id for a in arts),
                      first_seen=min(a.published for a in arts), last_seen=max(a.published for a in arts),
                      outlets=tuple(sorted({a.source for a in arts})))
        bundles.append(StoryBundle(story=story, articles=tuple(arts), enrichments=ens))
    return bundles


def timed(fn, repeats: int) -> tuple[float, float, object]:  # noqa: ANN001
    """(median wall seconds, median CPU seconds of this process, last result)."""
    walls, cpus, out = [], [], None
    for _ in range(repeats):
        t0, c0 = time.perf_counter(), time.process_time()
        out = fn()
        walls.append(time.perf_counter() - t0)
        cpus.append(time.process_time() - c0)
    return statistics.median(walls), statistics.median(cpus), out


def quality() -> None:
    """AG News accuracy (with none / without none) after each step, and on random samples of 200 and 1,000 rows."""
    sys.path.insert(0, str(REPO))
    from topline.classify.offline import OfflineClassifier, Params
    from topline.eval.classify import bundle_of
    from topline.taxonomy import load_taxonomy
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()]
    tax = load_taxonomy(REPO / "tests" / "data" / "agnews-taxonomy.toml")
    off = 10 ** 9

    def acc(sample: list[dict], params: Params) -> tuple[float, float]:
        got = OfflineClassifier(params=params).classify([bundle_of(r, n) for n, r in enumerate(sample, 1)], tax)
        gold = [r["label"] for r in sample]
        return (sum(c.primary == g for c, g in zip(got, gold)) / len(gold),
                sum(c.scores[0][0] == g for c, g in zip(got, gold)) / len(gold))

    for name, params in (("prototypes only", Params(centroid_iterations=0, nb_min_stories=off, knn_min_stories=off)),
                         ("+ centroid refinement", Params(nb_min_stories=off, knn_min_stories=off)),
                         ("+ naive Bayes", Params(knn_min_stories=off)), ("+ neighbours (default)", Params())):
        a, b = acc(rows, params)
        print(f"AG News 7,600, {name}: accuracy {a:.4f}, without none {b:.4f}")
    rng = random.Random(0)
    for size, reps in ((1000, 3), (200, 5)):
        accs = [acc(rng.sample(rows, size), Params())[0] for _ in range(reps)]
        print(f"AG News random {size}-row samples: mean accuracy {statistics.mean(accs):.4f} over {reps} "
              f"(min {min(accs):.4f})")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--stories", type=int, default=10_000)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--quality", action="store_true", help="AG News accuracy per step and on samples instead")
    args = ap.parse_args()
    if args.quality:
        quality()
        return
    from topline.classify import classify
    from topline.classify.embed import default_embedder
    from topline.rank import rank
    from topline.taxonomy import load_taxonomy
    print(f"load average at start: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    t0 = time.perf_counter()
    bundles = build(args.stories)
    articles = sum(len(b.articles) for b in bundles)
    print(f"built {len(bundles)} stories, {articles} articles, enriched in {time.perf_counter() - t0:.1f} s")
    default_embedder()                          # model load (~0.3 s) is not part of the per-run figure
    for name, tax in (("default taxonomy", load_taxonomy()),
                      ("agnews taxonomy", load_taxonomy(REPO / "tests" / "data" / "agnews-taxonomy.toml"))):
        secs, cpu, got = timed(lambda: classify(bundles, tax), args.repeats)  # noqa: B023
        print(f"classify ({name}): median {secs:.2f} s wall ({cpu:.2f} s CPU) over {args.repeats} runs = "
              f"{len(bundles) / secs:,.0f} stories/s; method {got[0].method}; "
              f"none {sum(c.primary is None for c in got)}")
    items = [(b, c) for b, c in zip(bundles, got)]
    history = [{"story_id": f"s{i}", "date": DAY - dt.timedelta(days=1), "rank": i, "score": 0.5,
                "article_count": 1, "outlet_count": 1} for i in range(0, len(bundles), 3)]
    secs, cpu, ranked = timed(lambda: rank(items, edition_date=DAY, history=history), args.repeats)
    print(f"rank: median {secs:.2f} s wall ({cpu:.2f} s CPU) over {args.repeats} runs = "
          f"{len(bundles) / secs:,.0f} stories/s "
          f"({len(ranked)} rankings, {sum(r.single_source for r in ranked)} single-source)")
    print(f"peak memory (max RSS): {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
