"""Shared fixtures: every test gets its own TOPLINE_HOME, and the shared data sets are found by path.

Evidence that may be missing (issue 15): a ../shared data set, PostgreSQL, Chromium, the demo corpus, the real
model server. Every test that needs one says so with ``require(...)`` (inside a test or fixture) or ``needs(...)``
(a mark): locally a missing resource skips the test with the reason; under ``CI=true`` it FAILS the test, so a
CI run cannot be green with the evidence absent.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = (REPO / ".." / "shared" / "data").resolve()
EVIDENCE = "evidence missing: "      # the prefix of every skip that CI=true turns into a failure
# Skips written before require() existed that CI=true must fail as well (tests/write/test_verify_quality.py).
_EVIDENCE_ALSO = ("shared data set not found",)
# Read at import: the autouse fixture below removes every TOPLINE_* variable while a test runs.
LLM_URL = os.environ.get("TOPLINE_TEST_LLM_URL", "")
POSTGRES_URL = os.environ.get("TOPLINE_TEST_POSTGRES_URL", "")
CHROMIUM = "/usr/bin/chromium"


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in ("1", "true", "yes")


def require(resource, reason: str):  # noqa: ANN001, ANN201
    """``resource`` when it is truthy; otherwise skip (locally) or fail (under CI=true) with ``reason``."""
    if not resource:
        if in_ci():
            pytest.fail(f"{EVIDENCE}{reason} (CI=true: a run without this evidence fails)", pytrace=False)
        pytest.skip(f"{EVIDENCE}{reason}")
    return resource


def needs(condition: object, reason: str) -> pytest.MarkDecorator:
    """A mark: the test runs when ``condition`` holds; else skipped locally, failed under CI=true."""
    return pytest.mark.skipif(not condition, reason=f"{EVIDENCE}{reason}")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):  # noqa: ANN001, ANN201
    """Under CI=true, a skip whose reason starts with EVIDENCE (a `needs` mark) becomes a failure."""
    outcome = yield
    rep = outcome.get_result()
    if rep.skipped and in_ci() and isinstance(rep.longrepr, tuple) and \
            any(m in str(rep.longrepr[2]) for m in (EVIDENCE, *_EVIDENCE_ALSO)):
        rep.outcome = "failed"
        rep.longrepr = f"{rep.longrepr[2]} (CI=true: a run without this evidence fails)"


def shared_data(*parts: str) -> Path:
    """A path under ../shared/data; skipped locally / failed under CI=true when it is absent."""
    p = SHARED_DATA.joinpath(*parts)
    return require(p if p.exists() else None,
                   f"shared data set not found at {p} (it sits beside the checkout in ../shared/data)")


@pytest.fixture
def real_llm_url() -> str:
    """The real model server's base URL (TOPLINE_TEST_LLM_URL, e.g. http://127.0.0.1:8765/v1)."""
    return require(LLM_URL, "TOPLINE_TEST_LLM_URL is not set: no real model server to test against")


@pytest.fixture(autouse=True)
def topline_home(tmp_path_factory, monkeypatch) -> Path:
    home = tmp_path_factory.mktemp("topline-home")
    monkeypatch.setenv("TOPLINE_HOME", str(home))
    for var in list(os.environ):
        if var.startswith("TOPLINE_") and var not in ("TOPLINE_HOME", "TOPLINE_ARTIFACTS"):
            monkeypatch.delenv(var, raising=False)
    monkeypatch.chdir(home)   # no stray ./topline.toml from the developer's folder
    return home


@pytest.fixture
def settings(topline_home):
    from topline.config import load_settings
    return load_settings()


@pytest.fixture
def store(settings):
    from topline.store import open_store
    s = open_store(settings)
    yield s
    s.close()


