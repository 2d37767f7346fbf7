from __future__ import annotations

import datetime as dt

from topline.records import Story
from topline.stories.phases import edition_end, phase_of

END = dt.datetime(2025, 7, 4, tzinfo=dt.timezone.utc)


def _story(first_days_ago: float, last_days_ago: float) -> Story:
    return Story(id="s", title="t", article_ids=(1,), first_seen=END - dt.timedelta(days=first_days_ago),
                 last_seen=END - dt.timedelta(days=last_days_ago), outlets=("A",))


def test_phases():
    assert phase_of(_story(0.5, 0.1), END) == "new"
    assert phase_of(_story(1.5, 0.2), END) == "developing"
    assert phase_of(_story(3.5, 0.2), END) == "continuing"
    assert phase_of(_story(2.0, 1.5), END) == "fading"


def test_edition_end_is_midnight_after_newest():
    t = dt.datetime(2025, 7, 3, 17, 30, tzinfo=dt.timezone.utc)
    assert edition_end([t - dt.timedelta(hours=30), t]) == END
