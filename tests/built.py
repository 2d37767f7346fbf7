"""Each corpus's editions built once per test session, shared by the modules that measure them.

test_editorial_quality (topline.eval.editorial.evaluate_dir) and test_signal_claims (topline.eval.events.
signal_claims) read the same editions of cal-ai, cal-ai2, cal-biotech, eval-ai3, eval-trade and the demo (same
article files, settings and dates: topline.eval.build). ``corpus(name, tmp_path_factory)`` builds a corpus once
per session: under pytest-xdist the first worker to ask builds it while holding a file lock in the session's
shared temporary folder and pickles it there; the other worker waits for the lock and reads the pickle. Every
build appends a line to ``builds.log`` in that folder (corpus, worker, CPU seconds): one line per corpus a run.
The build is read, never changed: a test that changed it would change what the next module scores.
"""
from __future__ import annotations

import os
import pickle
import time
from pathlib import Path

from filelock import FileLock

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data"
_memo: dict[str, object] = {}


def files_of(name: str) -> tuple[list[Path], Path]:
    """The article files and taxonomy of a corpus, as evaluate_dir and signal_claims find them."""
    from topline import demo
    from topline.eval.editorial import article_files
    folder = demo.corpus_dir() if name == "demo" else DATA / name
    return article_files(Path(folder)), Path(folder) / "taxonomy.toml"


def corpus(name: str, tmp_path_factory):  # noqa: ANN001, ANN201 - topline.eval.build.CorpusBuild
    """The corpus's editions, every date that has articles (``demo``: topline/demo/corpus)."""
    if name in _memo:
        return _memo[name]
    from topline.eval.build import build_corpus
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    base = tmp_path_factory.getbasetemp()
    shared = base.parent if worker else base   # under xdist: the controller's basetemp, one per run
    path = shared / "built" / f"{name}.pickle"
    path.parent.mkdir(exist_ok=True)
    with FileLock(str(path) + ".lock"):
        if worker and path.is_file():
            built = pickle.loads(path.read_bytes())
        else:
            cpu = time.process_time()
            built = build_corpus(*files_of(name))
            if worker:
                path.write_bytes(pickle.dumps(built))
            with (path.parent / "builds.log").open("a", encoding="utf-8") as log:
                log.write(f"{name} {worker or 'main'} {time.process_time() - cpu:.1f} s CPU\n")
    _memo[name] = built
    return built
