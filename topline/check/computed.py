"""Rule: a figure the writer computed from two figures of one passage (eighth round of the claim-support check).

News prose states differences it does not find written: "the valuation has risen by about $2.7 billion since
February" (from $1.5 billion to $4.2 billion), "3,300 more runners finished than last year" (38,500 against 35,200),
"1.5 percentage points lower" (4.1% against 5.6%), "Corlen will pay $500 million of the price in shares" ($1.3
billion, $800 million of it in cash). The figure rule asks every figure to be stated, so such sentences were
rejected: 13 of eval6's 41 rejected paraphrases, and eval4's and eval5's "35 fewer rhinos", "34,600 shorter".

A figure of the claim that no cited statement gives is supported here when

* the claim marks it as a difference: a comparison word within ``CUE_REACH`` words after it ("more", "fewer",
  "lower", "below", "ahead", "outside", "shorter", ...: ``DIFFERENCE_CUES``), "by" just before it ("rose by $2.8
  trillion", "differ ... by $40 million"), or "of the" right after it (a part of a whole: "$500 million of the
  price");
* two figures of one cited passage (one sentence, or two neighbouring sentences: ``PAIR_REACH``), of the same kind
  and unit as each other and as the claim's (a difference of two percentages is in percentage points), differ by
  exactly its value.

A figure that is not marked as a difference is never computed ("Corlen will pay $500 million in cash" stays a
wrong figure), and the difference must be exact (up to float noise): a writer who computes copies the result.
"""
from __future__ import annotations

import math
import re
from typing import Callable, Sequence

from topline.check.ages import age_by_context
from topline.check.evidence import Doc
from topline.check.rounding import ROUND_REL
from topline.enrich.figures import date_parts
from topline.patterns import compiled
from topline.records import Figure

CUE_REACH = 4          # words after a figure in which a comparison word marks it as a difference ("3,300 more
                       # runners", "27 percentage points below"); set on eval4-eval6's computed analysis sentences
PAIR_REACH = 1         # the two figures stand in one sentence or in neighbouring ones (a passage's window)
REL_TOL = 1e-6
DIFFERENCE_CUES = frozenset("""more less fewer lower higher below above ahead behind outside inside under over
shorter longer smaller larger bigger greater faster slower cheaper dearer earlier later difference differ differs
differed gap short apart older younger""".split())   # older, younger: seventeenth round (eval14's c0324)
# Ninth round: what is left of a whole is a difference too ("About 24,000 doses remain to be given" for 96,000 of
# 120,000 given), and a sum is marked by the words that add ("5,190 votes between them", "a combined 1,200
# staff", "in all"). Each is a way news prose says a figure was computed, not stated; set on eval7's rejected
# paraphrases (u0273, u0364), checked on every other part (no planted figure of the ten parts carries such a word
# next to a sum or difference of its passage).
REST_CUES = frozenset("remain remains remained remaining left outstanding".split())
SUM_CUES = frozenset("between together combined altogether total".split())
REST_BEFORE_REACH = 3   # words before a figure in which a rest cue marks it ("be left with 150", "leaving 40")
# Seventeenth round (eval14's c0103 and c0283): a sum word a verb away before the figure ("The fine and
# the repayments together come to 74 million pounds", "together came to 114,000 pounds"); the ninth round's window
# (two words before) stopped at "come to".
SUM_BEFORE_REACH = 3
# Seventeenth round: a difference a comparison word marks (or a sum a word of adding marks) may take its two figures
# from up to this many sentences apart in one article, not only from neighbouring sentences ("still about 3,180
# dollars below its 2024 peak": 5,120 dollars in the lead, the 8,300-dollar peak four sentences on; "$600 above
# Monday's record"; "88 kilograms short of the heaviest ever recorded", six sentences apart; "The two contracts are
# worth 730 million pounds together", five). It must still be exact, the kinds and units agreeing; set on c0219
# (eval14), h0220 (eval10), g0259 (eval11) and e0171 (eval12).
MARKED_REACH = 8
_WORDS = re.compile(r"[A-Za-z][A-Za-z'-]*")
# Words right before a figure that make it the size of a change: "by" ("rose by $2.8 trillion"), and (eleventh
# round, eval9's o0101: "Pellory gained about 700,000 active customers in a year" for "rose to 7.2 million from 6.5
# million") a verb of gain or loss, whose object is what was gained or lost, not a level.
_CHANGE_BEFORE = frozenset("by gained gains added adds lost loses shed sheds".split())
_HEDGES = frozenset("about around nearly almost some roughly just".split())


