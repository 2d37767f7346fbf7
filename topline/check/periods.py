"""Rule: a figure keeps the period its source gives it (eighth round of the claim-support check, issue 10).

A figure in news prose is tied to a period: "revenue of about $60 million this year", "38 million euros a year
from 2027", "180 million litres a day", "in the second quarter of 2027", "late 2028", "in the year to March". The
figure rule checks the number and the words around it, not the period, so a claim that moves a figure to another
period passed: eval6 (calibration since the eighth round) published "Vesper expects revenue of about $60 million
next year" (this year), "Exit fees cost Valdorian businesses about 140 million euros last month" (last year),
"Kessingham Water loses about 180 million litres a week" (a day), "in the first quarter of 2027" (the second).

Each figure of the claim with a period phrase next to it (``ATTACH_CHARS`` either side, no other figure between)
is compared with every cited sentence that states the same value: when each of those statements gives the value a
period and none gives the claim's, the claim is rejected. A statement with no period abstains (the claim may add
one that the passage gives elsewhere), and so does a claim figure with none.

Periods compared (normalised): a rate ("a year", "per day", "annually", "each month"); a period named from today
("this year", "next year", "last month", "last week"); a stretch ("over two years", "within three months",
nineteenth round); a year before ("a year earlier", "a year ago"); a quarter
("second quarter", "Q2", "fourth-quarter"); a part of a year ("early 2028", "late 2028", "mid-2028"); a fiscal
year ("in the year to March").
"""
from __future__ import annotations

import re
from typing import Sequence

from topline.enrich.figures import extract_figures

ATTACH_CHARS = 40      # characters between a figure and a period phrase read as its period ("about $60 million
                       # this year", "fourth-quarter revenue of about 21 trillion won"); set on eval6 (calibration)
_UNIT = r"(year|month|week|day|hour|quarter)"
_ORD = {"first": "1", "second": "2", "third": "3", "fourth": "4", "1st": "1", "2nd": "2", "3rd": "3", "4th": "4",
        "q1": "1", "q2": "2", "q3": "3", "q4": "4"}
_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|december")
# Nineteenth round: a figure spread over a stretch of time ("buy back up to $2 billion of its shares over two years",
# "within three months") answers when as "this year" does; eval7's u0104 moved it to "this year" and passed.
_SPAN_N = r"two|three|four|five|six|seven|eight|nine|ten|twelve|\d+"
PERIOD = re.compile(
    rf"\b(?:(?P<ago>an?\s+{_UNIT}\s+(?:earlier|ago|before|after|later))|"
    rf"(?P<deictic>(?:this|next|last|the\s+previous|the\s+next|the\s+coming|the\s+past)\s+{_UNIT})(?:'s)?|"
    rf"(?P<rate>(?:a|an|per|each|every)\s+{_UNIT}(?!\s+of\b))|(?P<annual>annually|annual|yearly|monthly|weekly|daily)|"
    rf"(?P<quarter>(?:first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter|q[1-4])|"
    rf"(?P<part>early|late|mid|the\s+end\s+of|the\s+start\s+of|the\s+beginning\s+of)[\s-]+(?=\d{{4}})|"
    rf"(?P<span>(?:over|across|within|in)\s+(?:the\s+(?:next|past|last|coming|following)\s+)?(?:{_SPAN_N})\s+"
    rf"{_UNIT}s)|"
    rf"(?P<yearto>(?:the\s+)?(?:fiscal\s+|financial\s+)?year\s+(?:to|ended|ending|through)\s+(?:{_MONTHS})))\b",
    re.IGNORECASE)
_RATE_WORD = {"annually": "year", "annual": "year", "yearly": "year", "monthly": "month", "weekly": "week",
              "daily": "day"}


