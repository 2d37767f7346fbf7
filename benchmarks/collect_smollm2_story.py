"""Collect real SmolLM2-135M answers to Topline's story request for the claim-support set (issue 10, item 6): each
article of a tests/data/support file is sent as the LLM writer sends a story (the writer's system message and
"Task: story." with the story's numbered source sentences in the fenced DATA block, the lead first; temperature
0.2 as in topline.config; response_format json_object), to a llama.cpp server on loopback only.

    python benchmarks/collect_smollm2_story.py --base http://127.0.0.1:8157/v1 --articles eval4-articles.jsonl \
        > tests/data/support/eval4-smollm2_raw.jsonl

The source sentences are the article's first ``MAX_PASSAGES`` sentences within ``PASSAGE_TOKENS`` (the writer
picks its best-scored ones; the lead is first in both). Each output line: article id, prompt kind, prompt version,
the raw answer, and the sentences read from it (top line, facts, analysis; with the kind and cited ids). Labels are
added by hand afterwards, by reading each sentence against its article.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from collect_smollm2 import post  # noqa: E402
from topline.chat import CHARS_PER_TOKEN  # noqa: E402
from topline.write.llm.prompts import (CLOSE, MAX_PASSAGES, OPEN, PASSAGE_TOKENS,  # noqa: E402
                                       PROMPT_VERSION, STORY_OUTPUT_TOKENS, STORY_SYSTEM)

ROOT = Path(__file__).resolve().parents[1]
TEMPERATURE = 0.2          # topline.config's default for the LLM writer


def source_rows(article: dict) -> list[dict]:
    rows, size = [], 0.0
    for s in re.split(r"(?<=[.!?\"])\s+(?=[A-Z\"])", article["body"]):
        cost = len(s) / CHARS_PER_TOKEN
        if rows and (size + cost > PASSAGE_TOKENS or len(rows) >= MAX_PASSAGES):
            break
        size += cost
        rows.append({"id": f"S{len(rows) + 1}", "outlet": article["source"], "text": s})
    return rows


def request(article: dict, category: str) -> dict:
    data = {"category": category, "story": article["title"], "sources": source_rows(article)}
    fenced = f"{OPEN}\n{json.dumps(data, ensure_ascii=False, separators=(',', ':'))}\n{CLOSE}"
    return {"model": "smollm2", "temperature": TEMPERATURE, "max_tokens": STORY_OUTPUT_TOKENS,
            "response_format": {"type": "json_object"},
            "messages": [{"role": "system", "content": STORY_SYSTEM},
                         {"role": "user", "content": "Task: story.\n" + fenced}]}


def read_answer(raw: str) -> list[dict]:
    """The sentences of a story answer, as the writer would read them (best effort: a broken answer gives [])."""
    try:
        obj = json.loads(raw)
    except ValueError:
        return []
    if not isinstance(obj, dict):
        return []
    out = []
    items = [("top_line", obj.get("top_line"))]
    items += [("fact", f) for f in obj.get("facts") or [] if isinstance(obj.get("facts"), list)]
    items += [("analysis", a) for a in obj.get("analysis") or [] if isinstance(obj.get("analysis"), list)]
    for kind, item in items:
        text = item.get("text") if isinstance(item, dict) else item if isinstance(item, str) else None
        if isinstance(text, str) and text.strip():
            refs = item.get("cites", item.get("builds_on")) if isinstance(item, dict) else None
            out.append({"kind": kind, "text": text.strip(), "refs": refs})
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", default="http://127.0.0.1:8157/v1")
    ap.add_argument("--articles", default="eval4-articles.jsonl", help="a file of tests/data/support")
    ap.add_argument("--category", default="News")
    args = ap.parse_args()
    if not re.match(r"https?://(127\.0\.0\.1|localhost|\[::1\])[:/]", args.base):
        sys.exit("loopback servers only")
    for a in (json.loads(line) for line in (ROOT / "tests/data/support" / args.articles).open()):
        raw = post(args.base, request(a, args.category), timeout=180)
        print(json.dumps({"article": a["id"], "prompt": "story", "prompt_version": PROMPT_VERSION, "raw": raw,
                          "sentences": read_answer(raw)}, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main()
