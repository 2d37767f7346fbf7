"""What a newcomer meets: `topline serve` on a busy port, "serving on" said only once listening, and the demo's
progress (a status line in a terminal, plain lines when piped, never source-file links)."""
from __future__ import annotations

import os
import pty
import select
import socket
import subprocess
import urllib.request
from pathlib import Path

from tests.operate.helpers import cli_env, free_port, run_cli, topline_args


def test_serve_on_a_busy_port_is_a_clear_error(topline_home: Path):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        r = run_cli(topline_home, "serve", "--port", str(port), timeout=60)
    assert r.returncode == 1, r.stderr
    assert "serving on" not in r.stderr and f"cannot listen on 127.0.0.1:{port}" in r.stderr
    assert "in use" in r.stderr and "Traceback" not in r.stderr


def test_serving_on_is_said_once_listening(topline_home: Path):
    port = free_port()
    proc = subprocess.Popen(topline_args("serve", "--port", str(port)), env=cli_env(topline_home), cwd=topline_home,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stderr.readline()
        assert line.startswith(f"serving on http://127.0.0.1:{port}/"), line
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=30) as resp:  # noqa: S310
            assert resp.status == 200
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def test_demo_progress_piped_is_plain_lines(tmp_path_factory):
    """`topline demo` with stdout and stderr piped, run once a session (tests/built.py; test_demo_store reads a
    copy of the home it built)."""
    from tests import built
    r = built.demo_cli(tmp_path_factory)
    assert r["returncode"] == 0, r["stderr"]
    lines = r["stderr"].splitlines()
    assert lines and all(line.startswith("demo: edition ") and line.endswith(" built") for line in lines), lines
    assert ".py:" not in r["stderr"]


def test_demo_progress_in_a_terminal_shows_no_source_links(topline_home: Path):
    pid, fd = pty.fork()
    if pid == 0:   # child: the demo with a terminal on stdout and stderr
        env = cli_env(topline_home, COLUMNS="200")
        os.execve(topline_args()[0], topline_args("demo"), env)
    out = b""
    while True:
        ready, _, _ = select.select([fd], [], [], 120)
        if not ready:
            break
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        out += chunk
    _pid, status = os.waitpid(pid, 0)
    text = out.decode("utf-8", "replace")
    assert os.waitstatus_to_exitcode(status) == 0, text
    assert "demo:" in text and ".py:" not in text and "editions for" in text
