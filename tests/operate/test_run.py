"""`topline run` against real servers on 127.0.0.1: a feed over HTTP and SMTP. A run SIGKILLed mid-way is
resumed by the next run, which skips the steps it finished; a second run while one holds the lock exits with a
clear message; a stale lock is taken over; a finished day is not run again."""
from __future__ import annotations

import datetime as dt
import json
import os
import signal
import socket
import subprocess
import threading
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from aiosmtpd.controller import Controller

from loopback import LoopbackHTTP
from tests.operate.helpers import cli_env, free_port, run_cli, topline_args, wait_for
from topline.store.runs import Holder, RunBusy

TODAY = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)

STORIES = [
    ("Chipmaker Voltera raises $2 billion to build a fab in Ohio",
     "Voltera said on Monday it raised $2 billion from investors led by Northgate Capital to build a chip "
     "factory in Ohio. The company said the plant would employ 1,500 people and start production in 2028. "),
    ("Regulators in Brussels open an inquiry into cloud contracts",
     "The European Commission opened an inquiry into cloud computing contracts on Monday, officials said. The "
     "inquiry covers licensing terms of three providers and could last 18 months, according to the Commission. "),
    ("Harbour Robotics signs a $300 million deal with a port operator",
     "Harbour Robotics signed a $300 million contract with the port operator Meridian Ports, the companies said. "
     "The deal covers 40 automated cranes to be delivered by 2027 across four terminals. "),
]


def _feed(base: str) -> bytes:
    items = []
    for i, (title, text) in enumerate(STORIES):
        when = format_datetime(TODAY - dt.timedelta(hours=1 + i))
        items.append(f"<item><title>{escape(title)}</title><link>{base}/a/{i}</link><guid>{base}/a/{i}</guid>"
                     f"<pubDate>{when}</pubDate><description>{escape(text * 6)}</description></item>")
    return ("<?xml version='1.0'?><rss version='2.0'><channel><title>Test Wire</title>"
            f"<link>{base}/</link><description>t</description>{''.join(items)}</channel></rss>").encode()


class FeedServer(LoopbackHTTP):
    def __init__(self) -> None:
        super().__init__(lambda path, base: (200, {"Content-Type": "application/rss+xml"}, _feed(base)))
        self.url = self.base + "/feed.xml"


