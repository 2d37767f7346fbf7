"""Rule: an act the claim tells done that its cited articles tell not done (support42, issue 10).

"Varenne raised its margin target" where the cited sentence has "Varenne did not raise its margin target"; "The
hackers took customers' payment card details" where "Payment card details were not taken"; "Helvar has secured grid
connections" where "It has not yet secured grid connections". The aligned-clause reading compares the clause the
claim rewrites and misses these when another clause of the cited sentence is the closer match or the negator sits
before an auxiliary it does not read.

The claim's acts are its past forms and participles (not "be", "have" or "do"; "said" is one), and only a claim
with no negating word of its own is read. A cited sentence tells the act when it carries the act's verb (any form)
(a final "e" aside), shares ``SHARED_MIN`` of the claim's other content words, and has one of the claim's words
after the act near its own (``OBJECT_REACH``); the act is negated there when "not", "n't", "never" or "cannot"
stands within ``NEG_REACH`` tokens before it with only auxiliaries and "yet"-like adverbs between ("did not
raise", "has not yet secured", "were not taken", "had not been consulted") and no "until" follows ("would not
restart until the agency had inspected it" says when, not whether). The claim is rejected only when some
cited sentence tells the act negated and NO cited sentence tells it plainly: an article that also states it done
is not this rule's business. Calibrated on the thirty-two LOPO parts of tests/data/support (RESULTS.md,
"support42").
"""
from __future__ import annotations

import re
from typing import Sequence

from topline.check.evidence import stems_of
from topline.check.modality import MOOD_REACH, _past
from topline.check.roles import IRREGULAR, lemma

SHARED_MIN = 2      # content words besides the act a cited sentence shares with the claim to tell the same act;
#                     as factuality.SHARED_MIN (general, not calibrated on a sentence)
OBJECT_REACH = 3    # content words after the claim's act, and either side of the cited act, among which the two
#                     share one (its object, or a passive's subject: "took payment card details" / "card details
#                     were not taken"), counted in content words ("released Orca-4, its newest language model": eval5's
#                     y0069 with tokens); 3, not factuality's 4: "raised 9.1 billion crowns" met "would not raise any
#                     taxes next year and would borrow up to 2 billion crowns" at 4 (eval18's faithful n0067)
NEG_REACH = 4       # tokens from the negator to the act: "has not yet been taken" (general English)
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*|n't|[,;:()]|\d+(?:[.,]\d+)*")
_NEGATORS = frozenset("not n't never cannot".split())
# A claim with a negator of its own, or "yet" ("has yet to put"), is not read.
_CLAIM_NEG = _NEGATORS | frozenset("no nobody nothing none neither nor without failed yet".split())
# Words that may stand between the negator and the act without breaking the negation.
_BETWEEN = frozenset("""yet been be being have has had ever also even always fully so far all any
immediately directly officially formally""".split())
# Words of condition before the claim's act: "could form in January unless control work is stepped up" tells no act.
_CONDITIONS = frozenset("if unless until whether".split())
# Auxiliaries are no act. A verb of speech is one ("The bank said it would cut rates" where "It did not say whether
# it would cut": eval25's ka0134).
_NOT_ACTS = frozenset("be have do".split())


def _tokens(text: str) -> list[str]:
    return [t.lower().replace("’", "'") for t in _TOKEN.findall(text.replace("n't", " n't").replace("n’t", " n't"))]


def _negated(toks: Sequence[str], i: int) -> bool:
    for k in range(i - 1, max(-1, i - 1 - NEG_REACH), -1):
        if toks[k] in _NEGATORS:
            return True
        if toks[k] not in _BETWEEN:
            return False
    return False


def _verb(word: str) -> str:
    """The verb's stemmed base form, a final "e" off ("raise" and "raised" both "rais", as ``lemma`` leaves them
    apart)."""
    return lemma(word).rstrip("e")


def _content(toks: Sequence[str]) -> list[str]:
    return [x for t in toks for x in stems_of(t)]


def _acts(claim_toks: Sequence[str]) -> list[tuple[str, frozenset[str]]]:
    """The claim's past forms told as done, each with the stems of its next ``OBJECT_REACH`` tokens' content words:
    none after a word of condition ("could form ... unless control work is stepped up") or an infinitive's "to"
    ("to be paid")."""
    out = []
    for i, t in enumerate(claim_toks):
        if not _past(t) or IRREGULAR.get(t, t) in _NOT_ACTS:
            continue
        before = claim_toks[max(0, i - MOOD_REACH):i]
        if set(before) & _CONDITIONS or "to" in before[-2:]:
            continue
        out.append((t, frozenset(_content(claim_toks[i + 1:])[:OBJECT_REACH])))
    return out


def negated_problem(claim: str, passages: Sequence[Sequence[str]]) -> str:
    """A problem when the claim tells an act done that every cited sentence telling it has negated."""
    ctoks = _tokens(claim)
    if _CLAIM_NEG & set(ctoks):
        return ""
    cstems = stems_of(claim)
    for act, after in _acts(ctoks):
        want = _verb(act)
        others = cstems - {lemma(act)} - stems_of(act)
        denied, told = "", False
        for sents in passages:
            for s in sents:
                toks = _tokens(s)
                hits = [i for i, t in enumerate(toks) if _verb(t) == want]
                if not hits or len(others & stems_of(s)) < SHARED_MIN:
                    continue
                for i in hits:
                    if after and not after & {*_content(toks[:i])[-OBJECT_REACH:], *_content(toks[i + 1:])[:OBJECT_REACH]}:
                        continue     # the act done to another thing
                    if _negated(toks, i) and "until" not in toks[i:]:
                        denied = denied or s
                    else:
                        told = True
        if denied and not told:
            return f"direction: the sentence has {act!r} as done where its cited articles have it not done"
    return ""
