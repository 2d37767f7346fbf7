"""A quantity that the claim moves to, from or by a figure is no actor, whatever its noun (issue 10, branch support41).

``subjects.MEASURE_HEADS`` and ``moved.MOVED_HEADS`` name the measures whose owner, not whose verb, the subject rule
judges ("Stellic's shares dropped 4%", "Bills will rise 9%"). Faithful sentences move measures no list names, and the
subject rule read them as actors the cited sentence must give the claim's verb: "The fund's funding ratio dropped to
104% from 109%" ("Its funding ratio ... fell to 104% from 109%": eval27's kd0065), "The bank's cost-to-income ratio
worsened to 48.5% from 46.9%" (eval19's p0038), "The average household bill is set to rise to about 580 pounds a year
by 2031, from 480 pounds" ("... will go from 480 pounds a year to about 580 pounds by 2031": eval29's kf0007, whose
"is set to" the moved-measure reading did not skip), "League membership has fallen from about 9,000 in the 1990s".

``moving_told(subject, clause, sentences)`` reads such a subject by grammar, not by its noun: the subject names no one
(its head is a lowercase noun, not an actor's: "the fund's", "its" or a name may own it), the clause moves it with an
intransitive verb of movement ("rose", "dropped", "worsened", "has fallen", "is set to rise"; a verb that moves
something else, "raised", "cut", "lowered", only in the passive) whose next word gives the change ("to", "from",
"by", a figure); and a cited sentence states the measure with every figure of the clause as ``linking.linked_told``
requires of a linked quantity (``measures.measure_told``: the figures stated, none as the other end of the change,
in a clause carrying the subject's words, its owner there or the article's lead; and the piece of the sentence
stating each figure carries those words). A figure the article gives another quantity or another owner, or a
baseline told as the new value, is not told, and the who-acts rejection stands. Which way the measure moved stays
the direction rules' business.
"""
from __future__ import annotations

import re
from typing import Sequence

from topline.check.directions import pole
from topline.check.linking import _pieces_carry
from topline.check.measures import measure_told
from topline.check.references import ACTOR_NOUNS

_HEAD_END = re.compile(r"\s(?:of|at|in|on|for|from|to|with|by|using|that|which|who|under|over|across|among)\s",
                       re.IGNORECASE)
_POSSESSOR = re.compile(r"^.*?['’]s?\s+(?=\S)")
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’.,-]*")
_AUX = frozenset("""will would could can may might must should shall has have had is are was were be been being
also still now then further again""".split())
_BE = frozenset("is are was were be been being".split())
# "is set to rise", "are expected to fall": what is said of the movement to come (the mood rules read it)
_SET_TO = re.compile(r"^(?:is|are|was|were)\s+(?:set|expected|due|likely|forecast|projected|poised)\s+to\s+",
                     re.IGNORECASE)
# verbs of movement that move an object ("Velmora raised prices", "The bank cut its rate"): a subject before them
# acts, unless the verb is passive ("The haddock quota was cut by 12%")
_TRANSITIVE = frozenset("""raise raises raised raising lift lifts lifted lifting cut cuts cutting lower lowers
lowered lowering reduce reduces reduced reducing boost boosts boosted boosting slash slashes slashed slashing trim
trims trimmed trimming hike hikes hiked hiking halve halves halved halving double doubles doubled doubling""".split())
# what may follow the verb when it states the change ("dropped to 104%", "has fallen from about 9,000", "rose by 4%",
# "climbed 3%"); "more than", "about" before a figure
_CHANGE = frozenset("to from by about around nearly almost some roughly more less".split())
# nouns that name a person or group who acts, beside references.ACTOR_NOUNS ("Shoppers", "The organisers")
_PEOPLE = re.compile(r"(?:ers|ors|ists|ians|ants|ents|people|staff|workers|members|residents|fans|voters|"
                     r"customers|shoppers|users|players|officials|men|women)$")


def _head(subject: str) -> str:
    words = _HEAD_END.split(f" {subject.strip()} ", maxsplit=1)[0].split()
    return words[-1].strip(",.'’") if words else ""


def moving_told(subject: str, clause: str, sentences: Sequence[str]) -> bool:
    """Whether ``clause`` moves ``subject`` (a quantity, by grammar) to, from or by its figures and a cited sentence
    states them of it (see the module)."""
    subject = subject.strip()
    at = clause.find(subject)
    head = _head(subject)
    if at < 0 or not head or not head.isalpha() or not head.islower() or head in ACTOR_NOUNS or \
            _PEOPLE.search(head):
        return False
    rest = clause[at + len(subject):].strip()
    m = _SET_TO.match(rest)
    words = [w.lower().rstrip(",.") for w in _WORD.findall(rest[m.end():] if m else rest)]
    passive = False
    while words and (words[0] in _AUX or words[0].endswith("ly")):
        passive = passive or words[0] in _BE
        words = words[1:]
    if len(words) < 2 or not pole(words[0]) or (words[0] in _TRANSITIVE and not passive):
        return False
    nxt = words[1]
    if nxt not in _CHANGE and not nxt[:1].isdigit():
        return False
    # the owner ("The fund's") is judged by measure_told (its words there or the article's lead, "Its cover ratio");
    # the piece of the cited sentence stating each figure must carry the measure's own words ("cover ratio")
    measure = _POSSESSOR.sub("", subject)
    return measure_told(subject, clause[at:], sentences) and _pieces_carry(measure, clause[at + len(subject):],
                                                                            sentences)
