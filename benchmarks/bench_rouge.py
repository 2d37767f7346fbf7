"""ROUGE of the offline writer's multi-document extractive summary against human summaries.

Data: ../shared/data/multiling2011 (MultiLing 2011 English sample: 3 topics x 10 WikiNews articles, 2 human
reference summaries per topic). For each topic, a summary of at most WORDS words is built from the 10 articles:

* ``offline``: the offline writer's sentence choice (topline.write.offline.sentences: TF-IDF centrality, cross-document
  support, position, information; maximal marginal relevance against repeats);
* ``lead``: the baseline: the articles' lead sentences, round robin (first sentence of each article, then the
  second ...), at the same length.

Scores are ROUGE-1, ROUGE-2 and ROUGE-L F1 (rouge-score, stemming on), averaged over the two references and the
three topics. Usage: .venv/bin/python benchmarks/bench_rouge.py [--words 250] [--runs 5]
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / ".." / "shared" / "data" / "multiling2011"
sys.path.insert(0, str(REPO))

from topline.records import Article  # noqa: E402
from topline.text import split_sentences  # noqa: E402
from topline.write.offline.sentences import candidates, clean, score, select  # noqa: E402


def load() -> tuple[dict[str, list[Article]], dict[str, list[str]]]:
    docs: dict[str, list[Article]] = {}
    for line in (DATA / "documents.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        arts = []
        for i, d in enumerate(row["documents"]):
            lines = d["text"]
            title, body = lines[0], "\n".join(lines[2:] if len(lines) > 2 else lines[1:])
            arts.append(Article(url=f"mlg://{row['instance_id']}/{d['filename']}", title=title, text=body,
                                source=f"doc{i}"))
        docs[row["instance_id"]] = arts
    refs: dict[str, list[str]] = {}
    for line in (DATA / "summaries.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["summarizer_type"] == "reference":
            refs.setdefault(row["instance_id"], []).append(" ".join(row["summary"]["text"]))
    return docs, refs


def _cut(sentences: list[str], words: int) -> str:
    out, n = [], 0
    for s in sentences:
        k = len(s.split())
        if n + k > words:
            continue   # too long for what is left: a shorter one may fit
        out.append(s)
        n += k
    return " ".join(out)


def offline_summary(articles: list[Article], words: int) -> str:
    ranked = score(candidates(articles), [a.title for a in articles])
    chosen = select(ranked, 40)
    return _cut([c.text for c in chosen], words)


def lead_summary(articles: list[Article], words: int) -> str:
    per_doc = [[s for s in (clean(x) or "" for x in split_sentences(a.body)) if s] for a in articles]
    order = [s for i in range(max(map(len, per_doc), default=0)) for doc in per_doc if i < len(doc)
             for s in [doc[i]]]
    return _cut(order, words)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--words", type=int, default=250)
    ap.add_argument("--runs", type=int, default=5, help="timing runs (the scores are deterministic)")
    args = ap.parse_args()
    if not DATA.exists():
        sys.exit(f"data set not found at {DATA.resolve()}")
    from rouge_score import rouge_scorer
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)
    docs, refs = load()
    results: dict[str, dict[str, list[float]]] = {}
    timings = []
    for run in range(args.runs):
        t0 = time.perf_counter()
        summaries = {name: {tid: fn(arts, args.words) for tid, arts in docs.items()}
                     for name, fn in (("offline", offline_summary), ("lead", lead_summary))}
        timings.append(time.perf_counter() - t0)
        if run:
            continue
        for name, by_topic in summaries.items():
            for tid, summary in by_topic.items():
                for ref in refs[tid]:
                    s = scorer.score(ref, summary)
                    for metric in ("rouge1", "rouge2", "rougeL"):
                        results.setdefault(name, {}).setdefault(metric, []).append(s[metric].fmeasure)
    print(f"MultiLing 2011 English, {len(docs)} topics x 10 articles, {args.words}-word summaries, "
          f"{sum(map(len, refs.values()))} reference summaries, {dt.date.today()}")
    print(f"{'system':10} {'ROUGE-1':>8} {'ROUGE-2':>8} {'ROUGE-L':>8}")
    for name, metrics in results.items():
        print(f"{name:10} " + " ".join(f"{statistics.mean(metrics[m]):8.4f}" for m in ("rouge1", "rouge2", "rougeL")))
    print(f"time for both systems on all topics: median {statistics.median(timings):.2f} s over {args.runs} runs")


if __name__ == "__main__":
    main()
