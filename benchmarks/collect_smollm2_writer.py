"""Collect what Topline's OWN LLM writer was answered by a real model, before the checker judged it, for the
claim-support set (issue 10, item 6; the fifth evaluation part).

The articles of a tests/data/support file are ingested into a fresh TOPLINE_HOME (one publication day) and the
edition is built with ``topline brief --writer llm`` against an OpenAI-compatible server on loopback (SmolLM2-135M
behind llama.cpp's server, ``response_format`` json_object). A debug hook that lives ONLY in this script wraps
``topline.chat.ChatClient.complete`` and records every request's task and DATA block with the model's raw answer;
nothing in ``topline/`` is changed. Each output line (written as the call returns): the call number, the task (story, repair, signals,
synthesis...), the ids of the articles whose sentences the DATA block shows, the raw answer, and the prompt
version. Labels are added by hand afterwards, by reading each sentence against its articles.

    TOPLINE_HOME=/tmp/x python benchmarks/collect_smollm2_writer.py --base http://127.0.0.1:8159/v1 \
        --articles eval5-articles.jsonl --date 2026-11-18 > tests/data/support/eval5-smollm2_raw.jsonl
"""
from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _article_ids(data_text: str, arts: list[dict]) -> list[str]:
    """The articles whose text appears in a DATA block (a source sentence's first 60 characters, or the title)."""
    found = []
    for a in arts:
        probes = [a["title"][:50]] + [s[:60] for s in re.split(r"(?<=[.!?\"])\s+", a["body"]) if len(s) > 40]
        if any(p in data_text for p in probes):
            found.append(a["id"])
    return found


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", default="http://127.0.0.1:8159/v1")
    ap.add_argument("--articles", default="eval5-articles.jsonl", help="a file of tests/data/support (or a path)")
    ap.add_argument("--date", default="2026-11-18", help="the day the articles are published on")
    ap.add_argument("--timeout", type=float, default=120.0)
    args = ap.parse_args()
    if not re.match(r"https?://(127\.0\.0\.1|localhost|\[::1\])[:/]", args.base):
        sys.exit("loopback servers only")
    if not os.environ.get("TOPLINE_HOME"):
        sys.exit("set TOPLINE_HOME to a fresh folder")
    path = Path(args.articles)
    if not path.exists():
        path = ROOT / "tests/data/support" / args.articles
    arts = [json.loads(line) for line in path.open(encoding="utf-8")]
    os.environ.update({"TOPLINE_LLM_BASE_URL": args.base, "TOPLINE_LLM_MODEL": "smollm2",
                       "TOPLINE_LLM_RESPONSE_FORMAT": "json_object", "TOPLINE_LLM_TIMEOUT": str(args.timeout),
                       "TOPLINE_LLM_WRITE_BUDGET": "3000"})
    for var in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        os.environ.pop(var, None)

    from topline import chat
    from topline.cli.main import cli
    from topline.write.llm.prompts import PROMPT_VERSION

    calls: list[dict] = []
    out = sys.stdout          # the records; the CLI's own output goes to stderr
    original = chat.ChatClient.complete

    def recording(self, request, budget, *, timeout=None):  # noqa: ANN001, ANN202 - the debug hook
        user = next((m["content"] for m in request.messages if m.get("role") == "user"), "")
        task = (re.match(r"Task: (\w+)", user) or re.match(r"()", "")).group(1) or "?"
        try:
            result = original(self, request, budget, timeout=timeout)
        except Exception as exc:
            calls.append({"call": len(calls) + 1, "task": task, "articles": _article_ids(user, arts),
                          "error": f"{type(exc).__name__}: {exc}"[:300], "raw": None})
            print(json.dumps(calls[-1], ensure_ascii=False), file=out, flush=True)
            raise
        calls.append({"call": len(calls) + 1, "task": task, "articles": _article_ids(user, arts),
                      "prompt_version": PROMPT_VERSION, "raw": result.content, "data": user})
        # written as it comes, so that a run cut short keeps what it got
        print(json.dumps(calls[-1], ensure_ascii=False), file=out, flush=True)
        return result

    chat.ChatClient.complete = recording
    with tempfile.TemporaryDirectory() as tmp:
        feed = Path(tmp) / "articles.jsonl"
        with feed.open("w", encoding="utf-8") as f:
            for i, a in enumerate(arts):
                f.write(json.dumps({"url": a["url"], "title": a["title"], "text": a["body"], "source": a["source"],
                                    "published": f"{args.date}T{6 + i // 6:02d}:{(i * 9) % 60:02d}:00Z"}) + "\n")
        for argv in (["ingest", str(feed)],
                     ["brief", "--date", args.date, "--writer", "llm", "--format", "json", "--json"]):
            try:
                with contextlib.redirect_stdout(sys.stderr):
                    cli.main(argv, standalone_mode=False)
            except SystemExit as exc:
                print(f"{argv[0]} exited {exc.code}", file=sys.stderr)
    print(f"{len(calls)} calls recorded", file=sys.stderr)


if __name__ == "__main__":
    main()