def marked_as_comparison(claim: str, start: int, end: int) -> bool:
    """Whether a comparison word follows the figure within ``CUE_REACH`` words ("3,180 dollars below", "88
    kilograms short of"): the one mark that lets a difference take its figures from across the article
    (``MARKED_REACH``); "of the" after a figure ("540 million euros of the cost") keeps to ``PAIR_REACH``: a
    rest found far away told the wrong payer (eval9's planted o0194, lost by a first version)."""
    return any(w.lower() in DIFFERENCE_CUES for w in _WORDS.findall(claim[end:])[:CUE_REACH])


# Seventeenth round: a sentence that opens by leaving a part out states the rest ("Leaving out the EU grant,
# Corvane's new funding amounts to 45 million euros": 52 million with a 7 million grant; "Without the Tessaly Bank
# loan, the new funding comes to $85 million"); set on eval10's h0032, eval11's g0027 and eval12's e0030. The figure
# must follow the opening clause; its two figures keep to ``PAIR_REACH``.
_LEAVING_OUT = re.compile(r"^\W*(?:leaving\s+out|without|excluding|not\s+counting|apart\s+from|aside\s+from)\b[^,]*,",
                          re.IGNORECASE)


def marked_as_difference(claim: str, start: int, end: int) -> bool:
    """Whether the figure at ``claim[start:end]`` is marked as a difference by the words around it."""
    opening = _LEAVING_OUT.match(claim)
    if opening and opening.end() <= start:
        return True
    after = _WORDS.findall(claim[end:])[:CUE_REACH]
    before = _WORDS.findall(claim[:start])[-2:]
    if any(w.lower() in DIFFERENCE_CUES for w in after):
        return True
    if before and (before[-1].lower() in _CHANGE_BEFORE or (len(before) == 2 and before[0].lower() in _CHANGE_BEFORE
                                                            and before[1].lower() in _HEDGES)):
        return True
    return bool(re.match(r"\s+of\s+the\b", claim[end:], re.IGNORECASE))


def marked_as_sum(claim: str, start: int, end: int) -> bool:
    """Whether the figure at ``claim[start:end]`` is marked as a sum ("between them", "combined", "in all")."""
    after = [w.lower() for w in _WORDS.findall(claim[end:])[:CUE_REACH]]
    before = [w.lower() for w in _WORDS.findall(claim[:start])[-SUM_BEFORE_REACH:]]
    return any(w in SUM_CUES for w in after + before)


def marked_as_rest(claim: str, start: int, end: int) -> bool:
    """Whether the figure is what remains of a whole ("24,000 doses remain", "leaving 40 seats", "will be left with
    150 branches", "the remaining 40": the cue before the figure since the fourteenth round, eval12's e0112)."""
    before = [w.lower() for w in _WORDS.findall(claim[:start])[-REST_BEFORE_REACH:]]
    return any(w.lower() in REST_CUES for w in _WORDS.findall(claim[end:])[:CUE_REACH]) or \
        any(w in REST_CUES or w == "leaving" for w in before)


def _elided(a: Figure, b: Figure, same_sentence: bool) -> tuple[Figure, Figure]:
    """A bare number beside a quantity or an amount in ONE sentence counts what it counts: its unit is left
    unsaid ("by 38 votes instead of the 52", "410 million euros, against a budget of 315 million")."""
    if not same_sentence:
        return a, b
    if a.kind == "number" and b.kind in ("quantity", "money"):
        return Figure(a.text, b.kind, a.value, b.unit), b
    if b.kind == "number" and a.kind in ("quantity", "money"):
        return a, Figure(b.text, a.kind, b.value, a.unit)
    return a, b


