"""The ledger per article (issue 14, branch scale6): CPU seconds of reading the candidate stories' articles for
events and watch items, computed afresh in every edition (as before) against through the stage cache
(``events.memo.LedgerMemo``, warm from the editions before).

The labelled stories of calibration corpora (default: tests/data/cal-ai, cal-biotech and the demo), each edition
of day D reading every story with its articles published up to D (stories grow day after day, as the page
candidates of a daily run do). Both ways must give the same events and watch items (checked). Process CPU seconds
(``time.process_time``), so a shared machine's load matters less than in wall seconds.

    PYTHONPATH=. .venv/bin/python benchmarks/bench_ledger_memo.py [--repeat 3]
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from topline.records import Article, Story, StoryBundle  # noqa: E402

# each corpus in a store of its own: their days are months apart, and a store drops rows computed more than
# ``stage_cache.KEEP_DAYS`` days before the edition being built
CORPORA = {"cal-ai": ("tests/data/cal-ai/articles.jsonl",), "cal-biotech": ("tests/data/cal-biotech/articles.jsonl",),
           "demo": ("topline/demo/corpus/part-a.jsonl", "topline/demo/corpus/part-b.jsonl")}


def _articles(paths: list[str]) -> dict[str, list[Article]]:
    groups: dict[str, list[Article]] = {}
    n = 0
    for p in paths:
        for line in (ROOT / p).read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            r = json.loads(line)
            if not r.get("published"):
                continue
            n += 1
            when = dt.datetime.fromisoformat(r["published"].replace("Z", "+00:00"))
            a = Article(url=r["url"], title=r["title"], text=r.get("text", ""), source=r.get("source", ""),
                        published=when, id=n)
            groups.setdefault(f"{p}/{r.get('story') or r['url']}", []).append(a)
    return groups


def _bundles(groups: dict[str, list[Article]], day: dt.date) -> list[StoryBundle]:
    out = []
    for sid, arts in groups.items():
        arts = [a for a in arts if a.published.date() <= day]
        if arts:
            out.append(StoryBundle(Story(id=sid, title=arts[0].title, article_ids=tuple(a.id for a in arts),
                                         first_seen=arts[0].published, last_seen=arts[-1].published,
                                         outlets=tuple(sorted({a.source for a in arts}))), tuple(arts)))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", action="append", help="a JSONL file (repeatable; default: the corpora above, each "
                    "on its own)")
    ap.add_argument("--repeat", type=int, default=3, help="passes of the editions (each with a fresh store)")
    args = ap.parse_args()
    from topline.config import load_settings
    from topline.events.extract import extract
    from topline.events.memo import LedgerMemo
    from topline.events.watch import watch_items
    from topline.store import open_store
    corpora = {"given": tuple(args.corpus)} if args.corpus else CORPORA
    total = {"fresh": 0.0, "memo": 0.0}
    for name, paths in corpora.items():
        groups = _articles(list(paths))
        days = sorted({a.published.date() for arts in groups.values() for a in arts})
        print(f"{name}: {sum(len(v) for v in groups.values())} articles, {len(groups)} stories, {len(days)} editions "
              f"({days[0]} .. {days[-1]})")
        rows: dict[dt.date, dict[str, list[float]]] = {d: {"fresh": [], "memo": []} for d in days}
        counts: dict[dt.date, tuple] = {}
        for _ in range(args.repeat):
            with tempfile.TemporaryDirectory() as home:
                settings = load_settings(environ={"TOPLINE_HOME": home})
                with open_store(settings) as store:
                    for d in days:
                        bundles = _bundles(groups, d)
                        t = time.process_time()
                        fresh = [(extract(b), watch_items(b, "c")) for b in bundles]
                        rows[d]["fresh"].append(time.process_time() - t)
                        t = time.process_time()
                        memo = LedgerMemo(store, d)
                        memo.preload(bundles)
                        got = [(memo.events(b), memo.watch(b, "c")) for b in bundles]
                        memo.flush()
                        rows[d]["memo"].append(time.process_time() - t)
                        if got != fresh:
                            raise SystemExit(f"{d}: the ledger through the cache differs from computing it")
                        counts[d] = (len(bundles), sum(len(b.articles) for b in bundles), memo.stats())
        print("edition | stories | articles | fresh CPU s (median) | through the cache CPU s (median) | "
              "hits/misses (statements; forward)")
        for d in days:
            f = sorted(rows[d]["fresh"])[len(rows[d]["fresh"]) // 2]
            m = sorted(rows[d]["memo"])[len(rows[d]["memo"]) // 2]
            total["fresh"] += f
            total["memo"] += m
            n, arts, stats = counts[d]
            print(f"{d} | {n} | {arts} | {f:.2f} | {m:.2f} | "
                  f"{stats[0][1]}/{stats[0][2]}; {stats[1][1]}/{stats[1][2]}")
    print(f"total fresh {total['fresh']:.2f} s, through the cache {total['memo']:.2f} s")


if __name__ == "__main__":
    main()
