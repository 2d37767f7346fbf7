"""Runners: where the pure, CPU-bound part of a batch stage runs.

A stage is split into *read* (from the store), *compute* (pure: records in, records out) and *commit* (to the
store). Only compute goes through a runner, as ``runner.map(fn, items, shared=...)``, so it can run in this
process, in worker processes on this machine, or on a Ray cluster, while reads and writes stay with the one
process that holds the store (the way lemon24/reader hands its updater a pool's ``map``).

* ``SerialRunner``: in this process, in order (the reference every other runner must equal).
* ``ProcessRunner``: a process pool on this machine (``fork`` where the process is single-threaded, else
  ``spawn``); ``shared`` is sent once per worker process, not once per item.
* ``RayRunner``: tasks on a Ray cluster (``ray.init(address=...)``; extra ``topline[scale]``); ``shared`` is put
  in Ray's object store once and items go in chunks.

``fn`` must be a module-level function (pickled by reference) and is called ``fn(item)``, or ``fn(shared, item)``
when ``shared`` is given. Results come back in the order of ``items``. Every runner is a context manager;
``close()`` frees its workers.
"""
from __future__ import annotations

import multiprocessing
import os
import threading
from typing import Any, Callable, Protocol, Sequence

from topline.errors import ConfigError

RUNNERS = ("auto", "serial", "process", "ray")
# Items per task: enough to amortise a task's overhead (pickling ~20 KB per article, a Ray task ~1 ms), small
# enough that two workers finish together (measured on 10k synthetic articles: 50 and 100 within 3 % of each other).
CHUNK = 50
_NONE = object()


class Runner(Protocol):
    name: str

    def map(self, fn: Callable[..., Any], items: Sequence[Any], *, shared: Any = _NONE) -> list[Any]:
        ...

    def close(self) -> None:
        ...


def _call(fn: Callable[..., Any], shared: Any, item: Any) -> Any:
    return fn(item) if shared is _NONE else fn(shared, item)


class _Base:
    name = "base"
    tasks = 0      # tasks (chunks of items) this runner has sent elsewhere: what reports and tests read

    def close(self) -> None:
        pass

    def __enter__(self):  # noqa: ANN204
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class SerialRunner(_Base):
    name = "serial"

    def map(self, fn: Callable[..., Any], items: Sequence[Any], *, shared: Any = _NONE) -> list[Any]:
        return [_call(fn, shared, x) for x in items]


# --- process pool -------------------------------------------------------------------------------------------

_WORKER_SHARED: dict[int, Any] = {}   # in a worker process: shared values by the id the parent gave them


def _init_worker(key: int, shared: Any) -> None:
    _WORKER_SHARED[key] = shared


def _run_chunk(fn: Callable[..., Any], key: int | None, chunk: Sequence[Any]) -> list[Any]:
    shared = _WORKER_SHARED[key] if key is not None else _NONE
    return [_call(fn, shared, x) for x in chunk]


def _chunks(items: Sequence[Any], size: int) -> list[Sequence[Any]]:
    return [items[i:i + size] for i in range(0, len(items), size)]


