"""The event ledger over every calibration corpus: summed event-field F1, P and R (and by type), and the gold events
it misses, by type, with their sentences (issue 12, events37).

    PYTHONPATH=. .venv/bin/python benchmarks/scan_events.py run OUT.json [--jobs 2] [--only eval-forest,cal-ai]
    PYTHONPATH=. .venv/bin/python benchmarks/scan_events.py misses OUT.json [--type capex] [--corpus eval-forest]
    PYTHONPATH=. .venv/bin/python benchmarks/scan_events.py compare BEFORE.json AFTER.json

``run`` scores each corpus folder of tests/data holding a ``gold-events.jsonl`` (the fixture, ``events-fixture``, is a
unit test's corpus, not a calibration one, and is left out) with ``topline.eval.events.evaluate_dir``, one process a
corpus, and writes the scores, the missed gold items with the gold rows (and sentences) that state them, and the
extracted items no gold row has. "Summed" figures add each corpus's figure (the project's measure since events17);
"pooled" ones are over the items of all corpora together. ``misses`` prints the missed items by type with their
sentences (for reading, not tuning); ``compare`` prints each corpus's change and the sums.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
NOT_CALIBRATION = frozenset({"events-fixture"})


def corpora(only: str | None = None) -> list[Path]:
    dirs = sorted(d for d in DATA.iterdir() if (d / "gold-events.jsonl").is_file() and d.name not in NOT_CALIBRATION)
    if only:
        want = set(only.split(","))
        dirs = [d for d in dirs if d.name in want]
    return dirs


def _type_counts(gold: dict, got: dict) -> dict[str, list[int]]:
    from topline.eval.events import match
    out = {}
    for t in sorted({k[1] for k in gold} | {k[1] for k in got}):
        g = {k: v for k, v in gold.items() if k[1] == t}
        p = {k: v for k, v in got.items() if k[1] == t}
        out[t] = [match(g, p)[0], sum(len(v) for v in p.values()), sum(len(v) for v in g.values())]
    return out


def score(corpus: str) -> dict:
    from topline.eval.events import evaluate_dir, gold_items, load_bundles, articles_path, predicted_items, same_value
    from topline.eval.jsonl import read_jsonl
    from topline.events import extract
    d = Path(corpus)
    s = evaluate_dir(d)
    rows = read_jsonl(d / "gold-events.jsonl")
    events = [e for b in load_bundles(articles_path(d)) for e in extract(b)]
    counts = _type_counts(gold_items(rows), predicted_items(events))
    misses = []
    for m in s.misses:
        said = [{"url": r.get("url"), "sentence": r.get("sentence"), "fields": r.get("fields")} for r in rows
                if r["story"] == m["story"] and r["type"] == m["type"]
                and any(same_value(m["field"], m["value"], v)
                        for v in (lambda x: x if isinstance(x, list) else [x])((r.get("fields") or {}).get(m["field"]))
                        if v is not None)]
        misses.append({**m, "rows": said})
    extras = []
    for x in s.extras:
        where = [{"sentence": f.sentence, "text": f.text} for e in events
                 if e.story_id == x["story"] and e.type == x["type"]
                 for f in e.fields if f.name == x["field"] and same_value(x["field"], x["value"], f.value)][:2]
        extras.append({**x, "value": x["value"] if isinstance(x["value"], (str, int, float)) else str(x["value"]),
                       "where": where})
    return {"corpus": d.name, "f1": s.f1, "precision": s.precision, "recall": s.recall, "matched": s.matched,
            "predicted": s.predicted_fields, "gold": s.gold_fields, "ungrounded": s.ungrounded,
            "by_type": {t: list(v) for t, v in s.by_type.items()}, "type_counts": counts,
            "misses": misses, "extras": extras}


def summary(results: list[dict]) -> dict:
    out = {"corpora": len(results), "f1": sum(r["f1"] for r in results),
           "precision": sum(r["precision"] for r in results), "recall": sum(r["recall"] for r in results),
           "ungrounded": sum(r["ungrounded"] for r in results)}
    m, p, g = (sum(r[k] for r in results) for k in ("matched", "predicted", "gold"))
    out["pooled"] = {"matched": m, "predicted": p, "gold": g, "precision": m / p if p else 0.0,
                     "recall": m / g if g else 0.0}
    out["pooled"]["f1"] = (2 * out["pooled"]["precision"] * out["pooled"]["recall"]
                           / ((out["pooled"]["precision"] + out["pooled"]["recall"]) or 1))
    by_type: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    pooled: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for r in results:
        for t, v in r["by_type"].items():
            for i in range(3):
                by_type[t][i] += v[i]
        for t, v in r["type_counts"].items():
            for i in range(3):
                pooled[t][i] += v[i]
    out["by_type_summed"] = {t: dict(zip(("precision", "recall", "f1"), v)) for t, v in sorted(by_type.items())}
    out["by_type_pooled"] = {}
    for t, (m, p, g) in sorted(pooled.items()):
        pr, rc = (m / p if p else 0.0), (m / g if g else 0.0)
        out["by_type_pooled"][t] = {"matched": m, "predicted": p, "gold": g, "precision": pr, "recall": rc,
                                    "f1": 2 * pr * rc / (pr + rc) if pr + rc else 0.0}
    return out


def run(args) -> None:
    dirs = corpora(args.only)
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        results = list(pool.map(score, [str(d) for d in dirs]))
    doc = {"summary": summary(results), "corpora": results}
    Path(args.out).write_text(json.dumps(doc, indent=1, ensure_ascii=False, default=str), encoding="utf-8")
    print_summary(doc)


def print_summary(doc: dict) -> None:
    s = doc["summary"]
    print(f"{s['corpora']} corpora: summed F1 {s['f1']:.4f}, P {s['precision']:.4f}, R {s['recall']:.4f}; "
          f"pooled P {s['pooled']['precision']:.3f} R {s['pooled']['recall']:.3f} F1 {s['pooled']['f1']:.3f} "
          f"({s['pooled']['matched']}/{s['pooled']['predicted']}/{s['pooled']['gold']}); ungrounded {s['ungrounded']}")
    for t, v in s["by_type_summed"].items():
        pv = s["by_type_pooled"][t]
        print(f"  {t:13s} summed F1 {v['f1']:7.3f} P {v['precision']:7.3f} R {v['recall']:7.3f}   pooled "
              f"{pv['matched']}/{pv['predicted']}/{pv['gold']} P {pv['precision']:.3f} R {pv['recall']:.3f} "
              f"F1 {pv['f1']:.3f}")
    for r in doc["corpora"]:
        print(f"  {r['corpus']:14s} F1 {r['f1']:.4f} P {r['precision']:.4f} R {r['recall']:.4f} "
              f"({r['matched']}/{r['predicted']}/{r['gold']})")


def misses(args) -> None:
    doc = json.loads(Path(args.out).read_text(encoding="utf-8"))
    by_type: dict[str, list] = defaultdict(list)
    for r in doc["corpora"]:
        if args.corpus and r["corpus"] != args.corpus:
            continue
        for m in r["misses"]:
            by_type[m["type"]].append((r["corpus"], m))
    print("missed gold items by type:", dict(Counter({t: len(v) for t, v in by_type.items()}).most_common()))
    for t, ms in sorted(by_type.items()):
        if args.type and t != args.type:
            continue
        print(f"\n=== {t}: {len(ms)} missed field values")
        for corpus, m in ms:
            sents = dict.fromkeys(x["sentence"] for x in m["rows"])
            print(f"- {corpus} {m['story']} {m['field']}={m['value']!r}")
            for s in list(sents)[: args.sentences]:
                print(f"    | {s}")


def compare(args) -> None:
    a = json.loads(Path(args.before).read_text(encoding="utf-8"))
    b = json.loads(Path(args.after).read_text(encoding="utf-8"))
    before = {r["corpus"]: r for r in a["corpora"]}
    print_summary(a)
    print()
    print_summary(b)
    print("\nper corpus (F1 before -> after, P, R):")
    for r in b["corpora"]:
        o = before.get(r["corpus"])
        if o is None:
            print(f"  {r['corpus']:14s} new {r['f1']:.4f}")
            continue
        d = r["f1"] - o["f1"]
        flag = "  <-- fell by more than 0.01" if d < -0.01 else ""
        print(f"  {r['corpus']:14s} {o['f1']:.4f} -> {r['f1']:.4f} ({d:+.4f})  P {o['precision']:.3f} -> "
              f"{r['precision']:.3f}  R {o['recall']:.3f} -> {r['recall']:.3f}{flag}")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("run")
    r.add_argument("out")
    r.add_argument("--jobs", type=int, default=2)
    r.add_argument("--only")
    m = sub.add_parser("misses")
    m.add_argument("out")
    m.add_argument("--type")
    m.add_argument("--corpus")
    m.add_argument("--sentences", type=int, default=2)
    c = sub.add_parser("compare")
    c.add_argument("before")
    c.add_argument("after")
    args = ap.parse_args(argv)
    {"run": run, "misses": misses, "compare": compare}[args.cmd](args)


if __name__ == "__main__":
    sys.exit(main())
