"""Writing: ranked stories -> an edition of category pages, through one Writer interface.

``write_edition`` chooses each category's stories, asks the writer for the page, and returns the edition with
the writer's counters. The offline writer is the default; the LLM writer is used when one is configured.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Sequence

from topline.records import CategoryPage, RankedStory
from topline.write.base import EditionContext, WriteStats, Writer


def stories_for(category: str, ranked: Sequence[RankedStory], max_per_outlet: int) -> list[RankedStory]:
    """The category's stories, best first, with at most ``max_per_outlet`` stories led by one outlet."""
    mine = [r for r in ranked if r.classification.primary == category]
    mine.sort(key=lambda r: -r.ranking.score)
    led: Counter[str] = Counter()
    out = []
    for r in mine:
        lead = r.bundle.articles[0].source if r.bundle.articles else ""
        if led[lead] >= max_per_outlet:
            continue
        led[lead] += 1
        out.append(r)
    return out


def make_writer(settings) -> Writer:  # noqa: ANN001
    from topline.write.offline import OfflineWriter
    return OfflineWriter()


def write_pages(ctx: EditionContext, writer: Writer) -> tuple[list[CategoryPage], WriteStats]:
    stats = WriteStats()
    es = ctx.settings.edition
    pages = []
    for cat in ctx.taxonomy.categories:
        stories = stories_for(cat.name, ctx.ranked, es.max_per_outlet)
        if len(stories) < es.min_stories:
            continue
        pages.append(writer.write_page(cat, stories, ctx, stats))
    return pages, stats
