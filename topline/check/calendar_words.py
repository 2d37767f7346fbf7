"""A month or weekday that dates something is no name (issue 10, branch months29).

The name rule (``topline.check.entities``) asks each capitalised word to be named in a cited passage that shares
words with the claim, so "Bills will rise 7% from May" was rejected with "'May' named only in an unrelated passage"
when the article told the rise in one sentence and its start in May in another. A month or weekday written as a
date (after "in", "on", "from", "by", "until", "since", "early", "late", ..., or next to a day number or a year) is
a date: the claim's numbers count as words it shares with the passage that names it ("raising bills by 7% from May"
shares "bills" and 7% with the claim). Looser readings (one shared word; any passage of a cited article) were
measured on the thirty calibration parts and released planted wrong dates ("The road reopened on Saturday
afternoon", eval10's h0301): not kept. A month the articles do not write ("from June" where they say May) is still
rejected. A month or weekday next to another capitalised word ("Theresa May", "May Bank", "Black Friday", "Patch
Tuesday") is no date here and stays a name; the enrich entity reader already drops a month or weekday that opens a
run of capitals (its ``_STOP``) and is not changed."""
from __future__ import annotations

import re
from typing import Sequence

from topline.check.codes import ANCHOR_STEMS, ANCHOR_WINDOW, shared, titled_window
from topline.check.evidence import Doc, mentions, stems_of

MONTHS = frozenset("""january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec""".split())
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
# The words before a month or weekday that make it a date (read on the labelled rows of the thirty parts).
DATE_OPENERS = frozenset("""in on from by until till since before after early late mid during through throughout
between last next this each every to and or of end start beginning""".split())
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[\s,]*$")
_DAY_BEFORE = re.compile(r"\b[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?$")
_NUMBER_AFTER = re.compile(r"^\.?,?\s+(?:[0-3]?\d(?:st|nd|rd|th)?|(?:19|20)\d\d)\b")
_CAPITAL_AFTER = re.compile(r"^\s+[A-Z][a-z]")
_CAPITAL_BEFORE = re.compile(r"\b[A-Z][\w'’-]*\s+$")


def calendar_date(text: str, start: int, end: int) -> bool:
    """Whether the month or weekday ``text[start:end]`` is written as a date, not as (part of) a name."""
    word = text[start:end].rstrip(".").lower()
    if word not in MONTHS and word not in WEEKDAYS:
        return False
    before, after = text[max(0, start - 40):start], text[end:end + 12]
    if _DAY_BEFORE.search(before) or _NUMBER_AFTER.match(after):
        return True                  # "5 May", "the 5th of May", "May 5", "May 2027"
    if word in MONTHS and _CAPITAL_AFTER.match(after):
        return False                 # "May Bank" (a weekday before a name is its day: "on Monday Halden said")
    prev = _WORD_BEFORE.search(before)
    if prev is None:
        return False
    if _CAPITAL_BEFORE.search(before) and prev.group(1)[:1].isupper() and prev.group(1).lower() not in DATE_OPENERS:
        return False                 # "Theresa May", "Black Friday"
    return prev.group(1).lower() in DATE_OPENERS or prev.group(1).lower() in WEEKDAYS


_NUMBER = re.compile(r"\d[\d,.]*\d|\d")


def figure_anchored(word: str, claim: str, docs: Sequence[Doc], stems: set[str]) -> bool:
    """Whether a cited passage names the date word ``word`` and shares ``ANCHOR_STEMS`` words with the claim when
    the claim's numbers count as words: "raising bills by 7% from May" anchors "Bills will rise 7% from May"
    (one word, "bills", and the figure 7%), which the name rule called "named only in an unrelated passage"."""
    rest = stems - stems_of(word)
    numbers = set(_NUMBER.findall(claim))
    need = min(ANCHOR_STEMS, len(rest) + len(numbers))
    for d in docs:
        for i, sent in enumerate(d.sentences):
            if mentions(word, sent):
                near = set(_NUMBER.findall(" ".join(d.sentences[max(0, i - ANCHOR_WINDOW):i + ANCHOR_WINDOW + 1])))
                if shared(titled_window(d, i, ANCHOR_WINDOW), rest) + len(numbers & near) >= need:
                    return True
    return False
