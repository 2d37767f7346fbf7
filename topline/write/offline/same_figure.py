"""One development, two bullets, one figure (issue 11, stories31): two stories of a page whose bullets state the same
figure of the same thing are one development, whatever the stories stage did with their articles.

The stories stage sometimes leaves a report of a development outside the story that carries it: a second outlet's
report of a statistic joined to another day's story ("Inflation in the UK rose to 3.6% in June" under "British
consumer price inflation rose unexpectedly to 3.6% in June"), an analysis of a data release told as its own story
("Industrial output rose 4.6 per cent in November" under "China's industrial output grew 4.6% in November"), a
market's report of a company's fall under the company's own news ("Valmorel shares closed down 14.2%" under the
margin-target cut that sent them 14% lower). The Top Line's ``same_fact`` needs two shared names, which a bullet
that names the country or the company once (or not at all: "Industrial output rose ...") does not give;
``twice.Titles`` reads one outlet's stories only and their headline words.

Here two bullets state one development when both give a figure of the same unit at (almost) the same value
(``FIGURE_RATIO``; the figures and their units as ``enrich.figures`` reads them: percent, money by currency, a
quantity by its unit, a count of at least ``COUNT_MIN`` by the noun after it) and the words just before the figure
in each (what the figure is of: "industrial output", "inflation", "Valmorel shares") share a content word that is not a unit or a market word any share move or rate
decision carries ("shares", "basis points", "rate", "worth"). Two companies' shares that each rose 5.6% and 6.3%, two
central banks' 25-basis-point cuts, two deals of $720 million and $640 million stay two developments.

Calibrated on every pair of Top Line bullets of every edition day of the calibration corpora (benchmarks/RESULTS.md,
"stories31"): of the pairs the gold calls one development, the three that state one figure (eval-fin's UK inflation,
eval-macro's China data, eval-cyber's Valmorel fall) are found; no pair of two developments is. Since mend32 the
figures are ``enrich.figures``' (this module had its own pattern and scale and currency tables): the same answer on
every Top Line pair the calibration sweep asks; over every pair of candidate sentences of each calibration corpus,
251 more pairs are joined (one figure in two forms: "310 million euros" and "€310 million", "800 megawatts" and
"800 MW", "2,000 beds") and 7 fewer (five of the old pattern's misreadings, "phase 2b" as 2 billion, "H-1B", "Llama
3.2-90B"; "1.5m TEU", which ``enrich.figures`` does not read without a currency; "90 million monthly active users")
(benchmarks/RESULTS.md, "mend32").
"""
from __future__ import annotations

import re

from topline.enrich.figures import placed_figures
from topline.records import Figure
from topline.write.offline.twice import stems

# Figures "the same" when within this ratio: outlets round a share fall to 14% or 14.2%; a statistic is told to the
# decimal by every outlet (3.6%, 4.6%). Calibrated on the calibration corpora's Top Line pairs (stories31): pairs of
# different developments with one unit came at ratios 1.07-1.25 (5.6% and 6.3%; $640m and $720m; 10 and 11 years)
# or at exactly 1.0 (two central banks' 25-basis-point cuts: told apart by the words, not the ratio).
FIGURE_RATIO = 1.02
CONTEXT_WORDS = 6   # the words before a figure that say what it is of ("British consumer price inflation rose to")

# Words before a figure that any figure of its kind carries: a unit, a market's or a rate's words, a verb of
# movement, a time word. What is left names what the figure is of.
_GENERIC = frozenset(stems(
    "rose rise rises risen rising fell fall falls fallen falling grew grow grows growing climbed climb climbs dropped "
    "drop drops slid slide slides jumped jump jumps surged surge gained gain gains lost lose loses declined decline "
    "declines increased increase increases decreased decrease slumped slump plunged plunge tumbled tumble soared soar "
    "closed close ended end down from about around nearly almost roughly some more less than over under cut cuts "
    "raised raise lifted lower higher record year years month months week weeks quarter quarterly annual first second "
    "third fourth percent cent per basis points point rate rates share shares stock stocks price prices worth valued "
    "valuing valuation value deal total totalling expected forecast estimate estimates unexpectedly just only "
    "reported said says according trading session day monday tuesday wednesday thursday friday saturday sunday "
    "billion million crore trillion dollars euros pounds yen yuan"))


