"""Rule: a change told as a fraction or a multiple (fourteenth round of the claim-support check).

News prose tells a change by a word, not a figure: "profit fell by about a third", "a third fewer batteries",
"revenue more than doubled", "nearly three times as fast". No figure rule read those words, so a planted "fell by
about a third" (for a fall from 51 to 38 million pounds, a quarter) or "a third fewer batteries than the year
before" (for "three times as many as the year before") passed whenever the rest of the passage matched (eval12's
e0100 and e0013).

The ratio the claim asserts (new over old: "fell by a third" 2/3, "doubled" 2, "a third fewer" 2/3, "three times as
many" 3) is looked for in the cited sentences that share ``SHARED_MIN`` content words with the claim:

* stated: the sentence tells a ratio in words or as a percentage change ("rose 50%") that agrees;
* computed: two figures of one sentence of the same kind and unit give that ratio ("to 38 million pounds from 51
  million pounds"; "34% ... against 12%").

Agreement is within ``RATIO_TOL`` of the change (or of the multiple), hedges honoured ("more than doubled" is at
least double, "nearly three times" at most three). A claim is rejected only when such a sentence states or gives a
ratio and none agrees, also none of two figures of different sentences or of a part and the rest of its whole
("$780 million" in the lead and "revenue of $95 million" further down is "eight times"; "260,000 of the 310,000
seats ... the rest in Canada" is "five times as many"); with nothing to compare, the rule abstains.
"""
from __future__ import annotations

import re
from typing import Sequence

from topline.check.evidence import STOPWORDS, stem
from topline.enrich.figures import extract_figures
from topline.records import Figure

RATIO_TOL = 0.15    # relative difference allowed between the claim's change and the passage's (a third is 0.333:
#                     0.255, a fall from 51 to 38, is 23% off; "about a quarter" for it is 2% off). Set on the
#                     fraction and multiple claims of the fifteen calibration parts (tests/data/support).
COUNT_MIN = 20      # across sentences only figures from this size pair up: "three" and "five" of two sentences
#                     ("three times as much", "one of the world's five largest") make any small ratio
SHARED_MIN = 2      # content words a cited sentence shares with the claim to be read for its ratio
_FRACTIONS = {"half": 1 / 2, "third": 1 / 3, "quarter": 1 / 4, "fifth": 1 / 5, "tenth": 1 / 10}
_MULTIPLES = {"halved": 1 / 2, "halving": 1 / 2, "doubled": 2.0, "doubling": 2.0, "tripled": 3.0, "trebled": 3.0,
              "quadrupled": 4.0}
_TIMES = {"twice": 2.0, "two": 2.0, "three": 3.0, "four": 4.0, "five": 5.0, "six": 6.0, "seven": 7.0,
          "eight": 8.0, "nine": 9.0, "ten": 10.0}
_UP = r"rose|risen|rise|rises|rising|grew|grown|grow|grows|increase|increased|increases|gained|gains|jumped|" \
      r"climbed|up|higher|lengthened|more|larger|bigger|raise|raised|raises|lift|lifted|lifts|boost|boosted|boosts"
_DOWN = r"fell|fallen|fall|falls|falling|dropped|drops|declined|declines|shrank|shrunk|shrinks|cut|cuts|lost|" \
        r"slumped|down|lower|lowered|shortened|fewer|less|smaller|reduce|reduced|reduces|decrease|decreased"
_HEDGE = r"(?:about|around|roughly|nearly|almost|some|more\s+than|less\s+than|just\s+over|just\s+under)"
_BY_FRACTION = re.compile(rf"\b(?P<dir>{_UP}|{_DOWN})\s+(?:by\s+)?(?P<hedge>{_HEDGE}\s+)?(?:a|one)[\s-]"
                          rf"(?P<frac>half|third|quarter|fifth|tenth)\b(?!\s+of\b)", re.IGNORECASE)
