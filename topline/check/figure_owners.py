"""Rule: what a figure is OF, read from the piece of its sentence that holds it (issue 10, support33).

A source sentence that states two or more figures gives each its own piece: "12% of patients on velantrib against
2% on placebo", "Germany accounts for 420,000 of the fryers and Britain for 310,000", "Brantley's holds 19% of the
market, Fairmart 27% and Lidore 9%", "rose 6% to 352 million dollars, below the 381 million dollars analysts had
expected". The figure rule compares the words around a figure across the whole sentence (and its clause only for a
word in common), so a claim that moves a value onto its neighbour's owner ("2% of patients on velantrib", "Britain
accounts for 420,000", "Brantley's holds 27%") shared its words and passed: wrong figures of this shape were the
largest kind of planted figure that passed (support33, the twenty-six LOPO parts).

Here each figure of a cited sentence is bound to the content words of its piece (the sentence cut at a semicolon,
a comma, "and", "against", "while", "whereas", "but", "compared with", "versus"; a piece with two figures is cut
again between them). The claim's figures are bound the same way. A claim figure is stated of another owner when
every cited sentence that states its value (with another figure beside it) binds it to words the claim's piece
does not have, and the claim's piece has words that sentence binds to another of its figures only: the claim puts
the value where the source puts another one ("2%" beside "velantrib", which the source gives "12%").
"""
from __future__ import annotations

import re
from typing import Sequence

from topline.check.evidence import content_stems
from topline.enrich.figures import PlacedFigure, placed_figures
from topline.records import Figure

# Where a sentence is cut into the pieces that each state one fact: a semicolon or colon, a comma, a coordinating
# or contrasting word, a comparison ("against", "compared with", "versus").
_PIECE = re.compile(r";|:(?=\s)|,\s|\s+(?:and|against|while|whereas|but|versus|vs\.?|compared\s+with)\s+",
                    re.IGNORECASE)
# Words that name a figure's unit or scale, not what it is of ("million", "dollars", "per cent"); a period ("last
# year") is what it is of, and stays.
_UNIT_WORDS = frozenset(content_stems("""million billion trillion thousand dollars dollar euros euro pounds pound pence
cents per cent percent percentage points point"""))
STEM_CHARS = 4      # words compared by their first letters ("shares" / "share" stem to "shar" / "share")
FIGURE_KINDS = ("money", "percent", "quantity", "number")   # dates are the period rule's
# A piece that says more of the one before it, after a comma: a relative clause ("debt, which stood at 7.4 billion
# euros", "Europe, where they grew 12%"), a participle clause (", bringing its payout to 20 cents", ", cutting about
# 1,200 jobs"); after any cut, the same owner's value at another time or its comparison ("..., up from $1.2 billion",
# ", down 9%", ", compared with 25", "7% more than a year earlier", "roughly half the 76 million", "against 11% a year
# earlier"); a piece that is only a figure is the one before told again (``_bare``: "20% of its workforce, about 180
# people,": the first evaluation part's faithful row was rejected before).
_AFTER_COMMA = re.compile(r"^\s*(?:which|who|whom|whose|where|when|[a-z]+ing)\b", re.IGNORECASE)
_OPENING_FIGURE = r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+)?[\d$€£][\d.,]*%?"
_COMPARISON = re.compile(rf"^\s*(?:up|down|from|compared|than|fewer|more|less|(?:roughly\s+|about\s+|nearly\s+|"
                         rf"almost\s+)?(?:half|twice|double|triple|a\s+third|a\s+quarter)\b|{_OPENING_FIGURE}\s*"
                         rf"(?:[a-z]+\s+)?(?:more|less|fewer|higher|lower|up|down)\b)", re.IGNORECASE)
_OTHER_TIME = re.compile(rf"^\s*(?:against\s+|compared\s+with\s+|versus\s+)?{_OPENING_FIGURE}.*\b(?:earlier|"
                         rf"before|ago|now|previously|last\s+year|same\s+period)\b", re.IGNORECASE)
# A piece that goes on with a clause an apposition or a coordination cut: an infinitive after an apposition ("The ash
# forced Tessin airport, 40 kilometres from the volcano, to close for 14 hours") has the words of the clause before
# as well; a verb phrase after "and"/"but" ("Rauvola will keep the line, ..., and will offer staff jobs") has its
# names (the subject), not its other words ("will keep shares worth 900,000 pounds but will give up options worth
# 1.5 million" keeps each value with its own act). Shared words are no piece's alone.
_GOES_ON = re.compile(r"^\s*to\s+(?!about\b|around\b|some\b)[a-z]", re.IGNORECASE)
_SAME_SUBJECT = re.compile(r"^\s*(?:and\s+|but\s+)?(?:was|were|is|are|has|have|had|will|would|can|could|may|might|"
                           r"must|should)\b", re.IGNORECASE)
