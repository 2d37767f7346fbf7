"""Issue 11 (pages38): every gold story-day whose gold page is neither our primary nor a secondary, with why.

    PYTHONPATH=. python benchmarks/pages_unlisted.py DUMPDIR            # DUMPDIR from editorial_offline.py dump

For each gold page of each gold day of every dumped corpus with a gold.json (the demo has none), the gold story's
main story (ours with most of its articles, as ``sweep_editorial.miss_classes`` takes it) is looked up; a gold page
that is neither its primary nor one of its secondaries is listed with the gold title, our primary and shares, the
kinds of event the story states (``classify.events.kinds_of``'s rule, read from the corpus rows' titles and texts) and
the pages they point to, and the topic similarities (the embedding's vote: ``Classification.topic``). Each is put in
one cause (``cause``): called noise; a kind points to the page but its fused share stays under
``KIND_MIN_SHARE``; or no kind points there and the page is the story's topic runner-up or lower, with the ratio of
its similarity to the primary's (``classify.shared.TOPIC_RATIO`` lists a page from 0.7). Prints the rows, the causes
counted, and the primary = gold's first page rate over every gold story-day.
"""
from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Callable, Mapping, Sequence

sys.path.insert(0, str(Path(__file__).resolve().parent))


def unlisted(day: Mapping, gold_stories: Mapping[str, Mapping]) -> tuple[list[dict], Counter]:
    """The gold story-days of one dumped day (``editorial_offline`` format) whose gold page is not on the main
    story's list, and the day's counts (gold story-days, primary, secondary, unlisted, no story, primary = the
    gold's first page)."""
    by_gold: dict[str, list[Mapping]] = defaultdict(list)
    for s in day["stories"]:
        by_gold[s["gold"]].append(s)
    out, n = [], Counter()
    for cat, page in day["pages"].items():
        for g in page["gold"]:
            n["gold story-days"] += 1
            mine = by_gold.get(g)
            if not mine:
                n["no story"] += 1
                continue
            best = max(mine, key=lambda s: s["n"])
            cats = list(gold_stories.get(g, {}).get("categories", []))
            n["primary = gold's first page"] += bool(cats) and best["primary"] == cats[0]
            if best["primary"] == cat:
                n["primary"] += 1
            elif cat in best["secondary"]:
                n["secondary"] += 1
            else:
                n["unlisted"] += 1
                out.append({"cat": cat, "gold": g, "gold_pages": cats, "missed": g not in page["top_gold"],
                            "title": gold_stories.get(g, {}).get("title", ""), "story": best, "split": len(mine)})
    return out, n


def cause(row: Mapping, pointed: Sequence[str]) -> tuple[str, float]:
    """Why the row's page is not on the story's list, and the page's topic similarity over the primary's."""
    s, cat = row["story"], row["cat"]
    if not s["primary"]:
        return "called noise (no primary)", 0.0
    sims = {name: sim for name, sim, _named in s["topic"]}
    own = sims.get(s["primary"], 0.0)
    ratio = sims.get(cat, 0.0) / own if own > 0 else 0.0
    if cat in pointed:
        return "a kind points to the page; fused share under KIND_MIN_SHARE", ratio
    others = sorted((name for name in sims if name != s["primary"]), key=lambda name: -sims[name])
    runner = bool(others) and others[0] == cat
    return ("no kind points there; the page is the topic runner-up" if runner
            else "no kind points there; the page is the topic's third or lower"), ratio


def _kinds(name: str) -> Callable:
    """story row -> (kinds, {kind: pages}) for one corpus, read from its rows (the pipeline's rule, the first
    ``LEAD_ARTICLES`` of the story)."""
    import sweep_editorial as sw
    from topline.classify.events import KIND_SHARE, KINDS, LEAD_ARTICLES, article_kinds, kind_pages
    from topline.eval import editorial
    from topline.taxonomy import load_taxonomy
    folder = sw._folder(name)
    tax = folder / "taxonomy.toml"
    pages = kind_pages(load_taxonomy(str(tax)) if tax.exists() else load_taxonomy(None))
    rows = {(x.get("title"), x.get("source")): x for x in editorial._rows(folder)}
    memo: dict = {}

    def kinds(s: Mapping) -> tuple[list[str], dict]:
        found = []
        for a in s["arts"][:LEAD_ARTICLES]:
            key = (a["t"], a["src"])
            if key in rows:
                if key not in memo:
                    r = rows[key]
                    memo[key] = set(article_kinds(r.get("title") or "", r.get("text") or r.get("body") or ""))
                found.append(memo[key])
        ks = [k for k, _, _ in KINDS if found and sum(k in f for f in found) >= max(1, KIND_SHARE * len(found))]
        if "state_competition" in ks:
            ks = [k for k in ks if k != "policy"]    # as classify.events.inform
        return ks, {k: pages.page.get(k, ()) for k in ks}
    return kinds


def main(argv: list[str]) -> int:
    import editorial_offline as eo
    import sweep_editorial as sw
    if len(argv) != 1:
        print(__doc__)
        return 2
    total, causes, bands = Counter(), Counter(), Counter()
    for name, d in eo.load(argv[0]).items():
        gold_path = sw._folder(name) / "gold.json"
        if not gold_path.exists():
            continue
        stories = json.loads(gold_path.read_text(encoding="utf-8"))["stories"]
        kinds = _kinds(name)
        for day_name, day in d["days"].items():
            rows, n = unlisted(day, stories)
            total.update(n)
            for r in rows:
                s = r["story"]
                ks, pages = kinds(s)
                why, ratio = cause(r, [p for k in ks for p in pages[k]])
                causes[why] += 1
                total["unlisted and missing from the Top Line"] += r["missed"]
                if why.startswith("no kind"):
                    bands["0.6-0.7" if ratio >= 0.6 else "0.5-0.6" if ratio >= 0.5 else "<0.5"] += 1
                probs = dict(s["scores"])
                top = probs.get(s["primary"] or "", 0.0)
                share = probs.get(r["cat"], 0.0) / top if top else 0.0
                print(f"{name} {day_name} {r['gold']} {'MISSED' if r['missed'] else 'in top'} page={r['cat']!r} "
                      f"gold={r['gold_pages']} | ours {s['primary']!r} sec={s['secondary']} share={share:.2f} "
                      f"kinds={ks} -> {sorted({p for k in ks for p in pages[k]})} topic ratio={ratio:.2f} | {why}"
                      f"\n    {r['title'][:160]}")
    print("COUNTS", dict(total))
    print("CAUSES", dict(causes.most_common()))
    print("TOPIC RATIO of the no-kind rows", dict(bands))
    n = total["gold story-days"]
    first = total["primary = gold's first page"]
    print(f"PRIMARY = GOLD'S FIRST PAGE {first} of {n} ({first / n:.4f})" if n else "no gold day")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
