"""Reading what a story page needs from the store (the I/O edge of story pages)."""
from __future__ import annotations

import datetime as dt
from typing import MutableMapping, Sequence

from topline.publish.views import StoryInfo, StoryView, category_rank_of, story_view
from topline.records import Edition


def edition_slugs(store, date: dt.date, cache: MutableMapping | None = None) -> set[str]:  # noqa: ANN001
    """Slugs of the category pages of the stored edition of ``date``."""
    if cache is not None and date in cache:
        return cache[date]
    data = store.editions.get(date) or {}
    slugs = {str(p.get("slug", "")) for p in data.get("categories", ()) if isinstance(p, dict)}
    if cache is not None:
        cache[date] = slugs
    return slugs


def syndicated_ids(store, article_ids: Sequence[int]) -> set[int]:  # noqa: ANN001
    """Articles the enrichment marked as copies of another (wire syndication)."""
    try:
        from topline.enrich import VERSION
    except ImportError:   # pragma: no cover - enrichment package missing entirely
        return set()
    return {aid for aid, e in store.articles.enrichments(list(article_ids), VERSION).items() if e.duplicate_of}


def story_page_view(store, edition: Edition, story_id: str, ranked_rows: Sequence[dict] | None = None,  # noqa: ANN001
                    slug_cache: MutableMapping | None = None) -> StoryView:
    """The story page of ``story_id`` in ``edition``, with its articles, its days and its ranking factors."""
    if store is None:
        return story_view(edition, story_id)
    story = store.stories.get(story_id)
    articles = tuple(store.articles.by_ids(list(story.article_ids))) if story else ()
    history = tuple(store.editions.story_history(story_id))
    rows = list(ranked_rows) if ranked_rows is not None else store.editions.ranked_stories(edition.date)
    slug_cache = {} if slug_cache is None else slug_cache
    slug_cache.setdefault(edition.date, {p.slug for p in edition.categories})
    slugs = {r["date"]: edition_slugs(store, r["date"], slug_cache) for r in history}
    info = StoryInfo(story=story, articles=articles, history=history, category_slugs=slugs,
                     ranked_in_edition=len(rows))
    return story_view(edition, story_id, info, category_rank=category_rank_of(story_id, rows),
                      syndicated=syndicated_ids(store, [a.id for a in articles if a.id is not None]))
