"""A movement the sentence's own figures tell (support26 of the claim-support check, issue 10).

"16 trains an hour will be able to run on the line, up from 12 now", "the lender's profit was 874 million euros, up
from 842 million", "Orbivale aims to have 200 satellites in orbit by 2030, up from 84 now": the direction word
("up") is computed from the two figures, which the passage states without a verb of movement ("16 trains an hour
..., against 12 now", "874 million euros, against 842 million in the same period last year"). The direction rules
compared the word with the passage's verbs and rejected such sentences, often because a neighbouring sentence
moved something else the other way ("down from 301 million" for the quarter).

A claim's movement is told by its figures when it reads "B, up/down from A", "rose/fell ... to B from A" or
"rose/fell from A to B"; the direction word agrees with the two values (up: B above A); and one cited sentence
states both values with A as the base ("from A", "against A", "compared with A", "A ... earlier"/"ago"/"last year")
and B not. Then the direction rules' up/down readings of that word give way; the figure rule still asks each figure
to be stated. A sentence that swaps the direction and the figures ("5,200 visitors, down from 6,800" where 6,800
came after 5,200) gives A where the passage has no base: it stays judged.
"""
from __future__ import annotations

import re
from typing import Sequence

from topline.check.baselines import BASELINE_AFTER, BASELINE_HEDGES, BASELINE_WORDS
from topline.check.directions import pole, stated_poles
from topline.check.evidence import Doc
from topline.enrich.figures import PlacedFigure, extract_figures, placed_figures
from topline.patterns import compiled
from topline.records import Figure

_NUM = r"[$€£]?\d[\d,]*(?:\.\d+)?(?:\s*(?:%|per\s+cent|million|billion|trillion|bn|m)\b|%)?"
_GAP = r"[^.;\d]{0,60}?"      # no figure between: B is the figure nearest before "up from A"
_UP_FROM = re.compile(rf"(?P<b>{_NUM}){_GAP}\s+(?P<pole>up|down)\s+from\s+(?P<a>{_NUM})", re.IGNORECASE)
_TO_FROM = re.compile(rf"\b(?P<verb>[a-z]+)\s+(?:by\s+{_NUM}\s+)?to\s+(?P<b>{_NUM}){_GAP}\s+from\s+(?P<a>{_NUM})",
                      re.IGNORECASE)
_FROM_TO = re.compile(rf"\b(?P<verb>[a-z]+)\s+from\s+(?P<a>{_NUM})\s+to\s+(?P<b>{_NUM})", re.IGNORECASE)
# A figure stands as a base after one of baselines.BASELINE_WORDS (a hedge between: "from about $360") or before
# one of baselines.BASELINE_AFTER ("842 million a year earlier"): one list of base words for the two rules.
_BASE_BEFORE = re.compile(r"\b(?:" + "|".join(r"\s+".join(w.split()) for w in BASELINE_WORDS) + r")\.?\s+(?:(?:"
                          + "|".join(r"\s+".join(h.split()) for h in BASELINE_HEDGES) + r")\s+)?[$€£]?$",
                          re.IGNORECASE)
_BASE_AFTER = re.compile(r"^[^.;,]{0,40}?\b(?:" + "|".join(r"\s+".join(w.split()) for w in BASELINE_AFTER) + r")\b",
                         re.IGNORECASE)


def _figure_at(placed: Sequence[PlacedFigure], at: int) -> Figure | None:
    """The figure (``enrich.figures``' reading) written over ``at`` in the sentence ``placed`` was read from."""
    return next((p.figure for p in placed if p.start <= at < p.end), None)


def _as_written_like(a: Figure, b: Figure) -> Figure:
    """A bare figure ``a`` read with the scale and unit of ``b`` when it is written without them ("842" after "874
    million euros, up from 842" is 842 million euros): ``b``'s text with its number put to ``a``'s, read again."""
    if a.kind != "number" or re.search(r"[A-Za-z]", a.text) or b.kind == "date":
        return a
    lead = re.match(r"[^\d]*(\d[\d,]*(?:\.\d+)?)", b.text)
    if lead is None:
        return a
    again = extract_figures(b.text[:lead.start(1)] + a.text + b.text[lead.end(1):])
    return again[0] if len(again) == 1 else a


