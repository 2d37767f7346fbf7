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
* a statement that tells the act as to come or in talks ("is close to raising", "will build") dates it only when no
  statement tells it done: a round in talks on Tuesday and closed on Thursday is Thursday's, and a build-out only ever
  announced ("Lumen Cardio will build a $400 million plant", eval-health) is of the day it was announced (a first
  version left such statements out always, and that build-out had no day at all); a weekday ahead ("as soon as
  Wednesday", ``claim_lines.AHEAD``) dates nothing.

The same act told again in its story (the same kind of act done once, an actor in common: ``act_day``) counts its
earliest day too: the ledger kept "The merger of Orrimore and Tallyman creates a group ..." (Wednesday) as an event
apart from the merger agreed on Tuesday. "On the same day" is said only when every event of the title has the
edition's day as its own.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Iterable, Sequence

from topline.enrich.entities import canonical_entity

from topline.events.dates import WEEKDAYS
from topline.records import Event
from topline.write.offline.claim_lines import AHEAD
from topline.write.offline.compose import Composer
from topline.zones import edition_day

_WEEKDAY_OR_YESTERDAY = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday)\b"
                                   r"(?!['\u2019]s)", re.IGNORECASE)
# a plan's or a talk's words shortly before the act's own word ("is close to raising", "in talks to buy", "will build"):
# such a statement dates the act only when no statement tells it done; TO_COME_CHARS is the window's reach (not tuned).
# Talks by their shape, a stage's word or none before "talks", "negotiations" or "discussions" ("in advanced talks to
# acquire", eval-ins; "in exclusive negotiations"), not a determiner ("took part in the talks": no talk of this act)
_TO_COME = re.compile(r"\b(?:will|would|shall|plans?|planning|expects?|expected|set to|aims?|aiming|intends?|"
                      r"in (?:(?!the\b|those\b|these\b|its\b|their\b)[a-z-]+ )?(?:talks|negotiations|discussions)|"
                      r"close to|nears?|nearing|consider|considering|considers|weighing|weighs|proposed|proposes|"
                      r"could|may|might|seeks?|seeking|hopes?|wants?|is to|are to|preparing|prepares)\b",
                      re.IGNORECASE)
TO_COME_CHARS = 40
# "will" or "would" told by a verb of saying tells the act decided, no plan of it: "Vessant Logic said on Monday it
# would buy Tiderun Cores" (eval-chips) is Monday's deal, the acquirer's statement when the target's counts too
_SAID = re.compile(r"\b(?:said|says|announced|announces|confirmed|confirms)\b(?: on \w+)?(?: that)?(?: (?:it|they|"
                   r"the \w+))? $", re.IGNORECASE)
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


def to_come(sentence: str, ats: Sequence[int]) -> bool:
    """The statement tells its act to come for any of its act fields (found at ``ats`` in ``sentence``, -1 when not
    found): a plan's or talk's word in the TO_COME_CHARS before the field. "Cheverell Group, the US insurance broker,
    is in advanced talks to acquire Dellacourt Partners" (eval-ins): the acquirer, first, has nothing before it, and
    the target's words tell the deal to come for both."""
    for at in (at for at in ats if at >= 0):
        start = max(0, at - TO_COME_CHARS)
        for m in _TO_COME.finditer(sentence, start, at):
            if not (m.group().lower() in ("will", "would") and _SAID.search(sentence[max(0, m.start() - 40):m.start()])):
                return True
    return False


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
    done: list[dt.date] = []
    statements: dict[tuple[str, str], list[int]] = {}
    for f in (f for name in _ACT_FIELDS.get(e.type, ()) for f in e.values(name)):
        if f.sentence:
            statements.setdefault((f.url, f.sentence), []).append(f.sentence.find(f.text or str(f.value)))
    for (url, sentence), ats in statements.items():
        a = comp.articles.get(url)
        if a is None or not a.published:
            continue
        told = told_day(sentence, edition_day(a.published))
        days.append(told)
        if not to_come(sentence, ats):
            done.append(told)
    # the first statement that tells the act done; an act only ever told as to come, by its first statement (the
    # demo: Kling's round "is close to raising" on 1 July, "has closed" on 3 July, is of 3 July)
    return min(done) if done else (min(days) if days else None)


# Acts done once: another event of the same kind in the same story with an actor in common is the same act told
# again ("The merger of Orrimore and Tallyman creates a group ..." on Wednesday, of the merger agreed on Tuesday: the
# ledger keeps it as an event of its own, its names written otherwise), and the act's day is the earliest of them.
# A market move is no such act (two days' moves of one share are two moves); ``claims_days._ONCE`` reads the same.
_ONCE = frozenset({"funding", "capex", "acquisition", "incident", "state_action", "launch"})
_ACTORS = ("company", "investors", "acquirer", "target", "body", "organisation")


def _actors(e: Event) -> set[str]:
    return {canonical_entity(f.text or str(f.value)) for n in _ACTORS for f in e.values(n)} - {""}


def act_day(e: Event, comp: Composer, pool: Sequence[Event] = ()) -> dt.date | None:
    """``own_day`` of the act: the earliest own day of ``e`` and of the events of ``pool`` that tell the same act
    (same story, same kind of act done once, an actor in common)."""
    days = [own_day(e, comp)]
    if e.type in _ONCE:
        mine = _actors(e)
        days += [own_day(x, comp) for x in pool if x is not e and x.story_id == e.story_id and x.type == e.type
                 and mine & _actors(x)]
    known = [d for d in days if d is not None]
    return min(known) if known and days[0] is not None else None


def same_day(events: Iterable[Event], comp: Composer, day: dt.date, pool: Sequence[Event] = ()) -> bool:
    """Every event's own day is ``day`` (an event no statement dates is not claimed as of the day), the days of the
    same act told again in ``pool`` (the page's events) counted too."""
    return all(act_day(e, comp, pool) == day for e in events)


__all__ = ["act_day", "own_day", "same_day", "to_come", "told_day"]
