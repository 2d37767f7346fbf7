"""Issue 11, editorial37: the page order LEARNED from the calibration corpora's gold pages, leave-one-corpus-out.

    PYTHONPATH=. python benchmarks/fit_page_order.py DUMPDIR [--features a,b,...] [--C 0.1,1] [--top 12]

DUMPDIR is ``benchmarks/editorial_offline.py dump``'s output (one JSON per corpus, every gold day's ranked stories
and pages). For every gold page, the page's candidates (the stories the project's page score places on it: primary
or secondary there) are described by features the pipeline has at ranking time (the ranking factors, the page
score and its parts, primary / secondary and the share, kinds of event, today's articles and outlets, novelty,
the share of today's articles that are features (``write.offline.lead.soft_article``) ...). A pairwise logistic
regression (no intercept, L2, standardised features) is fitted on every pair (a story the editor chose on the page,
one he did not) among the page's first ``--top`` candidates of 30 corpora, and the 31st corpus's pages are re-ranked
by the fitted linear score (``editorial_offline.agreement``: the outlet cap, the short-page fill and the writer's
skips as built), summed over the corpora each held out in turn. Printed: each corpus's agreement under the
project's page score and held out; the held-out pairwise accuracy at the margin (positions 3-10 of each gold page,
as editorial36's ``feat.py``); each single feature's held-out margin accuracy; the coefficients fitted on all.
"""
from __future__ import annotations

import argparse
import datetime as dt
import math
import sys
from pathlib import Path
from typing import Callable, Mapping, Sequence

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import editorial_offline as eo  # noqa: E402

BOUNDARY = 0   # > 0: only pairs on either side of this place of the page (set by --boundary)
FACTORS = ("independent_outlets", "outlet_tier", "magnitude", "prominence", "watchlist", "novelty", "recency")


def _day(iso: str) -> dt.date:
    return dt.datetime.fromisoformat(iso).astimezone(dt.timezone.utc).date()


def features(s: Mapping, cat: str, day: str) -> dict[str, float]:
    """One candidate of one page, from the dumped row (every value known when the page is ordered)."""
    f = {name: 0.0 for name in FACTORS}
    for name, value, _w, _note in s["factors"]:
        f[name] = float(value)
    prim = s["primary"] == cat
    sim = named = 0.0
    for name, similarity, nm in s["topic"]:
        if name == cat:
            sim, named = float(similarity), min(float(nm), 5.0) / 5.0
    d = dt.date.fromisoformat(day)
    today = [a for a in s["arts"] if _day(a["pub"]) == d]
    n_today = len(today)
    share = 1.0 if prim else eo.share(s, cat)
    first = _day(s["first_seen"])
    f.update({
        "page_score": eo.page_score(s, cat) or 0.0,
        "score": eo.score(s),
        "primary": 1.0 if prim else 0.0,
        "share": share,
        "tied": 1.0 if (not prim and share >= 0.999) else 0.0,
        "sec_share": 0.0 if prim else share,
        "topic_sim": sim,
        "named": named,
        "pages": 1.0 + len(s["secondary"]),
        "n_kinds": float(len(s["kinds"])),
        "has_kind": 1.0 if s["kinds"] else 0.0,
        "log_n": math.log1p(len(s["arts"])),
        "log_today": math.log1p(n_today),
        "today_share": n_today / max(1, len(s["arts"])),
        "log_today_outlets": math.log1p(len({a["src"] for a in today if a["src"]})),
        "log_outlets": math.log1p(len({a["src"] for a in s["arts"] if a["src"]})),
        "soft_today": (sum(1 for a in today if a.get("soft")) / n_today) if n_today else 0.0,
        "all_soft": 1.0 if today and all(a.get("soft") for a in today) else 0.0,
        "spec_today": 1.0 if any(a.get("spec") for a in today) else 0.0,
        "age_days": float(min(7, (d - first).days)),
        "new_today": 1.0 if first >= d else 0.0,
    })
    return f


