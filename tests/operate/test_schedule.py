"""The long-running mode: the schedule's arithmetic, and `topline run --every` running its first day at once in
a real process, then waiting (stopped with Ctrl-C)."""
from __future__ import annotations

import datetime as dt
import json
import signal
import subprocess
import threading
from pathlib import Path

import pytest

from tests.operate.helpers import cli_env, run_cli, topline_args, wait_for
from topline.operate import schedule

UTC = dt.timezone.utc


def test_parse_and_next_times():
    assert schedule.parse_every("24h") == 86400 and schedule.parse_every("90m") == 5400
    assert schedule.parse_every("1d") == 86400
    for bad in ("", "soon", "10s", "-1h"):
        with pytest.raises(ValueError):
            schedule.parse_every(bad)
    at = schedule.parse_at("06:00")
    assert schedule.next_at(dt.datetime(2026, 3, 1, 5, 0, tzinfo=UTC), at) == dt.datetime(2026, 3, 1, 6, 0, tzinfo=UTC)
    assert schedule.next_at(dt.datetime(2026, 3, 1, 6, 1, tzinfo=UTC), at) == dt.datetime(2026, 3, 2, 6, 0, tzinfo=UTC)
    with pytest.raises(ValueError):
        schedule.parse_at("25:00")


def test_loop_runs_on_schedule_and_survives_a_failing_job():
    clock = [dt.datetime(2026, 3, 1, 5, 59, 59, tzinfo=UTC)]
    calls: list[dt.datetime] = []
    stop = threading.Event()

    class Clock(threading.Event):
        def wait(self, timeout=None):  # noqa: ANN001 - time passes instantly
            clock[0] += dt.timedelta(seconds=timeout or 0)
            return stop.is_set()

    def job():
        calls.append(clock[0])
        if len(calls) == 2:
            raise RuntimeError("a bad day")
        if len(calls) == 3:
            stop.set()

    errors: list[BaseException] = []
    ticking = Clock()
    ticking.is_set = stop.is_set  # type: ignore[method-assign]
    schedule.loop(job, at=schedule.parse_at("06:00"), stop=ticking, now=lambda: clock[0], on_error=errors.append)
    assert [c.strftime("%d %H:%M") for c in calls] == ["01 06:00", "02 06:00", "03 06:00"]
    assert len(errors) == 1


def test_run_every_runs_at_once_then_waits(topline_home: Path, tmp_path: Path):
    today = dt.datetime.now(UTC).replace(microsecond=0) - dt.timedelta(hours=1)
    news = tmp_path / "news.jsonl"
    news.write_text("\n".join(json.dumps({
        "url": f"https://example.com/{i}", "title": f"Voltera raises ${i + 2} billion for a fab in Ohio",
        "text": f"Voltera said on Monday it raised ${i + 2} billion to build a chip factory in Ohio, its chief "
                "executive said. The plant would employ 1,500 people.", "published": today.isoformat(),
        "source": f"Outlet {i}"}) for i in range(3)) + "\n")
    assert run_cli(topline_home, "ingest", str(news)).returncode == 0
    proc = subprocess.Popen(topline_args("run", "--every", "24h", "--json"), env=cli_env(topline_home),
                            cwd=topline_home, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        from topline.config import load_settings
        from topline.store import open_store

        def finished():
            assert proc.poll() is None, proc.communicate()
            with open_store(load_settings()) as store:
                return [r for r in store.runs.recent() if r.finished_at is not None]
        runs = wait_for(finished, timeout=240, every=0.5)
        assert runs[0].status == "done" and runs[0].command == "run"
        assert proc.poll() is None                      # still there, waiting for the next day
    finally:
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    assert json.loads(out)["status"] == "done"
