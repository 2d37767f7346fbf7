"""Issue 11's calibration sweep: Top Line agreement on EVERY gold day of each corpus, from one build per corpus.

    PYTHONPATH=. python benchmarks/sweep_editorial.py [CORPUS ...] [--set module.CONST=value ...] [--json OUT]
        [--misses] [--twice-ceiling]

CORPUS is a folder name under tests/data or "demo" (default: the calibration corpora cal-ai, cal-ai2,
cal-biotech, eval-ai3, eval-energy, eval-trade (calibration since issue 11's tenth pass), eval-agri (since the eleventh), eval-fin (since the twelfth), eval-tmt (since the thirteenth), eval-mob (since the fourteenth), eval-def (since the fifteenth), eval-prop (since the sixteenth), eval-retail (since the seventeenth), eval-health (since the nineteenth), eval-ind (since the twentieth), eval-macro (since the twenty-first), eval-cyber (since the twenty-third), eval-geo (since the twenty-fourth), eval-work (since the twenty-fifth), eval-clim (since the twenty-sixth), eval-space (since the twenty-seventh), eval-chips (since the twenty-eighth), eval-crypto (since the twenty-ninth), eval-games (since the thirtieth), eval-travel (since the thirty-first), eval-capital (since the thirty-second), eval-ins (since the thirty-third), eval-profserv (since the thirty-fourth), eval-forest (since the thirty-fifth), eval-water (since the thirty-sixth), eval-mining (since the thirty-seventh) and the demo). For each corpus it runs ``topline.eval.editorial.evaluate_dir``
(one build of the daily editions, in order) and prints the sum of Top Line agreement over every gold day and
category, each day's per-category figures, noise on pages and prose defects. ``--set`` overrides a module constant
for the run (``--set topline.rank.factors.PERCENT_CEIL=100``) so variants are measured on the same code.
``--twice-ceiling`` measures the most any rule of one story per development on a page could gain (issue 11,
editorial28): the offline writer leaves out of a page's Top Line and Key Developments every story whose gold story
(its articles' majority) is that of a bullet above it, whatever its outlets, and the next story takes the slot.
``--misses`` also prints, for every gold story missing from a gold day's Top Line, where it stood: its page rank
(``topline.write.stories_for``), its page score against the page's fifth, its primary and secondary categories and
its ranking factors, the other pages where the editor chose it that day (its rank there); and the stories ranked
above it that the editor did not choose; then every miss counted by where it was lost (``miss_classes``: the window,
grouping, the page, the writer, the ranking by page role and position; split gold stories, noise and other stories
in the five counted beside), per corpus and summed (editorial36).
"""
from __future__ import annotations

import argparse
import contextlib
import importlib
import json
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CALIBRATION = ("cal-ai", "cal-ai2", "cal-biotech", "eval-ai3", "eval-energy", "eval-trade", "eval-agri", "eval-fin",
               "eval-tmt", "eval-mob", "eval-def", "eval-prop", "eval-retail", "eval-health", "eval-ind",
               "eval-macro", "eval-cyber", "eval-geo", "eval-work", "eval-clim", "eval-space", "eval-chips",
               "eval-crypto", "eval-games", "eval-travel", "eval-capital", "eval-ins", "eval-profserv", "eval-forest", "eval-water", "eval-mining", "demo")


def _folder(name: str) -> Path:
    if name == "demo":
        from topline import demo
        return Path(demo.corpus_dir())
    return REPO / "tests" / "data" / name


def _override(spec: str) -> None:
    target, _, value = spec.partition("=")
    mod, _, const = target.rpartition(".")
    m = importlib.import_module(mod)
    old = getattr(m, const)
    setattr(m, const, type(old)(value) if not isinstance(old, bool) else value.lower() in ("1", "true"))


def _gold_of(rs, url_story) -> str:  # noqa: ANN001
    from topline.ingest.urls import canonical_url
    votes = Counter(url_story.get(canonical_url(a.url), "?") for a in rs.bundle.articles)
    votes.pop("?", None)
    return votes.most_common(1)[0][0] if votes else "?"


