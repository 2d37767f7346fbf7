"""Signals that count one kind of event on a page over the days of the week (issue 12, signals20): "Three build-outs
this week: Agrisul commits R$900 million in Maranhão, Ambrelle commits $300 million in Ivory Coast and Harlan Oilseed
Processing commits $1.1 billion in Norfolk".

The page's own stories (primary category) whose ledger events of one kind were news on a day of the edition's week
(Monday to the edition's day, ``claim_lines.news_of`` on that day), one of them news of the edition's day, are
counted when each story tells one act of that kind and no two tell the same act (``claims._act``): the count is then
the number of stories, and the title lists every one of them (``claims.group_claim`` with ``count_over``), each
clause's statement beneath it, the clauses told on two days or more. A count the title cannot list whole (more
stories than ``claims.GROUP_CLAUSES``, a story with no checkable clause, a story with two acts of the kind) is not
made: "three" must be all of them. Market moves are not counted (a page's share prices are no kind of development).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Sequence

from topline.records import Event, RankedStory, Signal
from topline.write.offline import claim_lines
from topline.write.offline.compose import Composer
from topline.write.offline.develop import StoryText
from topline.zones import edition_day

COUNT_MIN = 3  # a count needs this many stories of the kind (claims.MOMENTUM_MIN, the week's momentum minimum)
_COUNTED = ("acquisition", "funding", "state_action", "capex", "launch", "incident")


def _week_days(e: Event, comp: Composer, day: dt.date) -> set[dt.date]:
    """The days of the edition's week (Monday to ``day``) on which the event was news."""
    monday = day - dt.timedelta(days=day.weekday())
    days = {
        edition_day(a.published)
        for f in e.fields
        if (a := comp.articles.get(f.url)) is not None and a.published and monday <= edition_day(a.published) <= day
    }
    return {d for d in days if claim_lines.news_of(e, comp, d)}


def count_signals(
    stories: Sequence[RankedStory],
    events: Sequence[Event],
    texts: dict[str, StoryText],
    comp: Composer,
    day: dt.date,
) -> list[Signal]:
    """One signal per kind at most, the kinds with the most stories first (``claims._CLAUSE_ORDER`` among as many)."""
    from topline.write.offline import claims

    ids = {r.bundle.story.id for r in stories}
    by_type: dict[str, list[Event]] = defaultdict(list)
    news: dict[str, set[dt.date]] = {}
    for e in events:
        if e.story_id in ids and e.type in _COUNTED:
            news[e.id] = _week_days(e, comp, day)
            if news[e.id]:
                by_type[e.type].append(e)
    out = []
    for kind in sorted(by_type, key=lambda t: (-len({e.story_id for e in by_type[t]}), _COUNTED.index(t))):
        evs = by_type[kind]
        sids = {e.story_id for e in evs}
        acts = {claims._act(e) for e in evs}
        if not COUNT_MIN <= len(sids) <= claims.GROUP_CLAUSES or len(acts) != len(sids):
            continue  # fewer than the minimum, more than a title lists, or a story with two acts, or one act twice
        if not any(day in news[e.id] for e in evs):
            continue  # none of them is news of the edition's day
        members = sorted(
            (r for r in stories if r.bundle.story.id in sids),
            key=lambda r: not any(day in news[e.id] for e in evs if e.story_id == r.bundle.story.id),
        )
        got = claims.group_claim(members, evs, texts, comp, day, count_over="this week")
        if got is None:
            continue
        head, lines = got
        sids_told = tuple(r.bundle.story.id for r in members if r.bundle.story.id in lines)
        body = [lines[sid] for sid in sids_told]
        arts = claim_lines.articles_of(comp, [c.url for line in body for c in line.citations])
        foot = claim_lines.evidence_footer(len(sids_told), arts, comp)
        body += [foot] if foot else []
        cites = tuple(dict.fromkeys([*head.citations, *(c for line in body for c in line.citations)]))
        out.append(
            Signal(
                title=head.text,
                text=claim_lines.printed(body),
                citations=cites,
                story_ids=sids_told,
                trend=claim_lines.story_trend(sids_told, texts, day),
            )
        )
    return out


__all__ = ["count_signals", "COUNT_MIN"]