class ProcessRunner(_Base):
    """A pool of ``workers`` processes, made per ``map`` call (the shared value is handed to each worker when it
    starts; a fork shares it without copying)."""
    name = "process"

    def __init__(self, workers: int | None = None, chunk: int = CHUNK):
        self.workers = max(1, workers or os.cpu_count() or 1)
        self.chunk = chunk

    def _context(self):  # noqa: ANN202
        # fork only from a single-threaded process: a web server's threads could hold locks the children inherit
        if "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1:
            return multiprocessing.get_context("fork")
        return multiprocessing.get_context("spawn")

    def map(self, fn: Callable[..., Any], items: Sequence[Any], *, shared: Any = _NONE) -> list[Any]:
        from concurrent.futures import ProcessPoolExecutor
        items = list(items)
        if not items:
            return []
        chunks = _chunks(items, max(1, min(self.chunk, -(-len(items) // self.workers))))
        key = None if shared is _NONE else id(shared)
        init = (_init_worker, (key, shared)) if key is not None else (None, ())
        self.tasks += len(chunks)
        out: list[Any] = []
        with ProcessPoolExecutor(max_workers=min(self.workers, len(chunks)), mp_context=self._context(),
                                 initializer=init[0], initargs=init[1]) as pool:
            for part in pool.map(_run_chunk, [fn] * len(chunks), [key] * len(chunks), chunks):
                out.extend(part)
        return out


# --- Ray ----------------------------------------------------------------------------------------------------

def _ray_chunk(fn: Callable[..., Any], has_shared: bool, shared: Any, chunk: Sequence[Any]) -> list[Any]:
    return [fn(shared, x) if has_shared else fn(x) for x in chunk]


class RayRunner(_Base):
    """Tasks on a Ray cluster. ``address``: "auto" (a cluster started with ``ray start``), "ray://host:10001", an
    address ``ray start --head`` printed, or "" for a local Ray started in this process (``num_cpus``)."""
    name = "ray"

    def __init__(self, address: str = "", num_cpus: int | None = None, chunk: int = CHUNK):
        try:
            import ray
        except ImportError:
            raise ConfigError("runner 'ray' needs the ray package: pip install 'topline[scale]'") from None
        self._ray = ray
        self.chunk = chunk
        self._owned = False
        if not ray.is_initialized():
            kw: dict[str, Any] = {"include_dashboard": False, "log_to_driver": False,
                                  "configure_logging": False}
            if address:
                # the cluster's workers run this process's topline (1.4 MB, uploaded once per job), so a
                # cluster needs only topline's dependencies installed, not this exact version of topline
                import topline
                ray.init(address=address, runtime_env={"py_modules": [topline]}, **kw)
            else:   # a local Ray on the loopback interface only
                # ("local": never join a cluster that `ray start` left recorded in /tmp/ray)
                ray.init(address="local", num_cpus=num_cpus, _node_ip_address="127.0.0.1", **kw)
            self._owned = True
        self._task = ray.remote(_ray_chunk)

    def map(self, fn: Callable[..., Any], items: Sequence[Any], *, shared: Any = _NONE) -> list[Any]:
        ray = self._ray
        items = list(items)
        if not items:
            return []
        has_shared = shared is not _NONE
        ref = ray.put(shared if has_shared else None)
        workers = max(1, int(ray.cluster_resources().get("CPU", 1)))
        chunks = _chunks(items, max(1, min(self.chunk, -(-len(items) // workers))))
        futures = [self._task.remote(fn, has_shared, ref, c) for c in chunks]
        self.tasks += len(futures)
        out: list[Any] = []
        for part in ray.get(futures):
            out.extend(part)
        return out

    def close(self) -> None:
        if self._owned and self._ray.is_initialized():
            self._ray.shutdown()
        self._owned = False


def make_runner(kind: str = "serial", *, address: str = "", workers: int | None = None) -> Runner:
    """The runner named ``kind`` ("auto" means the default each stage chooses; here it is serial)."""
    kind = (kind or "auto").lower()
    if kind not in RUNNERS:
        raise ConfigError(f"runner must be one of {', '.join(RUNNERS)}, not {kind!r}")
    if kind == "process":
        return ProcessRunner(workers)
    if kind == "ray":
        return RayRunner(address, num_cpus=workers)
    return SerialRunner()


def runner_from_settings(settings) -> Runner | None:  # noqa: ANN001 - topline.config.Settings
    """The runner the settings ask for, or None for "auto" (each stage chooses: enrichment uses worker processes
    for large batches, everything else runs in this process)."""
    rs = getattr(settings, "runner", None)
    if rs is None or (rs.kind or "auto") == "auto":
        return None
    return make_runner(rs.kind, address=rs.address, workers=rs.workers or None)


def for_batch(runner: Runner | None, size: int, parallel_min: int, workers: int) -> Runner:
    """The runner a stage uses for ``size`` items: the given one, else worker processes from ``parallel_min``
    items on (when there are 2+ cores), else serial."""
    if runner is not None:
        return runner
    if size >= parallel_min and workers >= 2:
        return ProcessRunner(workers)
    return SerialRunner()


__all__ = ["RUNNERS", "Runner", "SerialRunner", "ProcessRunner", "RayRunner", "make_runner",
           "runner_from_settings", "for_batch"]


def end_child(holder: Any) -> None:
    """Close ``holder.conn`` (the pipe to a forked helper process) and end ``holder.proc`` (terminated if it is still
    running), setting both to None: what the forked helpers of ``stories.fork``, ``write.ahead`` and ``prefetch``
    do when they are closed."""
    if holder.conn is not None:
        holder.conn.close()
        holder.conn = None
    if holder.proc is not None:
        if holder.proc.is_alive():
            holder.proc.terminate()
        holder.proc.join()
        holder.proc = None


# --- issue 14: the CPU of worker processes, per stage -------------------------------------------------------
_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _proc_cpu(pid: int) -> tuple[float, list[int]]:
    """CPU seconds of a live (or not yet reaped) process and of the children it reaped, and its live children
    (Linux ``/proc``; (0, []) where it cannot be read)."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            stat = fh.read().decode("ascii", "replace")
        kids: list[int] = []
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children", encoding="ascii") as fh:
                kids += [int(k) for k in fh.read().split()]
    except (OSError, ValueError):
        return 0.0, []
    fields = stat[stat.rindex(")") + 2:].split()     # after "pid (comm) ": state is field 3 of stat(5)
    utime, stime, cutime, cstime = (int(x) for x in fields[11:15])
    return (utime + stime + cutime + cstime) / _TICKS, kids


def workers_cpu() -> float:
    """CPU seconds (user + system) used so far by this process's worker processes: those it reaped
    (``RUSAGE_CHILDREN``) and those alive now, with their own children, read from ``/proc``. The difference of
    two readings is the workers' CPU between them, whether a worker ended between them or not (a pool kept across
    stages, a forked child that outlives the stage that started it). Where ``/proc`` is missing, only the reaped."""
    import resource
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    total = ru.ru_utime + ru.ru_stime
    _, todo = _proc_cpu(os.getpid())
    seen: set[int] = set()
    while todo:
        pid = todo.pop()
        if pid in seen:
            continue
        seen.add(pid)
        cpu, kids = _proc_cpu(pid)
        total += cpu
        todo += kids
    return total
