"""A build that raises ends the forked helpers it started (mend33's finding: a ``write.ahead`` child or a
``prefetch`` child was left running until the next build closed it). Real build of the demo's first day in a
SQLite store, the forks forced on as test_prefetch does, and a ledger that raises after both helpers started."""
from __future__ import annotations

import multiprocessing

import pytest


@pytest.mark.skipif(not __import__("topline.prefetch", fromlist=["usable"]).usable(2),
                    reason="no fork on this platform: no helper is ever started")
def test_a_build_that_raises_leaves_no_helper_running(tmp_path, monkeypatch):
    from conftest import require
    from topline import demo, pipeline, prefetch
    from topline.config import load_settings
    from topline.events import ledger
    from topline.ingest import ingest
    from topline.store import open_store
    from topline.write import ahead as write_ahead
    import threading
    from test_prefetch import LINGER_S
    # the prefetch never forks beside another thread (test_prefetch): let an earlier module's threads end first
    for t in [t for t in threading.enumerate() if t is not threading.main_thread()]:
        t.join(timeout=LINGER_S)
    assert threading.active_count() == 1, [t.name for t in threading.enumerate()]
    monkeypatch.setattr("os.cpu_count", lambda: 2)
    monkeypatch.setattr(prefetch, "MIN_ARTICLES", 1)
    started = {}

    def failing_run(*args, **kwargs):  # noqa: ANN002, ANN003 - the ledger's signature
        started["prefetch"] = list(prefetch._CURRENT)
        started["writer"] = list(write_ahead._CURRENT)
        raise RuntimeError("ledger failed")

    monkeypatch.setattr(ledger, "run", failing_run)
    settings = load_settings(environ={"TOPLINE_HOME": str(tmp_path)})
    settings = settings.replace(edition=settings.edition.__class__(formats=(), writer="offline"))
    paths = [str(p) for p in require(demo.corpus_files(), "the demo corpus is missing")]
    with open_store(settings) as store:
        ingest(store, settings, paths)
        day = pipeline.edition_dates(store)[0]
        with pytest.raises(RuntimeError, match="ledger failed"):
            pipeline.build_edition(store, settings, day)
    # the test means something only if the helpers had started when the build raised
    assert started["prefetch"] and started["writer"], started
    assert not prefetch._CURRENT and not write_ahead._CURRENT
    assert not [p for p in multiprocessing.active_children() if p.is_alive()]
