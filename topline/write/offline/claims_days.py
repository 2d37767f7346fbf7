"""Signals that follow a story across editions (issue 12, signals19): what one story reported on an earlier day and
what it reports today, told as one claim with a shared actor ("Meridiaan Lab suffers a cyberattack, and a day later
Dutch Data Protection Authority investigates Meridiaan Lab"; "Tendwell falls 4%, and a day later falls 21%").

The ledger gives each event its statements with their articles; a story's event of an earlier day (within
``OVER_DAYS_MAX`` days) and its event of the edition's day are each told by a clause of a statement of its own day
(``clause.clause``), each clause through the guards every claim passes (``claim_guards.not_a_claim``,
``clause._unnamed_subject``, a sentence that leans on the one before it), each statement printed beneath the title
(or cited, when the page printed it above). The two clauses must share an actor (the subject of one is named in the
other): two acts of one story with no actor in common are left to the claims of a day. One act told on two days
(the same round, build-out, deal, incident or state action, with its figure moved or not) is no development of this
kind: a figure revised is the divergence claims' guard (``claim_guards.revision``). The title passes the checker
as every claim's does (``claim_lines.claim_title``): its words are those of its lines, and "a day later" adds none a line
lacks (no name, figure or event verb)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Sequence

from topline.patterns import compiled
from topline.records import Event, RankedStory, Signal
from topline.write.offline import claim_lines
from topline.write.offline.compose import Composer, Line
from topline.write.offline.develop import StoryText
from topline.zones import edition_day

OVER_DAYS_MAX = 3  # an earlier event at most this many days before the edition (the corpora span three days)
_LATER = {1: "a day later", 2: "two days later", 3: "three days later"}
# Acts an actor does once: the same type of event of one subject on two days is one act told twice (a round, a
# build-out, a deal, an incident, a state action); market moves of two days are two moves
_ONCE = frozenset({"funding", "capex", "acquisition", "incident", "state_action", "launch"})
# A deal whose "target" is a funding round is no deal ("investors who bought into the Series D": cal-ai2's "Halvard
# agrees to buy Series D", read on an intermediate run of signals19)
_ROUND = re.compile(r"^(?:Series [A-Z]\d?|.*\b(?:round|tranche|offering))$", re.IGNORECASE)


def _day(url: str, comp: Composer) -> dt.date | None:
    a = comp.articles.get(url)
    return edition_day(a.published) if a is not None and a.published else None


def _told(e: Event, on: dt.date, texts: dict[str, StoryText], comp: Composer) -> list[tuple[str, Line]]:
    """The event's clauses from its statements in articles of day ``on`` that tell it as news of that day, each
    through the claim guards, with the line that prints (or cites) the statement."""
    from topline.write.offline import claims
    from topline.write.offline.claim_guards import not_a_claim, union_strike
    from topline.write.offline.clause import _unnamed_subject, clause
    from topline.write.offline.lead import feature_voice

    if not claim_lines.news_of(e, comp, on):
        return []
    out = []
    for url, sentence in dict.fromkeys((f.url, f.sentence) for f in e.fields if _day(f.url, comp) == on):
        if (
            feature_voice(sentence)
            or claim_lines.BACKGROUND.search(sentence)
            or claim_lines.other_weekday(sentence, on)
        ):
            continue
        if claim_lines.THIS_WEEK.search(sentence):
            continue  # "the cyberattack it disclosed this week": eval-fin's attack of an earlier day, retold
        c = union_strike(clause(e, sentence), e, sentence, comp)
        if claim_lines.cost_only(e, sentence):
            continue  # a build-out told by its cost only commits no sum (signals21)
        if e.type == "acquisition" and any(_ROUND.match(f.text or str(f.value)) for f in e.values("target")):
            continue
        if c and (_cut_name(_subject(c), sentence) or _place(_subject(c), sentence)):
            continue
        if not c or claims.leans(sentence, c) or _unnamed_subject(c, e, comp) or not_a_claim(c, e, sentence, comp):
            continue
        for printed_ok in (False, True):
            line = claim_lines.sentence_line(e.story_id, url, sentence, texts, comp, printed_ok)
            if line is not None and claim_lines.check_analysis_ok(c, [line.text]):
                out.append((c, line))
                break
        if out:
            break
    return out


# words that open a sentence or a clause before a name, not part of it
_BEFORE_NAME = frozenset("The A An On In At For By As After Before Its Their His Her Shares Stock".split())


def _cut_name(subject: str, sentence: str) -> bool:
    """The clause's subject is the end of a longer name in its statement ("The New York State Department of
    Financial Services": eval-fin's "York State Department of Financial Services investigates ...", read on an
    intermediate run of signals19)."""
    m = compiled(rf"([A-Z][\w&'.-]*)\s+{re.escape(subject)}\b").search(sentence) if subject else None
    # a possessive before the name is its owner, not part of it ("Britain's Competition and Markets Authority")
    return m is not None and m.group(1) not in _BEFORE_NAME and not re.search(r"['\u2019]s?$", m.group(1))


def _place(subject: str, sentence: str) -> bool:
    """The clause's subject is where something happens in its statement ("Two housing associations in the North of
    England have agreed to buy 740 homes": eval-prop's "North of England agrees to buy Quadrel Homes", read on the
    final run of signals19's first form); "at" and "in" without "the" also introduce firms ("Shares in Cardew
    Aerostructures", "workers at Cardew"), so only "in the" / "across the" is read as a place."""
    return bool(subject) and compiled(rf"\b(?:in|across) the {re.escape(subject)}\b").search(sentence) is not None