def _factors(rs) -> str:  # noqa: ANN001
    return " ".join(f"{f.name[:4]}={f.value:.2f}" for f in rs.ranking.factors)


def misses(name: str, report, results, url_story, gold_top) -> list[str]:  # noqa: ANN001
    from topline.write import page_score, stories_for
    out = []
    for day, cats in sorted(gold_top.items()):
        res = results.get(day)
        if res is None:
            continue
        pages = {p.name: p for p in res.edition.categories}
        gold_of = {rs.bundle.story.id: _gold_of(rs, url_story) for rs in res.ranked}
        for cat, gold in cats.items():
            page = pages.get(cat)
            from topline.eval.editorial import _story_of
            on_top = [_story_of(t.citations, url_story) for t in page.top_line] if page else []
            missing = [g for g in gold if g not in on_top]
            if not missing:
                continue
            listed = stories_for(cat, res.ranked, 3)
            order = [gold_of[r.bundle.story.id] for r in listed]
            out.append(f"{name} {day} {cat}: {len(set(gold) & set(on_top))}/{len(gold)}; top line {on_top}; "
                       f"page order {order[:8]}")
            fifth = page_score(listed[4], cat) if len(listed) > 4 else 0.0
            for g in missing:
                mine = [rs for rs in res.ranked if gold_of[rs.bundle.story.id] == g]
                if not mine:
                    out.append(f"    MISSING {g}: no story in the window")
                    continue
                # the editor's other pages for the same story that day, with its rank there (issue 11, editorial27:
                # of a last gold day's misses on a secondary page, most are the editor's story on its other page too)
                also = []
                for other, others_gold in cats.items():
                    if other != cat and g in others_gold:
                        there = [gold_of[r.bundle.story.id] for r in stories_for(other, res.ranked, 3)]
                        also.append(f"{other} (pos {there.index(g) if g in there else None})")
                for rs in mine:
                    pos = next((i for i, r in enumerate(listed) if r is rs), None)
                    c = rs.classification
                    out.append(f"    MISSING {g} ({rs.bundle.story.id}, {len(rs.bundle.articles)} arts): page pos "
                               f"{pos}, page score {page_score(rs, cat):.3f} (5th {fifth:.3f}), score "
                               f"{rs.ranking.score:.3f}; primary {c.primary}; secondary {list(c.secondary)}; "
                               f"scores {[(k[:10], round(v, 3)) for k, v in c.scores[:3]]}; {_factors(rs)}"
                               + (f"; also the editor's on {', '.join(also)}" if also else ""))
                    out.append(f"        title: {rs.bundle.articles[-1].title[:140]}")
            for i, r in enumerate(listed[:5]):
                g = gold_of[r.bundle.story.id]
                if g not in gold:
                    c = r.classification
                    out.append(f"    ABOVE #{i} {g} ({r.bundle.story.id}, {len(r.bundle.articles)} arts): page score "
                               f"{page_score(r, cat):.3f}, primary {c.primary}; {_factors(r)}; "
                               f"{[f.note for f in r.ranking.factors if f.name in ('magnitude', 'novelty')]}")
                    out.append(f"        title: {r.bundle.articles[-1].title[:140]}")
    return out


