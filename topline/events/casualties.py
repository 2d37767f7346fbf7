"""The people an incident harmed, as its scale (issue 12, events17): "Three construction workers were killed and nine
others injured", "with three of its 24 crew reported missing", "forcing about 1,200 residents to leave their homes",
"two workers were injured". Read on the incident misses of eval-prop, eval-agri, eval-trade, eval-energy, eval-mob
and cal-biotech, whose golds give casualties as the scale where the sentence has no other count, or a count of
something else (a ship's 7,800 teu). Rules about news prose, not about any one corpus.

The value is each count with its harm ("3 killed, 9 injured", "about 1,200 evacuated": counts in digits, the
qualifier as written); the text is the span from the first count to the last harm, as written.
"""

from __future__ import annotations

import re
from typing import Sequence

from topline.events.incidents import year_like
from topline.events.spans import Fig, Raw

# The harm, by the words news uses, and the word the value gives it.
_HARMS = (
    ("killed", r"killed|dead|died|killing"),
    ("injured", r"injured|hurt|wounded|injuring|wounding"),
    ("hospitalised", r"hospitali[sz]ed|taken to (?:a |the )?hospitals?"),
    ("missing", r"missing"),
    ("evacuated", r"evacuated|ordered to (?:leave|evacuate)|forced to (?:leave|evacuate|flee)"),
    ("trapped", r"trapped|trapping"),
)
_HARM = "|".join(f"(?P<h{i}>{p})" for i, (_, p) in enumerate(_HARMS))
# count, then up to three words naming who ("construction workers", "others", "of its 24 crew"), then the harm:
# "were killed", "reported missing", "taken to hospital"
_AFTER = re.compile(
    r"^(?:\s+(?:of\s+(?:its|the|their)\s+[\d,]+|(?!(?:and|or|but|while|as|after|when|who|which|that)\b)"
    r"[a-z][\w-]*)){0,3}?\s+(?:(?:were|was|had been|have been|"
    r"are|is|being)\s+)?(?:(?:reported|confirmed|feared|later|also)\s+)?(?:" + _HARM + r")\b"
)
# the harm before its count: "killing three workers", "injured two", "forcing about 1,200 residents to leave"
_BEFORE = re.compile(
    r"\b(?:(?P<h0>killing|killed)|(?P<h1>injuring|injured|wounding|wounded)|(?P<h5>trapping)|"
    r"(?P<force>forcing|forced))\s+(?P<q>(?:about|around|roughly|nearly|some|more than|at least|"
    r"up to|over|almost)\s+)?$"
)
_FORCED_TO_LEAVE = re.compile(r"^(?:\s+[a-z][\w-]*){0,2}\s+to\s+(?:leave|evacuate|flee)\b")
_QUALIFIER = re.compile(
    r"\b(?P<q>about|around|roughly|nearly|some|more than|at least|up to|over|almost)\s+$", re.IGNORECASE
)
_COUNT_KINDS = frozenset({"number", "quantity"})
MAX_CASUALTY_COUNT = 1e7  # more than this many people harmed is no casualty count (a population, a total of things)


def _harm(m: re.Match[str]) -> str | None:
    return next((_HARMS[i][0] for i in range(len(_HARMS)) if m.groupdict().get(f"h{i}")), None)


def _count(f: Fig) -> str:
    v = f.figure.value
    if float(v).is_integer() and v < 1e6:
        return f"{int(v):,}"
    return re.sub(r"\s+[A-Za-z]+$", "", f.figure.text)  # "1.8 million" as written, without a counted noun


def casualties(s: str, figs: Sequence[Fig]) -> tuple[str, str] | None:
    """(value, text) of the people ``s`` says were killed, injured, hospitalised, missing, evacuated or trapped,
    or None. Counts of a year, money, a percentage or a quantity of anything but people are not read."""
    said: list[tuple[str, int, int]] = []
    for f in figs:
        if (
            f.figure.kind not in _COUNT_KINDS
            or f.figure.value <= 0
            or f.figure.value > MAX_CASUALTY_COUNT
            or (said and f.start < said[-1][2])
        ):  # "three of its 24 crew": the 24 is inside the count read
            continue
        if f.figure.kind == "quantity" and not re.search(
            r"\b(?:workers?|people|persons?|residents?|passengers?|"
            r"crew|employees?|staff|miners?|children)\b",
            f.figure.text,
            re.IGNORECASE,
        ):
            continue
        q = _QUALIFIER.search(s[: f.start])
        qual = f"{q.group('q').lower()} " if q else ""
        before = _BEFORE.search(s[: f.start])  # the harm right before its count first ("killed two workers")
        if before is None:
            after = _AFTER.match(s[f.end :])
            if after is not None:
                said.append((f"{qual}{_count(f)} {_harm(after)}", q.start() if q else f.start, f.end + after.end()))
            continue
        if before.group("force"):
            leave = _FORCED_TO_LEAVE.match(s[f.end :])
            if leave is None:
                continue
            said.append((f"{qual}{_count(f)} evacuated", before.start(), f.end + leave.end()))
        else:
            said.append((f"{qual}{_count(f)} {_harm(before)}", before.start(), f.end))
    if not said:
        return None
    start, end = min(x[1] for x in said), max(x[2] for x in said)
    return ", ".join(dict.fromkeys(v for v, _, _ in said)), s[start:end]