_NAME = re.compile(r"\b[A-Z][\w'’-]*")
# No cut inside a noun phrase of figures ("a five-year, $180 million contract") or a range ("between 16 and 18").
_NO_CUT_BEFORE = re.compile(r"(?:\d|-(?:year|month|week|day|hour|metre|kilometre|mile|foot|seat|piece))\W*$")
_NO_CUT_AFTER = re.compile(r"^\s*[\d$€£]")
_SENTENCES = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def _key(f: Figure) -> tuple[str, str, float]:
    return f.kind, f.unit, round(f.value, 6)


def _pieces(sentence: str, placed: Sequence[PlacedFigure]) -> list[tuple[list[str], list[int]]]:
    """The sentence cut into pieces that each hold a figure, each as its texts and the indices of its figures: a
    piece that refers back (``_AFTER_COMMA``, ``_COMPARISON``, ``_OTHER_TIME``) is part of the piece before; a
    stretch without a figure (an apposition, a subject cut off by one, "the company said") belongs to the pieces
    either side of it; a piece that goes on with the clause before (``_GOES_ON``, ``_SAME_SUBJECT``) has its words or
    names too."""
    cuts = [(0, 0, "")]
    for m in _PIECE.finditer(sentence):
        if not (_NO_CUT_BEFORE.search(sentence[:m.start()]) and _NO_CUT_AFTER.match(sentence[m.end():])):
            cuts.append((m.start(), m.end(), m.group(0)))
    bounds = [(a_end, nxt[0], sep) for (_s, a_end, sep), nxt in zip(cuts, cuts[1:] + [(len(sentence), 0, "")])]
    groups: list[tuple[list[str], list[int]]] = []
    pending: list[str] = []
    shared: list[str] = []      # what a piece that goes on takes from the clause before
    for a, b, sep in bounds:
        text = sentence[a:b]
        held = [n for n, p in enumerate(placed) if a <= p.start < b]
        if groups and not pending:
            first = groups[-1][0][0]
            shared = [first] if _GOES_ON.match(text) else \
                [" ".join(_NAME.findall(first))] if _SAME_SUBJECT.match(text) else []
        if not held:
            pending.append(text)
            if groups:
                groups[-1][0].append(text)
        elif groups and ((sep.startswith(",") and _AFTER_COMMA.match(text)) or _COMPARISON.match(text) or
                         _OTHER_TIME.match(text) or _bare(text, [placed[n] for n in held])):
            groups[-1][0].append(text)
            groups[-1][1].extend(held)
            pending, shared = [], []
        else:
            groups.append((shared + pending + [text], held))
            pending, shared = [], []
    return groups


def _bare(text: str, held: Sequence[PlacedFigure]) -> bool:
    """Whether a piece is only its figures ("laid off 20% of its workforce, about 180 people, weeks after ...": the
    same count told again, in apposition)."""
    for p in held:
        text = text.replace(p.figure.text, " ")
    return not [w for w in content_stems(text) if w not in _UNIT_WORDS]


def _bound(sentence: str, whole: bool = False) -> list[tuple[tuple[str, str, float], frozenset[str]]]:
    """Each figure of ``sentence`` (not a date) with the content words of its piece (of the whole sentence when
    ``whole``), by their first ``STEM_CHARS`` letters; figures' own texts are left out."""
    placed = [p for p in placed_figures(sentence) if p.figure.kind in FIGURE_KINDS]
    if not placed:
        return []
    groups = [([sentence], list(range(len(placed))))] if whole else _pieces(sentence, placed)
    out = []
    for texts, held in groups:
        text = " ".join(texts)
        for q in placed:
            text = text.replace(q.figure.text, " ")
        words = frozenset(w[:STEM_CHARS] for w in content_stems(text) if w not in _UNIT_WORDS)
        out += [(_key(placed[n].figure), words) for n in held]
    return out


bound_figures = _bound    # public: linking.py reads whose piece a figure is in (support37)


def figure_owner_problem(claim: str, sentences: Sequence[str]) -> str:
    """Why a figure of ``claim`` is stated of another owner in the cited ``sentences`` ("" when it is not, or when
    unsure)."""
    mine = []
    for part in _SENTENCES.split(claim):
        bound = _bound(part)
        mine += _bound(part, whole=True) if len(bound) == 1 else bound   # one figure: the whole sentence is its
    told = [_bound(s) for s in sentences]
    for key, words in mine:
        if not words:
            continue
        verdicts = []
        for bound in told:
            same = [w for k, w in bound if k == key]
            if not same:
                continue
            others = [w for k, w in bound if k != key]
            if not others:
                verdicts.append(False)       # a lone figure: the sentence binds it to nothing else
                continue
            theirs = frozenset().union(*same)
            elsewhere = frozenset().union(*others) - theirs
            own = theirs - frozenset().union(*others)
            moved = bool(own) and bool(words & elsewhere) and not words & own
            verdicts.append(moved)
        if verdicts and all(verdicts):
            return f"number: the cited articles state the claim's {key[2]:g} of another owner than the sentence's"
    return ""