def _compatible(f: Figure, a: Figure, b: Figure) -> bool:
    if a.kind != b.kind or a.unit != b.unit:
        return False
    if f.kind == "percent":
        return f.unit == "pp" and a.kind == "percent"
    if f.kind in ("money", "quantity"):
        return a.kind == f.kind and a.unit == f.unit
    return f.kind == "number" and a.kind in ("number", "quantity")


# "a 48 million pound fine", "a 640 million pound contract": the singular currency noun used as an adjective, which
# the figure reader leaves a bare number (seventeenth round: eval14's c0103 adds such a fine to "26 million pounds";
# eval13's d0010 averages "a 1.2 billion pound contract" over 48 drones; eval14's c0003 restates "the 1.1 billion
# pound price" where the passage sells "for 1.1 billion pounds"). Read as money by the figure rule, on both sides. A
# hyphen is a weight ("60-pound bags", eval4's planted x0158 for "60-kilogram bags"): not read so.
_ADJECTIVAL_CURRENCY = {"pound": "GBP", "euro": "EUR", "dollar": "USD"}


def adjectival_money(g: Figure, sentence: str) -> Figure:
    """``g`` read as money when its text stands right before a singular currency noun in ``sentence``."""
    if g.kind != "number":
        return g
    m = compiled(r"(?<![\w.,])" + re.escape(g.text) + r"\s+(pound|euro|dollar)\b").search(sentence)
    return Figure(g.text, "money", g.value, _ADJECTIVAL_CURRENCY[m.group(1)]) if m else g


# Seventeenth round: a person's age is often a bare number in apposition ("Winifred Pryce, now 88.", "The previous
# oldest woman to swim the crossing was 66."); a sentence restates it as "88-year-old" or compares it in years ("five
# years older": eval14's c0324 against "A 71-year-old grandmother"; eval13's d0336). Such a bare whole number, at most
# ``AGE_MAX``, read as years of age where a sentence's figure in years asks for one.
AGE_MAX = 120
_AGE_BEFORE = r"(?:,\s*(?:now\s+|aged\s+)?|\bnow\s+|\baged\s+|\b(?:was|is)\s+)"


def as_age(g: Figure, sentence: str) -> Figure:
    """``g`` read as an age in years when it is a bare whole number in apposition or after "now", "aged", "was"."""
    if g.kind != "number" or not float(g.value).is_integer() or not 0 < g.value <= AGE_MAX:
        return g
    if re.search(_AGE_BEFORE + re.escape(g.text) + r"(?=\s*[,.;]|\s*$)", sentence) or \
            age_by_context(g.text, sentence):     # support38: "the oldest 81", "aged from 6 to 91" (ages.py)
        return Figure(g.text, "quantity", g.value, "year")
    return g


def computed_difference(f: Figure, docs: Sequence[Doc], anchored: Callable[[Doc, int], bool] = lambda d, i: True,
                        add: bool = False, reach: int = PAIR_REACH) -> bool:
    """Whether two figures of one passage of ``docs`` differ by exactly ``f``'s value (with ``add``: add up to it;
    kinds and units agreeing, a unit left unsaid in one sentence read as its neighbour's), in a passage whose
    sentence ``anchored(doc, index)`` accepts (the figure rule's words in common)."""
    if f.kind == "date" or f.value <= 0:
        return False
    for d in docs:
        figs = d.figures
        for x in range(len(figs)):
            for y in range(x + 1, len(figs)):
                (i, a), (j, b) = figs[x], figs[y]
                a, b = _elided(adjectival_money(a, d.sentences[i]), adjectival_money(b, d.sentences[j]), i == j)
                if f.kind == "quantity" and f.unit == "year":
                    a, b = as_age(a, d.sentences[i]), as_age(b, d.sentences[j])
                if abs(i - j) > reach or not _compatible(f, a, b) or not (anchored(d, i) or anchored(d, j)):
                    continue
                value = a.value + b.value if add else abs(a.value - b.value)
                if math.isclose(value, f.value, rel_tol=REL_TOL, abs_tol=1e-9):
                    return True
    return False


