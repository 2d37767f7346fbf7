"""The demo editions written by a real LLM: calls, time, sentences published by the LLM and by the offline
fallback, and the sentences dropped, by reason.

    python benchmarks/bench_llm_demo.py --url http://127.0.0.1:8765/v1 --model smollm2 [--timeout 60]
        [--write-budget 90] [--no-stream] [--trace calls.jsonl]

Builds the three demo editions with ``writer = "llm"`` in a fresh TOPLINE_HOME (a temporary folder), with no
response cache, and prints one JSON object. Loopback servers only (llama.cpp server, Ollama, vLLM on 127.0.0.1).
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import os
import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

_NOTE = re.compile(r"dropped (\d+) (?:of \d+ )?sentences?(?:\(s\))? \(([^)]*)\)")


def drops_by_reason(notes) -> Counter:  # noqa: ANN001
    """Reasons and counts from the manifest notes of the LLM writer and of the page gate."""
    out: Counter = Counter()
    for n in notes:
        m = _NOTE.search(n)
        if not m:
            continue
        for part in m.group(2).split(","):
            bits = part.strip().rsplit(" ", 1)
            if len(bits) == 2 and bits[1].isdigit():
                out[("gate:" if "citation check" in n else "llm:") + bits[0]] += int(bits[1])
    return out


_KEPT = re.compile(r"LLM-written sentences kept (\d+) \(first answer (\d+), regenerated (\d+)\), analysis (\d+); "
                   r"offline sentences for items the LLM failed (\d+); LLM calls answered (\d+)")


def llm_items(notes) -> Counter:  # noqa: ANN001
    """What the LLM writer kept, from its page notes: sentences the model wrote (first answer, regenerated),
    analysis sentences, and items written by the offline writer after the model failed them."""
    out: Counter = Counter()
    for n in notes:
        m = _KEPT.search(n)
        if m:
            for key, v in zip(("kept", "first_answer", "regenerated", "analysis", "offline_items", "answered"),
                              m.groups()):
                out[key] += int(v)
    return out


def sentences_by_writer(editions) -> Counter:  # noqa: ANN001
    """Published sentences (Top Line items and paragraphs) by the writer of their story."""
    from topline.text import split_sentences
    out: Counter = Counter()
    for e in editions:
        for page in e.categories:
            writer = {d.story_id: d.writer for d in page.key_developments}
            for t in page.top_line:
                out[writer.get(t.story_id, "llm?")] += 1
            for d in page.key_developments:
                for p in d.paragraphs:
                    out[d.writer + (":analysis" if p.kind == "analysis" else "")] += len(split_sentences(p.text))
            for s in page.signals:
                out["signals"] += len(split_sentences(s.text))
    return out


class Trace:
    """Every call the writer makes: its kind, prompt size, seconds, outcome, and (``--trace FILE``) its messages
    and answer, one JSON object a line."""

    def __init__(self, path: str = ""):
        self.rows: list[dict] = []
        self.path = path

    def install(self) -> None:
        from topline import chat
        original = chat.ChatClient.complete
        trace = self

        def complete(client, request, budget, *, timeout=None):  # noqa: ANN001, ANN202
            t0 = time.monotonic()
            row = {"kind": request.schema_name, "stream": getattr(request, "stream", False),
                   "prompt_tokens_est": request.estimated_input_tokens()}
            try:
                result = original(client, request, budget, timeout=timeout)
            except Exception as exc:
                row.update(seconds=round(time.monotonic() - t0, 2), outcome=getattr(exc, "reason", "error"))
                trace.add(row, request, "")
                raise
            row.update(seconds=round(time.monotonic() - t0, 2), outcome="answered",
                       prompt_tokens=result.input_tokens, output_tokens=result.output_tokens)
            trace.add(row, request, result.content)
            return result
        chat.ChatClient.complete = complete

    def add(self, row: dict, request, content: str) -> None:  # noqa: ANN001
        self.rows.append(row)
        if self.path:
            with open(self.path, "a", encoding="utf-8") as f:
                f.write(json.dumps(dict(row, messages=list(request.messages), answer=content),
                                   ensure_ascii=False) + "\n")

    def summary(self) -> dict:
        out: dict = {}
        for kind in sorted({r["kind"] for r in self.rows}):
            rows = [r for r in self.rows if r["kind"] == kind]
            done = [r for r in rows if r["outcome"] == "answered"]
            est = sorted(r["prompt_tokens_est"] for r in rows)
            out[kind] = {"calls": len(rows), "answered": len(done),
                         "outcomes": dict(Counter(r["outcome"] for r in rows)),
                         "prompt_tokens_est_median": est[len(est) // 2] if est else 0,
                         "prompt_tokens_est_max": est[-1] if est else 0,
                         "seconds_median_answered": sorted(r["seconds"] for r in done)[len(done) // 2] if done else None}
        return out


def build(url: str, model: str, response_format: str, home: Path, timeout: float = 60.0,  # noqa: ANN201
          write_budget: float = 1800.0, stream: bool = True):
    """The demo editions built with the LLM writer; (results, seconds)."""
    os.environ["TOPLINE_HOME"] = str(home)
    from topline.config import LLMSettings, load_settings
    from topline.demo import run
    settings = load_settings()
    extra = {"stream": stream} if "stream" in {f.name for f in dataclasses.fields(LLMSettings)} else {}
    llm = LLMSettings(base_url=url, model=model, timeout=timeout, response_format=response_format,
                      budget_calls=2000, budget_tokens=10_000_000, write_budget=write_budget, **extra)
    settings = dataclasses.replace(settings, llm=llm,
                                   edition=dataclasses.replace(settings.edition, writer="llm",
                                                               formats=("md", "html", "json")))
    t0 = time.monotonic()
    results, _ = run(settings)
    return results, time.monotonic() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--url", default="http://127.0.0.1:8765/v1")
    ap.add_argument("--model", default="smollm2")
    ap.add_argument("--format", default="json_object", choices=("json_schema", "json_object", "none"))
    ap.add_argument("--timeout", type=float, default=60.0, help="llm.timeout: seconds per call")
    ap.add_argument("--write-budget", type=float, default=1800.0, help="llm.write_budget: seconds per edition")
    ap.add_argument("--no-stream", action="store_true", help="llm.stream = false: answers requested whole")
    ap.add_argument("--trace", default="", help="append every call's messages and answer to this JSONL file")
    args = ap.parse_args()
    trace = Trace(args.trace)
    trace.install()
    with tempfile.TemporaryDirectory(prefix="bench-llm-") as tmp:
        results, seconds = build(args.url, args.model, args.format, Path(tmp), args.timeout, args.write_budget,
                                 not args.no_stream)
        editions = [r.edition for r in results]
        m = [e.manifest for e in editions]
        print(json.dumps({
            "load_average_at_end": [round(x, 1) for x in os.getloadavg()],
            "timeout": args.timeout, "write_budget": args.write_budget, "editions": len(editions), "seconds_total": round(seconds, 1),
            "seconds_write": round(sum(dict(x.timings).get("write", 0) for x in m), 1),
            "llm_calls": sum(x.llm_calls for x in m), "fallbacks": sum(x.fallbacks for x in m),
            "tokens_in": sum(x.input_tokens for x in m), "tokens_out": sum(x.output_tokens for x in m),
            "sentences_checked": sum(x.sentences_checked for x in m),
            "sentences_dropped": sum(x.sentences_dropped for x in m),
            "sentences_regenerated": sum(x.sentences_regenerated for x in m),
            "published_by_writer": dict(sentences_by_writer(editions)),
            "drops_by_reason": dict(drops_by_reason([n for x in m for n in x.notes])),
            "fallback_reasons": dict(Counter(re.search(r"\((\w+)", n).group(1) for x in m for n in x.notes
                                             if "written offline, the LLM failed" in n)),
            "llm_items": dict(llm_items([n for x in m for n in x.notes])),
            "calls": trace.summary(),
        }, indent=1))


if __name__ == "__main__":
    main()
