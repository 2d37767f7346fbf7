"""Rule: a word opposite to the one its cited sentence has in the same place (issue 10, support46).

The opposite check of ``topline.check.support`` compares each clause of the claim with the ONE passage clause it
shares most words with. A rewrite that splits or merges the article's clauses escapes it: "Ruby Oates, 15, is the
oldest winner of the individual title" aligns its last clause with "The individual title went to Ruby Oates" (two
words in common) and never meets "who is the youngest winner"; "Twenty-two pairs entered, the fewest since 2009" is
read against "Twenty-two pairs entered". These planted wrong directions were the largest share of the misses over
the thirty-five calibration parts (support46's table).

Read by position instead of by clause: a word of the claim and a word of a cited sentence are opposites
(``topline.check.directions.opposite``: antonym roots, WordNet pairs, event polarity, opposite prefixes; and
``EXTRA_OPPOSITES`` those tables lack, "add"/"cut", "warm"/"cold"), counterparts (``COUNTERPARTS``: "grandmother"/
"grandfather", "men's"/"women's") or shares of a whole that exclude each other (``SHARES``: "both"/"one" in "will
close both of its furnaces" / "will close one of its two furnaces", "all"/"some", "half"/"a quarter"; a number
problem), and they stand in the same frame: the run of words from the nearest content word or number before them
(or after them), at most ``FRAME_REACH`` words and no clause boundary, is the same in both ("is the 'oldest' winner"
/ "is the 'youngest' winner" by "winner"; "practised with her 'grandfather'" / "with her 'grandmother'" by
"practised with her"). The sentence must be one the claim rewrites (``SHARED_MIN`` content words in common besides
the frame) and must not have the claim's word itself nor any other word opposite to its own (a sentence with both
sides, "letter volumes fell while parcel volumes rose", is the clause alignment's to read); neither word may be
negated (a negator within ``NEGATION_REACH`` tokens before it: "not the largest" may say "smaller"); no cited
sentence may have the claim's word in one of its frames (an article that says both is not contradicted), and a
counterpart the articles name on their own ("Women run a shorter course, and their race ...") abstains, as do an
opposite that relates its subject to a thing named after it and matches on its left frame only ("finished 47
minutes behind her" / "finished 47 minutes ahead of him": one result told from either end) and a share told of a
period ("the first quarter" / "the first half"). Past the
frame, the next content word of the claim must be the cited sentence's there or be in that sentence ("kept its
forecast for gold" is not read against "cut its forecast for copper").

Measured on the thirty-five LOPO parts (benchmarks/RESULTS.md, "support46"): 19 planted errors more rejected, no
faithful row more rejected.
"""
from __future__ import annotations

import re
from typing import Sequence

from topline.check.directions import opposite
from topline.check.evidence import STOPWORDS, stem

SHARED_MIN = 2        # content words (stems) besides the frame the claim and the cited sentence must share: general,
#                       not tuned (the clause alignment of support.py asks the same ALIGN_MIN = 2)
FRAME_REACH = 3       # tokens from the word to the content word that frames it ("with her ___"): general English
NEGATION_REACH = 3    # tokens before a word in which a negator makes it abstain ("did not rise", "no longer the")

# Counterparts: two words for one role on either side of a pair (gender and kin). General English, not words of the
# labelled set; each pair in one direction, matched in both.
COUNTERPARTS = tuple(tuple(p.split("/")) for p in """
men/women men's/women's man/woman male/female boys/girls boy/girl boys'/girls' father/mother son/daughter
brother/sister husband/wife grandfather/grandmother grandson/granddaughter uncle/aunt nephew/niece king/queen
""".split())
# Amounts of a whole that exclude each other: the whole ("all", "both", "every") against a part of it ("some", "one",
# "half"), one share against another ("half" / "a quarter"), once against twice. General English, not the labelled
# set's words; each side against each word of the other.
SHARES = (("all both every entire whole full", "some one part half quarter third few several"),
          ("half", "quarter third double"), ("once", "twice"))
# Opposites the antonym tables of ``topline.check.directions`` lack, read only here (in a shared frame): general
# English, not the labelled set's words.
EXTRA_OPPOSITES = tuple(tuple(p.split("/")) for p in "add/cut add/cancel warm/cold warmer/colder warmest/coldest".split())
_SHARE_PAIRS = frozenset(p for left, right in SHARES for x in left.split() for y in right.split() for p in ((x, y), (y, x)))
_COUNTER = frozenset(COUNTERPARTS) | frozenset((b, a) for a, b in COUNTERPARTS) | _SHARE_PAIRS | \
    frozenset(EXTRA_OPPOSITES) | frozenset((b, a) for a, b in EXTRA_OPPOSITES)

_PAIRED = frozenset(w for pair in _COUNTER for w in pair)
# Words after an opposite that relate it to another thing named after them: the relation may be told from its other
# end with the other word ("behind her" / "ahead of him"), so its right frame must match too ("later than usual")
_RELATING = frozenset("of than to from her him them it us me".split())
_PERIOD_ORDINALS = frozenset("first second third fourth last next final previous".split())
_TOKEN = re.compile(r"[a-z][a-z'-]*|\d+(?:[.,]\d+)*%?|[,;:()]")
_NEGATORS = frozenset("not n't never no without none nor neither cannot".split())


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower().replace("\u2019", "'"))


def _content(t: str) -> bool:
    return (t[0].isdigit()) or (t[0].isalpha() and len(t) > 2 and t not in STOPWORDS)


def _negated(toks: list[str], at: int) -> bool:
    return any(t in _NEGATORS or t.endswith("n't") for t in toks[max(0, at - NEGATION_REACH):at])


