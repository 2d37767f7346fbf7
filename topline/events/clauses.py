"""Clause-level reading for the event rules: who does a verb (the subject, past an appositive or an auxiliary),
what "the company" or "the index" stands for, whether a trigger's clause is set in the past (background, not the
news of the day), and which names of a story are one instrument ("the PHLX Semiconductor Index, often called the
SOX"). Pure functions over a sentence and the spans ``extract.names`` found in it.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Sequence

from topline.events.dates import MONTH, MONTHS, WEEKDAY, WEEKDAYS
from topline.events.spans import _JURISDICTION_ADJ

if TYPE_CHECKING:
    from topline.events.operators import SiteOperators

# Characters between a trigger and a time phrase of its own clause ("agreed in March to buy", "had raised 600
# million euros in June 2024"); a comma or a semicolon between them ends the clause. Set on the demo corpus's
# background sentences (a deal "in March" told in a July article).
PAST_WINDOW = 80
# A date with a day this many days or fewer before the article's day is the news itself ("announced on June 30"
# in a July 1 article), not background.
RECENT_DAYS = 7


@dataclass
class Context:
    """What a sentence's rules may know of its article: its day, its main actor (the subject of its first
    sentence: what "the company" means), the last index named before (what "the index" means)."""
    day: dt.date | None = None
    company: str | None = None
    index: str | None = None
    seen: list[str] = field(default_factory=list)
    sentence: int = 0        # the sentence's place in its article (0: the first one read)
    round_key: str | None = None   # the key of the article's funding round read so far (fourteenth pass: a later
                                   # sentence may name more of its investors, ``rounds``)
    site_key: str | None = None    # the key of the article's build-out read so far (fourteenth pass: a later
                                   # sentence may give its output, ``extract._site_output``)
    deal_key: str | None = None    # the key of the article's acquisition read so far (events20: a later sentence
                                   # gives its price with debt)
    incident_key: str | None = None   # the key of the article's incident read so far (events17: a later sentence
                                      # may count the people it harmed, ``casualties``)
    actors: set[str] = field(default_factory=set)   # who did the article's events read so far (company,
                                      # organisation, acquirer): a main actor an event confirms (events17)
    operators: tuple[tuple[int, str, str], ...] | SiteOperators = ()   # each sentence of the article that names a
                                      # site's builder or operator: (index, name, sentence) (events18, ``operators``;
                                      # an article's are computed when first asked: ``operators.SiteOperators``)
    employer: str | None = None   # the employer a strike of the article was named at (events19, ``strikes``)
    strike_key: str | None = None   # the key of the article's strike read so far (events24: a later sentence may
                                    # count the people taking part, ``strikes.later_strikers``)


# A name that only modifies the name after it, which is the actor: a country ("The U.S. Federal Communications
# Commission", read as "U.S"), or an adjective before a descriptor ("Nordic telecom group Nordlys Telekom", "Swiss
# cement maker Calcora"). events17: the article's main actor had been "U.S" and "Nordic" (eval-tmt), and "its shares"
# their moves.
_DESCRIBES_NEXT = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}(?:group|maker|company|firm|operator|lender|bank|carrier|giant|designer|"
                             r"provider|developer|insurer|miner|retailer|manufacturer|start-?up|utility|airline|"
                             r"shipbuilder|builder|contractor|[a-z]+maker)\s+[A-Z]")


# A place told as an actor's home ("The New York-based private equity firm raised ...", "a Dublin-headquartered
# lessor"): the place only describes who acts (the lead, after eval-capital's measurement: "York rises 1%" was titled
# from an article whose first actor was read as the home of the firm it describes)
_HOME_NEXT = re.compile(r"-(?:based|headquartered|registered)\b")


# A name between "The" and a trade's noun is the company's home, not the company ("The Cleveland company's provision
# for credit losses": events36, where "its ... ratio" had become Cleveland's)
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_TRADE_NEXT = re.compile(r"\s+(?:company|firm|group|lender|bank|carrier|insurer|retailer|chain|maker|chipmaker|"
                         r"carmaker|utility|airline|developer|operator|startup|start-up)(?:['\u2019]s)?\b")


def modifier(s: str, x) -> bool:  # noqa: ANN001 - spans.Span
    """Whether the name ``x`` of ``s`` only modifies what follows it (a country's short name, an adjective before
    a descriptor and a name, a place before "-based", a home between "The" and a trade's noun)."""
    return x.text.lower().rstrip(".") + "." in _JURISDICTION_ADJ or bool(_DESCRIBES_NEXT.match(s[x.end:])) or \
        bool(_HOME_NEXT.match(s, x.end)) or (bool(_THE_BEFORE.search(s[:x.start])) and
                                              bool(_TRADE_NEXT.match(s[x.end:])))


# --- background: a trigger whose clause names a time before the article's days ------------------------------

_PAST_WORDS = re.compile(r"\b(?:last (?:fiscal |financial )?(?:year|month|week|quarter|spring|summer|autumn|fall|winter)|earlier this year|"
                         r"so far this year|a year (?:ago|earlier)|years ago|months ago|previous(?:ly)?|"
                         r"in the past|since its launch|at the time|that same (?:month|year)|that (?:month|year)|"
                         r"in the (?:spring|summer|autumn|fall|winter)|earlier rounds?|"
                         r"(?:has|have)\s+(?:also\s+|already\s+)?[a-z]+(?:ed|en)\b[^.;,]{0,80}\bthis year)\b", re.IGNORECASE)
# What follows "a day after", "days after", "since then" or "the deal follows" is an earlier event the sentence recalls ("The launch
# comes a day after the company announced a $4.2 billion round"); what precedes it is the news ("it will not pause
# the Act, a day after ...").
EARLIER = re.compile(r"\b(?:(?:(?:a|an|one|two|three|the|several|few) (?:hour|hours|day|days|week|weeks)|hours|days|weeks) "
                     r"(?:after|before)|since then|"
                     r"(?:follows|followed|comes after|came after))\b[^;]*$", re.IGNORECASE)
# A past phrase of this kind scopes its whole clause, commas included ("rolled out two tools, A and B, to 140,000
# staff last year"); a month or a year binds only to the words next to it.
STRONG_WINDOW = 120
_MONTH_DATE = re.compile(rf"\b(?:in|since|on|during|from|of|early|late|mid-?|until|through)\s+"
                         rf"(?:early |late |mid-|the end of )?(?P<month>{MONTH})\b(?:\s+(?P<day>\d{{1,2}})\b)?"
                         rf"(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?")
_YEAR = re.compile(r"\b(?:in|since|during|from|of|for|until|through)\s+(?:early |late |mid-)?(?P<year>(?:19|20)\d\d)\b")


def past_spans(s: str, day: dt.date | None) -> list[tuple[int, int]]:
    """Spans of ``s`` that name a time before the days the article reports (another year, an earlier month, a
    dated day more than ``RECENT_DAYS`` back, "last year", "previously")."""
    out = [(m.start(), m.end()) for m in _PAST_WORDS.finditer(s)]
    if day is None:
        return out
    opening = re.match(rf"^\s*(?:In|On|Since|During|Back in|Earlier in) (?:early |late |mid-)?(?:(?P<m>{MONTH})"
                       r"(?:\s+\d{1,2})?(?:,?\s+(?P<my>(?:19|20)\d\d))?|(?P<y>(?:19|20)\d\d))\b[^,]{0,20},", s)
    if opening:   # "In June, Mistral and Nvidia announced ...": the time of the whole sentence
        month = MONTHS.index(opening.group("m").lower()) + 1 if opening.group("m") else None
        year = int(opening.group("y") or opening.group("my") or 0) or None
        if (year is not None and year < day.year) or (month is not None and month < day.month and
                                                        (year is None or year == day.year)):
            out.append((0, len(s)))
    for m in _MONTH_DATE.finditer(s):
        month = MONTHS.index(m.group("month").lower()) + 1
        year = int(m.group("year")) if m.group("year") else None
        if year is not None and year != day.year:
            if year < day.year:
                out.append((m.start(), m.end()))
            continue
        if m.group("day"):
            try:
                when = dt.date(year or day.year, month, int(m.group("day")))
            except ValueError:
                continue
            if (day - when).days > RECENT_DAYS:
                out.append((m.start(), m.end()))
        elif month < day.month:
            out.append((m.start(), m.end()))
    for m in _YEAR.finditer(s):
        if int(m.group("year")) < day.year:
            out.append((m.start(), m.end()))
    return out


def in_past(s: str, start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether a past time phrase belongs to the clause of the trigger at ``start:end``."""
    for a, b in spans:
        if a <= start and b >= end:
            return True
        gap = s[end:a] if a >= end else s[b:start] if b <= start else ""
        if len(gap) <= PAST_WINDOW and not re.search(r"[,;:]|\band\b|\bwhile\b|\bbut\b", gap):
            return True
        if a >= end and re.fullmatch(r"\s*[.!?]?\s*", s[b:]) and re.fullmatch(
                r"\s+(?:[\w'&.-]+\s+){0,3}?[\w'&.-]+,\s+(?:a|an|the|its)\s[^,;]{0,60},\s*", gap):
            return True   # "launched Humain, a national AI company, in May.": the object's appositive, then its time
        if _PAST_WORDS.fullmatch(s[a:b]) and len(gap) <= STRONG_WINDOW and \
                not re.search(r"[;:]|\bwhile\b|\bbut\b|\bwhereas\b|, and\b", gap):
            return True
    return False


# --- the subject of a verb ------------------------------------------------------------------------------------

# What may stand between a subject and its verb: auxiliaries, adverbs, a day, "said on Tuesday it", a relative
# pronoun ("KOSPI, which was down").
_BETWEEN = re.compile(rf"(?:\s*,\s*(?:which|who|that)\b|\s*\b(?:has|have|had|is|are|was|were|will|would|also|just|"
                      rf"now|recently|already|formally|officially|finally|jointly|both|each|it|they|itself|"
                      rf"edged|ticked|closed|ended|finished|settled|traded|on (?:{WEEKDAY})|"
                      rf"on (?:{MONTH}) \d{{1,2}}|this week|today|(?:said|says|announced)(?: on (?:{WEEKDAY}))?"
                      rf"(?: that)?)\b)*\s*$")
_APPOSITIVE = re.compile(r"^\s*,[^;()]{2,120},\s*$")
_ANAPHOR = re.compile(r"\b(?:[Tt]he|[Ii]ts) (?:[A-Z][\w-]+ ){0,2}(?P<noun>company|firm|group|start-?up|chipmaker|chip maker|bank|chain|"
                      r"retailer|carmaker|developer|lender|insurer|utility|operator|maker|giant|business|unit|"
                      r"platform|shares|stock|index|gauge|benchmark|biotech|drugmaker|chipmaker|miner|utility)$|"
                      r"\b[Tt]he (?:company|firm|group|biotech|drugmaker|chipmaker|start-?up|bank|utility|miner)"
                      r"['\u2019]s "
                      r"(?:[\w-]+ )?(?P<held>shares|stock)$|\b(?P<its>[Ii]ts|[Tt]heir)\s*$|"
                      # events17 (cal-ai, eval-ai3, eval-energy, eval-fin, eval-tmt): a possessor in common words
                      # ("The carrier's shares", "The cloud group's shares", "The firm's share price"), and "Shares"
                      # that open a sentence: what the article named
                      r"\b[Tt]he (?:[a-z][\w-]* ){0,2}[a-z][\w-]*['\u2019]s (?:[\w-]+ )?(?P<owned>shares|stock|"
                      r"share price)$|^(?P<opening>Shares)$")


def bare(s: str, verb_start: int) -> int:
    """Where the subject of the verb at ``verb_start`` ends: before the auxiliaries and adverbs that precede it."""
    m = _BETWEEN.search(s[:verb_start])
    return m.start() if m else verb_start


def agent(s: str, verb_start: int, spans: Sequence, ctx: Context | None = None):  # noqa: ANN201 - Span | str
    """The subject of the verb at ``verb_start``: the name right before it (past auxiliaries, adverbs and an
    appositive: "Kling AI, the video unit of Kuaishou, has closed"), or what "the company" / "its shares" stand
    for in the article; None when neither is there."""
    cut = bare(s, verb_start)
    for x in sorted((x for x in spans if x.end <= cut), key=lambda x: -x.end):
        gap = s[x.end:cut]
        if _APPOSITIVE.match(gap):
            # "Brenmoor Labs, a Dayton, Ohio company ..., has raised": the name opens an appositive of the name
            # before it (a place and its state); the subject is the name the appositive describes
            opened = re.search(r",\s+(?:a|an|the)\s+$", s[:x.start])
            owner = [y for y in spans if opened and y.end <= opened.start() and not s[y.end:opened.start()].strip()]
            x = owner[-1] if owner else x
            first = [y for y in spans if y.end <= x.start and re.fullmatch(r"\s+(?:and|&)\s+", s[y.end:x.start])]
            return first[-1] if first else x
        if not gap.strip() or re.fullmatch(r"['\u2019]s?\s+(?:[\w-]+\s+){0,3}?"
                                                                     r"(?:shares|stock)\s*", gap) or \
                re.fullmatch(r"\.?\s+(?:(?:[\w-]+\s+){0,2}shares|stock|Inc\.?|Corp\.?|Ltd\.?)\s*", gap) or \
                (re.fullmatch(r"\.\s*", gap) and re.search(r"\b(?:Inc|Corp|Co|Ltd|Bhd|Cos)$", x.text)):
            # "Corvexa Semiconductor Inc. fell": the name's abbreviation ends with its full stop (events17)
            return x
        if len(gap) > 130:
            break
    m = _ANAPHOR.search(s[:cut].rstrip())
    if m and ctx is not None:
        noun = m.group("noun") or ""
        if noun in ("index", "gauge", "benchmark"):
            return ctx.index
        return ctx.company
    return None


# --- one instrument under several names -----------------------------------------------------------------------

_ALIAS = re.compile(r"(?P<a>(?:[A-Z][\w&.-]*\s){0,5}[A-Z][\w&.-]*),\s+(?:often |also |commonly )?(?:called|known as|"
                    r"dubbed)\s+the\s+(?P<b>[A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*){0,3})|"
                    r"(?P<c>(?:[A-Z][\w&.-]*\s){0,5}[A-Z][\w&.-]*)\s+\((?P<d>[A-Z][A-Z0-9&.-]{1,8})\)")
_GENERIC = frozenset("the index indices average composite stock stocks exchange market shares share group holding etf "
                     "fund trust "
                     "holdings inc corp ltd co plc sa ag se nv company corporation limited technology technologies "
                     "of and".split())


def aliases(sentences: Sequence[str]) -> dict[str, str]:
    """Names a story's sentences declare as another name of a thing ("X, often called the SOX", "X (SOX)"):
    lower-cased alias -> lower-cased name."""
    out = {}
    for s in sentences:
        for m in _ALIAS.finditer(s):
            a, b = (m.group("a"), m.group("b")) if m.group("a") else (m.group("c"), m.group("d"))
            a = re.sub(r"^(?:The|the)\s+", "", a)
            out[b.lower()] = a.lower()
    return out


def same_instrument(a: str, b: str, alias: dict[str, str]) -> bool:
    """Two names of one index or share: equal after aliases, or sharing a distinctive word and their last word
    ("PHLX Semiconductor Index", "Philadelphia Stock Exchange Semiconductor Index")."""
    def norm(x: str) -> str:
        x = re.sub(r"^(?:the)\s+", "", x.lower().strip())
        x = re.sub(r"\s+index$", " index", x)
        return alias.get(x, alias.get(re.sub(r"\s+index$", "", x), x))
    na, nb = norm(a), norm(b)
    if na == nb:
        return True
    wa, wb = na.split(), nb.split()
    if not wa or not wb or wa[-1] != wb[-1]:
        return False
    return bool((set(wa[:-1]) & set(wb[:-1])) - _GENERIC)   # a word before the head ("Semiconductor Index")


def lead_actor(first_sentence_names: Sequence) -> str | None:
    """The main actor of an article: the first name of its first sentence (its subject, in a news lead)."""
    return first_sentence_names[0].text if first_sentence_names else None


__all__ = ["Context", "past_spans", "in_past", "agent", "bare", "aliases", "same_instrument", "lead_actor", "background", "in_relative",
           "WEEKDAYS"]


def background(s: str, m: re.Match[str], ctx: Context | None) -> bool:
    """A trigger whose clause names an earlier time ("agreed in March to buy", "launched in June 2024"), or that
    sits in a non-restrictive relative clause (``in_relative``): background the article recalls, not an event of
    its day."""
    return in_past(s, m.start(), m.end(), past_spans(s, ctx.day if ctx else None)) or \
        bool(EARLIER.search(s[:m.start()])) or in_relative(s, m.start())


# ", which raised $6.2 billion on Wednesday, has built ...": the trigger inside a relative clause set off by a comma
# (no comma between "which"/"who" and the trigger: the clause has not closed) says what its antecedent did before;
# the sentence's news is its main clause (sixth pass: clause structure, not words of a domain).
_RELATIVE = re.compile(r",\s+(?:which|who)\b[^,;:()\u2013\u2014]*$", re.IGNORECASE)


def in_relative(s: str, at: int) -> bool:
    return bool(_RELATIVE.search(s[:at]))
