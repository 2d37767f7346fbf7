"""Signals of a page's kind of event (issue 12, sixth pass): when no actor, theme or disputed figure links the
page's stories, two or more of them may still report the same kind of event on the edition's day: "Two funding
rounds: Tenstrata raises $1.5 billion and Meridian AI raises $4.2 billion on the same day". The title is the
ledger's clauses of those events (``claims.group_claim`` over the events of one type), each clause's statement
printed beneath it, checked as the other claims are; a kind with no two checkable clauses makes no signal.

The stories a claim of the page already uses are left to it; the strongest kind (most stories, then the order of
``claims._CLAUSE_ORDER``) comes first.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Sequence

from topline.records import RankedStory, Signal
from topline.write.offline import claims
from topline.write.offline.compose import Composer
from topline.write.offline.develop import StoryText

MIN_KIND_STORIES = 2      # a kind's claim needs events of that kind in this many of the page's stories


def kind_signals(category: str, edition: Sequence[RankedStory], ledger, texts: dict[str, StoryText],  # noqa: ANN001
                 comp: Composer, day: dt.date, taken: set[str] = frozenset(),
                 previous: Sequence[dict] = ()) -> list[Signal]:
    """The page's claims of a kind of event told by several of its stories today (stories in ``taken`` left
    out), strongest first; each story serves one claim. ``ledger``: topline.events.ledger.EditionLedger or None."""
    if ledger is None:
        return []
    stories = [r for r in claims.candidates(category, edition)
               if r.bundle.story.id not in taken and claims._today(r, day)]
    ids = {r.bundle.story.id for r in stories}
    by_type: dict[str, list] = defaultdict(list)
    for e in ledger.events:
        if e.story_id in ids and claims._news_of(e, comp, day):
            by_type[e.type].append(e)
    order = sorted(by_type, key=lambda t: (-len({e.story_id for e in by_type[t]}),
                                           claims._CLAUSE_ORDER.index(t) if t in claims._CLAUSE_ORDER else 99))
    out: list[Signal] = []
    used: set[str] = set()
    for kind in order:
        evs = [e for e in by_type[kind] if e.story_id not in used]
        members = [r for r in stories if r.bundle.story.id in {e.story_id for e in evs}]
        if len(members) < MIN_KIND_STORIES:
            continue
        got = claims.group_claim(members, evs, texts, comp, day)
        if got is None or len(got[1]) < MIN_KIND_STORIES:
            continue     # one story's clause set in a theme is the themes' claim, not a kind's
        head, lines = got
        sids = tuple(r.bundle.story.id for r in members if r.bundle.story.id in lines)
        body = [lines[sid] for sid in sids]
        arts = claims._arts(comp, [c.url for line in body for c in line.citations])
        foot = claims._footer(len(sids), arts, comp)
        body += [foot] if foot else []
        cites = tuple(dict.fromkeys([*head.citations, *(c for line in body for c in line.citations)]))
        sig = Signal(title=head.text, text=claims.printed(body), citations=cites, story_ids=sids,
                     trend=claims._trend(sids, texts, day))
        out.append(claims.continuity(sig, previous, day, comp))
        used.update(sids)
    return out


__all__ = ["kind_signals", "MIN_KIND_STORIES"]
