"""The day an event happened, as its own statements tell it, and the test a title's "on the same day" passes (issue 12,
signals26).

A claim of the day's events ("A agrees to buy B and C raises $85m on the same day") says both happened on the
edition's day. ``claim_lines.news_of`` asks only that one statement of an article of the day tells the event without
dating it earlier; an event reported the day before and retold today passed it (eval-games: "Orrimore Group sees its
shares fall 2.6% and agrees to buy Tallyman on the same day": the merger was agreed on Tuesday, the shares fell on
Wednesday, and Wednesday's page told both; eval-chips: "Vessant Logic agrees to buy Tiderun Cores and Brumwell Silicon
raises €85m on the same day", the deal told on Monday, the round on Tuesday).

An event's own day is the earliest day any of its statements tells it:

* a market move's day is the ledger's ``date`` field (``events.moves._move_day``: the weekday its sentence names);
* any other statement's day is the weekday its sentence names, the last such day up to its article's date ("agreed
  on Tuesday" in an article of Wednesday), or "yesterday" (the day before), else its article's date;
* a statement that tells the event as to come ("will build a $400 million plant") is dated by its article: the
  clause tells what was announced that day ("commits $400 million", "plans to launch"). A first version left such
  statements out, and a build-out announced on the edition's day ("Lumen Cardio will build a $400 million plant",
  eval-health) had no day at all; a weekday ahead ("as soon as Wednesday", ``claim_lines.AHEAD``) dates nothing.

"On the same day" is said only when every event of the title has the edition's day as its own.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Iterable

from topline.events.dates import WEEKDAYS
from topline.records import Event
from topline.write.offline.claim_lines import AHEAD
from topline.write.offline.compose import Composer

_WEEKDAY_OR_YESTERDAY = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday)\b"
                                   r"(?!['\u2019]s)", re.IGNORECASE)
# the fields that name the act of each kind of event: their statements date it
_ACT_FIELDS = {"funding": ("amount",), "acquisition": ("target", "acquirer"), "capex": ("amount", "capacity"),
               "state_action": ("action",), "market_move": ("move",), "launch": ("product",),
               "incident": ("kind",)}


def told_day(sentence: str, published: dt.date) -> dt.date:
    """The day ``sentence`` (of an article of ``published``) tells its event: the weekday it names (not one ahead:
    "as soon as Wednesday"), the last such day up to ``published``; the day before for "yesterday"; else
    ``published``."""
    for m in _WEEKDAY_OR_YESTERDAY.finditer(sentence):
        if AHEAD.search(sentence[:m.start()]):
            continue
        word = m.group(1).lower()
        if word == "yesterday":
            return published - dt.timedelta(days=1)
        return published - dt.timedelta(days=(published.weekday() - WEEKDAYS.index(word)) % 7)
    return published


def own_day(e: Event, comp: Composer) -> dt.date | None:
    """The earliest day the event's statements in the edition's articles tell it happened (see the module); None
    when no statement dates it."""
    days: list[dt.date] = []
    if e.type == "market_move":
        for f in e.values("date"):
            try:
                days.append(dt.date.fromisoformat(str(f.value)[:10]))
            except ValueError:
                pass
        if days:
            return min(days)
    for f in (f for name in _ACT_FIELDS.get(e.type, ()) for f in e.values(name)):
        a = comp.articles.get(f.url)
        if a is None or not a.published or not f.sentence:
            continue
        days.append(told_day(f.sentence, a.published.date()))
    return min(days) if days else None


def same_day(events: Iterable[Event], comp: Composer, day: dt.date) -> bool:
    """Every event's own day is ``day`` (an event no statement dates is not claimed as of the day)."""
    return all(own_day(e, comp) == day for e in events)


__all__ = ["own_day", "same_day", "told_day"]
