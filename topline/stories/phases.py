"""Story phases relative to an edition, and independent outlets (wire copies counted once). Pure."""
from __future__ import annotations

import datetime as dt
from typing import Iterable

from topline.records import Story

FRESH = dt.timedelta(hours=24)          # "today": articles within a day of the edition's end
CONTINUING_AFTER = dt.timedelta(days=3)  # a story reported for 3+ days is continuing


def edition_end(published: Iterable[dt.datetime], tz: dt.tzinfo | None = None) -> dt.datetime:
    """The end of the edition a batch belongs to: midnight after its newest article in the edition's zone ``tz``
    (default UTC), as a UTC datetime."""
    from topline import zones
    newest = max(published)
    return zones.day_end(zones.day_of(newest, tz), tz)


def phase_of(story: Story, now: dt.datetime) -> str:
    """new: first seen within the last day; fading: nothing new in the last day; continuing: new articles today
    and first seen 3+ days ago; developing: new articles today, first seen earlier (1-3 days ago)."""
    if story.last_seen < now - FRESH:
        return "fading"
    if story.first_seen >= now - FRESH:
        return "new"
    if story.first_seen <= now - CONTINUING_AFTER:
        return "continuing"
    return "developing"
