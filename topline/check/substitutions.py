"""Rule: a word put in another's place (nineteenth round of the claim-support check, issue 10).

The coverage counts the claim's words its passage carries; a claim that keeps a passage clause and swaps ONE noun
for a word no cited article has ("plans to hire 150 more, mostly salespeople" for "mostly engineers"; "with 1,500
electric scooters" for "electric bikes"; "spent two decades in a museum" for "in a scrapyard") carries 80-90 % of
its words and passed: the fresh parts' unsupported claims are mostly such swaps (eval9, eval13, eval15).

A content word of the claim that no cited article has (nor a near-synonym the coverage found in its passage) is
rejected when the words right before it, a stretch of ``FRAME_MIN`` to ``FRAME_MAX`` words with a content word or a
number in it that ends in a noun's slot (a determiner, a number, a preposition), stand in the passage sentence it
rewrites before another content word that the claim does not have: the claim fills the passage's slot with
something else, unless the embedding model puts the two words within ``SWAP_SIM``. A word with no such frame
(an addition, a synonym in other words) abstains: the coverage judges it.
"""
from __future__ import annotations

import re
from typing import Callable, Iterable, Sequence

from topline.check.evidence import STOPWORDS, has_phrase, stem
from topline.check.prizes import as_won
from topline.check.spelled import same_value_words

FRAME_MIN = 2   # words of a frame ("electric ___", "150 more, mostly ___" as "more mostly ___"); general English,
FRAME_MAX = 3   # not tuned: a frame of one word ("the ___") is any noun's
SWAP_SIM = 0.36  # wordllama cosine from which the passage's word is the claim's in other words: the midpoint of the
#                 gap between the faithful swaps this rule first rejected over the eighteen parts ("decision" /
#                 "ruling" 0.42, "payout" / "payment" 0.43, "increase" / "rise" 0.58) and the planted ones it caught
#                 (at most "east" / "west" 0.31, "rice" / "wheat" 0.30); co-hyponyms sit near synonyms in any
#                 embedding, so the gap is narrow and the rule misses words nearer than it
_TOKEN = re.compile(r"\d[\d,.]*\d|\d|[a-z][a-z'-]*")
# A noun's slot: the frame ends in a determiner, a number or a preposition ("310,000 ___", "in a ___", "ban on ___",
# "made of ___"); a verb's slot ("shares ___ 6%") is where a writer's synonyms go ("rose" / "gained", "cut" /
# "lowered": a first version that read every slot rejected 286 more faithful paraphrases over the eighteen parts).
_NOUN_SLOT = frozenset("a an the its their his her our of on in at with from".split())


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


def _content(w: str) -> bool:
    return len(w) > 2 and w[0].isalpha() and w not in STOPWORDS


def _framed(w: str) -> bool:
    return _content(w) or w[0].isdigit()


def _frames(toks: list[str], at: int) -> Iterable[tuple[tuple[str, ...], tuple[str, ...]]]:
    """(left, right) frames of the word at ``at``: the shortest runs of ``FRAME_MIN``-``FRAME_MAX`` words either
    side that hold a content word or a number."""
    for n in range(FRAME_MIN, FRAME_MAX + 1):
        left = tuple(toks[at - n:at]) if at >= n else ()
        if left and any(_framed(x) for x in left):
            yield left, ()
            break
    for n in range(FRAME_MIN, FRAME_MAX + 1):
        right = tuple(toks[at + 1:at + 1 + n]) if at + n < len(toks) else ()
        if right and any(_framed(x) for x in right):
            yield (), right
            break


def substitution_problem(claim: str, passage: Sequence[str], cited_stems: frozenset[str],
                         synonyms: frozenset[str], cited_lower: Sequence[str] = (),
                         similar: Callable[[str, str], float] | None = None) -> str:
    """Why a word of ``claim`` stands where its ``passage`` has another ("" when none does). ``cited_stems``: the
    stems of every cited article; ``synonyms``: claim words the coverage matched through the embedding model."""
    won = as_won(claim)      # support38: "took the women's title" where the passage has "won" it (prizes.py)
    if won != claim and not substitution_problem(won, passage, cited_stems, synonyms, cited_lower, similar):
        return ""
    names = {m.group(0).lower() for m in re.finditer(r"\b[A-Z][\w'-]*", claim)}   # names: other rules' work
    mine = _tokens(claim)
    own = {stem(x) for x in mine}
    theirs = [_tokens(s) for s in passage]
    for at, w in enumerate(mine):
        if not _content(w) or w in names or stem(w) in cited_stems or w in synonyms or \
                any(has_phrase(x, w) for x in cited_lower):
            continue
        for left, right in _frames(mine, at):
            if not left or not (left[-1] in _NOUN_SLOT or left[-1][0].isdigit()):
                continue
            for sentence, toks in zip(passage, theirs):
                for j in range(len(toks)):
                    if left and j >= len(left) and tuple(toks[j - len(left):j]) == left:
                        other = toks[j]
                    elif right and tuple(toks[j + 1:j + 1 + len(right)]) == right:
                        other = toks[j]
                    else:
                        continue
                    if _content(other) and stem(other) not in own and \
                            (similar is None or similar(w, other) < SWAP_SIM) and \
                            not same_value_words(claim, w, sentence, other):    # "a hundred years" / "a century"
                        return f"unsupported: the sentence has {w!r} where its passage has {other!r}"
    return ""