# Twelfth round: what the figures of one passage imply, as writers restate it. The rules above compute one
# difference or sum, and only with a comparison word beside the figure; eval7-eval10's rejected paraphrases state
# more of what a passage implies (read in the twelfth round's table, benchmarks/RESULTS.md):
#   * the level BEFORE a stated change: "A year earlier, Halvard made a quarterly profit of about 40 million euros"
#     (46 million, up 15%), "Before Tuesday's fall, cocoa traded at about $7,750 a tonne" ($6,900 after an 11%
#     fall), "Before Monday's rise, the yield ... was about 8.75%" (rose 0.45 percentage points to 9.2%), "Halvard
#     ran 92 hotels before the quarter began" (opened four, now runs 96);
#   * a whole from its share ("about 15,000 people": 1,200 jobs, about 8% of its workforce), a part from a share,
#     the rest of a whole ("the remaining 39%" of 61%; "About 9,000 of the recalled bikes" of 38,000, 29,000 of
#     them sold in Germany, three sentences on), a sum ("about 37,000 hectares": 12,000 sprayed, another 25,000
#     planned), an average ("on average 140 million euros": 840 million for six ferries).
# Such a figure is supported when the sentence marks it as computed (``marked_as_computed``: a hedge before it, a
# word of an earlier state, of the rest, of an average, or the difference and sum words above) and a value derived
# from figures of one anchored passage equals it, or rounds to it as ``rounding.rounds_to`` allows after a hedge.
# An unmarked figure is never computed: "Five beaver kits were born" (11 beavers now, six released) stays unstated.
DERIVED_REACH = 4      # sentences between two figures whose sum or difference a writer states (the whole in the lead,
                       # a part three sentences on: eval8 r0146, eval10 h0149); 4 since the seventeenth round (the
                       # whole in the lead, a part four sentences on: eval8 r0146, eval11 g0126, eval14 c0011; 6
                       # passed nothing more)
AVERAGE_MAX_COUNT = 100   # an average divides by a bare count of at most this (six ferries, two substations)
_EARLIER = re.compile(r"\b(?:earlier|ago|before|previously|prior\s+to|last\s+year)\b", re.IGNORECASE)
AVERAGE_WORDS = re.compile(r"\b(?:on\s+average|average|each|apiece)\b", re.IGNORECASE)
_REST_BEFORE = frozenset("remaining other rest".split())


def marked_as_computed(claim: str, start: int, end: int, hedge: str | None) -> bool:
    """Whether the sentence marks the figure at ``claim[start:end]`` as computed, not copied."""
    return bool(hedge or _EARLIER.search(claim) or AVERAGE_WORDS.search(claim) or marked_as_part(claim, start) or
                marked_as_difference(claim, start, end) or marked_as_rest(claim, start, end) or
                marked_as_sum(claim, start, end))


def marked_as_earlier(claim: str) -> bool:
    """Whether the sentence is about an earlier time than its passage ("A year earlier", "Before the cuts")."""
    return bool(_EARLIER.search(claim))


def marked_as_part(claim: str, start: int) -> bool:
    """"the remaining 39%", "the other 300 million": the figure is the rest of a whole."""
    return bool(_REST_BEFORE & {w.lower() for w in _WORDS.findall(claim[:start])[-2:]})