_FRACTION_THAN = re.compile(rf"\b(?P<hedge>{_HEDGE}\s+)?(?:a|one)[\s-](?P<frac>half|third|quarter|fifth|tenth)\s+"
                            rf"(?P<dir>more|fewer|less|lower|higher|larger|smaller|bigger)\b", re.IGNORECASE)
_MULTIPLE = re.compile(rf"\b(?P<hedge>{_HEDGE}\s+)?(?P<verb>{'|'.join(_MULTIPLES)})\b", re.IGNORECASE)
_TIMES_AS = re.compile(rf"\b(?P<hedge>{_HEDGE}\s+)?(?P<n>twice|(?:two|three|four|five|six|seven|eight|nine|ten)\s+"
                       rf"times)\s+(?:as\s+(?:many|much|fast|high|large|big|long|frequent|often)|the|what|its|their|"
                       rf"[A-Z][\w&-]*(?:'s|’s))(?!\w)",
                       re.IGNORECASE)
_PERCENT_CHANGE = re.compile(rf"\b(?P<dir>{_UP}|{_DOWN})\s+(?:by\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+)?"
                             rf"(?P<pct>\d+(?:\.\d+)?)\s*(?:%|per\s*cent|percent)", re.IGNORECASE)
_PERCENT_THAN = re.compile(r"(?P<pct>\d+(?:\.\d+)?)\s*(?:%|per\s*cent|percent)\s+(?P<dir>more|fewer|less|lower|"
                           r"higher|larger|smaller|bigger)\b", re.IGNORECASE)
# in a cited sentence the verb may stand apart from its "by a fifth" ("raise capacity on the busiest lines by about
# a fifth", "cuts Cote Brune grape harvest by a third"): the nearest word of direction before it gives the sign
_BY_APART = re.compile(rf"\bby\s+(?:{_HEDGE}\s+)?(?:a|one)[\s-](?P<frac>half|third|quarter|fifth|tenth)\b(?!\s+of\b)",
                       re.IGNORECASE)
