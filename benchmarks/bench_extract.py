"""Extraction quality and speed on the Zyte article-extraction benchmark (../shared/data/extraction-zyte).

Scores ``topline.ingest.pages.extract_page`` against ``ground-truth.json`` the way that benchmark does: word
tokens (``\\w+``) grouped in shingles of 4, true/false positives counted per page and normalised per page,
precision and recall averaged over pages, F1 from the two averages. A plain bag-of-tokens score (shingles of 1)
is printed too.

    python benchmarks/bench_extract.py [--data DIR] [--limit N] [--json]
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "extraction-zyte"
SHINGLE = 4                  # the benchmark's shingle length
_TOKEN = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, n: int) -> Counter:
    tokens = _TOKEN.findall(text or "")
    grams = [tuple(tokens[i:i + n]) for i in range(max(1, len(tokens) - n + 1))]
    return Counter(g for g in grams if g)


def page_counts(true: str, pred: str, n: int) -> tuple[float, float, float]:
    """Per-page (tp, fp, fn), normalised so that long pages weigh as much as short ones."""
    t, p = shingles(true, n), shingles(pred, n)
    tp = sum((t & p).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fp == 0 else tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fn == 0 else tp / (tp + fn)


def score(pairs: list[tuple[str, str]], n: int = SHINGLE) -> dict[str, float]:
    counts = [page_counts(t, p, n) for t, p in pairs]
    precision = statistics.mean(_precision(*c) for c in counts if c[0] + c[1] > 0)
    recall = statistics.mean(_recall(*c) for c in counts if c[0] + c[2] > 0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"f1": f1, "precision": precision, "recall": recall}


def load(data: Path, limit: int | None = None) -> list[tuple[str, bytes, str, str]]:
    """(key, html, url, true body) for every page with ground truth."""
    truth = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    out = []
    for key in sorted(truth)[:limit]:
        path = data / "html" / f"{key}.html.gz"
        if path.exists():
            out.append((key, gzip.decompress(path.read_bytes()), truth[key].get("url", ""),
                        truth[key].get("articleBody", "")))
    return out


def run(data: Path = DEFAULT_DATA, limit: int | None = None) -> dict[str, float]:
    from topline.errors import InputError
    from topline.ingest.pages import extract_page
    pages = load(data, limit)
    pairs = []
    start, cpu_start = time.perf_counter(), time.process_time()
    for _key, html, url, true in pages:
        try:
            pred = extract_page(html, url).text
        except InputError:
            pred = ""
        pairs.append((true, pred))
    seconds = time.perf_counter() - start
    cpu = time.process_time() - cpu_start
    result = score(pairs)
    bag = score(pairs, n=1)
    result.update(pages=len(pages), seconds=seconds, pages_per_s=len(pages) / seconds if seconds else 0.0,
                  pages_per_cpu_s=len(pages) / cpu if cpu else 0.0,
                  bag_f1=bag["f1"], bag_precision=bag["precision"], bag_recall=bag["recall"])
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    if not (args.data / "ground-truth.json").exists():
        print(f"no benchmark data at {args.data}", file=sys.stderr)
        return 2
    r = run(args.data, args.limit)
    if args.json:
        print(json.dumps(r, indent=2))
    else:
        print(f"pages {r['pages']}  F1 {r['f1']:.3f}  precision {r['precision']:.3f}  recall {r['recall']:.3f}  "
              f"{r['pages_per_s']:.1f} pages/s ({r['pages_per_cpu_s']:.1f} per CPU-second)  (bag of tokens: F1 {r['bag_f1']:.3f}, "
              f"P {r['bag_precision']:.3f}, R {r['bag_recall']:.3f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
