"""Ingest caps and serve limits (issue 13): memory at rejection and time to refusal, before and after.

    python benchmarks/bench_ingest_caps.py make /tmp/caps            # write the hostile inputs (about 220 MB)
    python benchmarks/bench_ingest_caps.py ingest /tmp/caps --code /work/main     # each case under /usr/bin/time -v
    python benchmarks/bench_ingest_caps.py ingest /tmp/caps --code .
    python benchmarks/bench_ingest_caps.py serve --code .            # 8 parallel 100 MiB POSTs, slow heads
    python benchmarks/bench_ingest_caps.py urls --code .             # 4 URLs answering after 2 s each

``--code`` is the checkout whose ``topline`` package is measured (put on PYTHONPATH), so the same inputs can be
run against the code before and after a change. Every case runs in a fresh TOPLINE_HOME; nothing leaves
127.0.0.1.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import select
import socket
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

GOOD = {"url": "https://news.example.com/{i}", "title": "Story {i}", "text": "A short body of text."}


def _good(i: int) -> str:
    return json.dumps({k: v.format(i=i) for k, v in GOOD.items()})


def make(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / "line-200mb.jsonl").open("w") as f:           # one 200 MB line between two good ones
        f.write(_good(1) + "\n")
        f.write('{"url": "https://news.example.com/big", "title": "Big", "text": "')
        chunk = "x" * (1 << 20)
        for _ in range(200):
            f.write(chunk)
        f.write('"}\n' + _good(2) + "\n")
    with (folder / "line-200mb.csv").open("w") as f:             # the same as CSV
        f.write("url,title,text\nhttps://news.example.com/1,One,short\nhttps://news.example.com/big,Big,")
        chunk = "x" * (1 << 20)
        for _ in range(200):
            f.write(chunk)
        f.write("\nhttps://news.example.com/2,Two,short\n")
    with (folder / "fields.jsonl").open("w") as f:               # a 1 MB title, a 100 KB URL, a 9.5 MB text
        f.write(json.dumps({"url": "https://news.example.com/t", "title": "T " * 500_000}) + "\n")
        f.write(json.dumps({"url": "https://news.example.com/" + "u" * 100_000, "title": "Long URL"}) + "\n")
        f.write(json.dumps({"url": "https://news.example.com/a", "title": "Big article",
                            "text": "word " * 1_900_000}) + "\n")
    items = "".join(f"<item><title>Item {i}</title><link>https://feed.example.com/{i}</link>"
                    f"<description>Entry number {i}.</description></item>" for i in range(100_000))
    (folder / "items-100k.rss").write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title>'
                                           f"<link>https://feed.example.com/</link>{items}</channel></rss>")
    with gzip.open(folder / "bomb.jsonl.gz", "wb", compresslevel=9) as f:   # 1 GB of zeros, one line
        block = b"\0" * (1 << 24)
        for _ in range(64):
            f.write(block)
    with gzip.open(folder / "bomb.rss.gz", "wb", compresslevel=9) as f:     # the same inflating as a feed
        f.write(b'<?xml version="1.0"?><rss version="2.0"><channel><title>')
        for _ in range(64):
            f.write(b" " * (1 << 24))
    for p in sorted(folder.iterdir()):
        print(f"{p.name}: {p.stat().st_size:,} bytes")


def _timed(cmd: list[str], env: dict[str, str]) -> tuple[float, int, str]:
    """(wall seconds, max RSS in MB, stdout) of ``cmd`` under /usr/bin/time -v."""
    run = subprocess.run(["/usr/bin/time", "-v", *cmd], env=env, capture_output=True, text=True, timeout=3600,
                         cwd=env["TOPLINE_HOME"])      # not the checkout: "python -c" puts the cwd first on sys.path
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", run.stderr).group(1)) // 1024
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([\d:.]+)", run.stderr).group(1)
    parts = [float(x) for x in wall.split(":")]
    seconds = sum(x * 60 ** i for i, x in enumerate(reversed(parts)))
    return seconds, rss, run.stdout


def _env(code: Path, home: str) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(code.resolve()), "TOPLINE_HOME": home,
            "TOPLINE_FETCH_EXTRACT_FULL_TEXT": "0"}


def ingest_cases(folder: Path, code: Path, names: list[str] | None = None) -> None:
    print(f"code: {code.resolve()}")
    print("| input | wall s | max RSS MB | added | failures (reasons) |")
    print("|---|---|---|---|---|")
    for name in names or ("line-200mb.jsonl", "line-200mb.csv", "fields.jsonl", "items-100k.rss", "bomb.jsonl.gz",
                          "bomb.rss.gz"):
        with tempfile.TemporaryDirectory(prefix="bench-caps-") as home:
            cmd = [sys.executable, "-c", "from topline.cli.main import main; main()", "ingest", "--json",
                   str(folder / name)]
            seconds, rss, out = _timed(cmd, _env(code, home))
            try:
                report = json.loads(out)
                reasons: dict[str, int] = {}
                for f in report["failures"]:
                    reasons[f["reason"]] = reasons.get(f["reason"], 0) + 1
                print(f"| {name} | {seconds:.1f} | {rss} | {report['added']} | {reasons} |")
            except (ValueError, KeyError):
                print(f"| {name} | {seconds:.1f} | {rss} | ? | {out[:80]!r} |")


# --- serve ----------------------------------------------------------------------------------------------------

def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _rss_mb(pid: int) -> tuple[int, int]:
    status = Path(f"/proc/{pid}/status").read_text()
    now = int(re.search(r"VmRSS:\s+(\d+)", status).group(1)) // 1024
    peak = int(re.search(r"VmHWM:\s+(\d+)", status).group(1)) // 1024
    return now, peak


def _big_post(port: int, size: int, token: str | None, out: list) -> None:
    start = time.monotonic()
    head = (f"POST /api/sources HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            f"Content-Length: {size}\r\n" + (f"Authorization: Bearer {token}\r\n" if token else "") + "\r\n")
    sent = 0
    status = "closed"
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=120) as s:
            s.sendall(head.encode())
            piece = b"a" * (1 << 20)
            while sent < size and not select.select([s], [], [], 0)[0]:   # stop once the server answers
                s.sendall(piece)
                sent += len(piece)
            s.settimeout(120)
            status = s.recv(64).split(b" ")[1].decode()
    except OSError as exc:
        status = f"connection {type(exc).__name__}"
    out.append((status, sent, time.monotonic() - start))


def _slow_heads(port: int, n: int, hold: float) -> tuple[int, float]:
    """Open ``n`` connections that send a request head a line at a time; how many the server still holds after
    ``hold`` seconds, and the median time until it dropped one."""
    socks = []
    for _ in range(n):
        s = socket.create_connection(("127.0.0.1", port), timeout=5)
        s.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        s.setblocking(False)
        socks.append([s, time.monotonic(), None])
    end = time.monotonic() + hold
    while time.monotonic() < end:
        for item in socks:
            s, started, dropped = item
            if dropped is not None:
                continue
            try:
                s.send(b"X-Slow: 1\r\n")
                if s.recv(1) == b"":
                    item[2] = time.monotonic() - started
            except BlockingIOError:
                pass
            except OSError:
                item[2] = time.monotonic() - started
        time.sleep(1.0)
    held = sum(1 for item in socks if item[2] is None)
    drops = sorted(item[2] for item in socks if item[2] is not None)
    for item in socks:
        item[0].close()
    return held, (drops[len(drops) // 2] if drops else float("nan"))


def serve_cases(code: Path, posts: int, size: int, heads: int) -> None:
    print(f"code: {code.resolve()}")
    with tempfile.TemporaryDirectory(prefix="bench-serve-") as home:
        port = _free_port()
        env = {**_env(code, home), "TOPLINE_ADMIN_TOKEN": "bench-token"}
        server = subprocess.Popen([sys.executable, "-c", "from topline.cli.main import main; main()", "serve",
                                   "--port", str(port)], env=env, stderr=subprocess.DEVNULL, cwd=home)
        try:
            for _ in range(100):
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=1).close()
                    break
                except OSError:
                    time.sleep(0.1)
            print(f"idle server: RSS {_rss_mb(server.pid)[0]} MB")
            for token in (None, "bench-token"):
                results: list = []
                threads = [threading.Thread(target=_big_post, args=(port, size, token, results)) for _ in range(posts)]
                for t in threads:
                    t.start()
                for t in threads:
                    t.join()
                now, peak = _rss_mb(server.pid)
                statuses = sorted({r[0] for r in results})
                sent = max(r[1] for r in results) / (1 << 20)
                slowest = max(r[2] for r in results)
                print(f"{posts} x {size >> 20} MiB POST /api/sources, token {'valid' if token else 'none'}: "
                      f"answers {statuses}, at most {sent:.0f} MiB sent by a client before the answer, "
                      f"slowest {slowest:.2f} s; server RSS now {now} MB, peak {peak} MB")
            held, median = _slow_heads(port, heads, 20.0)
            print(f"{heads} connections trickling a request head for 20 s: {held} still held; "
                  f"median time to drop {median:.1f} s")
            head = subprocess.run(["curl", "-s", "-o", "/dev/null", "-w", "%{http_code}", "-I",
                                   f"http://127.0.0.1:{port}/api/editions"], capture_output=True, text=True)
            print(f"HEAD /api/editions: {head.stdout}")
        finally:
            server.terminate()
            server.wait(10)


# --- several slow URLs ----------------------------------------------------------------------------------------

class _Slow(BaseHTTPRequestHandler):
    delay = 2.0

    def log_message(self, *args) -> None:  # noqa: ANN002
        pass

    def do_GET(self) -> None:  # noqa: N802
        time.sleep(self.delay)
        body = _good(int(self.path.strip("/") or 0)).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def url_cases(code: Path, n: int) -> None:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Slow)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    urls = [f"http://127.0.0.1:{httpd.server_address[1]}/{i}" for i in range(n)]
    with tempfile.TemporaryDirectory(prefix="bench-urls-") as home:
        env = {**_env(code, home), "TOPLINE_FETCH_PER_HOST": str(n)}
        seconds, rss, out = _timed([sys.executable, "-c", "from topline.cli.main import main; main()", "ingest",
                                    "--allow-private", "--json", *urls], env)
    httpd.shutdown()
    print(f"code: {code.resolve()}: {n} URLs answering after {_Slow.delay:g} s each (per_host={n}): "
          f"{seconds:.1f} s wall, {json.loads(out)['added']} added")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="cmd", required=True)
    m = sub.add_parser("make")
    m.add_argument("folder", type=Path)
    i = sub.add_parser("ingest")
    i.add_argument("folder", type=Path)
    i.add_argument("--code", type=Path, default=Path("."))
    i.add_argument("--only", nargs="*", help="input names (default: all)")
    s = sub.add_parser("serve")
    s.add_argument("--code", type=Path, default=Path("."))
    s.add_argument("--posts", type=int, default=8)
    s.add_argument("--mib", type=int, default=100)
    s.add_argument("--heads", type=int, default=500)
    u = sub.add_parser("urls")
    u.add_argument("--code", type=Path, default=Path("."))
    u.add_argument("--n", type=int, default=4)
    a = p.parse_args()
    if a.cmd == "make":
        make(a.folder)
    elif a.cmd == "ingest":
        ingest_cases(a.folder, a.code, a.only)
    elif a.cmd == "serve":
        serve_cases(a.code, a.posts, a.mib << 20, a.heads)
    else:
        url_cases(a.code, a.n)


if __name__ == "__main__":
    main()
