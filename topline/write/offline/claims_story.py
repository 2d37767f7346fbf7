"""One actor, two acts on the page's day (issue 12, signals17): the last claim a page no other claim reached can make.

The calibration pages without a claim were mostly pages with one story whose events are news of the day (signals17's
baseline, benchmarks/RESULTS.md): a company that commits a plant and whose shares move on it, a developer that
launches a product and commits a factory. The issue's first kind of claim is "an actor in several roles today";
the actor claims of ``claims.actor_signals`` need the actor in two stories. Here one story is enough when its actor
is the subject of two of its events of different kinds, each told by a statement of the day:

    "Ebbsfield Steel commits $1.3 billion in Arizona and sees its shares rise 3.1% on the same day"

Every clause is the ledger's (``clause.clause`` over the statement printed beneath it), passes the guards of
``claim_guards`` as the other claims do, and the title passes the citation checker against those statements. Two
events of one kind are never paired (one round told with two figures is not two acts), nor two actors that merely
share a word ("Ebbsfield" and "Ebbsfield Steel" are one name; "Lyon" and "Lyon Metro Authority" are not compared
unless one is a whole-word run of the other, ``claims._names_same``). Pure over the ledger's events and the page's
stories; I/O none.
"""
from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass
from typing import Sequence

from topline.enrich.entities import canonical_entity
from topline.records import Event, RankedStory, Signal
from topline.write.offline import claims
from topline.write.offline.claim_guards import not_a_claim
from topline.write.offline.clause import _unnamed_subject, clause
from topline.write.offline.compose import Composer, Line
from topline.write.offline.develop import StoryText
from topline.write.offline.lead import feature_voice


@dataclass(frozen=True)
class Act:
    """One event of the day as a clause its statement makes: subject, predicate and the line printed for it."""
    story_id: str
    event: Event
    subject: str
    predicate: str
    line: Line


def acts_of_day(stories: Sequence[RankedStory], events: Sequence[Event], texts: dict[str, StoryText],
                comp: Composer, day: dt.date) -> list[Act]:
    """Each event of ``stories`` that is news of ``day``, as the first clause one of its statements of that day makes
    (a statement that leans on the sentence before it, a feature's voice, or a clause a guard rejects is skipped;
    a statement printed on another page is never reprinted; one printed above on this page is cited)."""
    ids = [r.bundle.story.id for r in stories]
    out: list[Act] = []
    for sid in ids:
        own = sorted((e for e in events if e.story_id == sid and claims._news_of(e, comp, day)),
                     key=lambda e: claims._CLAUSE_ORDER.index(e.type) if e.type in claims._CLAUSE_ORDER else 99)
        for e in own:
            got = _act(sid, e, texts, comp, day)
            if got is not None:
                out.append(got)
    return out


def _act(sid: str, e: Event, texts: dict[str, StoryText], comp: Composer, day: dt.date) -> Act | None:
    for printed_ok in (False, True):
        for url, sentence in claims._statements(e, comp, day):
            a = comp.articles.get(url)
            if a is None or not a.published or a.published.date() != day:
                continue     # the act's statement of the day (the title says "on the same day")
            if feature_voice(sentence):
                continue
            c = clause(e, sentence)
            if claims.leans(sentence, c):
                continue
            if not c or _unnamed_subject(c, e, comp) or not_a_claim(c, e, sentence, comp):
                continue
            verb = claims._CLAIM_VERBS.search(c)
            subject = c[:verb.start()].strip() if verb else ""
            if not subject or not re.match(r"[A-Z0-9]", subject):
                continue
            line = claims._sentence_line(sid, url, sentence, texts, comp, printed_ok)
            if line is None or not claims.check_analysis_ok(c, [line.text]) or claims._day_of(line, comp) != day:
                continue
            return Act(sid, e, subject, c[len(subject):].strip(), line)
    return None


def _same_actor(a: Act, b: Act) -> bool:
    x, y = canonical_entity(a.subject), canonical_entity(b.subject)
    return bool(x and y) and claims._names_same(x, y)


# "sees its shares rise 3.1%": a move of the actor's own shares, told as such by its statement
_SHARES = re.compile(r"\b(?:shares?|stock|stocks)\b", re.IGNORECASE)


def _predicate(act: Act) -> str:
    """The second act's words without its subject (the title names the actor once)."""
    if act.event.type == "market_move" and _SHARES.search(act.line.text):
        m = re.match(r"(rises|falls)\s+(.+)$", act.predicate)
        if m:
            return f"sees its shares {'rise' if m.group(1) == 'rises' else 'fall'} {m.group(2)}"
    return act.predicate


def same_actor_signal(stories: Sequence[RankedStory], events: Sequence[Event], texts: dict[str, StoryText],
                      comp: Composer, day: dt.date) -> Signal | None:
    """The claim that one actor did two things of different kinds on ``day`` (in one of the page's stories or in
    two), each clause its statement's; None when no actor is the subject of two such acts, or no title passes the
    check. The acts the page ranks first are tried first."""
    acts = acts_of_day(stories, events, texts, comp, day)
    for a, b in itertools.combinations(acts, 2):
        if a.event.type == b.event.type or not _same_actor(a, b):
            continue
        first, second = sorted((a, b), key=lambda x: claims._CLAUSE_ORDER.index(x.event.type)
                               if x.event.type in claims._CLAUSE_ORDER else 99)
        lines = [first.line, second.line]
        arts = claims._arts(comp, [c.url for line in lines for c in line.citations])
        # the evidence: the outlets of the story's articles of the day (a footer of one outlet is no sentence the
        # check passes; the events' own fields keep one outlet's statement of each value)
        told = claims._arts(comp, [c.url for line in lines for c in line.citations] +
                            [f.url for x in (first, second) for f in x.event.fields] +
                            [a.url for r in stories if r.bundle.story.id in (first.story_id, second.story_id)
                             for a in r.bundle.articles if a.published and a.published.date() == day])
        options = [f"{first.subject} {first.predicate} and {_predicate(second)} on the same day",
                   f"{first.subject} {first.predicate} and {second.predicate} on the same day"]
        for title in dict.fromkeys(options):
            head = claims._title(claims._upper_first(title), arts, lines, comp)
            if head is None:
                continue
            sids = tuple(dict.fromkeys([first.story_id, second.story_id]))
            body = list(dict.fromkeys(lines))
            foot = claims._footer(len(sids), told, comp)
            body += [foot] if foot else []
            cites = tuple(dict.fromkeys([*head.citations, *(c for line in body for c in line.citations)]))
            return Signal(title=head.text, text=claims.printed(body), citations=cites, story_ids=sids,
                          trend=claims._trend(sids, texts, day))
    return None


__all__ = ["Act", "acts_of_day", "same_actor_signal"]
