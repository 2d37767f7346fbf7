"""What a Signals & Trends entry claims (issue 12, signals19): a measure of analysis, not of form.

``signal_claims`` (topline.eval.events) counts titles that parse as claims, with the writer's own ``is_claim``.
This module reads each signal of a built edition independently of the writer (it imports nothing of
topline.write) and classes it by what its title claims, from the edition's own record: the title, the evidence
lines beneath it, the articles they cite (outlet and day of publication), the ledger events of the signal's
stories, and the signals of earlier editions.

Kinds, strongest first (a signal takes the first that fits):

* ``over_days``: a development followed across days: the title ties what one story reported on an earlier day to
  what it reports now (a status that moved, a figure revised, a watch item resolved, an earlier signal confirmed
  or reversed): its words mark time ("on Monday ... on Tuesday", "after", "a day after", "now", "revised",
  "widens", "called off", "confirms", "reverses") and the signal cites articles of one of its stories published on
  two days or more;
* ``divergence``: outlets give different values of one figure: two values of one field of one cited event, from
  different outlets, both written in the title;
* ``momentum``: counts or sums over two periods compared ("three deals this week, one the week before");
* ``actor``: one actor in several roles: two clauses or more of the title with one subject (said once or again);
* ``linked``: two actors' events tied by more than their type or day: one stated cause, or an actor of one that is
  an actor of the other's event;
* ``pairing``: two actors' events of the edition's days that share only their type or their day ("A rises 2.1%
  and B rises 19.6% on the same day", "Two incidents: A faces a strike and B faces a strike");
* ``single``: one actor's one event, set in a theme ("A falls 3.4%, one of two stories on B today");
* ``none``: no claim (a list of terms, or no subject with a verb).

``pages``: a page's best signal is the strongest of its signals; the share of pages whose best signal is more
than a pairing (over_days, divergence, momentum, actor or linked) is the figure this measure adds.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Iterable, Mapping, Sequence

KINDS = ("over_days", "divergence", "momentum", "actor", "linked", "pairing", "single", "none")
BEYOND_PAIRING = frozenset({"over_days", "divergence", "momentum", "actor", "linked"})

ACTOR_FIELDS = ("company", "investors", "acquirer", "target", "body", "instrument", "organisation", "jurisdiction")
FIGURE_FIELDS = ("amount", "price", "valuation", "capacity", "move", "scale")

# words of a name that are not its start ("Department of Development", "Bank of England")
_NAME_LINKS = frozenset("of de la du des der von van and & the for del di y e".split())
_WEEKDAYS = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
# time told in a title: a development across days, not two acts of one day
_OVER_DAYS = re.compile(
    r"\b(?:a day after|days? after|after|(?:a|\w+) days? later|later|since|then|now|no longer|again|still|revised|revises|raises? (?:its|the) "
    r"(?:estimate|forecast|offer|bid)|cuts? (?:its|the) (?:estimate|forecast)|widens?|widened|extends?|extended|"
    r"called off|calls off|withdraws?|withdrawn|confirms?|confirmed|reverses?|reversed|fades?|resolved|"
    r"followed by|turns? into|becomes?|from \S+ to|up from|down from|a second day|second straight|"
    rf"(?:on|last) {_WEEKDAYS}|yesterday|earlier)\b",
    re.IGNORECASE,
)
_MOMENTUM = re.compile(
    r"\b(?:this week|the week before|last week|a week earlier|week on week|this month|the month before|"
    r"since (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the start)|gather pace|slow down|"
    r"more than|fewer than|against)\b",
    re.IGNORECASE,
)
_COUNT = re.compile(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b", re.IGNORECASE)
_TERMS = re.compile(r"\brecurs? in\b|:\s*\w+ stories,\s*\w+ outlets", re.IGNORECASE)
_CAUSE = re.compile(
    r"\b(?:after|amid|following|because of|on news of|as (?:\w+ ){0,4}(?:after|amid|on))\b", re.IGNORECASE
)
_SAME_DAY = re.compile(r"\s+on the same day\s*$", re.IGNORECASE)
_THEME = re.compile(r",\s*one of \w+ stories on .+$", re.IGNORECASE)
_HEAD = re.compile(
    r"^(?:\w+ )(?:funding rounds|acquisitions|build-outs|launches|state actions|incidents|"
    r"market moves): ",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Clause:
    subject: str  # "" when the clause shares the subject before it ("... and launches X")
    rest: str


def clauses(title: str) -> list[Clause]:
    """The title's clauses, each with its subject: the run of capitalised words (and the small words inside a name)
    before the first lower-case word, "" when the clause opens with a verb."""
    t = _THEME.sub("", _SAME_DAY.sub("", _HEAD.sub("", title.strip())))
    parts = re.split(r",\s+and\s+|\s+and\s+|,\s+(?=[A-Z])", t)
    out: list[Clause] = []
    carry = ""
    for part in parts:
        part = f"{carry} and {part}" if carry else part  # "Competition" + "Markets Authority fines ...": one name
        words = part.split()
        i = 0
        while i < len(words) and (
            words[i][:1].isupper()
            or words[i][:1].isdigit()
            or words[i][:1] in "$€£'\"("
            or (words[i].lower() in _NAME_LINKS and i > 0 and i + 1 < len(words) and words[i + 1][:1].isupper())
        ):
            i += 1
        carry = part if i == len(words) else ""
        if not carry:
            out.append(Clause(" ".join(words[:i]), " ".join(words[i:])))
    if carry:  # a name left at the end ("... agrees to buy A and B"): it belongs to the clause before
        if out:
            out[-1] = Clause(out[-1].subject, f"{out[-1].rest} and {carry}")
        else:
            out.append(Clause(carry, ""))
    return [c for c in out if c.subject or c.rest]


def _fold(text: str) -> str:
    return re.sub(r"['\u2019]s\b", "", text).lower().strip(" .,:;")


def _names(a: str, b: str) -> bool:
    """One name within the other, word by word ("Alibaba" and "Alibaba Group")."""
    a, b = _fold(a), _fold(b)
    if not a or not b:
        return False
    short, long_ = sorted((a, b), key=len)
    return re.search(rf"(?<![\w-]){re.escape(short)}(?![\w-])", long_) is not None


def _in(name: str, text: str) -> bool:
    """``name`` written in ``text`` as a name (case kept: "Futures in Kuala Lumpur" is not in "New York futures",
    eval-agri's two markets read as one actor, found reading the baseline)."""
    strip = re.compile(r"['\u2019]s\b")
    return (
        re.search(rf"(?<![\w-]){re.escape(strip.sub('', name).strip(' .,:;'))}(?![\w-])", strip.sub("", text))
        is not None
    )


def _actors(e) -> set[str]:  # noqa: ANN001
    return {f.text for f in e.fields if f.name in ACTOR_FIELDS and f.text}


def _story_days(story_ids: Sequence[str], urls: Iterable[str], events: Sequence, articles: Mapping) -> int:
    """The most days on which one of the signal's stories has a cited article (a story's articles are known by the
    ledger events' statements; a URL no event states counts for every story of a one-story signal)."""
    urls = set(urls)
    by_story: dict[str, set[str]] = {}
    for e in events:
        if e.story_id not in story_ids:
            continue
        for f in e.fields:
            if f.url in urls and f.url in articles and articles[f.url].day:
                by_story.setdefault(e.story_id, set()).add(articles[f.url].day)
    if len(story_ids) == 1:
        days = {articles[u].day for u in urls if u in articles and articles[u].day}
        by_story.setdefault(story_ids[0], set()).update(days)
    return max((len(v) for v in by_story.values()), default=0)


def _figure_in(text: str, title: str) -> bool:
    return re.search(rf"(?<![\d.,]){re.escape(text)}(?![\d])", title) is not None


def _diverges(title: str, events: Sequence, story_ids: Sequence[str]) -> bool:
    for e in events:
        if e.story_id not in story_ids:
            continue
        for name in FIGURE_FIELDS:
            # each value as written, not inside another figure ("2%" is in "2.2%": eval-ai3, read in signals19)
            vals = [f for f in e.fields if f.name == name and f.text and _figure_in(f.text, title)]
            if len({f.source for f in vals}) >= 2 and len({f.text for f in vals}) >= 2:
                return True
    return bool(re.search(r"\b(?:outlets|reports) (?:disagree|differ)\b", title, re.IGNORECASE))


def _linked(subjects: Sequence[str], title: str, events: Sequence, story_ids: Sequence[str]) -> bool:
    """Two actors' events tied by more than their type or day: a cause stated in the title, or one event of the
    signal's stories naming both subjects as two of its actors (a buyer and the bought; not one instrument whose
    name holds words of both: eval-agri's "New York futures", found reading the baseline)."""
    if _CAUSE.search(title):
        return True
    for e in (e for e in events if e.story_id in story_ids):
        fields: dict[str, set[str]] = {}  # actor text -> field names
        for f in e.fields:
            if f.name in ACTOR_FIELDS and f.text:
                fields.setdefault(f.text, set()).add(f.name)
        hits = [{a for a in fields if _in(s, a)} for s in subjects[:2]]
        if len(hits) == 2 and any(a != b and fields[a] != fields[b] for a in hits[0] for b in hits[1]):
            return True
    return False


def classify(
    title: str, text: str, urls: Sequence[str], story_ids: Sequence[str], events: Sequence, articles: Mapping
) -> str:
    """The kind of one signal (see the module's doc). ``events``: the edition's ledger events; ``articles``: URL ->
    ArticleFacts; ``urls``: the signal's citations."""
    if not title.strip() or _TERMS.search(title):
        return "none"
    cs = clauses(title)
    with_verb = [c for c in cs if c.rest and c.rest.split()[0][:1].islower()]
    if not with_verb or not (cs[0].subject or re.match(r"(?:Outlets|[A-Z][a-z-]+ (?:rounds|moves|actions))", title)):
        return "none"
    if _OVER_DAYS.search(_SAME_DAY.sub("", title)) and _story_days(story_ids, urls, events, articles) >= 2:
        return "over_days"
    if _diverges(title, events, story_ids):
        return "divergence"
    if _MOMENTUM.search(title) and len(_COUNT.findall(title)) >= 1 and not _SAME_DAY.search(title):
        return "momentum"
    subjects: list[str] = []
    for c in cs:
        if c.subject and not any(_names(c.subject, s) for s in subjects):
            subjects.append(c.subject)
    if len(cs) >= 2 and (len(subjects) == 1 or any(all(_in(s, f"{c.subject} {c.rest}") for c in cs) for s in subjects)):
        return "actor"  # one subject, or one actor in every clause ("A rises 2.6% and B investigates A")
    if len(subjects) >= 2:
        return "linked" if _linked(subjects, title, events, story_ids) else "pairing"
    return "single"


def best(kinds: Iterable[str]) -> str:
    """A page's strongest signal kind ("" for a page with no signal)."""
    ks = list(kinds)
    return min(ks, key=KINDS.index) if ks else ""


def follows_earlier(
    text: str, story_ids: Sequence[str], previous: Sequence[tuple[dt.date, Sequence[str]]], day: dt.date
) -> bool:
    """The text says the signal continues an earlier edition's (confirmed, repeated, fading), and an earlier
    edition has a signal about one of its stories (``previous``: (date, story ids) of earlier signals)."""
    if not re.search(r"\ba signal in the \d+ \w+ edition\b", text, re.IGNORECASE):
        return False
    return any(d < day and set(ids) & set(story_ids) for d, ids in previous)


__all__ = ["KINDS", "BEYOND_PAIRING", "Clause", "clauses", "classify", "best", "follows_earlier"]
