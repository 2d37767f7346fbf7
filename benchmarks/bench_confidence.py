"""Calibrating the classifier's confidences (issue 11): fit the power applied to the offline classifier's
probabilities (``topline.classify.offline.Params.confidence_power``) on AG News's CALIBRATION part, classified in
edition-sized batches (50 stories, the size of a day's edition), and report negative log-likelihood and expected
calibration error (10 bins) before and after, on the calibration and the evaluation parts.

    .venv/bin/python benchmarks/bench_confidence.py [--batch 50]
"""
from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from topline.eval.split import CALIBRATION, EVALUATION, part_of, row_key  # noqa: E402

DATA = REPO / ".." / "shared" / "data"


def probabilities(rows: list[dict], batch: int) -> tuple[np.ndarray, np.ndarray]:
    """(probabilities (n, k) as the classifier computes them before the power, gold index (n,))."""
    from topline.classify.offline import DEFAULT_PARAMS, score
    from topline.eval.classify import bundle_of
    from topline.taxonomy import load_taxonomy
    taxonomy = load_taxonomy(REPO / "tests" / "data" / "agnews-taxonomy.toml")
    names = [c.name for c in taxonomy.categories]
    rng = random.Random(11)
    rows = [r for r in rows if r["label"] in names]
    rng.shuffle(rows)
    P, gold = [], []
    for i in range(0, len(rows), batch):
        part = rows[i:i + batch]
        s = score([bundle_of(r, n) for n, r in enumerate(part, 1)], taxonomy,
                  params=DEFAULT_PARAMS.__class__(confidence_power=1.0))
        P.append(s.probs)
        gold += [names.index(r["label"]) for r in part]
    return np.vstack(P), np.array(gold)


def powered(P: np.ndarray, power: float) -> np.ndarray:
    from topline.classify.offline import calibrate
    return calibrate(P, power)


def nll(P: np.ndarray, gold: np.ndarray) -> float:
    return float(-np.mean(np.log(np.clip(P[np.arange(len(gold)), gold], 1e-12, 1.0))))


def ece(P: np.ndarray, gold: np.ndarray, bins: int = 10) -> float:
    conf, pred = P.max(axis=1), P.argmax(axis=1)
    out = 0.0
    for lo in np.linspace(0, 1, bins, endpoint=False):
        m = (conf > lo) & (conf <= lo + 1 / bins)
        if m.any():
            out += m.mean() * abs(float((pred[m] == gold[m]).mean()) - float(conf[m].mean()))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--batch", type=int, default=50)
    args = ap.parse_args()
    from topline.classify.offline import DEFAULT_PARAMS
    from topline.eval.classify import read_rows
    rows = read_rows(DATA / "ag-news" / "articles.jsonl")
    cal = probabilities([r for r in rows if part_of(row_key(r)) == CALIBRATION], args.batch)
    grid = [round(x, 3) for x in np.linspace(0.05, 1.0, 39)]
    best = min(grid, key=lambda p: nll(powered(cal[0], p), cal[1]))
    ev = probabilities([r for r in rows if part_of(row_key(r)) == EVALUATION], args.batch)
    print(f"batch {args.batch}; fitted power on the calibration part: {best} "
          f"(Params.confidence_power = {DEFAULT_PARAMS.confidence_power})")
    for name, (P, g) in (("calibration", cal), ("evaluation", ev)):
        for p in (1.0, best, DEFAULT_PARAMS.confidence_power):
            Q = powered(P, p)
            print(f"{name:11} power {p:5}  NLL {nll(Q, g):.4f}  ECE {ece(Q, g):.4f}  "
                  f"mean top confidence {Q.max(axis=1).mean():.3f}  accuracy {(Q.argmax(1) == g).mean():.4f}")


if __name__ == "__main__":
    main()
