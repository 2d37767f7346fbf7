"""Ranking: a significance score per story from named, explainable factors.

``rank(items, edition_date=..., history=..., settings=...)`` is the pipeline's entry point. The score is the
weighted sum of the factors in ``factors`` (weights sum to 1, so scores are 0..1): independent outlets (wire
copies count once: Story.outlets), outlet tier (settings.edition.outlets, default topline/data/outlets.toml),
magnitude of money figures and quantities, prominence of entities across the edition, the user's watchlist
(settings.edition.watchlist), novelty against previous editions, and recency. Every factor carries a note a
reader can check. Single-source stories are kept and flagged (Ranking.single_source), never dropped.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Mapping, Sequence

from topline.rank import factors as f
from topline.rank.outlets import OutletTiers, load_tiers
from topline.records import Classification, Factor, Ranking, StoryBundle


def edition_end(edition_date: dt.date, tz: dt.tzinfo | str | None = None) -> dt.datetime:
    """Midnight after the edition's date in its zone (``settings.edition.timezone``; default UTC), in UTC."""
    from topline import zones
    return zones.day_end(edition_date, tz)


def story_factors(b: StoryBundle, *, view: f.EditionView, tiers: OutletTiers, watch: Sequence[str],
                  history: Sequence[Mapping], end: dt.datetime) -> tuple[Factor, ...]:
    return (f.independent_outlets(b), f.outlet_tier(b, tiers), f.magnitude(b), f.prominence(b, view),
            f.watchlist(b, watch), f.novelty(b, history), f.recency(b, end))


def rank(items: Sequence[tuple[StoryBundle, Classification]], *, edition_date: dt.date,
         history: Sequence[Mapping] = (), settings=None,  # noqa: ANN001
         tiers: OutletTiers | None = None) -> list[Ranking]:
    """One Ranking per item, in the order given (the pipeline sorts)."""
    es = getattr(settings, "edition", None)
    tiers = tiers or load_tiers(getattr(es, "outlets", "") or "")
    watch = tuple(getattr(es, "watchlist", ()) or ())
    bundles = [b for b, _c in items]
    view = f.edition_view(bundles)
    from topline import zones
    end = edition_end(edition_date, zones.of(settings))
    by_story: dict[str, list[Mapping]] = defaultdict(list)
    for h in history:
        by_story[h.get("story_id")].append(h)
    out = []
    for b in bundles:
        fs = story_factors(b, view=view, tiers=tiers, watch=watch, history=by_story.get(b.story.id, ()), end=end)
        out.append(Ranking(story_id=b.story.id, score=round(sum(x.contribution for x in fs), 4), factors=fs,
                           single_source=len({o for o in b.story.outlets if o}) <= 1))
    return out


__all__ = ["rank", "edition_end", "story_factors"]