def _key(m: re.Match[str]) -> tuple[str, str]:
    g = m.lastgroup or ""
    text = " ".join(m.group(0).lower().replace("-", " ").split())
    if g == "ago":
        return "ago", text.split()[1]
    if g == "deictic":
        words = text.replace("'s", "").split()
        when = {"the previous": "last", "the past": "last", "the next": "next", "the coming": "next"}.get(
            " ".join(words[:2]), words[0])
        return "deictic", f"{when} {words[-1]}"
    if g == "rate":
        return "rate", text.split()[-1]
    if g == "annual":
        return "rate", _RATE_WORD[text]
    if g == "quarter":
        return "quarter", _ORD[text.split()[0]]
    if g == "part":
        return "part", {"the end of": "late", "the start of": "early", "the beginning of": "early"}.get(text, text)
    if g == "span":
        words = text.split()
        return "span", f"{words[-2]} {words[-1].removesuffix('s')}"
    return "yearto", text.split()[-1]


def attached(text: str) -> list[tuple[float, str, tuple[str, str] | None]]:
    """Each figure of ``text`` (value, kind, the period next to it or None), in order."""
    figs = []
    cursor = 0
    for f in extract_figures(text):
        at = text.find(f.text, cursor)
        if at < 0 or f.text.isalpha():
            continue
        cursor = at + len(f.text)
        figs.append((at, cursor, f))
    periods = [(m.start(), m.end(), _key(m)) for m in PERIOD.finditer(text)]
    out = []
    for k, (a, b, f) in enumerate(figs):
        lo = figs[k - 1][1] if k else 0
        hi = figs[k + 1][0] if k + 1 < len(figs) else len(text)
        best = None
        for s, e, key in periods:
            # (a stretch holds its own count: "over two years" is a period, not a figure after the figure)
            inner = key[0] == "span" and k + 1 < len(figs) and s <= figs[k + 1][0] and figs[k + 1][1] <= e
            if s >= b and s - b <= ATTACH_CHARS and (e <= hi or inner) and not re.search(r"[;,]", text[b:s]):
                gap = s - b
            elif e <= a and a - e <= ATTACH_CHARS and s >= lo and not re.search(r"[;,]", text[e:a]):
                gap = a - e
            else:
                continue
            if best is None or gap < best[0]:
                best = (gap, key)
        if f.kind == "date" and best and best[1][0] not in ("quarter", "part", "yearto"):
            best = None      # "in 2027 next year": only a quarter or a part of the year qualifies a year
        out.append((round(f.value, 6), f.kind, best[1] if best else None))
    return out


def _describe(key: tuple[str, str]) -> str:
    kind, what = key
    return {"rate": f"a {what}", "deictic": what, "ago": f"a {what} earlier", "quarter": f"quarter {what}",
            "part": f"{what} in the year", "yearto": f"the year to {what}",
            "span": f"over {what}s"}[kind]


# Periods of one class answer the same question and exclude each other ("this year" / "a year": when, or how
# often; "second quarter" / "first quarter"); periods of two classes do not ("third-quarter revenue" rose "from a
# year earlier"): compared within a class only.
_CLASS = {"rate": "when", "deictic": "when", "span": "when", "ago": "relative", "quarter": "quarter", "part": "part",
          "yearto": "yearto"}


def period_problem(claim: str, sentences: Sequence[str]) -> str:
    """Why a figure of the claim is given another period than every cited statement of it ("" when not): each
    statement of its value gives it a period of the same class, and none the claim's."""
    mine = [x for x in attached(claim) if x[2] is not None]
    if not mine:
        return ""
    stated: dict[tuple[float, str], list[tuple[str, str] | None]] = {}
    for s in sentences:
        for value, kind, key in attached(s):
            stated.setdefault((value, kind), []).append(key)
    for value, kind, key in mine:
        theirs = stated.get((value, kind), [])
        if kind == "quantity":
            # a count the source gives with its noun outside the extractor's units ("aims to have 400 by the end
            # of next year", "its 1,400 staff") is a bare number there: the same statement (eleventh round; the
            # head-count rule of check/figures.py reads "400 employees" as it, and r0039 of eval8, "400 employees
            # by the end of this year", must keep failing on its period)
            theirs = theirs + stated.get((value, "number"), [])
        if theirs and all(k is not None and _CLASS[k[0]] == _CLASS[key[0]] for k in theirs) and key not in theirs:
            return f"number: the sentence gives a figure for {_describe(key)} where its source gives it for " \
                   f"{_describe(theirs[0])}"
    return ""
