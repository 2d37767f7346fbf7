"""The writer interface: every writer (offline, LLM) turns ranked stories of one category into a page."""
from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from typing import Protocol, Sequence

from topline.records import Category, CategoryPage, Citation, RankedStory, Taxonomy


@dataclass(frozen=True)
class EditionContext:
    """What a writer may read besides its category's stories."""
    date: dt.date
    taxonomy: Taxonomy
    ranked: tuple[RankedStory, ...]          # every ranked story of the edition (cross-story links)
    history: tuple[dict, ...] = ()           # edition_stories rows of previous editions, newest first
    previous_signals: tuple[dict, ...] = ()  # signals of previous editions (to report confirmed/faded)
    settings: object = None                  # topline.config.Settings
    ledger: object = None                    # topline.events.ledger.EditionLedger: events, totals, watch items


@dataclass
class WriteStats:
    """Counters a writer adds to the run manifest."""
    llm_calls: int = 0
    input_tokens: int = 0
    output_tokens: int = 0
    sentences_checked: int = 0
    sentences_dropped: int = 0
    sentences_regenerated: int = 0
    fallbacks: int = 0
    notes: list[str] = field(default_factory=list)
    drops: Counter = field(default_factory=Counter)   # reason -> sentences the checker dropped (manifest ``drops``)

    def add(self, other: "WriteStats") -> None:
        for name in ("llm_calls", "input_tokens", "output_tokens", "sentences_checked", "sentences_dropped",
                     "sentences_regenerated", "fallbacks"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.notes.extend(other.notes)
        self.drops.update(other.drops)


class Writer(Protocol):
    name: str

    def write_page(self, category: Category, stories: Sequence[RankedStory], ctx: EditionContext,
                   stats: WriteStats) -> CategoryPage:
        """Write one category page from its ranked stories (best first). Every sentence carries citations."""
        ...


def cite(article) -> Citation:  # noqa: ANN001 - records.Article
    return Citation(url=article.url, source=article.source, published_url=article.original_url or "")