def _pair(x: str, y: str) -> bool:
    return (x, y) in _COUNTER or opposite(x, y)


def _stems(toks: list[str]) -> set[str]:
    return {stem(t) for t in toks if _content(t) and not t[0].isdigit()} | {t for t in toks if t[0].isdigit()}


def _frames(toks: list[str], at: int) -> list[tuple[int, tuple[str, ...]]]:
    """The frames of the token at ``at``: the run of tokens from the nearest content word or number before it
    (side -1) and to the nearest after it (side +1), each at most ``FRAME_REACH`` tokens long ("practised with
    her ___", "___ spring")."""
    out = []
    for k in range(at - 1, max(-1, at - 1 - FRAME_REACH), -1):
        if toks[k] in ",;:()":
            break
        if _content(toks[k]):
            out.append((-1, tuple(toks[k:at])))
            break
    for k in range(at + 1, min(len(toks), at + 1 + FRAME_REACH)):
        if toks[k] in ",;:()":
            break
        if _content(toks[k]):
            out.append((1, tuple(toks[at + 1:k + 1])))
            break
    return out


def _framed_at(toks: list[str], j: int, side: int, frame: tuple[str, ...]) -> bool:
    if side < 0:
        return j >= len(frame) and tuple(toks[j - len(frame):j]) == frame
    return tuple(toks[j + 1:j + 1 + len(frame)]) == frame


def _beyond(toks: list[str], at: int, side: int, frame: tuple[str, ...]) -> str:
    """The next content word past the frame, on its side ("" at a clause boundary or none within reach)."""
    k = at + side * (len(frame) + 1)
    for _ in range(FRAME_REACH):
        if not 0 <= k < len(toks) or toks[k] in ",;:()":
            return ""
        if _content(toks[k]):
            return toks[k]
        k += side
    return ""


def _in_frame(toks: list[str], word: str, side: int, frame: tuple[str, ...]) -> bool:
    return any(t == word and _framed_at(toks, k, side, frame) for k, t in enumerate(toks))


def _relational(toks: list[str], at: int) -> bool:
    """Whether the word at ``at`` relates its subject to another thing named after it ("47 minutes behind her",
    "ahead of Brekke", "later than usual")."""
    return at + 1 < len(toks) and toks[at + 1] in _RELATING


def _converse_ready(mine: list[str], at: int, toks: list[str], j: int, side: int, frame: tuple[str, ...],
                    share: bool) -> bool:
    """Whether the pair may tell one relation from its two ends ("X finished 47 minutes behind her" / "she
    finished 47 minutes ahead of X"), so the matched frame alone does not make it a contradiction: a relational
    opposite (not a share) read only on its left frame; or a share told of a period ("the first quarter" / "the first
    half": a stretch of time, not a part of a whole)."""
    if share:
        return (at > 0 and mine[at - 1] in _PERIOD_ORDINALS) or (j > 0 and toks[j - 1] in _PERIOD_ORDINALS)
    if side > 0 or not (_relational(mine, at) or _relational(toks, j)):
        return False
    right = [f for s, f in _frames(mine, at) if s > 0]
    return not right or not _framed_at(toks, j, 1, right[0])


def framed_opposite_problem(claim: str, sentences: Sequence[str]) -> str:
    """Why a word of ``claim`` is the opposite of the word a cited sentence has in its place ("" when none is).
    ``sentences``: every sentence of the cited articles."""
    mine = _tokens(claim)
    if len(mine) < 3:
        return ""
    my_stems = _stems(mine)
    my_words = set(mine)
    cited = [_tokens(s) for s in sentences]
    everywhere = {t for toks in cited for t in toks}

    def counted(x: str) -> bool:
        """A counterpart the articles name on their own ("Women carry sacks ... their race was won by"): the
        article tells of both sides, so its other sentences may say "the women's race" in other words."""
        base = x[:-2] if x.endswith("'s") else x[:-1] if x.endswith("'") else x
        return any(x in pair for pair in COUNTERPARTS) and base in everywhere

    for at, x in enumerate(mine):
        if not x[0].isalpha() or len(x) < 3 or (x in STOPWORDS and x not in _PAIRED) or _negated(mine, at):
            continue
        frames = _frames(mine, at)
        if not frames:
            continue
        for toks in cited:
            if x in toks:
                continue
            for j, y in enumerate(toks):
                if y in my_words or not y[0].isalpha() or len(y) < 3 or not _pair(x, y) or _negated(toks, j):
                    continue
                if any(_pair(w, y) for w in toks if w != y and w[0].isalpha() and len(w) > 2):
                    continue      # both sides in one sentence ("letters fell while parcels rose"): the clauses' work
                for side, frame in frames:
                    if not _framed_at(toks, j, side, frame):
                        continue
                    shared = (my_stems & _stems(toks)) - _stems(list(frame))
                    if len(shared) < SHARED_MIN:
                        continue
                    if any(_in_frame(t, x, s, f) for t in cited for s, f in frames) or counted(x):
                        continue
                    beyond = _beyond(mine, at, side, frame)
                    if beyond and beyond != _beyond(toks, j, side, frame) and beyond not in toks:
                        continue      # "kept its forecast for gold" / "cut its forecast for copper": another thing
                    if _converse_ready(mine, at, toks, j, side, frame, (x, y) in _SHARE_PAIRS):
                        continue
                    what = "number" if (x, y) in _SHARE_PAIRS else "direction"
                    return f"{what}: the sentence says {x!r} where its cited sentence says {y!r}"
    return ""