# A percentage beside a level is a change when a word of movement stands next to it ("up 15%", "rose 6% to 142
# euros", "fell 18% from a year earlier to 41 million"), in the direction that word says; a share when "of" follows
# it ("1,200 jobs, about 8% of its workforce", "61% of all those in the country"); otherwise it is neither, and
# nothing is derived from it (a first version read every percentage both ways: "about 1,100 jobs, or 9% of its
# workforce" then "supported" a planted "about 1,000 jobs" as 1,100 before a 9% rise).
_UP_MOVES = (r"up|rose|rise|rises|risen|rising|grew|grow|grows|grown|gained|gains|climbed|climbs|jumped|jumps|"
             r"increased|increases|surged|surges|soared|soars|higher")
_DOWN_MOVES = (r"down|fell|fall|falls|fallen|falling|lost|loses|dropped|drops|slumped|slumps|slid|slides|"
               r"decreased|decreases|declined|declines|plunged|plunges|lower")
_UP_BEFORE = re.compile(rf"\b(?:{_UP_MOVES})\W+(?:\w+\W+)?$", re.IGNORECASE)
_DOWN_BEFORE = re.compile(rf"\b(?:{_DOWN_MOVES})\W+(?:\w+\W+)?$", re.IGNORECASE)
_UP_AFTER = re.compile(r"^\W*(?:higher|increase|rise|jump|gain|more)\b", re.IGNORECASE)
_DOWN_AFTER = re.compile(r"^\W*(?:lower|decrease|fall|drop|decline|less)\b", re.IGNORECASE)
_SHARE_AFTER = re.compile(r"^\s+of\b", re.IGNORECASE)


def _percent_role(sentence: str, g: Figure) -> str:
    """"up" or "down" (a change), "share", or "" for a percentage ``g`` of ``sentence``."""
    at = sentence.find(g.text)
    if at < 0:
        return ""
    before, after = sentence[max(0, at - 30):at], sentence[at + len(g.text):]
    up = bool(_UP_BEFORE.search(before) or _UP_AFTER.match(after))
    down = bool(_DOWN_BEFORE.search(before) or _DOWN_AFTER.match(after))
    if up != down:
        return "up" if up else "down"
    return "share" if not up and _SHARE_AFTER.match(after) else ""


def computation(value: float, operands: Sequence[float]) -> bool:
    """Whether a derived value is a computation a hedged figure may round: one within ``rounding.ROUND_REL`` of an
    operand is that operand restated ("about 25,000 hectares" is not 25,000 plus "four" aircraft, "about 84,000"
    not 84,000 plus 2, "at least 300 people" not 286 = 300 - 14), which the stated-figure rules judge."""
    return value > 0 and all(abs(value - x) > ROUND_REL * x for x in operands)


def derived_figures(docs: Sequence[Doc], anchored: Callable[[Doc, int], bool], average: bool = False,
                    rest: bool = False, pairs: bool = True,
                    shares: bool = False) -> list[tuple[Figure, tuple[float, ...]]]:
    """Values the figures of one anchored passage imply: sums and differences of two figures of one kind and unit
    (within ``DERIVED_REACH`` sentences), and within one sentence a level before or after a percentage change, a part
    or whole from a share, a percentage level before or after a change in points, (with ``rest``) what a percentage
    leaves of a whole and (with ``average``) a level divided by a bare count; each with the values it was derived
    from. Without ``pairs``, no sums or differences: a hedge alone marks a rounding, not which two figures were
    added or subtracted ("About 36,000 vaccine doses have been given" where 54,000 were given of 90,000 planned:
    the rest stated as the level; the ninth and eleventh rounds' tests caught a first version that let it pass).
    With ``shares`` (a percentage the sentence gives "of" something), also the smaller of two such figures as a
    percentage of the larger ("1.2 billion euros of bonds due in 2033" of "2 billion euros": "60% of the 2 billion
    euros"; "a loan of 650 million pounds" for a site costing "about 900 million pounds": "about 72% of the cost";
    seventeenth round, eval13's d0055 and eval14's c0196)."""
    out: list[tuple[Figure, tuple[float, ...]]] = []
    for d in docs:
        # (seventeenth round: "a 1.2 billion pound contract to build 48 drones" averages to "25 million pounds for
        # each of the 48 drones", eval13's d0010: the singular currency noun read as money here too)
        figs = [(i, adjectival_money(g, d.sentences[i])) for i, g in d.figures
                if g.kind != "date" and g.value > 0 and anchored(d, i)]
        for x, (i, a) in enumerate(figs):
            if rest and a.kind == "percent" and a.unit == "%" and a.value < 100:
                out.append((Figure(a.text, "percent", 100 - a.value, "%"), (a.value,)))
            for j, b in figs[x + 1:]:
                if abs(i - j) > DERIVED_REACH:
                    continue
                a2, b2 = _elided(a, b, i == j)
                if pairs and a2.kind == b2.kind and a2.unit == b2.unit and a2.kind != "percent":
                    out += [(Figure(a2.text, a2.kind, v, a2.unit), (a2.value, b2.value))
                            for v in (a2.value + b2.value, abs(a2.value - b2.value)) if v > 0]
                    if shares and min(a2.value, b2.value) < max(a2.value, b2.value):
                        out.append((Figure(a2.text, "percent", 100 * min(a2.value, b2.value) /
                                           max(a2.value, b2.value), "%"), (a2.value, b2.value)))
                if i == j:
                    sentence = d.sentences[i]
                    out += _one_sentence(a, b, average, sentence) + _one_sentence(b, a, average, sentence)
    return out