def _told(claim: str) -> tuple[str, float, float] | None:
    """(pole, A, B) of the claim's movement from A to B, with the pole its words give; None when none."""
    m = _UP_FROM.search(claim)
    if m and (re.search(r"\b(?:of|per|in|from|for|with|across|among|between)\s+$", claim[:m.start("b")],
                        re.IGNORECASE) or
              claim[m.end("b"):m.end("b") + 1] == "-"):
        return None      # "71 of 150 seats, down from 84", "per 15-minute watch", "412 skimmers from 19 countries
        #                  entered, up from 350": B after such a preposition or before a hyphen is no level
    if m:
        p = m.group("pole").lower()
    else:
        m = _TO_FROM.search(claim) or _FROM_TO.search(claim)
        if m is None:
            return None
        p = pole(m.group("verb"))
        if not p:
            return None
    placed = placed_figures(claim)
    a, b = _figure_at(placed, m.start("a")), _figure_at(placed, m.start("b"))
    if a is None or b is None:
        return None
    return p, _as_written_like(a, b).value, b.value


def find_figure(sentence: str, text: str, start: int = 0) -> int:
    """Where the figure written ``text`` stands in ``sentence`` as a whole figure ("1%" not inside "11%"), or -1."""
    m = compiled(r"(?<![\d.,])" + re.escape(text) + r"(?![\d])").search(sentence, start)
    return m.start() if m else -1


def _based(sentence: str, g_text: str) -> bool | None:
    """Whether the figure written ``g_text`` stands in ``sentence`` as a base (None when not found)."""
    at = find_figure(sentence, g_text)
    if at < 0:
        return None
    return bool(_BASE_BEFORE.search(sentence[:at]) or _BASE_AFTER.match(sentence[at + len(g_text):]))


def _same(x: float, y: float) -> bool:
    return abs(x - y) <= 1e-9 * max(1.0, abs(x), abs(y))


def told_by_figures(claim: str, docs: Sequence[Doc]) -> bool:
    """Whether the claim's up/down is told by its own two figures, stated by one cited sentence with the same base
    (see the module docstring)."""
    got = _told(claim)
    if got is None:
        return False
    p, a, b = got
    if _same(a, b) or (p == "up") != (b > a):
        return False
    for d in docs:
        by_sentence: dict[int, list] = {}
        for i, g in d.figures:
            by_sentence.setdefault(i, []).append(g)
        for i, figs in by_sentence.items():
            s = d.sentences[i]
            bases = [_based(s, g.text) for g in figs if _same(g.value, a)]
            levels = [_based(s, g.text) for g in figs if _same(g.value, b)]
            if True in bases and False in levels:
                return True
    return False


_POLE_REASON = re.compile(r"^direction: the sentence says (?:up|down|'(?P<word>[^']+)') where")


def unless_figured(why: str, claim: str, docs: Sequence[Doc]) -> str:
    """``why`` without a direction reason about an up/down word that the claim's own figures tell, or (the passage's
    core sentence against the claim's pole) that a cited sentence stating the claim's figure tells."""
    m = _POLE_REASON.match(why or "")
    if m is None or (m.group("word") and not pole(m.group("word")) and m.group("word").lower() not in ("up", "down")):
        return why
    if _CORE_REASON.match(why) and figure_pole_stated(claim, docs):
        return ""
    return "" if told_by_figures(claim, docs) else why


# support34: the core-sentence reading ("says down where its passage says up") judges the claim's pole against the one
# passage sentence that carries most of the claim's words; a claim that retells the next sentence's figure ("Quarrix
# shares dropped 7% to 81.75 dollars" where the core is "raised 640 million dollars ..." and the next sentence "The
# shares fell 7% to 81.75 dollars") was rejected though a cited sentence states the same figure moved its way. A cited
# sentence stating a value of the claim and no pole but the claim's one tells the claim's movement.
_CORE_REASON = re.compile(r"^direction: the sentence says (?:up|down) where its passage says (?:up|down)$")


