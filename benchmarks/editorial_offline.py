"""Issue 11's offline re-ranker: every gold page of every calibration corpus dumped once, then re-ranked under a
variant of the page order in seconds, with leave-one-corpus-out (editorial36; earlier passes rebuilt this in /tmp
each time and lost it).

    PYTHONPATH=. python benchmarks/editorial_offline.py dump OUTDIR [CORPUS ...]   # one build per corpus (slow)
    PYTHONPATH=. python benchmarks/editorial_offline.py check OUTDIR                # the dump re-ranked as built

``dump`` builds each corpus as ``benchmarks/sweep_editorial.py`` does (``evaluate_dir``, the daily editions in
order) and writes OUTDIR/CORPUS.json: the sweep's figures and ``--misses`` lines, and for every gold day each ranked
story (its gold story by article majority, outlets, factors, classification scores, secondaries and topic rows,
kinds of event of its first eight articles, its articles' titles, outlets, times and gold stories) and each page
(the gold, ``write.stories_for``'s first 30 with page scores, the Top Line's story ids and their gold stories).
``check`` re-ranks every gold page with the project's own page score and prints each corpus's Top Line agreement
against the built one (equal on every corpus of the calibration set and the demo at fc61167: 1,072 of 1,072).

A variant is a function ``page_score(story, category) -> float | None`` (None: not on the page); ``agreement``
re-ranks every gold page with it: the stories with a score sorted, the outlet cap (at most 3 single-source stories
of one outlet), a short page filled from the built listing's other stories, and the built writer's skips kept (a
story the writer passed over above its last Top Line story is passed over again; the next stories fill the five).
``lopo`` chooses a variant's parameter on every corpus but one and scores it on that one.
"""
from __future__ import annotations

import json
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Callable, Mapping, Sequence

sys.path.insert(0, str(Path(__file__).resolve().parent))

LISTED = 30          # a page's listing kept in the dump
OUTLET_CAP = 3       # write_pages' default max_per_outlet (settings.edition.max_per_outlet)


# --- dump (needs the project) ----------------------------------------------------------------------------------

def _story(rs, url_story: Mapping[str, str]) -> dict:  # noqa: ANN001
    import sweep_editorial as sw
    from topline.classify import events
    from topline.ingest.urls import canonical_url
    from topline.write.offline.lead import soft_article, speculative
    c = rs.classification
    arts = sorted(rs.bundle.articles, key=lambda a: (a.published, a.id or 0))
    kinds: set[str] = set()
    for a in arts[:8]:
        kinds.update(events.article_kinds(a.title, a.body))
    return {"id": rs.bundle.story.id, "gold": sw._gold_of(rs, url_story), "n": len(arts),
            "outlets": list(rs.bundle.story.outlets), "score": rs.ranking.score,
            "factors": [[f.name, f.value, f.weight, f.note] for f in rs.ranking.factors],
            "primary": c.primary, "secondary": list(c.secondary), "scores": [list(x) for x in c.scores],
            "topic": [list(x) for x in c.topic], "kinds": sorted(kinds),
            "first_seen": rs.bundle.story.first_seen.isoformat(), "last_seen": rs.bundle.story.last_seen.isoformat(),
            "arts": [{"t": a.title, "src": a.source, "pub": a.published.isoformat(),
                      "g": url_story.get(canonical_url(a.url), "?"), "soft": soft_article(a),
                      "spec": speculative(a)} for a in arts]}


def dump(out: Path, corpora: Sequence[str]) -> None:
    import sweep_editorial as sw
    from topline import pipeline
    from topline.eval import editorial
    from topline.ingest.urls import canonical_url
    from topline.write import page_score, stories_for
    out.mkdir(parents=True, exist_ok=True)
    for name in corpora:
        folder = sw._folder(name)
        rows = editorial._rows(folder)
        url_story = {canonical_url(x["url"]): x["story"] for x in rows if x.get("url") and x.get("story")}
        results: dict = {}
        build = pipeline.build_edition

        def capture(store, settings, date, **kw):  # noqa: ANN001, ANN202
            res = build(store, settings, date, **kw)
            results[date.isoformat()] = res
            return res
        pipeline.build_edition = capture
        t = time.monotonic()
        try:
            r = editorial.evaluate_dir(folder)
        finally:
            pipeline.build_edition = build
        gold = editorial.load_gold(folder, rows)
        days = {}
        for day, cats in sorted(gold.top_line.items()):
            res = results.get(day)
            if res is None:
                continue
            pages = {}
            for p in res.edition.categories:
                listed = stories_for(p.name, res.ranked, OUTLET_CAP)
                pages[p.name] = {"gold": cats.get(p.name, []),
                                 "listing": [[x.bundle.story.id, round(page_score(x, p.name), 5)]
                                             for x in listed[:LISTED]],
                                 "top": [i.story_id for i in p.top_line],
                                 "top_gold": [editorial._story_of(i.citations, url_story) for i in p.top_line]}
            days[day] = {"stories": [_story(rs, url_story) for rs in res.ranked], "pages": pages}
        rec = {"corpus": name, "sum": sum(sum(v.values()) for v in r.agreement_by_date.values()),
               "by_date": r.agreement_by_date, "noise": r.noise_on_pages, "noise_ids": sorted(gold.noise),
               "defects": r.defects, "misses": sw.misses(name, r, results, url_story, gold.top_line),
               "classes": sw.miss_classes(results, url_story, gold.top_line, gold.noise), "days": days}
        (out / f"{name}.json").write_text(json.dumps(rec, default=str), encoding="utf-8")
        print(f"{name} {rec['sum']} {time.monotonic() - t:.0f} s", flush=True)


