"""The bundled demo: a corpus we wrote (3 days, many outlets, every default category, a wire copy, URL
variants and off-topic noise) and the function `topline demo` runs on it.

The demo lives in its own store (``$TOPLINE_HOME/demo``), so it never mixes with the user's news. Until the user
stores news of their own, the commands that read editions (``serve``, ``editions list``, ``search``) read the demo
store instead (``settings_for_reading``): a newcomer sees the demo there with no flag or variable.
"""
from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Callable

from topline.config import LLMSettings, Settings

DEMO_FOLDER = "demo"     # under $TOPLINE_HOME


def corpus_dir() -> Path:
    return Path(str(resources.files("topline.demo").joinpath("corpus")))


def corpus_files() -> list[Path]:
    return sorted(corpus_dir().glob("*.jsonl"))


def demo_settings(settings: Settings, out_dir: str | None = None) -> Settings:
    """The settings of the demo store: its own folder, database and site, and never an LLM (offline by design)."""
    home = settings.home / DEMO_FOLDER
    return settings.replace(home=home, database_url="", out_dir=out_dir or str(home / "site"), llm=LLMSettings())


def _store_is_empty(settings: Settings) -> bool:
    """No article and no edition in the store of ``settings`` (a missing SQLite file is empty, and stays missing)."""
    if not settings.database_url and not (settings.home / "topline.sqlite").is_file():
        return True
    from topline.store import open_store
    with open_store(settings) as store:
        return store.articles.count() == 0 and not store.editions.dates()


def settings_for_reading(settings: Settings) -> tuple[Settings, bool]:
    """The settings the reading commands should use, and whether they are the demo's: the demo store while the
    user's own store (the default SQLite file under $TOPLINE_HOME) holds no article and no edition and a demo was
    built; otherwise ``settings`` unchanged. A database set explicitly (``database_url``) is never replaced."""
    if settings.database_url:
        return settings, False
    demo = demo_settings(settings)
    if not (demo.home / "topline.sqlite").is_file() or not _store_is_empty(settings):
        return settings, False
    return demo, True


def run(settings: Settings, progress: Callable[..., None] | None = None):  # noqa: ANN201
    """Ingest the demo corpus into the store of ``settings`` and build an edition for each of its days, oldest
    first (so later editions see earlier ones: novelty, signals across days). Returns (results, ingest report).
    ``progress(what, stage)``: ("ingest", "") first, then (date, stage) for each stage and (date, "built")."""
    from topline import pipeline
    from topline.ingest import ingest
    from topline.store import open_store
    with open_store(settings) as store:
        if progress:
            progress("ingest", "")
        report = ingest(store, settings, [str(p) for p in corpus_files()])
        results = []
        for day in pipeline.edition_dates(store):
            step = (lambda stage, *_rest, _d=day: progress(day.isoformat(), stage)) if progress else None
            results.append(pipeline.build_edition(store, settings, day, formats=settings.edition.formats,
                                                  progress=step))
            if progress:
                progress(day.isoformat(), "built")
    return results, report
