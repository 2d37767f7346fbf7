"""A claim's act of an earlier day told with its day (issue 12, signals27).

A claim title is in the present tense, which a reader takes as the page's news. An act whose own day
(``event_day.act_day``) is earlier than the page's is told with its day: "Quorvia falls 9 per cent and DGAC starts an
investigation on Tuesday" on Wednesday's page (eval-travel, measured by the lead: "Quorvia falls 9 per cent and DGAC
starts an investigation", the inquiry opened on Tuesday, told as Wednesday's news; "Stelvane Aerospace rises 3.1% and
Skarvik Air rises 31 percent", moves of Tuesday and Monday, on Wednesday's page).

The day is named as the checker allows a computed title to name it: a weekday only when a line the claim prints or
cites writes it (the title may add no name its lines lack: ``claim_lines.claim_title``), else by its relation to the
page's week, which names nothing: "earlier this week" (the same week, Monday first), "last week" (the week before).
An act of an earlier week than that, or one told as a plan ("plans to open 120 hotels", "will launch X": "on Monday"
would read as the plan's date), is not told in a title of another day: the clause is left out (``None``).

Each clause is dated by its own words (signals29): a day's words that end a title read as dating every clause before
them, so the dated clauses come first and a clause of the page's day, told without a day, ends the title
(``undated_last``: "Sandrell Asset Management falls 9.2% on Tuesday and Asahimori rises 2.1%", not "Asahimori rises
2.1% and Sandrell Asset Management falls 9.2% on Tuesday", eval-capital); the same words for every clause are said
once at the end (``said_once``).
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Sequence

from topline.records import Event
from topline.write.offline.compose import Composer
from topline.write.offline.event_day import _actors, act_day
from topline.zones import edition_day

# a clause that tells a plan or an act to come: a day after it reads as the plan's date
_PLAN = re.compile(r"\b(?:plans?|prepares?|seeks?|aims?|intends?|sets? out) to\b|\bwill\b", re.IGNORECASE)
# A deal's statement that tells the act by a verb ("agreed to buy", "will acquire", "bought"); a deal named only by its
# noun ("the planned acquisition of Selwyn Interconnect by Vantrel Micro", "Marlstone's $4.6 billion acquisition of
# Pemberlin Analog has been waiting for Beijing's approval for 14 months") is no act of the day its article is of
# (eval-chips: both deals agreed long before, titled "agrees to buy ... earlier this week" on an intermediate run)
_DEAL_VERB = re.compile(r"\b(?:agree[sd]?|agreeing|to (?:buy|acquire|merge|take over)|(?:will|would) (?:buy|acquire|merge)|"
                        r"(?:buys|bought|buying|acquires|acquired|acquiring|merges|merged|merging)\b)",
                        re.IGNORECASE)


def when_words(act: dt.date, day: dt.date, texts: Sequence[str]) -> str | None:
    """The words that date an act of ``act`` in a title of ``day``'s page: "" for the page's day (or a later one),
    " on Monday" when the act is of the six days before and a line of ``texts`` writes that weekday, else " earlier
    this week" or " last week" by the weeks (Monday first), else None (an older act)."""
    if act >= day:
        return ""
    name = act.strftime("%A")
    if (day - act).days <= 6 and any(re.search(rf"\b{name}\b", t) for t in texts):
        return f" on {name}"
    week = day.isocalendar()[:2]
    if act.isocalendar()[:2] == week:
        return " earlier this week"
    if (day - dt.timedelta(days=7)).isocalendar()[:2] == act.isocalendar()[:2]:
        return " last week"
    return None


def dated(c: str, e: Event, comp: Composer, day: dt.date, pool: Sequence[Event], texts: Sequence[str]) -> str | None:
    """The clause ``c`` of event ``e`` with its day when its act is of an earlier day than the page's (``when_words``
    over the claim's line ``texts``); ``c`` itself when the act is of the page's day or no statement dates it; None
    when it cannot be dated in a title (an older act, or a plan told on an earlier day)."""
    act = act_day(e, comp, pool)
    if act is None or act >= day:
        return c
    if _PLAN.search(c):
        return None
    if e.type == "acquisition" and not any(_DEAL_VERB.search(f.sentence or "") for x in [e, *_same_act(e, pool)]
                                           for f in x.fields if f.name in ("acquirer", "target")):
        return None     # a deal named by its noun only: no day of its own to tell
    words = when_words(act, day, texts)
    return None if words is None else c + words


def _same_act(e: Event, pool: Sequence[Event]) -> list[Event]:
    """The events of ``pool`` that tell ``e``'s act again (``event_day.act_day``: same story and kind, an actor in
    common): "The merger of Orrimore and Tallyman creates ..." tells a deal "agreed on Tuesday" again (eval-games)."""
    mine = _actors(e)
    return [x for x in pool if x is not e and x.story_id == e.story_id and x.type == e.type and mine & _actors(x)]


def naming_first(statements: Sequence[tuple[str, str]], e: Event, comp: Composer, day: dt.date,
                 pool: Sequence[Event] = ()) -> list[tuple[str, str]]:
    """The event's statements (url, sentence) when its act is of an earlier day than ``day``: those of articles of
    ``day`` first (as ``claims._statements`` gives them), and among each, those that write the act's weekday first
    (their line lets the title name the day); else as given."""
    act = act_day(e, comp, pool)
    if act is None or act >= day or (day - act).days > 6:
        return list(statements)
    rx = re.compile(rf"\b{act.strftime('%A')}\b")

    def on_day(url: str) -> bool:
        a = comp.articles.get(url)
        return bool(a is not None and a.published and edition_day(a.published) == day)
    return sorted(statements, key=lambda s: (not on_day(s[0]), not rx.search(s[1])))


def said_once(told: Sequence[str], plain: Sequence[str]) -> tuple[list[str], str]:
    """Clauses ``told`` (``dated``) of clauses ``plain``: when every one is dated by the same words, the clauses
    without them and those words once, for the title's end ("Brumwell Silicon raises €85m and Vessant Logic agrees to
    buy Tiderun Cores earlier this week", not the words after each); else ``told`` with the dated clauses first
    (``undated_last``) and ""."""
    tails = {t[len(p):] for t, p in zip(told, plain)}
    if len(told) > 1 and len(tails) == 1 and all(t != p and t.startswith(p) for t, p in zip(told, plain)):
        return list(plain), tails.pop()
    return undated_last(told, plain), ""


def undated_last(told: Sequence[str], plain: Sequence[str]) -> list[str]:
    """The clauses ``told`` with those ``dated`` gave a day before those of the page's day (signals29): a day's words
    ending a title read as dating every clause before them ("Asahimori rises 2.1% and Sandrell Asset Management falls
    9.2% on Tuesday" on Wednesday's page, eval-capital: Asahimori rose on Wednesday; "Two funding rounds: Sprigwell Bio
    raises $240 million and Skyfurrow raises €85m earlier this week", eval-agri: Sprigwell's round of the page's day),
    so a clause of the page's day, told without a day, ends it ("Sandrell Asset Management falls 9.2% on Tuesday and
    Asahimori rises 2.1%"). Each group keeps its order."""
    if len(told) < 2 or told[-1] == plain[-1] or all(t != p for t, p in zip(told, plain)):
        return list(told)
    return [t for t, p in zip(told, plain) if t != p] + [t for t, p in zip(told, plain) if t == p]


__all__ = ["dated", "naming_first", "said_once", "undated_last", "when_words"]