_DIRECTION = re.compile(rf"\b(?:{_UP}|{_DOWN})\b", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


def _hedge(m: re.Match[str]) -> str:
    return " ".join((m.group("hedge") or "").lower().split())


def _is_up(word: str) -> bool:
    return bool(re.fullmatch(_UP, word.lower()))


def ratios(text: str) -> list[tuple[float, str, str]]:
    """Every ratio (new over old) the text tells in words: (ratio, hedge, the words)."""
    out = []
    for m in _BY_FRACTION.finditer(text):
        f = _FRACTIONS[m.group("frac").lower()]
        out.append((1 + f if _is_up(m.group("dir")) else 1 - f, _hedge(m), m.group(0)))
    for m in _FRACTION_THAN.finditer(text):
        f = _FRACTIONS[m.group("frac").lower()]
        out.append((1 + f if _is_up(m.group("dir")) else 1 - f, _hedge(m), m.group(0)))
    for m in _MULTIPLE.finditer(text):
        out.append((_MULTIPLES[m.group("verb").lower()], _hedge(m), m.group(0)))
    for m in _TIMES_AS.finditer(text):
        out.append((_TIMES[m.group("n").split()[0].lower()], _hedge(m), m.group(0)))
    return out


def _stated(text: str) -> list[float]:
    """Ratios a cited sentence states: in words, and as a percentage change ("rose 50%" is 1.5)."""
    got = [r for r, _h, _w in ratios(text)]
    for pattern in (_PERCENT_CHANGE, _PERCENT_THAN):
        for m in pattern.finditer(text):
            p = float(m.group("pct")) / 100
            got.append(1 + p if _is_up(m.group("dir")) else 1 - p)
    for m in _BY_APART.finditer(text):
        before = _DIRECTION.findall(text[:m.start()])
        if before:
            f = _FRACTIONS[m.group("frac").lower()]
            got.append(1 + f if _is_up(before[-1]) else 1 - f)
    return got


def _computed(*texts: str, rest: bool = False) -> list[float]:
    """Ratios of two figures of the same kind and unit (both orders) in the given sentences; with ``rest``, also
    of the smaller to what is left of the larger ("about 260,000 of the 310,000 seats ... and the rest")."""
    figs = [f for text in texts for f in extract_figures(text)
            if f.kind in ("money", "percent", "quantity", "number") and f.value > 0 and
            (not rest or (f.kind != "percent" and f.value >= COUNT_MIN))]
    out = []
    for i, a in enumerate(figs):
        for b in figs[i + 1:]:
            if a.value != b.value and (a.kind == b.kind and a.unit == b.unit or rest and _counts(a, b)):
                out += [a.value / b.value, b.value / a.value]
                lo, hi = sorted((a.value, b.value))
                if rest:
                    out += [lo / (hi - lo), (hi - lo) / lo]
    return out


def _counts(a: Figure, b: Figure) -> bool:
    """Two counts of one thing, one of them with its noun read as a unit ("310,000 car seats", "260,000 of the
    seats")."""
    return {a.kind, b.kind} <= {"quantity", "number"} and not (a.unit and b.unit)


def _given(sentences: Sequence[str]) -> tuple[list[float], list[float]]:
    """The ratios the sentences give: (stated, or computed within one sentence; every ratio they allow, also
    across sentences and with what is left of a whole)."""
    sure = [r for s in sentences for r in _stated(s) + _computed(s)]
    return sure, sure + _computed(*sentences, rest=True)


def agrees(claimed: float, hedge: str, actual: float) -> bool:
    """Whether the passage's ratio ``actual`` is the claim's ``claimed`` (a change compared as a change)."""
    if (claimed > 1) != (actual > 1):
        return False
    if hedge == "more than" or hedge == "just over":
        return actual >= claimed * 0.98 if claimed > 1 else actual <= claimed * 1.02
    if hedge in ("nearly", "almost", "less than", "just under"):
        return claimed * (1 - 2 * RATIO_TOL) <= actual <= claimed * 1.02 if claimed > 1 else \
            actual >= claimed * 0.98
    if claimed < 2 and abs(claimed - 1) > 0:          # a change ("by a third"): compare the changes
        return abs(abs(actual - 1) - abs(claimed - 1)) <= RATIO_TOL * abs(claimed - 1)
    return abs(actual - claimed) <= RATIO_TOL * claimed


def _content(text: str) -> set[str]:
    return {stem(w.lower()) for w in _WORD.findall(text) if w.lower() not in STOPWORDS and len(w) > 2}


def fraction_problem(claim: str, sentences: Sequence[str]) -> str:
    """Why the claim's change told as a fraction or multiple is not the one its cited sentences give ("" when it
    is, or when they give none to compare)."""
    told = ratios(claim)
    if not told:
        return ""
    words = _content(claim)
    near = [s for s in sentences if len(words & _content(s)) >= SHARED_MIN]
    sure, allowed = _given(near)
    for claimed, hedge, phrase in told:
        if sure and not any(agrees(claimed, hedge, r) for r in allowed):
            return f"number: the sentence's {phrase.strip()!r} is not the change its cited passage gives"
    return ""


def ratio_told(claim: str, start: int, end: int, sentences: Sequence[str]) -> bool:
    """Whether the number at ``claim[start:end]`` is the multiple of a ratio phrase ("nearly three times as fast",
    "about eight times Arbon's revenue") that a cited sentence sharing words with the claim states or gives by two
    figures: the number is computed, not a figure to find stated (fourteenth round, eval12's e0052 and e0072)."""
    words = _content(claim)
    near = [s for s in sentences if len(words & _content(s)) >= SHARED_MIN]
    _sure, given = _given(near)
    for m in _TIMES_AS.finditer(claim):
        if m.start("n") <= start and end <= m.end("n"):
            claimed = _TIMES[m.group("n").split()[0].lower()]
            return any(agrees(claimed, _hedge(m), r) for r in given)
    return False
