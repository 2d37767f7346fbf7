"""The demo editions written by a real LLM: calls, time, sentences published by the LLM and by the offline
fallback, and the sentences dropped, by reason.

    python benchmarks/bench_llm_demo.py --url http://127.0.0.1:8765/v1 --model smollm2 [--json-object]

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


def build(url: str, model: str, response_format: str, home: Path, timeout: float = 60.0,  # noqa: ANN201
          write_budget: float = 1800.0):
    """The demo editions built with the LLM writer; (results, seconds)."""
    os.environ["TOPLINE_HOME"] = str(home)
    from topline.config import LLMSettings, load_settings
    from topline.demo import run
    settings = load_settings()
    llm = LLMSettings(base_url=url, model=model, timeout=timeout, response_format=response_format,
                      budget_calls=2000, budget_tokens=10_000_000, write_budget=write_budget)
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
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-llm-") as tmp:
        results, seconds = build(args.url, args.model, args.format, Path(tmp), args.timeout, args.write_budget)
        editions = [r.edition for r in results]
        m = [e.manifest for e in editions]
        print(json.dumps({
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
        }, indent=1))


if __name__ == "__main__":
    main()
