"""The bundled demo: a corpus we wrote (3 days, many outlets, every default category, a wire copy, URL
variants and off-topic noise) and the function `topline demo` runs on it."""
from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Callable

from topline.config import Settings


def corpus_dir() -> Path:
    return Path(str(resources.files("topline.demo").joinpath("corpus")))


def corpus_files() -> list[Path]:
    return sorted(corpus_dir().glob("*.jsonl"))


def run(settings: Settings, progress: Callable[..., None] | None = None):  # noqa: ANN201
    """Ingest the demo corpus into the store of ``settings`` and build an edition for each of its days, oldest
    first (so later editions see earlier ones: novelty, signals across days). Returns (results, ingest report)."""
    from topline import pipeline
    from topline.ingest import ingest
    from topline.store import open_store
    with open_store(settings) as store:
        report = ingest(store, settings, [str(p) for p in corpus_files()])
        results = []
        for day in pipeline.edition_dates(store):
            results.append(pipeline.build_edition(store, settings, day, formats=settings.edition.formats,
                                                  progress=progress))
    return results, report