def miss_classes(results, url_story, gold_top, noise) -> dict:  # noqa: ANN001
    """Every gold story missing from a gold day's Top Line, classed by where it was lost (issue 11, editorial36):
    not in the window; grouping (no story of ours holds a majority of its articles: merged into another; or its
    story is in the Top Line but the bullet cites another gold story's articles); the page (its story is not on the
    page's list: neither primary nor secondary there); the writer (listed above the Top Line's last story but left
    out: a repeat or no sentence that can lead); else ranking, by its page role and position. A miss whose gold story
    is told by two or more of our stories is counted as split too. Also counted: the noise stories and the stories the
    editor did not choose for the page among its Top Line's bullets."""
    from topline.eval.editorial import _story_of
    from topline.write import stories_for
    counts: Counter[str] = Counter()
    for day, cats in sorted(gold_top.items()):
        res = results.get(day)
        if res is None:
            continue
        pages = {p.name: p for p in res.edition.categories}
        gold_of = {rs.bundle.story.id: _gold_of(rs, url_story) for rs in res.ranked}
        in_window = {url_story.get(canonical, "?") for rs in res.ranked
                     for canonical in _canonical_urls(rs)}
        for cat, gold in cats.items():
            page = pages.get(cat)
            top_ids = [t.story_id for t in page.top_line] if page else []
            on_top = [_story_of(t.citations, url_story) for t in page.top_line] if page else []
            counts["noise in the five"] += sum(1 for g in on_top if g in noise)
            counts["other stories in the five"] += sum(1 for g in on_top if g not in gold and g not in noise)
            listed = [r.bundle.story.id for r in stories_for(cat, res.ranked, 3)]
            last = max((listed.index(t) for t in top_ids if t in listed), default=-1)
            for g in gold:
                if g in on_top:
                    continue
                mine = [rs for rs in res.ranked if gold_of[rs.bundle.story.id] == g]
                if not mine:
                    c = "grouping: merged into another story" if g in in_window else "not in the window"
                else:
                    best = max(mine, key=lambda rs: len(rs.bundle.articles)).bundle.story.id
                    if len(mine) > 1:
                        counts["split (also counted in its class)"] += 1
                    if best in top_ids:
                        c = "grouping: its bullet tells another story"
                    elif best not in listed:
                        c = "page: not on the page's list"
                    elif listed.index(best) < last:
                        c = "writer: skipped above the fifth bullet"
                    else:
                        pos = listed.index(best)
                        role = "primary" if next(rs for rs in mine if rs.bundle.story.id == best
                                                 ).classification.primary == cat else "secondary"
                        c = f"rank: {role} " + ("6th" if pos <= 5 else "7th-10th" if pos < 10 else "11th+")
                counts[c] += 1
    return dict(counts)


def _canonical_urls(rs) -> list[str]:  # noqa: ANN001
    from topline.ingest.urls import canonical_url
    return [canonical_url(a.url) for a in rs.bundle.articles]


def twice(results, url_story) -> list[str]:  # noqa: ANN001
    """Pages of every edition where two Top Line bullets, or two Key Developments, of different stories cite the
    same gold story (one development shown twice: the stories stage split it, or two outlets' reports of one deal
    landed in two stories)."""
    from topline.eval.editorial import _story_of
    out = []
    for day, res in sorted(results.items()):
        for page in res.edition.categories:
            for part, items in (("top", [(t.story_id, t.citations) for t in page.top_line]),
                                ("dev", [(d.story_id, [c for p in d.paragraphs for c in p.citations])
                                         for d in page.key_developments])):
                seen: dict[str, str] = {}
                for sid, cites in items:
                    g = _story_of(cites, url_story)
                    if g == "?":
                        continue
                    if g in seen and seen[g] != sid:
                        out.append(f"{day} {page.name} {part}: {g} as {seen[g]} and {sid}")
                    seen.setdefault(g, sid)
    return out


@contextlib.contextmanager
def _gold_repeats(url_story: dict[str, str]):  # noqa: ANN202
    """The offline writer's repeat rule (``twice.Titles.same``, for every story, not only single-outlet ones)
    replaced by the gold: a story repeats a bullet above it when both stories' articles belong to one gold story
    (``--twice-ceiling``)."""
    from topline.write import offline
    from topline.write.offline import twice as tw
    stories: dict[str, object] = {}
    init, same, single = tw.Titles.__init__, tw.Titles.same, offline._single_source

    def gold_init(self, ranked, *a, **k):  # noqa: ANN001, ANN002, ANN003, ANN202
        init(self, ranked, *a, **k)
        stories.update((rs.bundle.story.id, rs) for rs in ranked)

    def gold_same(self, lower, lower_text, uppers) -> bool:  # noqa: ANN001
        g = _gold_of(lower, url_story)
        return g != "?" and any(u in stories and _gold_of(stories[u], url_story) == g for u, _ in uppers)
    tw.Titles.__init__, tw.Titles.same, offline._single_source = gold_init, gold_same, lambda rs: True
    try:
        yield
    finally:
        tw.Titles.__init__, tw.Titles.same, offline._single_source = init, same, single


