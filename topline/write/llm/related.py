"""What a story prompt says besides the story: related stories by shared entities, and the story's history."""
from __future__ import annotations

import datetime as dt
import re
from typing import Iterable, Sequence

from topline.history import rows_of
from topline.records import RankedStory
from topline.write.offline.compare import as_date

TREND_DAYS = 4          # days in a signal's trend, today included (the sparkline's width)
_NAME = re.compile(r"\b[A-Z][a-zA-Z&'-]+(?:\s+[A-Z][a-zA-Z&'-]+)*")
_NOT_NAMES = frozenset("the a an and or of in on for to with as at by from its it this that after before over new "
                       "ai us uk eu says said report reports".split())


def _before(rs: RankedStory, until: dt.datetime | None) -> list:
    return [a for a in rs.bundle.articles if until is None or a.published is None or a.published < until]


def _names(rs: RankedStory, until: dt.datetime | None = None) -> dict[str, str]:
    """canonical -> display form of the entities a story names before ``until`` (enrichment entities, else
    capitalised title words); outlet names are not entities here."""
    arts = _before(rs, until)
    ids = {a.id for a in arts}
    outlets = {a.source.lower() for a in rs.bundle.articles if a.source}
    out: dict[str, str] = {}
    for e in rs.bundle.enrichments:
        if e.article_id not in ids:
            continue
        for ent in e.entities:
            if ent.kind in ("ORG", "PERSON", "PLACE") and ent.canonical and ent.text.lower() not in outlets:
                out.setdefault(ent.canonical, ent.text)
    if out:
        return out
    for a in arts:
        for m in _NAME.finditer(a.title or ""):
            if m.start() == 0 and " " not in m.group(0):
                continue                       # a capitalised first word is not evidence of a name
            key = m.group(0).lower()
            if key not in _NOT_NAMES and key not in outlets and len(key) > 2:
                out.setdefault(key, m.group(0))
    return out


def related_stories(rs: RankedStory, ranked: Iterable[RankedStory], limit: int = 2,
                    until: dt.datetime | None = None) -> list[tuple[RankedStory, list[str]]]:
    """Other stories of the edition that share entities with ``rs``: most shared first, same category first,
    then by story id (the same stories and names on every run of an edition)."""
    mine = _names(rs, until)
    if not mine:
        return []
    scored = []
    for other in ranked:
        if other.bundle.story.id == rs.bundle.story.id or not _before(other, until):
            continue
        shared = sorted(mine[k] for k in _names(other, until) if k in mine)
        if shared:
            same = other.classification.primary == rs.classification.primary
            scored.append((-len(shared), not same, other.bundle.story.id, other, shared))
    scored.sort(key=lambda x: x[:3])
    return [(other, shared) for *_, other, shared in scored[:limit]]


def last_briefed(story_id: str, history: Sequence[dict]) -> dt.date | None:
    dates = [d for r in rows_of(history, story_id) for d in [as_date(r.get("date"))] if d]
    return max(dates) if dates else None


def previous_editions(story_id: str, history: Sequence[dict]) -> int:
    return len({as_date(r.get("date")) for r in rows_of(history, story_id)})


def trend(story_ids: Sequence[str], date: dt.date, history: Sequence[dict]) -> tuple[int, ...]:
    """How many of ``story_ids`` each of the last ``TREND_DAYS`` editions carried, oldest first, today last."""
    wanted = set(story_ids)
    counts = []
    for back in range(TREND_DAYS - 1, 0, -1):
        day = date - dt.timedelta(days=back)
        counts.append(len({r.get("story_id") for r in history
                           if as_date(r.get("date")) == day and r.get("story_id") in wanted}))
    counts.append(len(wanted))
    return tuple(counts)
