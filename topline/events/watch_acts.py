"""What to watch, followed by its act: an item is *happened* when a later article of its story states the act the
item scheduled, told with its own verb done or with one of that act's outcome verbs ("will vote" -> "passed",
"approved", "cleared"; "expected to price" -> "priced"; "will start trading" -> "debut"), of the same subject (a
name of the item in the sentence), published after the item was made and by its due date; *superseded* when such
an article says the act was called off, extended or pushed back.

``topline.events.watch_follow`` settles an item by its words first (a completion word, half its names and two of
its other words); ``act_outcome`` is read only when that finds nothing. Only items due soon are followed so
(``ACT_DAYS``): a build-out due in 2028 is not "happened" because a later article restates it. Pure functions
(helper signals22; the wrong outcomes of the eighteen calibration corpora classed in benchmarks/RESULTS.md).
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Iterable

from topline.records import WatchItem

# An item is followed by its act only when due within this many days of being said, or undated (calibrated on
# the eighteen calibration corpora: the acts scheduled "as soon as Wednesday", "this week", "by November 19";
# an item due further ahead is a plan whose restatement is no outcome)
ACT_DAYS = 31
# ... by an article published at most this many days after its due date (an undated item: after it was made,
# ``UNDATED_DAYS``); "is expected to take up the bill as soon as Wednesday" passed on Thursday
ACT_GRACE = 2
UNDATED_DAYS = 7

# The scheduled act: the verb after a modal or a cue's "to" ("is expected to approve", "could be signed", "will
# start trading"), and the nouns that name a scheduled event ("The signing ceremony is set to take place", "A
# formal announcement is expected", "The report is due at noon").
_ACT_VERB = re.compile(r"\b(?:will|would|could|may|might|shall|should|to)\s+(?:(?:finally|formally|then|also|"
                       r"now|not)\s+)?(?:be\s+)?([a-z]+(?:\s+(?:up|out|off|in|public|through|trading))?)\b",
                       re.IGNORECASE)

# Each act: the verbs and nouns an item schedules it with (stems, read at a word's start), and the words that say
# it took place (read in a later sentence that is not itself forward-looking).
_ACTS: tuple[tuple[str, str, str], ...] = (
    # a vote of a legislature, a board or a committee
    (r"vot|approv|pass|adopt|debat|ratif|endors|take up|back\b|clear\b",
     r"vote|session|motions?|referendum",
     r"voted|approved|passed|adopted|rejected|cleared|backed|ratified|endorsed|survived|defeated|"
     r"gave (?:its |final |formal )*approval"),
    # a listing and its pricing
    (r"pric|list\b|listed|start trading|begin trading|debut|trad(?:e|ing)\b",
     r"IPO|listing|offering|flotation",
     r"priced|debut(?:ed|s)?|listed|began trading|started trading|sold"),
    # a deal, an order, an award or an announcement
    (r"announc|sign|unveil|agree|go public|firm up|award|name\b|named\b|confirm",
     r"announcement|agreement|deal|award|order|signing|ceremony|transaction|sale",
     r"announced|agreed|signed|struck|unveiled|awarded|(?<!illion )(?<![\d.] )won|named|confirmed|selling"),
    # a publication: a plan, a report, a budget, a decision's text
    (r"publish|present|releas|set out|issu|propos",
     r"report|budget|plan",
     r"published|released|presented|proposed|unveiled|issued|committed|set"),
    # a decision or a ruling
    (r"decid|rule\b|ruling\b|choos|choice",
     r"decision|ruling|choice|verdict",
     r"ruled|decided|approved|cleared|blocked|referred|sent|picks|picked|chose|choosing|rejected|waved through"),
    # a fine, a probe or a measure imposed
    (r"fine\b|fined\b|launch|open\b|opened\b|investigat|impos",
     r"investigation|probe|inquiry",
     r"fined|launched|opened|imposed"),
    # a service or a process restored, resumed or brought to its end
    (r"restor|resum|end\b|ended\b|finish|complet|restart|reopen",
     r"auction|bidding|talks",
     r"restored|resumed|ended|closed|concluded|completed|finished|restarted|reopened"),
    # a strike or a walkout begun
    (r"strike|walk out|go on strike|begin|start",
     r"strike|walkout|stoppage",
     r"began|begun|started|walked out|went on strike|on strike"),
    # administration or insolvency
    (r"call in|file\b|enter",
     r"administrators?|administration|insolvency|bankruptcy",
     r"entered administration|administrators (?:were|have been|had been) appointed|filed for"),
)
_ACT_SCHEDULED = [(re.compile(rf"^(?:{verbs})", re.IGNORECASE), re.compile(rf"\b(?:{nouns})\b", re.IGNORECASE),
                   re.compile(rf"\b(?:{done})\b", re.IGNORECASE)) for verbs, nouns, done in _ACTS]
# Every outcome word: a later sentence with one of them is read as evidence (``watch_follow.evidence_rows``)
ACT_OUTCOME = re.compile(r"\b(?:" + "|".join(done for _, _, done in _ACTS) + r")\b", re.IGNORECASE)
# An act called off, extended or pushed back ("calling off a strike that had been set for Dec. 11", "Verdi extended
# its strike"); of an item that itself schedules a delay ("is expected to announce that it will push back a rise in
# port fees"), the delay told is its act done
CALLED_OFF = re.compile(r"\b(?:call(?:s|ed|ing)? off|averted|suspended|extend(?:s|ed|ing)?|push(?:es|ed)? back|"
                        r"delay(?:s|ed)?|postpon\w*|cancel(?:l?ed|s)?|scrapped|shelved|deferred)\b", re.IGNORECASE)

# An act's noun called off: the calling-off word, a determiner and up to three modifiers, the noun ("called off their
# five-day strike", "calling off a strike", "Verdi extended its strike"; not "suspended further industrial action
# after talks", the talks held)
_CALLED_OFF_ACT = [re.compile(CALLED_OFF.pattern + rf"\s+(?:[\w'’-]+\s+){{0,3}}?(?:{nouns})\b", re.IGNORECASE)
                   for _, nouns, _ in _ACTS]


def scheduled_acts(text: str) -> list[int]:
    """The acts (indexes of ``_ACTS``) an item schedules: by the verb after its modal or cue, and by the nouns
    that name a scheduled event."""
    verbs = [m.group(1) for m in _ACT_VERB.finditer(text)]
    return [i for i, (verb, noun, _) in enumerate(_ACT_SCHEDULED)
            if any(verb.match(v) for v in verbs) or noun.search(text)]


def followed_by_act(it: WatchItem) -> bool:
    """The item is due soon enough to be followed by its act (``ACT_DAYS``) and schedules one."""
    if it.made_on is None:
        return False
    if it.due is not None and (it.due - it.made_on).days > ACT_DAYS:
        return False
    return bool(scheduled_acts(it.text))


def last_day(it: WatchItem) -> dt.date:
    """The last publication day of an article that settles the item by its act."""
    assert it.made_on is not None
    if it.due is None:
        return it.made_on + dt.timedelta(days=UNDATED_DAYS)
    return it.due + dt.timedelta(days=ACT_GRACE)


def act_outcome(it: WatchItem, item_names: Iterable[str], sentence: str) -> str | None:
    """"happened" or "superseded" when ``sentence`` (of the item's story, published in its window) states the
    item's scheduled act done (one of its outcome words, not negated, of its subject: one of the item's names, and
    the common noun heading its subject when it has one: "The government is expected to publish the budget" -> "The
    UK government has set a record budget") or called off (the calling-off word before the act's noun); else None."""
    acts = scheduled_acts(it.text)
    if not acts:
        return None
    mine = [n for n in item_names if len(n) > 2]
    if mine and not any(re.search(rf"\b{re.escape(n)}\b", sentence, re.IGNORECASE) or _spelled_out(n, sentence)
                        for n in mine):
        return None     # another subject's act ("The Senate is expected to approve": the Senate, not a committee)
    head = _subject_head(it.text)
    if head and head[:5] not in sentence.lower():
        return None     # another actor's act ("Environment ministers will vote" -> "the committee backed")
    for i in acts:
        verb, noun, done = _ACT_SCHEDULED[i]
        if _CALLED_OFF_ACT[i].search(sentence):
            return "happened" if CALLED_OFF.search(it.text) else "superseded"
        if stated(done, sentence):
            return "happened"
    return None


def _spelled_out(name: str, sentence: str) -> bool:
    """An item's acronym is in the sentence spelled out ("FERC": "The Federal Energy Regulatory Commission")."""
    if not re.fullmatch(r"[a-z]{3,6}", name):
        return False
    words = r"\s+(?:(?:of|for|and|the|on)\s+)?".join(rf"{c}[a-z]+" for c in name.upper())
    return re.search(rf"\b{words}\b", sentence) is not None


def stated(words: re.Pattern[str], sentence: str) -> bool:
    """One of ``words`` is in the sentence and not negated ("has not been approved" states nothing done)."""
    return any(not _NEGATED.search(sentence[:m.start()][-25:]) for m in words.finditer(sentence))


# An outcome word negated ("has not been confirmed", "has yet to be approved") states nothing done
_NEGATED = re.compile(r"\b(?:not|n't|never|yet to|no)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
# The words between an item's subject and its act: auxiliaries, cues and adverbs
_AUX = frozenset("""is are was were be been being has have had said says expected set due scheduled likely
preparing poised aiming hoping planning about going also now then finally formally still expects expect aims aim
plans plan intends intend hopes hope wants want agreed agree agrees""".split())
# Words that stand for an actor named elsewhere in the story ("The company expects to price its shares")
_STANDS_FOR_A_NAME = frozenset("company companies firm group bank lender carrier operator startup".split())
_NOT_VERB = frozenset("the a an its their his her this that these those be".split())
_PRONOUNS = frozenset("it its they he she we i you this that which who one".split())


def _subject_head(text: str) -> str | None:
    """The common noun heading the item's subject, lower case ("ministers" of "Environment ministers will vote on
    the measure"), when the subject is a common noun (a name is read as a name; a pronoun stands for anyone)."""
    m = next((m for m in _ACT_VERB.finditer(text) if m.group(1).lower() not in _NOT_VERB), None)
    if m is None:
        return None
    before = re.findall(r"[\w'’-]+", text[:m.start()])
    while before and before[-1].lower() in _AUX:
        before.pop()
    if not before or len(before) > 6:
        return None
    word = before[-1]
    if not word.islower() or word in _PRONOUNS or word in _STANDS_FOR_A_NAME or len(word) < 4 or \
            any(noun.fullmatch(word) for _, noun, _ in _ACT_SCHEDULED):
        return None     # (the act's own noun, "The deal could be announced", names no actor)
    return word


