"""Stories: articles grouped into real-world events that continue across days.

Spine version: articles join a story when their titles are near-identical. Replaced by the story engine.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from typing import Mapping, Sequence

from topline.records import Article, Enrichment, Story

TITLE_JACCARD = 0.5        # spine: titles sharing half their words are one story
LOOKBACK_DAYS = 7          # a story can be continued by articles up to this many days after it was last seen

_WORD = re.compile(r"[a-z0-9]+")
_STOP = {"the", "a", "an", "of", "to", "in", "on", "for", "and", "or", "with", "as", "at", "by", "is", "its", "from"}


def _words(title: str) -> set[str]:
    return {w for w in _WORD.findall(title.lower()) if w not in _STOP}


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def story_id_for(article: Article) -> str:
    return "s-" + hashlib.sha1(article.url.encode()).hexdigest()[:12]


def update_stories(store, articles: Sequence[Article], enrichments: Mapping[int, Enrichment],  # noqa: ANN001
                   settings=None) -> list[Story]:  # noqa: ANN001
    """Assign every not-yet-assigned article to a story (existing or new); return the stories of ``articles``."""
    if not articles:
        return []
    assigned = store.stories.story_of([a.id for a in articles])
    start = min(a.published for a in articles) - dt.timedelta(days=LOOKBACK_DAYS)
    stories = {s.id: s for s in store.stories.active_since(start)}
    titles = {sid: _words(s.title) for sid, s in stories.items()}
    outlets = {sid: set(s.outlets) for sid, s in stories.items()}
    members: list[tuple[int, str, float]] = []
    changed: dict[str, Story] = {}
    for a in sorted(articles, key=lambda x: (x.published, x.id)):
        if a.id in assigned:
            continue
        words = _words(a.title)
        best, best_sim = None, 0.0
        for sid, tw in titles.items():
            sim = _jaccard(words, tw)
            if sim > best_sim:
                best, best_sim = sid, sim
        if best is None or best_sim < TITLE_JACCARD:
            best = story_id_for(a)
            stories[best] = Story(id=best, title=a.title, article_ids=(), first_seen=a.published,
                                  last_seen=a.published, outlets=())
            titles[best], outlets[best], best_sim = words, set(), 1.0
        s = stories[best]
        outlets[best].add(a.source)
        s = Story(id=s.id, title=s.title, article_ids=s.article_ids + (a.id,), first_seen=min(s.first_seen, a.published),
                  last_seen=max(s.last_seen, a.published), outlets=tuple(sorted(outlets[best])), phase=s.phase)
        stories[best] = changed[best] = s
        members.append((a.id, best, best_sim))
        assigned[a.id] = best
    store.stories.save(list(changed.values()), members)
    wanted = sorted({assigned[a.id] for a in articles})
    return store.stories.get_many(wanted)
