"""Real texts for the enrichment equivalence tests: the demo corpus's and cal-biotech's articles, each as title and
body, and each body's sentences (optionally the titles alone too)."""
from __future__ import annotations

import json
from pathlib import Path

from topline.text import split_sentences

ROOT = Path(__file__).resolve().parents[2]


def corpus_texts(titles: bool = False) -> list[str]:
    files = sorted((ROOT / "topline" / "demo" / "corpus").glob("*.jsonl")) + [
        ROOT / "tests" / "data" / "cal-biotech" / "articles.jsonl"]
    texts: list[str] = []
    for f in files:
        for line in f.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            body = row.get("text") or ""
            texts += [f"{row.get('title', '')}\n{body}", *([row.get("title", "")] if titles else []),
                      *split_sentences(body)]
    return texts