# --- re-ranking (pure, reads the dump) ----------------------------------------------------------------------------

def load(folder: str | Path) -> dict[str, dict]:
    return {(d := json.loads(p.read_text(encoding="utf-8")))["corpus"]: d for p in sorted(Path(folder).glob("*.json"))}


def score(s: Mapping) -> float:
    return sum(v * w for _, v, w, _ in s["factors"])


def share(s: Mapping, cat: str) -> float:
    """``topline.write._share`` on the dumped row."""
    probs = {k: v for k, v in s["scores"]}
    top = probs.get(s["primary"] or "", 0.0)
    return min(1.0, probs.get(cat, 0.0) / top) if top > 0 else 0.0


def topic_bonus(s: Mapping, cat: str) -> float:
    from topline.write import NAMED_FULL, NAMED_WEIGHT, TOPIC_WEIGHT
    for name, similarity, named in s["topic"]:
        if name == cat:
            return TOPIC_WEIGHT * similarity + NAMED_WEIGHT * min(named, NAMED_FULL) / NAMED_FULL
    return 0.0


def page_score(s: Mapping, cat: str, story_score: float | None = None) -> float | None:
    """``topline.write.page_score`` on the dumped row (None: neither primary nor secondary there)."""
    sc = score(s) if story_score is None else story_score
    if s["primary"] == cat:
        return sc + topic_bonus(s, cat)
    if cat not in s["secondary"]:
        return None
    return sc * share(s, cat) + topic_bonus(s, cat)


def _single(s: Mapping) -> str | None:
    outlets = {o for o in s["outlets"] if o} or {a["src"] for a in s["arts"] if a["src"]}
    return next(iter(outlets)) if len(outlets) == 1 else ("" if not outlets else None)


def top_line(day: Mapping, cat: str, pscore: Callable[[Mapping, str], float | None]) -> list[str]:
    """The page's Top Line story ids under ``pscore`` (see the module docstring)."""
    from topline.write import PAGE_FILL
    stories = {s["id"]: s for s in day["stories"]}
    page = day["pages"][cat]
    built = [i for i, _ in page["listing"]]
    scored = sorted(((v, s["id"]) for s in day["stories"] if s["primary"] is not None
                     and (v := pscore(s, cat)) is not None), key=lambda x: -x[0])
    led: Counter[str] = Counter()
    order: list[str] = []
    for _, sid in scored:
        only = _single(stories[sid])
        if only is not None:
            if led[only] >= OUTLET_CAP:
                continue
            led[only] += 1
        order.append(sid)
    if order and len(order) < PAGE_FILL:
        order += [i for i in built if i not in order][:PAGE_FILL - len(order)]
    top = page["top"]
    last = max((built.index(t) for t in top if t in built), default=-1)
    skipped = set(built[:last + 1]) - set(top) if top else set(built)
    return [i for i in order if i not in skipped][:5 if len(top) >= 5 else len(top)]


def _gold(day: Mapping, cat: str, sid: str) -> str:
    page = day["pages"][cat]
    if sid in page["top"]:
        return page["top_gold"][page["top"].index(sid)]
    return next((s["gold"] for s in day["stories"] if s["id"] == sid), "?")


def agreement(dumps: Mapping[str, dict], make: Callable[[str], Callable] | None = None) -> dict[str, int]:
    """Top Line agreement per corpus, every gold page re-ranked; ``make(day) -> page_score`` (default: the
    project's)."""
    out = {}
    for name, d in dumps.items():
        total = 0
        for day_name, day in d["days"].items():
            pscore = make(day_name) if make else page_score
            for cat, page in day["pages"].items():
                if page["gold"]:
                    got = {_gold(day, cat, i) for i in top_line(day, cat, pscore)}
                    total += len(set(page["gold"]) & got)
        out[name] = total
    return out


def lopo(dumps: Mapping[str, dict], family: Callable, params: Sequence) -> tuple[int, dict, dict]:
    """Leave-one-corpus-out: for each corpus the parameter best on the others (ties: the earlier in ``params``,
    the first being the neutral one) scored on it. Returns (held-out gain over ``params[0]``, per-parameter
    agreement, the parameter each corpus was scored at)."""
    per = {p: agreement(dumps, family(p)) for p in params}
    picks = {n: max(params, key=lambda p: (sum(v for k, v in per[p].items() if k != n), -params.index(p)))
             for n in dumps}
    return sum(per[picks[n]][n] - per[params[0]][n] for n in dumps), per, picks


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) >= 2 and argv[0] == "dump":
        import sweep_editorial as sw
        dump(Path(argv[1]), argv[2:] or list(sw.CALIBRATION))
        return 0
    if len(argv) == 2 and argv[0] == "check":
        dumps = load(argv[1])
        again = agreement(dumps)
        for name, d in dumps.items():
            print(f"{name:14} built {d['sum']:3}  re-ranked {again[name]:3}" + ("" if again[name] == d["sum"] else "  DIFF"))
        print("TOTAL built", sum(d["sum"] for d in dumps.values()), "re-ranked", sum(again.values()))
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main())
