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
    harmed = casualties(s, figs)
    return Raw("incident", (("scale", harmed[0], harmed[1]),), key) if harmed else None
