"""Story assignment with and without its forked part (issue 14, sixth round): CPU of this process and of the child.

The bench's synthetic articles (``bench_stories.synthetic``: real sentences of the shared data sets, read by path)
over two days: day one is clustered into stories, then day two is assigned against them twice, in order and with
``parallel=True`` (``stories.fork``: the centroid products and half the tokens in a forked process). Prints this
process's CPU seconds (``time.process_time``), the children's (``RUSAGE_CHILDREN``), the wall seconds and the load,
and checks that both results are equal. CPU seconds are the figure to read on a shared machine.

    python benchmarks/bench_story_fork.py --n 20000
"""
from __future__ import annotations

import argparse
import dataclasses
import os
import resource
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))


def _children_cpu() -> float:
    u = resource.getrusage(resource.RUSAGE_CHILDREN)
    return u.ru_utime + u.ru_stime


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=20_000, help="articles over the two days")
    args = ap.parse_args()
    from bench_stories import synthetic
    from topline.records import Story
    from topline.stories.engine import ActiveStory, StoryParams, cluster_batch
    arts = [dataclasses.replace(a, id=i + 1) for i, a in enumerate(synthetic(args.n, days=2))]
    day1 = [a for a in arts if a.published.date() == arts[0].published.date()]
    day2 = [a for a in arts if a.published.date() != arts[0].published.date()]
    params = StoryParams()
    first = cluster_batch(day1, day1, {}, [], params)
    by_id = {a.id: a for a in day1}
    active = []
    for i, pairs in enumerate(first.new_groups):
        dates = [by_id[aid].published for aid, _ in pairs]
        active.append(ActiveStory(Story(id=f"s{i}", title="", article_ids=tuple(a for a, _ in pairs),
                                        first_seen=min(dates), last_seen=max(dates), outlets=()),
                                  first.centroids[f"new:{i}"]))
    results = {}
    for parallel in (False, True):
        load = os.getloadavg()[0]
        c0, k0, w0 = time.process_time(), _children_cpu(), time.perf_counter()
        results[parallel] = cluster_batch(day2, day1 + day2, {}, active, params, parallel=parallel)
        print(f"parallel={parallel}: {len(day2)} new articles x {len(active)} active stories; main CPU "
              f"{time.process_time() - c0:.2f} s, child CPU {_children_cpu() - k0:.2f} s, wall "
              f"{time.perf_counter() - w0:.2f} s, load {load:.1f}")
    a, b = results[False], results[True]
    same = (a.joins == b.joins and a.new_groups == b.new_groups and a.titles == b.titles
            and all(a.centroids[k].text_terms == b.centroids[k].text_terms for k in a.centroids))
    print("equal:", same)


if __name__ == "__main__":
    main()