class BlackHoleSMTP:
    """Accepts connections and never answers: a run reaching its send step hangs there until killed."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.port = self.sock.getsockname()[1]
        self.accepted = threading.Event()
        self.conns: list[socket.socket] = []
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.conns.append(conn)
            self.accepted.set()

    def close(self) -> None:
        for c in self.conns:
            c.close()
        try:
            self.sock.shutdown(socket.SHUT_RDWR)   # wakes the accepting thread (close alone leaves it blocked)
        except OSError:
            pass
        self.sock.close()
        self.thread.join(timeout=10)   # no thread outlives the test: a forked stage refuses to run beside one


class Inbox:
    def __init__(self) -> None:
        self.envelopes: list = []

    async def handle_DATA(self, server, session, envelope):  # noqa: ANN001, ANN201, N802
        self.envelopes.append(envelope)
        return "250 OK"


@pytest.fixture
def feed():
    server = FeedServer()
    yield server
    server.close()


def _smtp_env(port: int) -> dict[str, str]:
    return {"TOPLINE_SMTP_HOST": "127.0.0.1", "TOPLINE_SMTP_PORT": str(port), "TOPLINE_SMTP_SECURITY": "none",
            "TOPLINE_SMTP_RECIPIENTS": "reader@example.com", "TOPLINE_FETCH_EXTRACT_FULL_TEXT": "false"}


def test_killed_run_resumes_and_a_second_run_is_refused_meanwhile(topline_home: Path, feed: FeedServer):
    assert run_cli(topline_home, "sources", "add", feed.url).returncode == 0
    hole = BlackHoleSMTP()
    first = subprocess.Popen(topline_args("run", "--allow-private"), env=cli_env(topline_home, **_smtp_env(hole.port)),
                             cwd=topline_home, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        wait_for(lambda: hole.accepted.is_set() or first.poll() is not None, timeout=240)
        assert first.poll() is None, first.communicate()
        fetched = len(feed.paths)
        assert fetched == 1

        second = run_cli(topline_home, "run", "--allow-private", timeout=120, **_smtp_env(hole.port))
        assert second.returncode == 75, second.stdout + second.stderr
        assert "another run is in progress" in second.stderr and f"pid {first.pid}" in second.stderr

        os.kill(first.pid, signal.SIGKILL)
        first.wait(timeout=30)
    finally:
        if first.poll() is None:
            first.kill()
        hole.close()

    inbox = Inbox()
    smtpd = Controller(inbox, hostname="127.0.0.1", port=free_port())
    smtpd.start()
    try:
        third = run_cli(topline_home, "run", "--allow-private", "--json", timeout=240, **_smtp_env(smtpd.port))
    finally:
        smtpd.stop()
    assert third.returncode == 0, third.stdout + third.stderr
    report = json.loads(third.stdout)
    assert report["how"] == "resumed" and report["status"] == "done"
    assert report["skipped"] == ["fetch", "extract", "stories", "edition", "publish"]
    assert len(feed.paths) == fetched                    # nothing fetched again
    assert [e.rcpt_tos for e in inbox.envelopes] == [["reader@example.com"]]
    assert report["steps"]["send"]["result"]["sent"] == 1

    from topline.config import load_settings
    from topline.store import open_store
    with open_store(load_settings()) as store:
        row = store.runs.get(report["run"])
    assert row.data["takeovers"][0]["pid"] == first.pid

    again = run_cli(topline_home, "run", "--allow-private", timeout=120, **_smtp_env(smtpd.port))
    assert again.returncode == 0 and "already finished" in again.stdout
    assert len(feed.paths) == fetched


def test_a_stale_lock_is_taken_over_and_a_live_one_is_not(store):
    now = dt.datetime.now(dt.timezone.utc)
    other_host = Holder("another-host.invalid", 4242)
    run, how = store.runs.acquire("run", "2026-01-01:fetch", other_host, lease=60, now=now)
    assert how == "new"
    me = Holder.me()
    with pytest.raises(RunBusy) as busy:          # its heartbeat is 30 s old: still held
        store.runs.acquire("run", "2026-01-01:fetch", me, lease=60, now=now + dt.timedelta(seconds=30))
    assert "another-host.invalid" in str(busy.value)
    taken, how = store.runs.acquire("run", "2026-01-01:fetch", me, lease=60, now=now + dt.timedelta(seconds=61))
    assert how == "resumed" and taken.id == run.id and taken.data["takeovers"] == [other_host.as_dict()]


def test_a_dead_holder_on_this_host_is_seen_at_once(store):
    finished = subprocess.Popen(["true"])
    finished.wait()                    # a process that has exited: its pid is free
    gone = Holder(socket.gethostname(), finished.pid)
    now = dt.datetime.now(dt.timezone.utc)
    store.runs.acquire("run", "2026-01-02:fetch", gone, lease=3600, now=now)
    _row, how = store.runs.acquire("run", "2026-01-02:fetch", Holder.me(), lease=3600, now=now)
    assert how == "resumed"


def test_an_unrelated_unfinished_run_is_abandoned_not_resumed(store):
    now = dt.datetime.now(dt.timezone.utc)
    old, _ = store.runs.acquire("run", "2026-01-03:fetch", Holder("x.invalid", 1), lease=10, now=now)
    new, how = store.runs.acquire("run", "2026-01-04:fetch", Holder.me(), lease=10, now=now + dt.timedelta(seconds=11))
    assert how == "new" and new.id != old.id
    assert store.runs.get(old.id).status == "abandoned"


def test_two_runs_in_one_process_are_two_holders(store):
    first, how = store.runs.acquire("build", "2026-01-05:edition", Holder.me(), lease=60)
    assert how == "new"
    with pytest.raises(RunBusy):      # e.g. a second admin build while the first is still going
        store.runs.acquire("build", "2026-01-05:edition", Holder.me(), lease=60)
