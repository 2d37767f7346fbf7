"""Ranking: a significance score per story from named, explainable factors.

Spine version: distinct outlets and recency. Replaced by the significance ranker.
"""
from __future__ import annotations

import datetime as dt
from typing import Sequence

from topline.records import Classification, Factor, Ranking, StoryBundle

OUTLETS_SATURATE = 6   # spine: this many outlets count as full coverage


def rank(items: Sequence[tuple[StoryBundle, Classification]], *, edition_date: dt.date,  # noqa: ARG001
         history: Sequence[dict] = (), settings=None) -> list[Ranking]:  # noqa: ANN001
    end = dt.datetime.combine(edition_date + dt.timedelta(days=1), dt.time(), tzinfo=dt.timezone.utc)
    out = []
    for b, _c in items:
        n = len(set(b.story.outlets))
        age_h = max(0.0, (end - b.story.last_seen).total_seconds() / 3600)
        factors = (Factor("independent_outlets", min(1.0, n / OUTLETS_SATURATE), 0.7, f"{n} outlets"),
                   Factor("recency", max(0.0, 1 - age_h / 48), 0.3, f"last seen {age_h:.0f} h before the edition"))
        out.append(Ranking(story_id=b.story.id, score=round(sum(f.contribution for f in factors), 4),
                           factors=factors, single_source=n <= 1))
    return out