# pytest-xdist (pyproject's addopts: `--numprocesses=2 --dist=loadfile --no-loadscope-reorder`): each module runs
# on one worker (its module-scoped fixtures are built once). A worker asks for the next module when two of its tests
# are left, so a run ends when its longest module, begun late, ends: in collection order tests/write/llm/
# test_real_model.py (minutes with the model server, under CI only) is among the last modules handed out, and the two
# CI runs of the same commit took 16:51 and 21:58 (2026-12-05). So the modules in FIRST are handed out first, in
# that order (LPT: the longest first), and every other module after them in collection order. tests/test_prefetch.py
# leads: first on its worker, no earlier module's thread can be alive beside its forks (a thread left by
# tests/web/test_schemathesis.py made it fail after a web module in the second CI run; that thread is closed now).
# (--dist=loadgroup and xdist_group marks do not group anything with pytest 9.2 and pytest-xdist 3.8: xdist renames
# a test through `item._nodeid`, which pytest 9 no longer reads.)
# Seconds: the module's slowest tests in a two-worker run of 2026-12-05 (`--durations=40`, no PostgreSQL or model
# server, 12:47 in all; benchmarks/RESULTS.md, "The demo built once per setting"), less the builds now shared.
FIRST = (
    "tests/test_prefetch.py",                   # 80 (its demo build is ahead vs inline by design)
    "tests/write/llm/test_real_model.py",       # CI only: three demo editions, up to 90 s of writing each
    "tests/events/test_signal_claims.py",       # 133: builds the corpora test_editorial_quality reads (built.py)
    "tests/write/llm/test_injection.py",        # 115
    "tests/check/test_support_set.py",          # 28 parts, ~6.5 CPU s each with claims parsed in a batch (12-07)
    "tests/test_stage_cache.py",                # 100: the demo and cal-biotech cold and warm (built.py: test_memo,
                                                # test_signal_claims and test_editorial_quality read them)
    "tests/operate/test_first_use.py",          # 86: two `topline demo` runs, one shared with test_demo_store
    "tests/test_store_postgres.py",             # CI only: the demo on SQLite and PostgreSQL
    "tests/write/test_verify_quality.py",       # 62
    "tests/test_runner.py",                     # 54
    "tests/test_wheel.py",                      # 50
    "tests/test_cli.py",                        # 39
    "tests/test_work.py",                       # 32, more with PostgreSQL
    "tests/events/test_memo.py",                # 102, of which ~60 the cold and warm builds it now reads
    "tests/classify/test_quality_demo.py",      # 28, less its demo build (now built.corpus("demo"))
    "tests/web/test_browser.py",                # 32
    "tests/write/test_editorial_quality.py",    # 19 and the corpora test_signal_claims built
    "tests/ingest/test_extraction_quality.py",  # 22
)


@pytest.hookimpl(hookwrapper=True)
def pytest_collection_modifyitems(config, items):  # noqa: ANN001, ANN201
    """On an xdist worker (every worker collects, and must collect the same order): FIRST's modules first, in its
    order; then the others, in collection order."""
    yield
    if hasattr(config, "workerinput"):
        rank = {m: i for i, m in enumerate(FIRST)}
        items.sort(key=lambda i: rank.get(i.nodeid.split("::")[0], len(FIRST)))   # stable: else collection order


def pytest_addoption(parser, pluginmanager):  # noqa: ANN001, ANN201
    """With pytest-xdist off (`-p no:xdist`, or not installed) the addopts' --numprocesses and --dist are accepted
    and ignored: the run is serial, as `-n 0` makes it."""
    if not pluginmanager.has_plugin("xdist"):
        parser.addoption("--numprocesses", dest="numprocesses", default=None, help="ignored: no pytest-xdist")
        parser.addoption("--dist", dest="dist", default="no", help="ignored: no pytest-xdist")
        parser.addoption("--no-loadscope-reorder", dest="loadscopereorder", action="store_false",
                         help="ignored: no pytest-xdist")



def pytest_sessionstart(session):  # noqa: ANN001, ANN201
    from tests import timeline
    timeline.start()


def pytest_runtest_logreport(report):  # noqa: ANN001, ANN201
    """Each test's phases, counted by module and worker on the controller (tests/timeline.py)."""
    from tests import timeline
    timeline.record(report)


def pytest_terminal_summary(terminalreporter, exitstatus, config):  # noqa: ANN001, ANN201
    """A long run's time by worker and module (tests/timeline.py); nothing on a worker or for a short run."""
    from tests import timeline
    if not hasattr(config, "workerinput"):
        for line in timeline.lines():
            terminalreporter.write_line(line)
