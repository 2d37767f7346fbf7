"""Each corpus's editions built once per test session, shared by the modules that measure them.

test_editorial_quality (topline.eval.editorial.evaluate_dir) and test_signal_claims (topline.eval.events.
signal_claims) read the same editions of cal-ai, cal-ai2, cal-biotech, eval-ai3, eval-trade and the demo (same
article files, settings and dates: topline.eval.build); the demo's also serves tests/classify/test_quality_demo.py,
whose `demo.run` with no published formats and no model was the same build (its three editions and ranked stories
compared equal, 2026-12-06). The demo's and cal-biotech's are their warm ``days`` builds below (JSON published,
offline writer; the demo's through ``topline.demo.run``: the same editions, ranked stories, ledger events and articles
as ``build_corpus`` makes of them, compared 2026-12-06 by helper citime23), so the cache tests' warm builds serve the
measures too. ``corpus(name, tmp_path_factory)`` builds a corpus once per session: under
pytest-xdist the first worker to ask builds it while holding a file lock in the session's shared temporary folder
and pickles it there; the other worker waits for the lock and reads the pickle. Every
build appends a line to ``builds.log`` in that folder (corpus, worker, CPU seconds): one line per corpus a run.
The build is read, never changed: a test that changed it would change what the next module scores.

The demo and cal-biotech are shared the same way by the modules that build them with the same settings:
``days(name, "cold" | "warm")`` (``demo_days(mode)`` for the demo; three editions, formats json, offline writer, the
corpus's taxonomy, the stage cache emptied before each edition or kept: test_stage_cache, test_memo; the demo's warm
build's results and store: test_demo_edition) and ``demo_cli()`` (`topline
demo` run once, piped, in a fresh TOPLINE_HOME: test_first_use reads its output, test_demo_store copies its home).
``demo_alone()``: the demo's 2025-07-03 edition built alone in a fresh SQLite store, default settings (test_work's
one-process build, test_runner's local build).
A build's TOPLINE_HOME stays in the shared folder for the session; a test that writes to it takes a copy.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import pickle
import resource
import tempfile
from pathlib import Path

from filelock import FileLock

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data"
_memo: dict[str, object] = {}
DEMO_CLI_TIMEOUT = 300   # seconds: run_cli's default, the bound test_first_use gave `topline demo` (~45 s idle)


def files_of(name: str) -> tuple[list[Path], Path]:
    """The article files and taxonomy of a corpus, as evaluate_dir and signal_claims find them."""
    from topline import demo
    from topline.eval.editorial import article_files
    folder = demo.corpus_dir() if name == "demo" else DATA / name
    return article_files(Path(folder)), Path(folder) / "taxonomy.toml"


def corpus(name: str, tmp_path_factory):  # noqa: ANN001, ANN201 - topline.eval.build.CorpusBuild
    """The corpus's editions, every date that has articles (``demo``: topline/demo/corpus). The demo's and
    cal-biotech's are read from their warm ``days`` build (the same editions as ``build_corpus`` makes of them, which
    only publishes no JSON): test_stage_cache (and test_memo, test_demo_edition) need those builds anyway."""
    from topline.eval.build import build_corpus
    if name in DAYS_SHARED:
        return days(name, "warm", tmp_path_factory)["corpus"]
    return _shared(name, tmp_path_factory, lambda _home: build_corpus(*files_of(name)))


def _cpu() -> float:
    """CPU seconds of this process and of its waited-for children (a `topline demo` subprocess)."""
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def _shared(name: str, tmp_path_factory, make):  # noqa: ANN001, ANN202
    """``make(home)`` once per session (``home``: a fresh folder in the session's shared temporary folder, kept for
    the session), under a file lock; pickled there for the other xdist worker; each build logged in builds.log."""
    if name in _memo:
        return _memo[name]
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    base = tmp_path_factory.getbasetemp()
    shared = base.parent if worker else base   # under xdist: the controller's basetemp, one per run
    path = shared / "built" / f"{name}.pickle"
    path.parent.mkdir(exist_ok=True)
    with FileLock(str(path) + ".lock"):
        if worker and path.is_file():
            built = pickle.loads(path.read_bytes())
        else:
            cpu = _cpu()
            built = make(Path(tempfile.mkdtemp(prefix=f"{name}-home-", dir=path.parent)))
            if worker:
                path.write_bytes(pickle.dumps(built))
            with (path.parent / "builds.log").open("a", encoding="utf-8") as log:
                log.write(f"{name} {worker or 'main'} {_cpu() - cpu:.1f} s CPU\n")
    _memo[name] = built
    return built


def _settings(home: Path, taxonomy: Path):  # noqa: ANN202 - topline.config.Settings
    """The settings test_stage_cache, test_memo and test_demo_edition build with: json, offline writer, the corpus's
    taxonomy when it has one."""
    from topline.config import load_settings
    settings = load_settings(environ={"TOPLINE_HOME": str(home)})
    return settings.replace(edition=settings.edition.__class__(
        formats=("json",), writer="offline", taxonomy=str(taxonomy) if taxonomy.exists() else ""))


def _of_edition(res) -> dict:  # noqa: ANN001 - what the cache tests compare of one edition (a pipeline result)
    from tests.editions import comparable
    from topline.records import to_dict
    return {"edition": comparable(res.edition),
            "ranked": [(r.bundle.story.id, to_dict(r.classification), round(r.ranking.score, 9)) for r in res.ranked]}


def _of_store(store, day: dt.date) -> dict:  # noqa: ANN001 - and of the store, read right after that edition
    from topline.events.ledger import report
    from topline.records import to_dict
    return {"watch": to_dict(store.events.watch_on(day)),
            "ledger": json.loads(json.dumps(report(store, day), default=str))}


DAYS_SHARED = ("demo", "cal-biotech")   # corpora whose cold and warm ``days`` builds tests compare


def demo_days(mode: str, tmp_path_factory) -> dict:  # noqa: ANN001
    """``days("demo", mode)``."""
    return days("demo", mode, tmp_path_factory)


def days(name: str, mode: str, tmp_path_factory) -> dict:  # noqa: ANN001
    """The corpus's editions (formats json, offline writer, its taxonomy), every date oldest first, the stage cache
    emptied before each edition ("cold") or kept ("warm"): {"days": {date: edition, ranked, watch, ledger}, "stats":
    {date: {stage: (hits, misses)}}, "results": [EditionResult], "home": the build's TOPLINE_HOME (read only: copy it
    to write)}; the warm build also {"corpus": its CorpusBuild}. The demo's warm build is ``topline.demo.run``."""
    assert mode in ("cold", "warm") and name in DAYS_SHARED, (name, mode)
    return _shared(f"{name}-{mode}", tmp_path_factory, lambda home: _days(home, name, mode))


