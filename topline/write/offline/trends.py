"""Signals of a move over days (issue 12, "a trend over editions that confirms, reverses or fades"): an instrument
that moves today after it moved on an earlier day of the week, the two moves told by the articles of their days:
"Voltaro Motors falls 2.1%, extending a 6.8% fall" or "Voltaro Motors rises 1.2%, reversing a 2.1% fall".

A page where only one of its stories has an event of the day had no claim to make (no actor in two stories, no
kind told twice, no theme); a story that continues over days often has one: the same stock, index or currency
moving again. The earlier move is the latest one of the same instrument stated by an article of its own day within
``TREND_DAYS`` before the edition (its news of that day, never background), so "extending" and "reversing" compare
two consecutive moves the ledger knows. Both statements are printed beneath the title (sentences the edition has
not printed), and the title is checked against them as the other claims are.
"""
from __future__ import annotations

import datetime as dt
from typing import Sequence

from topline.enrich.entities import canonical_entity
from topline.records import Event, RankedStory, Signal
from topline.write.offline import claims
from topline.write.offline.compose import Composer, Line
from topline.write.offline.develop import StoryText

TREND_DAYS = 7     # the earlier move is at most this many days before the edition (the momentum claim's week)


def _signed(e: Event) -> tuple[str, str] | None:
    """(direction "+"/"-", the move as written) of a market move with a stated direction and size."""
    move = str(e.value("move") or "")
    vals = e.values("move")
    text = claims._text(vals[0]) if vals else ""
    return (move[0], text) if move[:1] in "+-" and text else None


def _instrument(e: Event) -> str:
    vals = e.values("instrument")
    return canonical_entity(claims._text(vals[0])) if vals else ""


def _fresh_line(e: Event, comp: Composer, texts: dict[str, StoryText], day: dt.date) -> Line | None:
    """A statement of ``e`` by an article of ``day`` that the edition has not printed, attributed."""
    for printed_ok in (False, True):      # printed above on this page: cited, not printed again
        for url, sentence in claims._statements(e, comp, day):
            a = comp.articles.get(url)
            if a is None or not a.published or a.published.date() != day or claims._leans(sentence):
                continue
            if claims.feature_voice(sentence):
                continue
            line = claims._sentence_line(e.story_id, url, sentence, texts, comp, printed_ok)
            if line is not None:
                return line
    return None


def _moves(history: Sequence[Event], day: dt.date) -> dict[str, list[Event]]:
    """The market moves with a direction of the ``TREND_DAYS`` before ``day``, by canonical instrument."""
    out: dict[str, list[Event]] = {}
    for h in history:
        if h.type == "market_move" and h.date is not None and \
                day - dt.timedelta(days=TREND_DAYS) <= h.date < day and _signed(h) is not None:
            out.setdefault(_instrument(h), []).append(h)
    return out


def _earlier(e: Event, moves: dict[str, list[Event]], comp: Composer) -> Event | None:
    """The latest earlier move of ``e``'s instrument (``moves``) that an article of its own day the edition carries
    states as that day's news."""
    got = [h for h in moves.get(_instrument(e), ()) if h.id != e.id and h.date is not None
           and claims._news_of(h, comp, h.date)]
    return max(got, key=lambda h: (h.date, h.updated or h.date), default=None)


def trend_signals(category: str, edition: Sequence[RankedStory], ledger, texts: dict[str, StoryText],  # noqa: ANN001
                  comp: Composer, day: dt.date, taken: set[str] = frozenset()) -> list[Signal]:
    """The page's moves that extend or reverse an earlier move of the same instrument, one per story (stories in
    ``taken`` left out), in the page's order. ``ledger``: topline.events.ledger.EditionLedger or None."""
    if ledger is None:
        return []
    stories = [r for r in claims.candidates(category, edition)
               if r.bundle.story.id not in taken and claims._today(r, day)]
    ids = [r.bundle.story.id for r in stories]
    known = {h.id for h in ledger.history}
    moves = _moves(list(ledger.history) + [e for e in ledger.events if e.id not in known], day)
    if not moves:
        return []
    out: list[Signal] = []
    seen: set[str] = set()
    for sid in ids:
        for e in ledger.events:
            if e.story_id != sid or e.type != "market_move" or sid in seen:
                continue
            now = _signed(e)
            name = _instrument(e)
            if now is None or not name or name in seen or not claims._news_of(e, comp, day):
                continue
            prev = _earlier(e, moves, comp)
            if prev is None or prev.date is None:
                continue
            then = _signed(prev)
            assert then is not None
            if then[1] == now[1] and then[0] == now[0]:
                continue     # the same move told again on a later day
            surface = claims._surface(name, [claims.Role(sid, "", e)])
            verb = "rises" if now[0] == "+" else "falls"
            how = "extending" if then[0] == now[0] else "reversing"
            noun = "rise" if then[0] == "+" else "fall"
            if claims._unnamed_subject(f"{surface} {verb} {now[1]}", e, comp):
                continue     # a place or a common word read as the instrument ("Tokyo falls 3%": eval-trade)
            title = f"{surface} {verb} {now[1]}, {how} a {then[1]} {noun}"
            today = _fresh_line(e, comp, texts, day)
            before = _fresh_line(prev, comp, texts, prev.date)
            if today is None or before is None:
                continue
            lines = [before, today]
            arts = claims._arts(comp, [c.url for line in lines for c in line.citations])
            head = claims._title(title, arts, lines, comp)
            if head is None:
                continue
            stories_ = tuple(dict.fromkeys([prev.story_id, sid]))
            foot = claims._footer(len(stories_), arts, comp)
            body = lines + ([foot] if foot else [])
            cites = tuple(dict.fromkeys([*head.citations, *(c for line in body for c in line.citations)]))
            out.append(Signal(title=head.text, text=claims.printed(body), citations=cites,
                              story_ids=(sid,), trend=claims._trend((sid,), texts, day)))
            seen.update({sid, name})
    return out


__all__ = ["trend_signals", "TREND_DAYS"]