def _subject(c: str) -> str:
    from topline.write.offline import claims

    return claims.clause_subject(c)


def _names(name: str, text: str) -> bool:
    return bool(name) and re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text) is not None


def _title(before: str, now: str, gap: int) -> str | None:
    """ "A falls 4%, and a day later falls 21%" (one subject), "A suffers X, and a day later B investigates A"."""
    s0, s1 = _subject(before), _subject(now)
    if not s0 or not s1 or gap not in _LATER:
        return None
    if s0 == s1:
        return f"{before}, and {_LATER[gap]} {now[len(s1) :].strip()}"
    if _names(s0, now) or _names(s1, before):
        return f"{before}, and {_LATER[gap]} {now}"
    return None


def over_days_signals(
    stories: Sequence[RankedStory],
    events: Sequence[Event],
    texts: dict[str, StoryText],
    comp: Composer,
    day: dt.date,
) -> list[Signal]:
    """One signal per story at most: the story's event of ``day`` after one of an earlier day, sharing an actor."""
    out = []
    for rs in stories:
        sid = rs.bundle.story.id
        if not claim_lines.has_article_on(rs, day):
            continue
        own = [e for e in events if e.story_id == sid]
        now = [(e, c, line) for e in own for c, line in _told(e, day, texts, comp)]
        if not now:
            continue
        earlier = []
        for e in own:
            for on in sorted({d for f in e.fields if (d := _day(f.url, comp)) and d < day}, reverse=True):
                if (day - on).days <= OVER_DAYS_MAX:
                    earlier += [(e, on, c, line) for c, line in _told(e, on, texts, comp)]
        sig = None
        for e1, c1, l1 in now:
            for e0, on, c0, l0 in earlier:
                same = _subject(c0) == _subject(c1)
                if e0.id == e1.id or (same and e0.type == e1.type and e0.type in _ONCE) or c0 == c1:
                    continue  # one act told on two days
                if l0.text == l1.text:
                    continue
                title = _title(c0, c1, (day - on).days)
                if title is None:
                    continue
                sig = claim_lines.story_signal(title, [l0, l1], sid, texts, comp, day)
                if sig is None:
                    continue
                break
            if sig is not None:
                break
        if sig is not None:
            out.append(sig)
    return out


__all__ = ["over_days_signals", "OVER_DAYS_MAX"]
