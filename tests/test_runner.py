"""The runner seam (topline.runner): serial, process-pool and Ray runners give the same results in the same order,
and the process and Ray runners really compute elsewhere (other process ids)."""
from __future__ import annotations

import importlib.util
import os

import pytest

from topline.errors import ConfigError
from topline.runner import ProcessRunner, SerialRunner, make_runner


def square_pid(x: int) -> tuple[int, int]:
    return x * x, os.getpid()


def scaled(shared: dict, x: int) -> int:
    return shared["k"] * x + len(shared["blob"])


def test_serial_and_process_runners_agree_and_processes_are_other_processes():
    items = list(range(37))
    serial = SerialRunner().map(square_pid, items)
    with ProcessRunner(2, chunk=5) as pool:
        parallel = pool.map(square_pid, items)
    assert [v for v, _ in parallel] == [v for v, _ in serial] == [x * x for x in items]
    assert {p for _, p in serial} == {os.getpid()}
    assert os.getpid() not in {p for _, p in parallel}


def test_shared_value_reaches_every_item():
    shared = {"k": 3, "blob": "x" * 1000}
    items = list(range(20))
    want = [3 * x + 1000 for x in items]
    assert SerialRunner().map(scaled, items, shared=shared) == want
    assert ProcessRunner(2, chunk=3).map(scaled, items, shared=shared) == want
    assert ProcessRunner(2).map(scaled, [], shared=shared) == []


def test_unknown_runner_is_a_config_error():
    with pytest.raises(ConfigError, match="runner must be one of"):
        make_runner("threads")
    assert make_runner("serial").name == "serial" and make_runner("process", workers=3).workers == 3


ray_missing = importlib.util.find_spec("ray") is None


@pytest.mark.skipif(ray_missing, reason="ray is not installed (pip install 'topline[scale]')")
def test_ray_runner_equals_serial_on_a_local_ray(monkeypatch):
    here = os.path.dirname(os.path.abspath(__file__))   # Ray's workers import this module's functions by name
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(filter(None, [here, os.environ.get("PYTHONPATH")])))
    items = list(range(23))
    shared = {"k": 2, "blob": "y" * 10}
    with make_runner("ray", workers=2) as ray_runner:
        got = ray_runner.map(square_pid, items)
        assert [v for v, _ in got] == [x * x for x in items]
        assert os.getpid() not in {p for _, p in got}
        assert ray_runner.map(scaled, items, shared=shared) == SerialRunner().map(scaled, items, shared=shared)


@pytest.mark.skipif(ray_missing, reason="ray is not installed (pip install 'topline[scale]')")
def test_edition_through_a_local_ray_equals_the_local_runner(tmp_path, monkeypatch, tmp_path_factory):
    """Enrichment and the category pages computed on Ray give the same stories and the same edition JSON.
    The local build is test_work's one-process build, made once a session (tests/built.py demo_alone: each stage's
    default runner, which on the demo gives the edition JSON ``runner=SerialRunner()`` gave, compared there)."""
    import datetime as dt

    from test_work import _build

    from tests import built
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(filter(None, [repo, os.environ.get("PYTHONPATH")])))
    date = dt.date(2025, 7, 3)
    local = built.demo_alone(tmp_path_factory)["edition"]
    with make_runner("ray", workers=2) as ray_runner:
        on_ray, s2 = _build(f"sqlite:///{tmp_path / 'ray.sqlite'}", tmp_path / "ray", date, runner=ray_runner)
        assert ray_runner.tasks >= 2          # enrichment and the pages went to Ray
    s2.close()
    assert local["ranked"] and local["categories"]
    assert on_ray == local


def _sleep_forever(conn) -> None:  # noqa: ANN001
    import time
    time.sleep(600)


def test_end_child_closes_the_pipe_and_ends_a_running_child():
    """What the forked helpers (stories.fork, write.ahead, prefetch) do on close: the pipe closed, a child still
    running terminated and joined, both references dropped; a second call does nothing."""
    import multiprocessing
    import types

    from topline.runner import end_child
    ctx = multiprocessing.get_context("fork")
    parent, child = ctx.Pipe()
    proc = ctx.Process(target=_sleep_forever, args=(child,), daemon=True)
    proc.start()
    holder = types.SimpleNamespace(proc=proc, conn=parent)
    end_child(holder)
    assert holder.proc is None and holder.conn is None
    assert not proc.is_alive() and proc.exitcode is not None
    assert parent.closed
    end_child(holder)


def _burn(seconds: float) -> int:
    """Spend ``seconds`` of CPU (not of wall time: the machine is shared)."""
    import time
    start = time.process_time()
    while time.process_time() - start < seconds:
        pass
    return os.getpid()


def test_workers_cpu_counts_live_and_ended_workers():
    """issue 14: the CPU of worker processes per stage (manifest ``workers_cpu``) counts a forked child while it
    runs (from /proc) and after it was reaped (RUSAGE_CHILDREN), without counting it twice."""
    import multiprocessing
    from topline.runner import workers_cpu
    if not os.path.exists(f"/proc/{os.getpid()}/stat"):
        pytest.skip("no /proc: only reaped workers are counted")
    ctx = multiprocessing.get_context("fork")
    before = workers_cpu()
    parent, child = ctx.Pipe()
    p = ctx.Process(target=lambda c: (_burn(0.3), c.send("done"), c.recv()), args=(child,))
    p.start()
    assert parent.recv() == "done"          # the child has spent its CPU and waits, alive
    alive = workers_cpu() - before
    parent.send("end")
    p.join()
    ended = workers_cpu() - before
    assert 0.25 <= alive <= ended < 0.3 + 0.5      # counted while alive, once after it ended
    with ProcessRunner(workers=2, chunk=1) as pool:   # a pool's workers, reaped when it closes
        assert len(pool.map(_burn, [0.2, 0.2])) == 2
    assert workers_cpu() - before >= ended + 0.35