def page_rows(day: Mapping, cat: str, day_name: str) -> list[tuple[str, float, dict]]:
    """The page's candidates, best page score first: (story id, page score, features)."""
    out = []
    for s in day["stories"]:
        if s["primary"] is None:
            continue
        ps = eo.page_score(s, cat)
        if ps is None:
            continue
        out.append((s["id"], ps, s))
    out.sort(key=lambda x: -x[1])
    return [(sid, ps, features(s, cat, day_name)) for sid, ps, s in out]


def _ranks(rows: Sequence[tuple[str, float, dict]]) -> list[dict]:
    """Each candidate's features plus its place on the page under the project's score."""
    out = []
    for i, (_sid, _ps, f) in enumerate(rows):
        g = dict(f)
        g["page_rank"] = 1.0 / (1.0 + i)
        g["gap_top"] = rows[0][1] - f["page_score"]
        out.append(g)
    return out


def collect(dumps: Mapping[str, dict]) -> dict[str, list]:
    """Per corpus, per gold page: (day, cat, [(story id, label, features)])."""
    out: dict[str, list] = {}
    for name, d in dumps.items():
        pages = []
        for day_name, day in d["days"].items():
            for cat, page in day["pages"].items():
                if not page["gold"]:
                    continue
                rows = page_rows(day, cat, day_name)
                gold = set(page["gold"])
                by_id = {s["id"]: s for s in day["stories"]}
                feats = _ranks(rows)
                pages.append((day_name, cat, [(sid, 1 if by_id[sid]["gold"] in gold else 0, f)
                                              for (sid, _ps, _f), f in zip(rows, feats)]))
        out[name] = pages
    return out