def figure_pole_stated(claim: str, docs: Sequence[Doc]) -> bool:
    """Whether a cited sentence that states a value of the claim's figures states the claim's one pole and no other."""
    mine = stated_poles(claim, passage=False)
    values = [f.value for f in extract_figures(claim)]
    if len(mine) != 1 or not values:
        return False
    for d in docs:
        for i in sorted({i for i, g in d.figures if any(_same(g.value, v) for v in values)}):
            if stated_poles(d.sentences[i]) == mine:
                return True
    return False


# --- the way a figure is moved, against the way the passage moves the same figure (support26) ----------------------
# "Vostrand handled 1.18 million containers in the third quarter, 4% more than a year earlier" where the passage
# says "4% fewer than a year earlier"; "The Eastern terminal's volumes fell 1% to 760,000" where it "handled 760,000,
# up 1%": a clause of the claim too short to align with its passage clause ("4% more than a year earlier" has one
# word that is not a stop word) escaped the opposite-word rule. Here the figure names the quantity: the movement word
# that moves a claim figure (a verb of movement or "up"/"down" within ``MOVE_REACH`` words before it in its clause,
# or a comparative right after it: "4% more", "8% lower") is compared with the movement word that moves the same
# value of the same kind in the cited articles. When every cited statement of the value that is moved at all is
# moved the other way, the sentence reverses it. "above"/"below" compare two things and are left to the other rules
# ("A is 0.3 points below B" is "B is 0.3 points above A").
MOVE_REACH = 2       # words between a movement word and the figure it moves ("rose about 3%", "fell by 4%")
_MOVE_TOKENS = re.compile(r"[A-Za-z][A-Za-z'-]*|\d[\d,]*(?:\.\d+)?%?|[,;:()]")
_COMPARATIVES = {"more": "up", "higher": "up", "bigger": "up", "larger": "up", "greater": "up",
                 "less": "down", "fewer": "down", "lower": "down", "smaller": "down"}


def moved(sentence: str, start: int, end: int, after: bool = True) -> tuple[str, str, int]:
    """The movement word that moves the figure at ``sentence[start:end]``, its pole ("up"/"down") and where it
    starts; ("", "", -1) when none. With ``after``, a comparative right after the figure counts too."""
    for m in reversed(list(_MOVE_TOKENS.finditer(sentence[:start]))[-(MOVE_REACH + 1):]):
        t = m.group(0)
        if t in ",;:()":
            break
        p = t.lower() if t.lower() in ("up", "down") else pole(t)
        if p:
            return t, p, m.start()
    m = _MOVE_TOKENS.search(sentence, end)
    if after and m is not None and m.group(0).lower() in _COMPARATIVES:
        return m.group(0), _COMPARATIVES[m.group(0).lower()], m.start()
    return "", "", -1


def _alike(f: Figure, g: Figure) -> bool:
    return f.kind == g.kind and f.unit == g.unit and _same(f.value, g.value)


def figure_moved_problem(claim: str, docs: Sequence[Doc]) -> str:
    """Why a claim figure is moved one way where the cited articles move the same figure only the other way ("" when
    not: no movement word, the value not moved in the articles, or moved the claim's way somewhere)."""
    got = _told(claim)
    if got is not None and not _same(got[1], got[2]) and (got[0] == "up") != (got[2] > got[1]):
        return f"direction: the sentence says {got[0]} where its own figures go the other way"   # "140, down from 118"
    cursor = 0
    for f in extract_figures(claim):
        at = find_figure(claim, f.text, cursor)
        if at < 0 or f.kind == "date" or f.value <= 0:
            continue
        cursor = at + len(f.text)
        word, mine, _ = moved(claim, at, cursor)
        if not mine:
            continue
        theirs: dict[str, str] = {}
        for d in docs:
            for i, g in d.figures:
                where = find_figure(d.sentences[i], g.text)
                if where >= 0 and _alike(f, g):
                    w, p, _ = moved(d.sentences[i], where, where + len(g.text))
                    if p:
                        theirs.setdefault(p, w)
        if theirs and mine not in theirs:
            other = next(iter(theirs.values()))
            return f"direction: the sentence says {word!r} of {f.text!r} where its passage says {other!r}"
    return ""
