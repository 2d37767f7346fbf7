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


def build_corpus(files: Sequence[Path], taxonomy: Path | None = None, settings=None,  # noqa: ANN001
                 until: str | None = None) -> CorpusBuild:
    """The editions of every date that has articles (up to ``until``, an ISO date, when given)."""
    from topline import pipeline
    from topline.config import load_settings
    from topline.eval.events import ACTOR_FIELDS
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
                out.results[day.isoformat()] = pipeline.build_edition(store, base, day, formats=())
                out.actors[day.isoformat()] = sorted({f.text for e in store.events.for_edition(day)
                                                      for f in e.fields if f.name in ACTOR_FIELDS and f.text})
    return out