def _one_sentence(level: Figure, change: Figure, average: bool,
                  sentence: str) -> list[tuple[Figure, tuple[float, ...]]]:
    ops = (level.value,)
    if level.kind == "percent" and level.unit == "%" and change.kind == "percent" and change.unit == "pp":
        return [(Figure(level.text, "percent", v, "%"), ops) for v in (level.value + change.value,
                                                                       level.value - change.value) if v > 0]
    if level.kind not in ("money", "quantity", "number"):
        return []
    if average and change.kind == "number" and 2 <= change.value <= AVERAGE_MAX_COUNT and change.value.is_integer():
        return [(Figure(level.text, level.kind, level.value / change.value, level.unit), ops)]
    if change.kind != "percent" or change.unit != "%":
        return []
    r, role = change.value / 100, _percent_role(sentence, change)
    if role in ("up", "down"):     # the level before the change, or after it when the level is the base
        step = 1 + r if role == "up" else 1 - r
        return [(Figure(level.text, level.kind, v, level.unit), ops) for v in (level.value / step, level.value * step)
                if step > 0]
    if role == "share":
        whole = "money" if level.kind == "money" else "number"   # the whole a share is of ("8% of its workforce")
        return [(Figure(level.text, whole, level.value / r, level.unit if whole == "money" else ""), ops)]
    return []


# Sixteenth round: a span of years is the difference of two years the passage states ("Lady Elspeth was in service
# for 40 years" where it was "built in 1924" and "withdrawn in 1964"; "fitted with her microchip two years before she
# went missing" for a chip "fitted in 2013" and a tortoise missing "in 2015"). The figure rule asked for "40 years"
# stated and rejected them (eval13's d0301, d0342; eval12's "40 years" since 1984 is told against the publication
# year, which this does not read). The two years stand within ``DERIVED_REACH`` sentences, one of them anchored.
def year_span(f: Figure, docs: Sequence[Doc], anchored: Callable[[Doc, int], bool]) -> bool:
    """Whether ``f`` (a whole number of years) is the difference of two years of one anchored passage."""
    if f.kind != "quantity" or f.unit != "year" or f.value <= 0 or not float(f.value).is_integer():
        return False
    for d in docs:
        years = [(i, y) for i, g in d.figures if g.kind == "date" for y in [date_parts(g)[0]] if y is not None]
        for x, (i, a) in enumerate(years):
            for j, b in years[x + 1:]:
                if abs(i - j) <= DERIVED_REACH and abs(a - b) == f.value and (anchored(d, i) or anchored(d, j)):
                    return True
    return False