# A plain number counts a thing when it is this large and a noun follows it ("2,000 beds", "58 million subscribers"):
# a smaller one is a day, a rank or a count of anything ("two", "3 charges"). stories31's own reader meant this (its
# pattern read the noun only after a scale word); quantities of a unit ``enrich.figures`` knows ("1,900 jobs",
# "212 flights") are read as quantities.
COUNT_MIN = 100
_NOUN_AFTER = re.compile(r"\s(?P<noun>[a-z][a-z-]+)", re.IGNORECASE)
_NAMED = re.compile(r"\S\s+[A-Z][\w-]*\s$")    # right after a capitalised word that does not open the sentence


# Figures that say when or how much a rate moved, not what: a span of time ("over five years", "its worst day in two
# months", "for three weeks") and a move in points ("fell 5 basis points", "cut by 25 basis points": every rate
# decision of a size shares it, and the words before it name a kind of rate, "the two-year yield", not whose). Over
# every pair of candidate sentences of each calibration corpus (mend32), these were 271 of the 530 pairs the
# figures of ``enrich.figures`` joined that stories31's own reader did not ("over five years" in two sentences of
# one company), among them the rates' pairs of two developments ("The two-year Canada yield slipped five basis
# points", "The two-year gilt yield fell 5 basis points").
_NOT_OF_A_THING = frozenset({"year", "month", "week", "day", "hour", "minute", "second", "pp"})


def _unit(fig: Figure, after: str, before: str) -> str:
    """What the figure is a figure in: "%", a currency's ISO code, a quantity's unit (``enrich.figures``), or for a
    plain number of at least ``COUNT_MIN`` the noun right after it by its stem; "" for none (a date, a year, a span
    of time, a move in points, a small or bare number)."""
    if fig.kind in ("percent", "money", "quantity"):
        return "" if fig.unit in _NOT_OF_A_THING else fig.unit
    if fig.kind != "number" or fig.value < COUNT_MIN or _NAMED.search(before):
        return ""   # "Stelvane 220 narrowbody jets", "the FTSE 100 bank index": a name's number counts nothing
    m = _NOUN_AFTER.match(after)
    noun = min(stems(m.group("noun")), default="") if m else ""
    return "" if noun in _GENERIC else noun   # "1,712 per dollar": no noun counted


def figures(text: str) -> list[tuple[str, float, frozenset[str]]]:
    """The figures a sentence states (``enrich.figures.placed_figures``), each as (unit, value, the content words
    just before it)."""
    out = []
    for p in placed_figures(text):
        unit = _unit(p.figure, text[p.end:], text[:p.start])
        if not unit or p.figure.value <= 0:
            continue
        before = " ".join(text[:p.start].split()[-CONTEXT_WORDS:])
        words = stems(before) - _GENERIC
        if _POSSESSIVE.search(before):
            words |= _subject(text)    # "..., sending its shares down 14%": the shares of the sentence's subject
        out.append((unit, p.figure.value, frozenset(words)))
    return out


_POSSESSIVE = re.compile(r"\b(?:its|their)\s+(?:shares|stock|share price)\b", re.IGNORECASE)
_NAME = re.compile(r"\b[A-Z][A-Za-z0-9&-]+")


def _subject(text: str) -> set[str]:
    """The names of a sentence's first clause (who "its" refers to), by their stems."""
    first = re.split(r"[,;]", text, maxsplit=1)[0]
    return {w for n in _NAME.findall(first) for w in stems(n)} - _GENERIC


def same_figure(lower: str, upper: str) -> bool:
    """``lower`` states the figure ``upper`` states, of the same thing: one development told twice."""
    theirs = figures(upper)
    for unit, value, words in figures(lower):
        for u, v, w in theirs:
            if unit == u and max(value, v) / min(value, v) <= FIGURE_RATIO and words & w:
                return True
    return False