def later_casualties(s: str, figs: Sequence[Fig], key: str, forward: bool) -> Raw | None:
    """A later sentence of an article counting the people its incident ``key`` harmed ("Eleven workers were taken to
    hospitals"), as a statement of that incident's scale; none in a sentence about what may happen (``forward``) or
    one that names a year (an earlier incident recalled)."""
    if forward or any(year_like(f.figure) for f in figs):
        return None
    harmed = casualties(s, figs) or affected(s, figs)  # or the people it reached (events24)
    return Raw("incident", (("scale", harmed[0], harmed[1]),), key) if harmed else None


# What an incident reached, counted with the verb of reaching (events24, read on the scale misses of eval-ai3, eval-tmt,
# eval-fin, cal-biotech, eval-health, eval-energy, whose golds give a breach's or an outage's scale as the people,
# customers or organisations it affected, often in a later sentence of the article): "9.4 million people were
# affected", "about 2.1 million customers had been affected", "at least 11 US hospitals were hit", "had hit at least 40
# organizations", "affected about 3,200 business customers", "leaving roughly 8 million customers without service".
# The value is the count with its counted noun as written (up to COUNTED_NOUN_WORDS words ending in a plural noun).
COUNTED_NOUN_WORDS = 3
_COUNTED = re.compile(
    r"^(?:\s+(?!(?:and|or|were|was|are|is|had|have|has|been|in|of|at|on|for)\b)[A-Za-z][\w-]*){0,%d}?"
    r"(?<=[^s]s)\b" % COUNTED_NOUN_WORDS
)
_REACHED_AFTER = re.compile(
    r"^\s+(?:(?:were|was|are|is|had been|have been|has been)\s+)(?:\w+ly\s+)?"
    r"(?:affected|hit|impacted)\b"
)
_REACHED_BEFORE = re.compile(
    r"\b(?P<v>affected|affecting|had hit|has hit|have hit|"
    r"leaving|left)\s+(?:about|around|roughly|nearly|some|more than|at least|up to|over|"
    r"almost|an estimated)?\s*$"
)
# the counted units of ``enrich.figures`` a quantity reached may have (not a measure: tonnes, watts, hours)
_REACHED_UNITS = frozenset(
    {
        "people",
        "employee",
        "worker",
        "job",
        "user",
        "customer",
        "vehicle",
        "car",
        "unit",
        "passenger",
        "flight",
        "patient",
        "home",
        "house",
        "resident",
        "student",
        "store",
        "company",
        "case",
    }
)
_PART_OF = re.compile(r"\b\d[\d,.]*\s+of\s+(?:its\s+|the\s+|their\s+)?$")
_WITHOUT = re.compile(r"^(?:\s+[\w-]+){0,4}?\s+(?:without|unable)\b")


def affected(s: str, figs: Sequence[Fig]) -> tuple[str, str] | None:
    """(value, text) of the people, customers or organisations ``s`` says an incident affected, or None. A count of
    money, a percentage, a duration or a year is none; "leaving"/"left" counts only those left without something."""
    for f in figs:
        if f.figure.kind not in _COUNT_KINDS or f.figure.value <= 0 or year_like(f.figure):
            continue
        if f.figure.kind == "quantity" and f.figure.unit not in _REACHED_UNITS:
            continue  # "1.2 million tonnes", "14 hours": a measure, not who or what it reached
        noun = _COUNTED.match(s[f.end :]) if f.figure.kind == "number" else None
        if f.figure.kind == "number" and not (noun and noun.group(0).strip()):
            continue
        end = f.end + (noun.end() if noun else 0)
        start = f.start
        part = _PART_OF.search(s[:start])  # "140 of its 210 jobs are affected": the part is what it reached
        if part is not None:
            start = part.start()
        value = re.sub(r"\s+", " ", re.sub(r"\bof (?:its|the|their) ", "of ", s[start:end]))
        before = _REACHED_BEFORE.search(s[:start])
        if before is not None and (before.group("v") not in ("leaving", "left") or _WITHOUT.match(s[end:])):
            return value, s[start:end]
        if _REACHED_AFTER.match(s[end:]):
            return value, s[start:end]
    return None