def run(name: str, show_misses: bool, ceiling: bool = False) -> dict:
    from topline import pipeline
    from topline.eval import editorial
    from topline.ingest.urls import canonical_url
    folder = _folder(name)
    rows = editorial._rows(folder)
    url_story = {canonical_url(x["url"]): x["story"] for x in rows if x.get("url") and x.get("story")}
    results = {}
    build = pipeline.build_edition

    def capture(store, settings, date, **kw):  # noqa: ANN001, ANN202
        res = build(store, settings, date, **kw)
        results[date.isoformat()] = res
        return res
    pipeline.build_edition = capture
    t = time.monotonic()
    try:
        with _gold_repeats(url_story) if ceiling else contextlib.nullcontext():
            r = editorial.evaluate_dir(folder)
    finally:
        pipeline.build_edition = build
    gold = editorial.load_gold(folder, rows)
    states = sum(c.states_development for c in r.categories)
    bullets = sum(c.bullets for c in r.categories)
    out = {"corpus": name, "sum": sum(sum(v.values()) for v in r.agreement_by_date.values()),
           "by_date": r.agreement_by_date, "noise": sum(len(v) for v in r.noise_on_pages.values()),
           "noise_on_pages": r.noise_on_pages, "defects": sum(r.defects.values()), "defect_codes": r.defects,
           "sentences": r.sentences, "defects_per_100": r.defects_per_100, "states": f"{states}/{bullets}",
           "seconds": round(time.monotonic() - t, 1), "examples": r.examples,
           "twice": twice(results, url_story),
           "bullets": r.bullets}   # the last gold day's Top Line bullets, each with its lead problems (JSON only)
    if show_misses:
        out["misses"] = misses(name, r, results, url_story, gold.top_line)
        out["classes"] = miss_classes(results, url_story, gold.top_line, gold.noise)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpora", nargs="*", default=list(CALIBRATION))
    ap.add_argument("--set", action="append", default=[], dest="overrides")
    ap.add_argument("--json", default="")
    ap.add_argument("--misses", action="store_true")
    ap.add_argument("--twice-ceiling", action="store_true", dest="ceiling")
    a = ap.parse_args(argv)
    for spec in a.overrides:
        _override(spec)
    done = []
    for name in a.corpora:
        r = run(name, a.misses, a.ceiling)
        done.append(r)
        days = "; ".join(f"{d[5:]}: {','.join(str(v) for v in cats.values())}" for d, cats in r["by_date"].items())
        print(f"{name:12} sum {r['sum']:3}  [{days}]  noise {r['noise']}  defects {r['defects']} in "
              f"{r['sentences']} ({r['defects_per_100']}) {r['defect_codes']}  states {r['states']}  "
              f"twice {len(r['twice'])}  "
              f"{r['seconds']} s", flush=True)
        for line in r["twice"]:
            print("  TWICE " + line)
        for line in r.get("misses", ()):
            print("  " + line)
        if "classes" in r:
            print("  CLASSES " + "; ".join(f"{k} {v}" for k, v in sorted(r["classes"].items())))
    print("TOTAL", sum(r["sum"] for r in done), " ".join(f"{r['corpus']}={r['sum']}" for r in done))
    if a.misses:
        every: Counter[str] = Counter()
        for r in done:
            every.update(r.get("classes", {}))
        print("MISSES BY CLASS " + "; ".join(f"{k} {v}" for k, v in sorted(every.items())))
    if a.json:
        Path(a.json).write_text(json.dumps(done, indent=1, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
