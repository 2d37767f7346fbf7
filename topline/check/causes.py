"""A cause the claim gives must be a link its cited articles state (support31).

"X because Y", "X after Y", "X as a result of Y", "X, driven by Y": the claim joins two facts by a causal word.
Each fact may be true (``support._cause_problem`` already asks that the cause's words be in the passage) while the
articles never join them: "Pixley delayed the headset because Sorai Optics could not supply enough displays" where
one sentence says the delay and another that the headset uses Sorai's displays. The link is stated when one cited
sentence (or two adjacent ones) carries both facts' words (``EFFECT_MIN`` of the clause before the causal word,
``CAUSE_LINK_MIN`` of the words after it) and a causal word of its own (``MARKERS``: general English connectives of
cause and consequence, not words of the labelled set). Calibrated on the twenty-five calibration parts of
tests/data/support (RESULTS.md, "support31").
"""
from __future__ import annotations

import re
from typing import Sequence

from topline.check.evidence import STOPWORDS, stem
from topline.speech import SPEAKER_VERBS, alternation, forms

# The claim's causal connectives. "as" and "since" are left out (a comparison, a time: "as many as", "since March"),
# and so are "after", "following" and "amid" (tried: 18 more faithful rows rejected, "dropped 6% after hours").
_CLAIM_CAUSE = re.compile(r"\b(?:because(?:\s+of)?|due\s+to|owing\s+to|thanks\s+to|as\s+a\s+result\s+of|"
                          r"driven\s+by|caused\s+by|fuell?ed\s+by|spurred\s+by|prompted\s+by|in\s+response\s+to|"
                          r"on\s+the\s+back\s+of)\b", re.IGNORECASE)
