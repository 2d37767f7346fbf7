"""Calibration and evaluation parts of every tuning data set (issue 15): the figures of benchmarks/RESULTS.md.

The cut is ``topline.eval.split`` (sha256 of the row's url, or of its gold story id, odd first byte ->
evaluation). Prints, for each part: AG News accuracy / macro-F1 with both test taxonomies, the mmds2025-dev
clusters' B-cubed scores (and a threshold sweep on the calibration part only), and the demo corpus's story
classification and clustering.

    .venv/bin/python benchmarks/bench_split.py              # everything (about 2-3 minutes on 2 cores)
    .venv/bin/python benchmarks/bench_split.py --only agnews|mmds|demo
    .venv/bin/python benchmarks/bench_split.py --only params    # classifier constants on the calibration part
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from topline.eval.split import CALIBRATION, PARTS, part_of, row_key  # noqa: E402

DATA = REPO / ".." / "shared" / "data"
SWEEP = (0.15, 0.175, 0.2, 0.225, 0.25, 0.275, 0.3)


def agnews() -> None:
    from topline.eval.classify import evaluate_rows, read_rows
    from topline.taxonomy import load_taxonomy
    rows = read_rows(DATA / "ag-news" / "articles.jsonl")
    for tax in ("agnews-taxonomy.toml", "agnews-plain.toml"):
        taxonomy = load_taxonomy(REPO / "tests" / "data" / tax)
        for part in PARTS:
            sel = [r for r in rows if part_of(row_key(r)) == part]
            rep = evaluate_rows(sel, taxonomy)
            print(f"agnews {tax:22} {part:11} rows {rep.rows:5}  accuracy {rep.accuracy:.4f}  "
                  f"macro-F1 {rep.macro_f1:.4f}  none {rep.none_predicted}")


# Constants of topline.classify.offline.Params checked on the calibration part: each moved one step either way.
PARAM_SWEEP = {"temperature": (0.02, 0.03, 0.04), "keyword_bonus": (0.01, 0.02, 0.03),
               "centroid_keep": (0.4, 0.5, 0.6), "margin_per_breadth": (0.25, 0.33, 0.4),
               "knn_self_weight": (0.3, 0.5, 0.7)}


def agnews_params() -> None:
    from topline.classify.offline import DEFAULT_PARAMS, OfflineClassifier
    from topline.eval.classify import evaluate_rows, read_rows
    from topline.taxonomy import load_taxonomy
    rows = [r for r in read_rows(DATA / "ag-news" / "articles.jsonl") if part_of(row_key(r)) == CALIBRATION]
    taxes = {t: load_taxonomy(REPO / "tests" / "data" / t) for t in ("agnews-taxonomy.toml", "agnews-plain.toml")}
    for name, values in PARAM_SWEEP.items():
        for v in values:
            clf = OfflineClassifier(params=dataclasses.replace(DEFAULT_PARAMS, **{name: v}))
            accs = [evaluate_rows(rows, tax, clf).accuracy for tax in taxes.values()]
            mark = " (default)" if getattr(DEFAULT_PARAMS, name) == v else ""
            print(f"agnews calibration {name}={v}{mark}  accuracy full {accs[0]:.4f}  plain {accs[1]:.4f}")
            sys.stdout.flush()


def mmds() -> None:
    from topline.eval.clusters import evaluate_articles, read_gold_articles
    from topline.stories.engine import StoryParams
    arts = read_gold_articles(DATA / "mmds2025-dev" / "articles.jsonl")
    for part in PARTS:
        sel = [a for a in arts if part_of(str(a.metadata["story"])) == part]
        s = evaluate_articles(sel)
        print(f"mmds2025-dev {part:11} articles {s.articles:3} gold {s.gold_clusters:3}  B-cubed P {s.bcubed_precision:.4f}"
              f"  R {s.bcubed_recall:.4f}  F1 {s.bcubed_f1:.4f}")
    cal = [a for a in arts if part_of(str(a.metadata["story"])) == CALIBRATION]
    for t in SWEEP:
        s = evaluate_articles(cal, params=dataclasses.replace(StoryParams(), threshold=t))
        print(f"mmds2025-dev calibration threshold {t:.3f}  B-cubed F1 {s.bcubed_f1:.4f}")


def demo() -> None:
    from collections import defaultdict

    from topline.classify import classify
    from topline.demo import corpus_files
    from topline.eval.clusters import evaluate_articles, read_gold_articles
    from topline.taxonomy import load_taxonomy
    sys.path.insert(0, str(REPO / "tests" / "classify"))
    from test_quality_demo import gold_bundles  # the test's own bundling of gold stories
    rows = [json.loads(line) for f in corpus_files() for line in f.read_text(encoding="utf-8").splitlines()
            if line.strip()]
    for part in PARTS:
        sel = [r for r in rows if part_of(r["story"]) == part]
        bundles, gold = gold_bundles(sel)
        got = [c.primary or "none" for c in classify(bundles, load_taxonomy())]
        right = sum(g == p for g, p in zip(gold, got))
        wrong = defaultdict(list)
        for b, g, p in zip(bundles, gold, got):
            if g != p:
                wrong[b.story.id] = (g, p)
        arts = [a for f in corpus_files() for a in read_gold_articles(f) if part_of(str(a.metadata["story"])) == part]
        s = evaluate_articles(arts)
        print(f"demo {part:11} stories {len(gold):2}  classification {right}/{len(gold)} = {right / len(gold):.3f}"
              f"  clustering B-cubed F1 {s.bcubed_f1:.4f} (P {s.bcubed_precision:.4f} R {s.bcubed_recall:.4f})"
              f"  misclassified {dict(wrong)}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", choices=("agnews", "mmds", "demo", "params"))
    args = ap.parse_args()
    for name, fn in (("demo", demo), ("mmds", mmds), ("agnews", agnews), ("params", agnews_params)):
        if args.only == name or (args.only is None and name != "params"):
            fn()
            sys.stdout.flush()


if __name__ == "__main__":
    main()
