"""Pages served per second by `topline serve`: an edition (category) page, a story page and a search.

    python benchmarks/bench_web.py [--runs 5] [--requests 300] [--seconds 10] [--threads 1,4]

Builds the demo editions (`topline demo`, offline) in a temporary TOPLINE_HOME, starts `topline serve` as its
own process on a free 127.0.0.1 port, and drives it from this process with keep-alive HTTP clients: each run
sends at most ``--requests`` requests or stops after ``--seconds``, whichever comes first. Prints the median
pages/s over the runs for each page and client-thread count. Nothing leaves 127.0.0.1.
"""
from __future__ import annotations

import argparse
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

PAGES = {
    "edition page": "/editions/2025-07-03/capital-industrial-strategy.html",
    "story page": None,                       # filled in from the edition
    "search page": "/search?q=Alibaba",
    "search API": "/api/search?q=Alibaba+Tencent",
}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def build_demo(home: Path) -> Path:
    env = {**os.environ, "TOPLINE_HOME": str(home)}
    subprocess.run([sys.executable, "-m", "topline.cli.main", "demo"], env=env, check=True,
                   stdout=subprocess.DEVNULL)
    return home / "demo"


def start_server(home: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    env = {**os.environ, "TOPLINE_HOME": str(home)}
    proc = subprocess.Popen([sys.executable, "-m", "topline.cli.main", "serve", "--host", "127.0.0.1", "--port",
                             str(port)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(url + "/healthz", timeout=1).status_code == 200:
                return proc, url
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("topline serve did not start")


def load(url: str, threads: int, max_requests: int, max_seconds: float) -> float:
    """Requests per second with ``threads`` keep-alive clients sharing a budget of requests and time."""
    lock = threading.Lock()
    sent = [0]
    errors = [0]
    stop = time.monotonic() + max_seconds

    def worker() -> None:
        with httpx.Client(timeout=30) as c:
            while time.monotonic() < stop:
                with lock:
                    if sent[0] >= max_requests:
                        return
                    sent[0] += 1
                if c.get(url).status_code != 200:
                    errors[0] += 1

    t0 = time.monotonic()
    ts = [threading.Thread(target=worker) for _ in range(threads)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    elapsed = time.monotonic() - t0
    if errors[0]:
        raise SystemExit(f"{errors[0]} requests to {url} failed")
    return sent[0] / elapsed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--requests", type=int, default=300, help="at most this many requests per run")
    ap.add_argument("--seconds", type=float, default=10.0, help="at most this long per run")
    ap.add_argument("--threads", default="1,4", help="client threads, comma-separated")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="topline-bench-web-"))
    proc = None
    try:
        home = build_demo(tmp)
        proc, base = start_server(home)
        ranked = httpx.get(f"{base}/api/editions/2025-07-03/categories/capital-industrial-strategy").json()
        PAGES["story page"] = f"/editions/2025-07-03/story/{ranked['key_developments'][0]['story_id']}.html"
        for path in PAGES.values():          # warm up (imports, caches)
            for _ in range(5):
                httpx.get(base + path).raise_for_status()
        print(f"topline serve on 127.0.0.1, demo editions; {args.runs} runs of at most {args.requests} requests "
              f"or {args.seconds:g} s; median pages/s")
        for threads in (int(x) for x in args.threads.split(",")):
            for name, path in PAGES.items():
                rates = [load(base + path, threads, args.requests, args.seconds) for _ in range(args.runs)]
                print(f"  {name:<12} {threads} client thread{'s' if threads > 1 else ' '}: "
                      f"{statistics.median(rates):7.1f} pages/s  (runs: {', '.join(f'{r:.0f}' for r in rates)})")
    finally:
        if proc is not None:
            proc.terminate()
            proc.wait(timeout=10)
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