def _days(home: Path, name: str, mode: str) -> dict:
    from topline import demo, pipeline
    from topline.eval.build import CorpusBuild, add_articles, add_edition
    from topline.ingest import ingest
    from topline.store import open_store
    files, taxonomy = files_of(name)
    if name == "demo":       # what evaluate_dir and signal_claims read is what demo.run reads: its files, no taxonomy
        assert [p.resolve() for p in files] == [p.resolve() for p in demo.corpus_files()] and not taxonomy.exists()
    settings = _settings(home, taxonomy)
    by_day: dict = {}
    events: dict = {}      # the ledger events each edition read, right after it (as build_corpus reads them)
    if mode == "warm" and name == "demo":   # the cache kept: topline.demo.run, as test_demo_edition has always built it

        def after(what: str, stage: str) -> None:   # the store read right after each edition, as the others are
            if stage == "built":
                day = dt.date.fromisoformat(what)
                with open_store(settings) as store:    # a second connection: demo.run's own is not reachable
                    by_day[day] = _of_store(store, day)
                    events[day] = store.events.for_edition(day)
        results, _report = demo.run(settings, progress=after)
    else:                    # cold: the stage cache emptied before each edition (test_stage_cache's cold build)
                             # warm (another corpus than the demo): kept, as test_stage_cache's warm build
        with open_store(settings) as store:
            ingest(store, settings, [str(p) for p in files])
            results = []
            for day in pipeline.edition_dates(store):
                if mode == "cold":
                    store.stage_cache.prune(dt.date.max)
                    assert store.stage_cache.count() == 0
                results.append(pipeline.build_edition(store, settings, day))
                by_day[day] = _of_store(store, day)
                events[day] = store.events.for_edition(day)
    assert sorted(by_day) == [r.edition.date for r in results]
    by_day = {r.edition.date: {**_of_edition(r), **by_day[r.edition.date]} for r in results}
    stats = {r.edition.date: {stage: (hits, misses) for stage, hits, misses in r.edition.manifest.cache}
             for r in results}
    out = {"days": by_day, "stats": stats, "results": results, "home": home}
    if mode == "warm":        # corpus(name): what test_editorial_quality, test_signal_claims (, test_quality_demo) read
        out["corpus"] = CorpusBuild()
        for r in results:
            add_edition(out["corpus"], r.edition.date, r, events[r.edition.date])
        with open_store(settings) as store:
            add_articles(out["corpus"], store)
    return out


def demo_cli(tmp_path_factory) -> dict:  # noqa: ANN001
    """`topline demo` run once in a fresh TOPLINE_HOME, as a subprocess with stdout and stderr piped:
    {"returncode", "stdout", "stderr", "home"} (the home read only: copy it to write)."""
    def run(home: Path) -> dict:
        import subprocess

        from tests.operate.helpers import run_cli
        try:
            r = run_cli(home, "demo", timeout=DEMO_CLI_TIMEOUT)
        except subprocess.TimeoutExpired as exc:   # recorded, so that the other module fails too, not runs it again
            return {"returncode": None, "stdout": "", "home": home,
                    "stderr": f"`topline demo` did not end within {exc.timeout} s: {exc.stderr!r}"}
        return {"returncode": r.returncode, "stdout": r.stdout, "stderr": r.stderr, "home": home}
    return _shared("demo-cli", tmp_path_factory, run)


def demo_alone(tmp_path_factory) -> dict:  # noqa: ANN001
    """The demo's 2025-07-03 edition built alone (no earlier edition) in a fresh SQLite store with default settings
    and each stage's default runner (``runner=None``): test_work's one-process build (``test_work._build``), which
    test_runner's local build (``runner=SerialRunner()``) made again. Compared before they were shared (helper ci33,
    2026-12-07, /tmp/ci33/s/eq_alone.py: one build with ``runner=None``, one with ``SerialRunner()``, one more with
    ``None``, in one process): the edition JSON of ``test_work._edition_json`` (the edition less its clock readings,
    every ranked story's id, articles, category and score), the window's article ids and their enrichments
    **equal**. {"edition": that JSON, "url": the store's SQLite URL (read only: copy the file to write),
    "home": its TOPLINE_HOME}."""
    def run(home: Path) -> dict:
        import datetime as dt

        from test_work import _build
        url = f"sqlite:///{home / 'one.sqlite'}"
        edition, store = _build(url, home, dt.date(2025, 7, 3))
        store.close()
        return {"edition": edition, "url": url, "home": home}
    return _shared("demo-alone", tmp_path_factory, run)
