"""Collect real SmolLM2-135M outputs for the claim-support set: ask the local llama.cpp server (127.0.0.1 only)
to summarise each article of tests/data/support/articles.jsonl, and keep the raw answers.

    python benchmarks/collect_smollm2.py [--base http://127.0.0.1:8765/v1] > tests/data/support/smollm2_raw.jsonl
    python benchmarks/collect_smollm2.py --articles eval2-articles.jsonl --prompts summary \
        > tests/data/support/eval2-smollm2_raw.jsonl

Each output line: article id, prompt kind, the raw response text, the sentences parsed from it. The labels are
added by hand afterwards (tests/data/support/smollm2_labels.jsonl), by reading each sentence against its article.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PROMPTS = {
    "summary": "Summarise this news article in two or three short factual sentences. Answer in JSON: "
               "{\"sentences\": [\"...\", \"...\"]}.",
    "facts": "List the three most important facts of this news article, each as one sentence. Answer in JSON: "
             "{\"sentences\": [\"...\", \"...\", \"...\"]}.",
}


def ask(base: str, system: str, article: dict, seed: int) -> str:
    body = {"model": "smollm2", "temperature": 0.7, "seed": seed, "max_tokens": 220,
            "response_format": {"type": "json_object"},
            "messages": [{"role": "system", "content": system},
                         {"role": "user", "content": f"{article['title']}\n\n{article['body']}"}]}
    return post(base, body)


def post(base: str, body: dict, timeout: float = 120) -> str:
    """One chat-completions request to the server at ``base`` (loopback only); the answer's text."""
    req = urllib.request.Request(base.rstrip("/") + "/chat/completions", data=json.dumps(body).encode(),
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=timeout) as r:   # noqa: S310 - loopback only
        return json.loads(r.read())["choices"][0]["message"]["content"]


def sentences(raw: str) -> list[str]:
    try:
        obj = json.loads(raw)
        items = obj.get("sentences") if isinstance(obj, dict) else obj
        if isinstance(items, list):
            return [s.strip() for s in items if isinstance(s, str) and s.strip()]
        if isinstance(obj, dict):
            return [v.strip() for v in obj.values() if isinstance(v, str) and v.strip()]
    except (ValueError, AttributeError):
        pass
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+", raw) if s.strip()]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", default="http://127.0.0.1:8765/v1")
    ap.add_argument("--skip", type=int, default=0, help="answers already collected (to resume an interrupted run)")
    ap.add_argument("--articles", default="articles.jsonl", help="a file of tests/data/support")
    ap.add_argument("--prompts", default=",".join(PROMPTS), help="prompt kinds, comma-separated")
    args = ap.parse_args()
    if not re.match(r"https?://(127\.0\.0\.1|localhost|\[::1\])[:/]", args.base):
        sys.exit("loopback servers only")
    arts = [json.loads(line) for line in (ROOT / "tests/data/support" / args.articles).open()]
    k = 0
    for n, a in enumerate(arts):
        for kind, system in PROMPTS.items():
            if kind not in args.prompts.split(","):
                continue
            k += 1
            if k <= args.skip:
                continue
            raw = ask(args.base, system, a, seed=n)
            print(json.dumps({"article": a["id"], "prompt": kind, "raw": raw, "sentences": sentences(raw)}),
                  flush=True)


if __name__ == "__main__":
    main()
