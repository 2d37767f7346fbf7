"""Rule: a figure told in words against the same value told in digits, or in another unit (support25, issue 10).

The figure rule compares the figures the extractor reads (``topline.enrich.figures``), kind and unit alike. News
prose and its paraphrases tell many values in words the extractor does not read as figures, or in another unit of
the same measure: "for more than two centuries" (200 years), "in a decade" (ten years), "half a year later"
(six months), "a 48-hour strike" (two days), "a third of speakers" (one in three), "about half of the coral"
(51%), "a quarter of a percentage point" (25 basis points), "doubled" (up 100%), "a dozen" (12), "his third title"
(three times). A faithful sentence that told such a value the other way was rejected as "'X' not stated".

``told(sentence)`` reads each value a sentence tells, as a measure and a value in that measure's base unit:

* a span of time, a cardinal (digits or words: ``enrich.figures.parse_number``) or "a"/"half a" before a unit of
  time, in days (``TIME_DAYS``: the calendar's own ratios);
* a share, from a fraction word ("a third of", "two-thirds", "half the", "one in three", "by a quarter"), in
  percent, approximate (a fraction word rounds the share it tells: ``FRACTION_TOL``);
* percentage points, from "a quarter of a (percentage) point", "half-point";
* a change told by a multiple verb ("doubled" 100 %, "halved" 50 %), in percent;
* a count: "a dozen", "two dozen"; an ordinal before a noun ("its third title") as the count of what the noun names;
* a whole from a part and the share told right after it ("120,000 tonnes a year, a quarter of Delmar's output" is
  480,000 tonnes of Delmar's), an earlier count from a multiple ("1,840 people ..., twice as many as two years ago").

``told_alike`` supports a claim figure the figure rule left unmatched when a sentence of an anchored cited passage
tells the same value of the same measure, one side (at least) told in words or in another unit than the other, the
value equal (or the claim's hedged figure rounding it as ``rounding.rounds_to`` allows; a fraction word within
``FRACTION_TOL``), and the words around the two sharing as many content words as the figure rule asks of a figure
(``figures.CONTEXT_SHARED``). A wrong value stays unmatched: "three years" is not "a decade", "a third" is not 45%.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Callable, Sequence

from topline.check.evidence import Doc, content_stems
from topline.check.fractions import _MULTIPLES as RATIOS
from topline.check.rounding import rounds_to
from topline.check.steps import FRACTION_TOL
from topline.enrich.figures import extract_figures, parse_number
from topline.records import Figure

# The calendar's ratios (a month and a year in days on average: "six months" is "half a year").
TIME_DAYS = {"second": 1 / 86400, "minute": 1 / 1440, "hour": 1 / 24, "day": 1.0, "week": 7.0, "fortnight": 14.0,
             "month": 365.25 / 12, "year": 365.25, "decade": 3652.5, "century": 36525.0, "centurie": 36525.0}
REL_TOL = 1e-6
CONTEXT_WIDTH = 6      # content words either side of a told value compared with the claim figure's (the figure
#                        rule's CLAIM_CONTEXT_WORDS)

_NUMERAL = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_CARDINAL = rf"(?:{_NUMERAL}|half\s+an?|an?|[A-Za-z]+(?:-[A-Za-z]+)?)"
_TIME = re.compile(rf"\b(?P<num>{_CARDINAL})[\s-]+(?P<unit>seconds?|minutes?|hours?|days?|weeks?|fortnights?|"
                   rf"months?|years?|decades?|century|centuries)\b", re.IGNORECASE)
_DENOMINATORS = {"half": 2, "halve": 2, "third": 3, "quarter": 4, "fifth": 5, "sixth": 6, "eighth": 8, "tenth": 10}
_DENOM = r"(?:halves|half|thirds?|quarters?|fifths?|sixths?|eighths?|tenths?)"
_SMALL = r"(?:one|two|three|four|five|six|seven|eight|nine)"
# a fraction word that tells a share: before "of" or a determiner ("a third of", "half the"), hyphenated
# ("two-thirds"), or after "by" (a change: "fell by a quarter")
_FRACTION = re.compile(
    rf"\b(?:(?P<n>an?|{_SMALL})[\s-]+(?P<d>{_DENOM})(?=\s+(?:of|the|its|their|his|her|this|that)\b)|"
    rf"(?P<hn>{_SMALL})-(?P<hd>{_DENOM})\b|"
    rf"(?<=\bby\s)(?:(?:about|around|roughly|nearly|almost|more\s+than|some)\s+)?(?P<bn>an?|one)[\s-]"
    rf"(?P<bd>{_DENOM})\b|"
    rf"(?<![\w-])(?P<half>half)(?=\s+(?:of|the|its|their|his|her|this|that)\b)|"
    rf"\b(?P<a>{_SMALL}|\d+)\s+(?:in|out\s+of)\s+(?P<b>two|three|four|five|six|seven|eight|nine|ten|\d+)\b)",
    re.IGNORECASE)
_POINTS = re.compile(r"\b(?:an?\s+)?(?P<q>quarter|half)(?:[\s-]+of\s+an?|\s+an?)?[\s-]+(?:percentage[\s-]+)?"
                     r"points?\b", re.IGNORECASE)
_MULTIPLE = re.compile(r"\b(?P<m>doubled|doubling|doubles|tripled|trebled|tripling|quadrupled|halved|halving|"
                       r"halves)\b", re.IGNORECASE)
# the change in per cent a multiple word tells, from the ratio ``fractions`` reads it as ("doubled" 2.0: up 100 %,
# "halved" 0.5: down 50 %), keyed by the word's first four letters ("doubles", "tripling" too)
_MULTIPLES = {word[:4]: abs(ratio - 1) * 100 for word, ratio in RATIOS.items()}
_DOZEN = re.compile(rf"\b(?P<n>an?|{_SMALL})\s+dozen\b", re.IGNORECASE)
_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
             "tenth": 10}
_ORDINAL = re.compile(r"\b(?:the|its|his|her|their|[A-Z][\w-]*(?:'s|’s))\s+(?P<o>second|third|fourth|fifth|sixth|"
                      r"seventh|eighth|ninth|tenth)\s+(?P<noun>[a-z]+)\b")
_TIMES_AFTER = re.compile(r"\s+times\b", re.IGNORECASE)


@dataclass(frozen=True)
class Told:
    """A value a sentence tells: its measure ("time" in days, "%" a share or change, "pp", "n" a count, "q:UNIT",
    "$:CUR"), the value, where it stands, and how it is told: ``form`` "word" for a form the figure extractor does
    not read ("a decade", "a third of", "doubled"), else the unit it is written in ("hour", "month", "%", "");
    ``approx`` for a fraction word; ``noun`` the noun an ordinal counts; ``whole`` for a whole read from a part."""
    measure: str
    value: float
    start: int
    end: int
    form: str
    approx: bool = False
    noun: str = ""
    whole: bool = False      # a whole (or earlier count) computed from a part and its share told after it


WORD = "word"
_UNREAD_TIME = ("decade", "century", "fortnight")      # units of time the extractor does not read


def _time(m: re.Match[str]) -> Told | None:
    num = " ".join(m.group("num").lower().split())
    value = 0.5 if num in ("half a", "half an") else parse_number(num)
    if value is None or value <= 0:
        return None
    unit = m.group("unit").lower()
    unit = "century" if unit.startswith("centur") else unit.rstrip("s")
    worded = num in ("a", "an", "half a", "half an") or unit in _UNREAD_TIME
    return Told("time", value * TIME_DAYS[unit], m.start(), m.end(), WORD if worded else unit)


def _fraction(m: re.Match[str]) -> Told | None:
    g = m.groupdict()
    if g["half"]:
        share = 0.5
    elif g["a"]:
        a, b = parse_number(g["a"]), parse_number(g["b"])
        if not a or not b or a >= b:
            return None
        share = a / b
    else:
        n, d = (g["n"], g["d"]) if g["n"] else (g["hn"], g["hd"]) if g["hn"] else (g["bn"], g["bd"])
        num = parse_number(n)
        d = d.lower()
        den = _DENOMINATORS.get("half" if d.startswith("hal") else d.rstrip("s"))
        if not num or not den or num >= den:
            return None
        share = num / den
    return Told("%", 100 * share, m.start(), m.end(), WORD, approx=True)


def told(sentence: str) -> list[Told]:
    """Every value ``sentence`` tells in words, and every span of time (see the module's docstring)."""
    out: list[Told] = []
    for m in _TIME.finditer(sentence):
        t = _time(m)
        if t is not None:
            out.append(t)
    for m in _FRACTION.finditer(sentence):
        t = _fraction(m)
        if t is not None:
            out.append(t)
    for m in _POINTS.finditer(sentence):
        # "a quarter of a percentage point" is no share of a quarter
        out = [t for t in out if not (t.measure == "%" and m.start() <= t.start < m.end())]
        out.append(Told("pp", 0.25 if m.group("q").lower() == "quarter" else 0.5, m.start(), m.end(), WORD))
    for m in _MULTIPLE.finditer(sentence):
        value = _MULTIPLES[m.group("m").lower()[:4]]
        out.append(Told("%", value, m.start(), m.end(), WORD))
    for m in _DOZEN.finditer(sentence):
        out.append(Told("n", 12 * (parse_number(m.group("n")) or 1), m.start(), m.end(), WORD))
    for m in _ORDINAL.finditer(sentence):
        out.append(Told("n", _ORDINALS[m.group("o")], m.start("o"), m.end(), WORD, noun=m.group("noun")))
    return out


def as_told(f: Figure, start: int, end: int) -> Told | None:
    """An extracted figure as a measure (None for a date)."""
    if f.kind == "date":
        return None
    if f.kind == "quantity" and f.unit in TIME_DAYS:
        return Told("time", f.value * TIME_DAYS[f.unit], start, end, f.unit)
    if f.kind == "percent":
        return Told(f.unit if f.unit == "pp" else "%", f.value, start, end, f.unit)
    measure = {"number": "n", "quantity": "q:" + f.unit, "money": "$:" + f.unit}[f.kind]
    return Told(measure, f.value, start, end, f.unit)


WHOLE_REACH = 6        # words between a figure and the comma before its share or multiple ("1,840 people had
#                        entered the heats this year, twice as many as"): set on the twenty-three parts' rows
# A part told with the share of its whole right after it ("120,000 tonnes a year, a quarter of Delmar's output",
# "1.2 million customers, roughly a third of Mobivant's subscribers") tells the whole too; a count told with its
# multiple of an earlier one ("1,840 people ..., twice as many as two years ago") tells the earlier count.
_SHARE_AFTER = re.compile(r"(?:\s+(?!and\b|but\b|while\b)[\w'’-]+){0,%d}?\s*,\s*(?:or\s+)?(?:(?:about|around|roughly|nearly|"
                          r"almost|some|just\s+over|just\s+under|more\s+than|less\s+than)\s+)?" % WHOLE_REACH, re.IGNORECASE)
_MULTIPLE_AFTER = re.compile(r"(?P<n>twice|(?:three|four|five|ten)\s+times)\s+(?:as\s+(?:many|much)\s+as|the)\b",
                             re.IGNORECASE)
_TIMES_WORDS = {"twice": 2.0, "three": 3.0, "four": 4.0, "five": 5.0, "ten": 10.0}


def _wholes(sentence: str, t: Told, shares: Sequence[Told]) -> list[Told]:
    """The whole (or the earlier count) a figure ``t`` of ``sentence`` implies by the share or multiple told right
    after it (see above)."""
    m = _SHARE_AFTER.match(sentence, t.end)
    if not m or t.measure in ("%", "pp") or t.value <= 0:
        return []
    out = [Told(t.measure, t.value * 100 / s.value, t.start, s.end, WORD, approx=True, whole=True)
           for s in shares if s.start == m.end() and 0 < s.value < 100]
    mm = _MULTIPLE_AFTER.match(sentence, m.end())
    if mm:
        out.append(Told(t.measure, t.value / _TIMES_WORDS[mm.group("n").split()[0].lower()], t.start, mm.end(),
                        WORD, approx=True, whole=True))
    return out


def _readings(sentence: str) -> list[Told]:
    """What ``sentence`` tells, in words and in digits."""
    out = told(sentence)
    shares = [t for t in out if t.measure == "%" and t.approx]
    cursor = 0
    for f in extract_figures(sentence):
        at = sentence.find(f.text, cursor)
        if at < 0:
            continue
        cursor = at + len(f.text)
        t = as_told(f, at, cursor)
        if t is not None:
            out.append(t)
            out += _wholes(sentence, t, shares)
    return out


def _same_measure(a: Told, b: Told) -> bool:
    if a.measure == b.measure:
        return True
    # a bare count is a count of anything (the figure rule's reading of a bare number)
    return "n" in (a.measure, b.measure) and {a.measure[:2], b.measure[:2]} <= {"n", "q:"}


def _told_otherwise(a: Told, b: Told) -> bool:
    """Whether one of the two is told in words, or both are spans of time in different units: what the figure rule
    cannot compare (two figures in digits of one unit are its own to judge, context and all)."""
    return a.form == WORD or b.form == WORD or (a.measure == b.measure == "time" and a.form != b.form)


def _same_value(mine: Told, theirs: Told, hedge: str | None) -> bool:
    if math.isclose(mine.value, theirs.value, rel_tol=REL_TOL):
        return True
    if mine.approx or theirs.approx:
        return abs(mine.value - theirs.value) <= FRACTION_TOL * max(mine.value, theirs.value)
    return rounds_to(mine.value, theirs.value, hedge)


def _near(sentence: str, start: int, end: int, inner: bool = False) -> frozenset[str]:
    before = content_stems(re.split(r"[;:!?]", sentence[:start].lower())[-1])[-CONTEXT_WIDTH:]
    after = content_stems(re.split(r"[;:!?]|\.(?!\d)", sentence[end:].lower())[0])[:CONTEXT_WIDTH]
    return frozenset(before + after + (content_stems(sentence[start:end].lower()) if inner else []))


def claim_readings(f: Figure, claim: str, span: tuple[int, int]) -> list[Told]:
    """The claim figure at ``claim[span[0]:span[1]]`` as measures: the words around it read ("two" in "two
    centuries" is 200 years, "three" in "one in three" a third, "three" before "times" a count of times), and the
    figure itself."""
    start, end = span
    out = [t for t in told(claim) if t.start < end and start < t.end]
    if f.kind == "number" and _TIMES_AFTER.match(claim, end):
        return [Told("n", f.value, start, end, "", noun="time")]
    mine = as_told(f, start, end)
    return out + ([mine] if mine is not None and not any(t.measure == mine.measure for t in out) else [])


def told_alike(f: Figure, claim: str, span: tuple[int, int], ctx: frozenset[str], docs: Sequence[Doc],
               anchored: Callable[[Doc, int], bool], hedge: str | None,
               shared: Callable[[frozenset[str], frozenset[str]], bool]) -> bool:
    """Whether a sentence of an anchored cited passage tells the claim figure's value of the same measure, one of
    the two told in words or in another unit (see the module's docstring); ``shared`` judges the context words."""
    mine = claim_readings(f, claim, span)
    low = claim.lower()
    for d in docs:
        for i, sentence in enumerate(d.sentences):
            if not anchored(d, i):
                continue
            for theirs in _readings(sentence):
                for m in mine:
                    if not _same_measure(m, theirs) or not _told_otherwise(m, theirs):
                        continue
                    # an ordinal ("his third title") counts only the times ("three times") of what the claim names
                    if (m.noun == "time") != bool(theirs.noun) or (theirs.noun and theirs.noun[:5] not in low):
                        continue
                    if _same_value(m, theirs, hedge) and \
                            shared(ctx, _near(sentence, theirs.start, theirs.end, theirs.whole)):
                        return True
    return False


def same_value_words(claim: str, word: str, sentence: str, other: str) -> bool:
    """Whether ``word`` of the claim and ``other`` of a cited sentence are the units of one value told both ways
    ("a hundred years" / "a century"): no word put in another's place (``substitutions.py``)."""
    def holding(text: str, w: str) -> list[Told]:
        return [t for t in _readings(text) if re.search(rf"\b{re.escape(w)}\b", text[t.start:t.end], re.IGNORECASE)]
    return any(_same_measure(m, t) and _same_value(m, t, None) for m in holding(claim, word)
               for t in holding(sentence, other))