def pairs(pages: Sequence, names: Sequence[str], top: int, lo: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Pairwise differences (chosen - not chosen, both ways) among each page's candidates lo..top-1."""
    xs, ys = [], []
    for _day, _cat, cands in pages:
        part = cands[lo:top]
        pos = [(i, f) for i, (_, y, f) in enumerate(part, lo) if y]
        neg = [(i, f) for i, (_, y, f) in enumerate(part, lo) if not y]
        for ip, p in pos:
            vp = np.array([p[k] for k in names])
            for i_n, n in neg:
                if BOUNDARY and (ip < BOUNDARY) == (i_n < BOUNDARY):
                    continue
                v = vp - np.array([n[k] for k in names])
                xs += [v, -v]
                ys += [1, 0]
    if not xs:
        return np.zeros((0, len(names))), np.zeros(0)
    return np.array(xs), np.array(ys)


def fit(pages: Sequence, names: Sequence[str], top: int, c: float, lo: int = 0) -> np.ndarray:
    """Coefficients of the pairwise logistic regression in the features' own units. The page score's coefficient
    is not penalised (every other one is, by ``1 / (2 c)`` x its square on standardised features), so a small ``c``
    keeps the project's order and a large one lets the features move it."""
    from scipy.optimize import minimize
    x, y = pairs(pages, names, top, lo)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    z = x / scale
    sign = 2.0 * y - 1.0
    free = np.array([k == "page_score" for k in names])
    pen = np.where(free, 0.0, 1.0 / (2.0 * c)) / max(1, len(y))

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        m = sign * (z @ w)
        lv = np.logaddexp(0.0, -m)
        g = -(sign / (1.0 + np.exp(m)))
        return float(lv.mean() + (pen * w * w).sum()), z.T @ g / len(y) + 2.0 * pen * w
    w0 = np.where(free, 1.0, 0.0)
    res = minimize(loss, w0, jac=True, method="L-BFGS-B")
    return res.x / scale


def margin_accuracy(pages: Sequence, key: Callable[[dict], float]) -> tuple[int, int]:
    """Pairs (chosen, not chosen) at positions 3-10 of each page (1-based, the project's order) ordered right by
    ``key`` (ties count half)."""
    right = total = 0.0
    for _day, _cat, cands in pages:
        part = cands[2:10]
        for _, yp, fp in part:
            if not yp:
                continue
            for _, yn, fn in part:
                if yn:
                    continue
                a, b = key(fp), key(fn)
                right += 1.0 if a > b else 0.5 if a == b else 0.0
                total += 1
    return right, total


def scorer(dumps_one: Mapping[str, dict], names: Sequence[str], coef: np.ndarray) -> Callable[[str], Callable]:
    """``make(day) -> pscore`` for ``editorial_offline.agreement``: the fitted linear score on the page's rows."""
    cache: dict = {}

    def make(day_name: str) -> Callable:
        def pscore(s: Mapping, cat: str) -> float | None:
            if eo.page_score(s, cat) is None:
                return None
            key = (day_name, cat)
            if key not in cache:
                d = next(d for d in dumps_one.values() if day_name in d["days"])
                day = d["days"][day_name]
                rows = page_rows(day, cat, day_name)
                cache[key] = {sid: float(np.dot([f[k] for k in names], coef))
                              for (sid, _ps, _f), f in zip(rows, _ranks(rows))}
            return cache[key][s["id"]]
        return pscore
    return make


def loco(dumps: Mapping[str, dict], data: Mapping[str, list], names: Sequence[str], top: int, c: float,
         base: Mapping[str, int], lo: int = 0) -> tuple[dict[str, int], float]:
    got = {}
    right = total = 0.0
    for held in dumps:
        train = [p for n, ps in data.items() if n != held for p in ps]
        coef = fit(train, names, top, c, lo)
        one = {held: dumps[held]}
        got[held] = eo.agreement(one, scorer(one, names, coef))[held]
        r, t = margin_accuracy(data[held], lambda f: float(np.dot([f[k] for k in names], coef)))
        right, total = right + r, total + t
    return got, right / max(total, 1)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("dump")
    ap.add_argument("--features", default="")
    ap.add_argument("--C", default="0.01,0.1,1")
    ap.add_argument("--top", type=int, default=12)
    ap.add_argument("--lo", type=int, default=0)
    ap.add_argument("--singles", action="store_true", help="each feature's held-out margin accuracy")
    ap.add_argument("--drop", action="store_true", help="each feature dropped in turn, held out")
    ap.add_argument("--boundary", type=int, default=0, help="train only on pairs across this place (5: the Top Line's)")
    args = ap.parse_args(argv)
    global BOUNDARY
    BOUNDARY = args.boundary
    dumps = eo.load(args.dump)
    base = eo.agreement(dumps)
    data = collect(dumps)
    all_names = list(data[next(iter(data))][0][2][0][2].keys())
    names = args.features.split(",") if args.features else all_names
    r, t = margin_accuracy([p for ps in data.values() for p in ps], lambda f: f["page_score"])
    print(f"corpora {len(dumps)}  built {sum(d['sum'] for d in dumps.values())}  re-ranked {sum(base.values())}  "
          f"margin pairs {t:.0f}, page score right {r / t:.3f}")
    if args.singles:
        for k in all_names:
            r, t = margin_accuracy([p for ps in data.values() for p in ps], lambda f: f[k])
            print(f"  single {k:20} margin {r / t:.3f}")
    for c in [float(x) for x in args.C.split(",")]:
        got, acc = loco(dumps, data, names, args.top, c, base, args.lo)
        diff = {n: got[n] - base[n] for n in dumps}
        print(f"C={c:g} top={args.top} features={len(names)}: held out {sum(got.values())} "
              f"({sum(diff.values()):+d}); margin accuracy held out {acc:.3f}; up {sum(1 for v in diff.values() if v > 0)}"
              f" down {sum(1 for v in diff.values() if v < 0)}; worst {min(diff.values()):+d}")
        print("   " + " ".join(f"{n}:{v:+d}" for n, v in sorted(diff.items()) if v))
        coef = fit([p for ps in data.values() for p in ps], names, args.top, c, args.lo)
        lead = coef[names.index("page_score")] if "page_score" in names else 1.0
        print("   coef/page_score: " + " ".join(f"{k}={v / lead:.3f}" for k, v in zip(names, coef)))
        if args.drop:
            for k in names:
                rest = [n for n in names if n != k]
                g2, a2 = loco(dumps, data, rest, args.top, c, base, args.lo)
                print(f"   without {k:20} held out {sum(g2.values()) - sum(base.values()):+d} margin {a2:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
