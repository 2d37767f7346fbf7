"""Does a call the client gave up on keep an OpenAI-compatible server busy for the next call? Streamed or not.

    python benchmarks/bench_llm_abandoned.py --url http://127.0.0.1:8792/v1 [--model smollm2] [--rounds 2]

For each mode (whole answer, streamed) and round: a request for a long answer (``--tokens``, default 1000) with a
3 s deadline through ``topline.chat.ChatClient``, which gives up on it; then a 4-token request, timed. llama.cpp's
server finishes a whole answer after its client has gone (the next call waits behind it) but stops a stream at
its next token. Loopback servers only. Prints one JSON object per round.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
import urllib.parse
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--url", default="http://127.0.0.1:8792/v1")
    ap.add_argument("--model", default="smollm2")
    ap.add_argument("--tokens", type=int, default=1000, help="max_tokens of the abandoned answer")
    ap.add_argument("--deadline", type=float, default=3.0)
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args()
    if (urllib.parse.urlsplit(args.url).hostname or "") not in ("127.0.0.1", "::1", "localhost"):
        sys.exit("loopback servers only")
    from topline.chat import Budget, ChatClient, ChatRequest, LLMFailure
    from topline.config import LLMSettings
    client = ChatClient(LLMSettings(base_url=args.url, model=args.model, timeout=args.deadline, max_retries=0,
                                    response_format="none", temperature=0.0))
    prompt = "Write a very long story about a lighthouse keeper, at least 3000 words."
    for _ in range(args.rounds):
        for stream in (False, True):
            long = ChatRequest(({"role": "user", "content": prompt},), {}, "probe", args.tokens, stream=stream)
            t0 = time.monotonic()
            try:
                client.complete(long, Budget(10, 1_000_000))
                outcome = "answered"
            except LLMFailure as exc:
                outcome = exc.reason
            gave_up = time.monotonic() - t0
            t1 = time.monotonic()
            short = ChatRequest(({"role": "user", "content": "Say hello."},), {}, "probe", 4, stream=stream)
            client.complete(short, Budget(10, 1_000_000), timeout=600.0)
            print(json.dumps({"stream": stream, "abandoned_call": outcome, "gave_up_after_s": round(gave_up, 1),
                              "next_call_s": round(time.monotonic() - t1, 1),
                              "load_average": round(os.getloadavg()[0], 1)}), flush=True)
            time.sleep(2)


if __name__ == "__main__":
    main()
