"""`topline editions list`, `topline search`, `topline send` and `topline serve` from the command line."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import httpx
from click.testing import CliRunner

from topline.cli.main import cli

from .sample import bound_socket, smtp_controller
from .test_email import Inbox


def _run(*args: str):
    r = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return r


def test_editions_list_and_search(sample):
    sample.store.close()
    r = _run("editions", "list", "--json")
    assert r.exit_code == 0, r.output
    rows = json.loads(r.output)
    assert [x["date"] for x in rows] == ["2025-07-03", "2025-07-02", "2025-07-01"]
    assert rows[0]["categories"] == [p.slug for p in sample.latest.categories]
    r = _run("editions", "list")
    assert "2025-07-03  3 categories" in r.output
    r = _run("search", "Alibaba", "--outlet", "Bloomberg", "--json")
    found = json.loads(r.output)
    assert {a["source"] for a in found["articles"]} == {"Bloomberg"} and found["briefings"]
    r = _run("search", "Alibaba")
    assert "briefings (" in r.output and "articles (" in r.output


def test_send_dry_run_then_send_then_nothing_twice(sample, tmp_path):
    sample.store.close()
    inbox = Inbox()
    ctl = smtp_controller(inbox, bound_socket())
    ctl.start()
    try:
        (sample.settings.home / "topline.toml").write_text(
            f'[smtp]\nhost = "127.0.0.1"\nport = {ctl.port}\nsecurity = "none"\nsender = "brief@topline.test"\n'
            'recipients = ["all@example.test"]\n'
            '[smtp.category_recipients]\n"policy-regulation" = ["policy@example.test"]\n', encoding="utf-8")
        dry = json.loads(_run("send", "--dry-run", "--json").output)
        assert sorted(p["recipient"] for p in dry["planned"]) == ["all@example.test", "policy@example.test"]
        assert inbox.envelopes == []
        r = _run("send", "--date", "2025-07-02")
        assert r.exit_code == 0 and r.output.count("sent 2025-07-02") == 1      # no policy page that day
        r = _run("send")
        assert r.output.count("sent 2025-07-03") == 2
        r = _run("send")
        assert "already sent 2025-07-03" in r.output and len(inbox.envelopes) == 3
        assert _run("send", "--date", "2031-01-01").exit_code != 0
    finally:
        ctl.stop()


def test_serve_answers_on_the_port_it_is_given(sample):
    sample.store.close()
    sock = bound_socket()             # handed to the server: no port race (issue 15)
    port = sock.getsockname()[1]
    env = {**os.environ, "TOPLINE_HOME": str(sample.settings.home)}
    proc = subprocess.Popen([sys.executable, "-m", "topline.cli.main", "serve", "--fd", str(sock.fileno())],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, pass_fds=[sock.fileno()])
    sock.close()
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/editions/2025-07-03/index.html", timeout=1)
                break
            except httpx.HTTPError:
                assert proc.poll() is None, proc.stderr.read().decode()
                assert time.monotonic() < deadline, "topline serve did not answer"
                time.sleep(0.2)
        assert r.status_code == 200 and "Capital &amp; Industrial Strategy" in r.text
        assert r.headers["x-content-type-options"] == "nosniff"
        assert "server" not in r.headers
    finally:
        proc.terminate()
        proc.wait(timeout=10)
