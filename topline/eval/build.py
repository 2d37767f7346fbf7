"""One build of a corpus's daily editions, as the editorial and signal-claim measures make it.

``build_corpus`` ingests article files into a scratch store (a temporary TOPLINE_HOME, SQLite) and builds the
daily editions in order, oldest first, as a subscriber's daily run would (offline writer, no published formats,
the corpus's ``taxonomy.toml`` when it has one). ``topline.eval.editorial.evaluate_dir`` and
``topline.eval.events.signal_claims`` build through it, or score a build they are given: the two measures read the
same editions (same files, settings and dates), so one build serves both (the test suite builds each corpus once,
tests/built.py).
"""
from __future__ import annotations

import dataclasses
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence


@dataclass
class CorpusBuild:
    results: dict = field(default_factory=dict)   # date (ISO) -> topline.pipeline.EditionResult, oldest first
    actors: dict = field(default_factory=dict)    # date (ISO) -> sorted actor texts of that edition's ledger events
    events: dict = field(default_factory=dict)    # date (ISO) -> that edition's ledger events (topline.records.Event)
    articles: dict = field(default_factory=dict)  # URL -> ArticleFacts of every stored article (what a citation is)


@dataclass(frozen=True)
class ArticleFacts:
    """What a measure reads of a cited article: its outlet, day of publication, title and body."""
    url: str
    source: str
    day: str             # ISO date of publication ("" when unknown)
    title: str
    text: str


def build_corpus(files: Sequence[Path], taxonomy: Path | None = None, settings=None,  # noqa: ANN001
                 until: str | None = None) -> CorpusBuild:
    """The editions of every date that has articles (up to ``until``, an ISO date, when given)."""
    from topline import pipeline
    from topline.config import load_settings
    from topline.ingest import ingest
    from topline.store import open_store
    out = CorpusBuild()
    with tempfile.TemporaryDirectory(prefix="topline-eval-") as home:
        base = settings or load_settings(environ={"TOPLINE_HOME": home})
        base = dataclasses.replace(base, home=Path(home), database_url="")
        base = base.replace(edition=dataclasses.replace(
            base.edition, formats=(), writer="offline",
            taxonomy=str(taxonomy) if taxonomy is not None and taxonomy.exists() else ""))
        with open_store(base) as store:
            ingest(store, base, [str(p) for p in files])
            for day in pipeline.edition_dates(store):
                if until is not None and day.isoformat() > until:
                    continue
                result = pipeline.build_edition(store, base, day, formats=())
                add_edition(out, day, result, store.events.for_edition(day))
            add_articles(out, store)
    return out


def add_edition(out: CorpusBuild, day, result, events) -> None:  # noqa: ANN001 - date, EditionResult, [Event]
    """Record ``result``, the edition of ``day``, with the ledger events it read (``store.events.for_edition(day)``
    right after it was built) and their actors. tests/built.py records the demo's ``topline.demo.run`` build through
    it, the build its other modules share."""
    from topline.eval.events import ACTOR_FIELDS
    out.results[day.isoformat()] = result
    out.events[day.isoformat()] = events
    out.actors[day.isoformat()] = sorted({f.text for e in events
                                          for f in e.fields if f.name in ACTOR_FIELDS and f.text})


def add_articles(out: CorpusBuild, store) -> None:  # noqa: ANN001 - Store
    """Record what a citation is of every stored article (after the last edition)."""
    for a in store.articles.iter_all():
        out.articles[a.url] = ArticleFacts(a.url, a.source or "", a.published.date().isoformat() if a.published else "",
                                           a.title or "", a.body or "")
