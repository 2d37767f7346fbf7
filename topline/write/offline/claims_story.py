"""Signals of one actor in two acts of one story on the edition's day (issue 12, signals21): what a story reports an
actor doing and what the day did to that actor, told as one claim ("Hanra Semiconductor commits 9.6 trillion won in
Cheongju, and Hanra rises 4.2 percent on the same day"; "Financial Conduct Authority fines Pennard Bank, and Pennard
Bank falls 3.1 per cent on the same day").

The actor claims of ``claims.actor_signals`` need a name acting in two of the page's stories; a page whose stories each
tell one development had none, though its story said who acted and how the market or a regulator answered the same
day (the baseline of signals21: 93 of 260 pages without a claim, several with such a story). Each clause is made from a
statement of the edition's day that tells its event as news of that day, through the guards every claim passes
(``claims_days._told``: ``claim_guards.not_a_claim``, ``clause._unnamed_subject``, a sentence that leans on the one
before it, a subject cut from a longer name or a place), and printed beneath the title (or cited, when the page
printed it above). The two events are of different kinds (two moves of one share, two statements of one round, are
one act told twice) and share an actor: one subject, or the subject of one named in the other clause. The title
says "on the same day" (both statements are of the edition's day) and states no cause: the sources may, the title
does not. It passes the checker as every claim's title does (``claim_lines.claim_title``).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Sequence

from topline.patterns import compiled
from topline.records import Event, RankedStory, Signal
from topline.write.offline import claim_lines
from topline.write.offline.compose import Composer, Line
from topline.write.offline.develop import StoryText
from topline.write.offline.event_day import same_day


def _subject(c: str) -> str:
    from topline.write.offline import claims

    return claims.clause_subject(c)


def _names(name: str, text: str) -> bool:
    return bool(name) and re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text) is not None


def title(first: str, second: str) -> str | None:
    """ "A suffers X and falls 4% on the same day" (one subject), "A fines B, and B falls 3% on the same day" (the
    subject of one named in the other); None when the two clauses share no actor."""
    s0, s1 = _subject(first), _subject(second)
    if not s0 or not s1:
        return None
    if s0 == s1:
        return f"{first} and {second[len(s1) :].strip()} on the same day"
    if _names(s0, second) or _names(s1, first):
        return f"{first}, and {second} on the same day"
    return None


def incident_told(e: Event) -> bool:
    """The incident's word stands in its statements as an incident, not as part of a compound or as a verb ("a maker
    of ... fire-control radars", "a system that fires interceptor drones": eval-def's "Penhale Electronics suffers a
    fire" and "Kittiwake ... suffers a fire", read on this module's first run, were false)."""
    for f in e.values("kind"):
        word = (f.text or "").strip()
        if not word:
            continue
        if compiled(rf"-{re.escape(word)}\b|\b{re.escape(word)}-", re.IGNORECASE).search(f.sentence):
            return False
        if word.lower() == f"{str(f.value).lower()}s":
            return False  # "fires" written for the kind "fire": the verb
        if compiled(rf"\b{re.escape(word)}\s+{_MODIFIED}", re.IGNORECASE).search(f.sentence):
            return False  # "fire suppression system": the word modifies another noun (eval-energy's Sunvale)
    return True


# Nouns an incident's word modifies when it names no incident ("fire suppression system", "outage trackers", "strike
# notice"): a word of safety, risk or services (eval-energy's "Sunvale ... suffers a fire" was a container's fire
# suppression system, read on this module's first run)
_MODIFIED = (
    r"(?:suppression|safety|risks?|alarms?|brigades?|department|crews?|fighters?|trackers?|tracking|control|"
    r"hazards?|insurance|services?|stations?|doors?|exits?|drills?|season|sites?|systems?|notice|"
    r"protection|prevention|code|codes)\b"
)


def launch_named(e: Event) -> bool:
    """The launch's object can be told whole: its product is a name, or a modifier told with its noun phrase
    (``clause.launch_object``, signals26: "plans to release a Spanish-language version"; eval-health's "Quillnote ...
    plans to release Spanish-language" had been read on this module's first run, and such a launch was left out)."""
    from topline.write.offline.clause import launch_object

    return all(launch_object(f.sentence or "", (f.text or "").strip()) for f in e.values("product"))


def _figure(e: Event) -> object:
    """The event's sum (an amount raised, spent or paid), None when it has none."""
    for name in ("amount", "price"):
        vals = e.values(name)
        if vals:
            return vals[0].value
    return None


def _order(e: Event) -> int:
    from topline.write.offline import claims

    return claims._CLAUSE_ORDER.index(e.type) if e.type in claims._CLAUSE_ORDER else 99


def story_actor_signals(
    stories: Sequence[RankedStory],
    events: Sequence[Event],
    texts: dict[str, StoryText],
    comp: Composer,
    day: dt.date,
) -> list[Signal]:
    """One signal per story at most: two of the story's events of ``day``, of different kinds, sharing an actor; the
    deal, decision or incident before the move (``claims._CLAUSE_ORDER``)."""
    from topline.write.offline.claims_days import _told

    out = []
    for rs in stories:
        sid = rs.bundle.story.id
        if not claim_lines.has_article_on(rs, day):
            continue
        own = sorted(
            (
                e
                for e in events
                if e.story_id == sid
                and (e.type != "incident" or incident_told(e))
                and (e.type != "launch" or launch_named(e))
            ),
            key=_order,
        )
        told = [(e, c, line) for e in own for c, line in _told(e, day, texts, comp)]
        sig = None
        for i, (e0, c0, l0) in enumerate(told):
            for e1, c1, l1 in told[i + 1 :]:
                if e0.type == e1.type or c0 == c1:
                    continue  # one act told twice (two figures of one move, one round)
                if _figure(e0) is not None and _figure(e0) == _figure(e1):
                    continue  # one sum told as two acts (eval-ind: $1.4 billion of financing read as a build-out too)
                head_text = title(c0, c1)
                if head_text is None:
                    continue
                lines: list[Line] = [l0] if l0.text == l1.text else [l0, l1]
                if any(claim_lines.line_day(line, comp) != day for line in lines) or \
                        not same_day((e0, e1), comp, day, events):
                    continue  # "on the same day": each statement is of the edition's day, each event's own day too
                sig = claim_lines.story_signal(head_text, lines, sid, texts, comp, day)
                if sig is None:
                    continue
                break
            if sig is not None:
                break
        if sig is not None:
            out.append(sig)
    return out


__all__ = ["story_actor_signals", "title"]