# Words by which a sentence states a cause: the cause follows the words of INTRODUCE ("closed because of the ash",
# "fell after the flood", "fined over its prices") and comes before those of CONSEQUENCE ("the ash forced the airport
# to close", "the flood sent prices higher", "the sale increases the number of shares": a transitive verb of change,
# not "rose" or "lost"); "caused" and "prompted" are both ("caused by"). General English connectives and verbs of
# causing, not words of the labelled set.
INTRODUCE = frozenset("""because due owing thanks result response after following amid as since over driven caused
fuelled fueled spurred prompted citing saying ruling blamed attributed reflecting""".split())
CONSEQUENCE = frozenset("""force forces forced forcing drive drives drove kept keep keeps prompting prompted sending sent so therefore hence leading led causing caused
triggered triggering meaning hit hurt boosted helped weighed pushed resulting resulted why increase increases increased
reduce reduces reduced raise raises raised lower lowers lowered cut cuts lift lifts lifted boost boosts""".split())
EFFECT_MIN = 0.5         # share of the effect clause's words the linking sentence(s) must carry
EFFECT_NAMED_CAUSE = 0.3   # ... when the words after one of its causal words carry the cause ("the first chips would
#                            ship ... later than planned, because a supplier of lasers had fallen behind": the effect
#                            told in other words). Set on the twenty-five calibration parts' faithful paraphrases
CAUSE_LINK_MIN = 0.5     # share of the cause's words the linking sentence(s) must carry
# "X said (that) the cut was ...": the speaker's words before the effect (say in every tense, the checker's shared
# verbs of a report's speaker, "argued")
_SAID = re.compile(rf"\b(?:{alternation(forms(('say',)) + SPEAKER_VERBS + forms(('argue',), ('past',)))})"
                   r"\s+(?:that\s+)?", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*|\d+(?:[.,]\d+)*")
_CLAUSE_END = re.compile(r"[;,]|\.\s+(?=[A-Z0-9])")   # a clause ends at a comma, a semicolon or the sentence's end


def _stems(text: str) -> set[str]:
    words = (w.lower().removesuffix("'s").removesuffix("'") for w in _WORD.findall(text))
    return {stem(w) for w in words if w not in STOPWORDS}


def _share(mine: set[str], theirs: set[str]) -> float:
    return len(mine & theirs) / len(mine) if mine else 1.0


def _linked(effect: set[str], cause: set[str], window: Sequence[str]) -> bool:
    """Whether the sentences of ``window`` state the cause by a causal word with the cause on its side, in the same
    sentence: after a word of INTRODUCE, before a word of CONSEQUENCE; and the effect's words in the window
    (``EFFECT_MIN``; ``EFFECT_NAMED_CAUSE`` when the cause follows its causal word, the effect told in other
    words)."""
    e = _share(effect, _stems(" ".join(window)))
    if e < EFFECT_NAMED_CAUSE:
        return False
    for sentence in window:
        toks = _WORD.findall(sentence)
        for k, t in enumerate(toks):
            lt = t.lower()
            if lt in INTRODUCE and _share(cause, _stems(" ".join(toks[k + 1:]))) >= CAUSE_LINK_MIN:
                return True
            if lt in CONSEQUENCE and e >= EFFECT_MIN and _share(cause, _stems(" ".join(toks[:k]))) >= CAUSE_LINK_MIN:
                return True
    return False


def unlinked_cause(claim: str, docs_sentences: Sequence[Sequence[str]]) -> str:
    """Why the causal link the claim states is not stated by any cited sentence (or two adjacent ones); "" when it
    is, or the claim states none."""
    for m in _CLAIM_CAUSE.finditer(claim):
        effect = _SAID.split(_CLAUSE_END.split(claim[:m.start()])[-1])[-1]   # "X said the cut was ..."
        cause = _CLAUSE_END.split(claim[m.end():], maxsplit=1)[0]
        e, c = _stems(effect), _stems(cause)
        if not e or not c:
            continue
        if not any(_linked(e, c, window) for sentences in docs_sentences for i in range(len(sentences))
                   for window in (sentences[i:i + 1], sentences[i:i + 2])):
            return f"unsupported: no cited sentence links {effect.strip()!r} to its cause {cause.strip()!r}"
    return other_cause(claim, docs_sentences)


# support35: "after", "following", "amid" and "because" joining two facts where the cited articles give the same
# effect another cause ("The race was cancelled after ducks blocked the weir" where it "was cancelled because the
# river was too high"). "after" alone is often a time, not a cause (support31 left it out of the link rule): here
# the claim is rejected only when a cited sentence carries the effect (``OTHER_EFFECT_MIN``) with a causal word of
# its own whose clause shares under ``OTHER_CAUSE_MAX`` of the claim's cause, and no cited sentence links the two.
_CLAIM_AFTER = re.compile(r"\b(?:after|following|amid|because(?:\s+of)?|due\s+to|as\s+a\s+result\s+of)\b",
                          re.IGNORECASE)
_CAUSE_WORDS = frozenset("because due owing after following amid".split())
OTHER_EFFECT_MIN = 0.6   # share of the claim's effect words the sentence giving another cause must carry
OTHER_CAUSE_MAX = 0.25   # at most this share of the claim's cause words in that sentence's own cause clause


def other_cause(claim: str, docs_sentences: Sequence[Sequence[str]]) -> str:
    """Why the cause the claim gives is not the one its cited articles give the same effect; "" otherwise."""
    for m in _CLAIM_AFTER.finditer(claim):
        effect = _SAID.split(_CLAUSE_END.split(claim[:m.start()])[-1])[-1]
        cause = _CLAUSE_END.split(claim[m.end():], maxsplit=1)[0]
        e, c = _stems(effect), _stems(cause)
        if len(e) < 2 or len(c) < 2:
            continue
        windows = [w for sentences in docs_sentences for i in range(len(sentences))
                   for w in (sentences[i:i + 1], sentences[i:i + 2])]
        if any(_linked(e, c, w) for w in windows):
            continue
        for sentences in docs_sentences:
            for sentence in sentences:
                toks = _WORD.findall(sentence)
                for k, t in enumerate(toks):
                    if t.lower() not in _CAUSE_WORDS:
                        continue
                    before = _stems(" ".join(toks[:k]))
                    theirs = _stems(re.split(r"[;,]", " ".join(toks[k + 1:]))[0])
                    if theirs and _share(e, before) >= OTHER_EFFECT_MIN and _share(c, theirs) < OTHER_CAUSE_MAX:
                        return f"unsupported: the cited articles give {effect.strip()!r} another cause " \
                               f"({t} {' '.join(toks[k + 1:k + 8])} ...)"
    return ""
