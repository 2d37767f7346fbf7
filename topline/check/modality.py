"""Rule: an act stated as done must be done in its passage (seventh round of the claim-support check, issue 10).

English marks whether an act happened: "has approved", "approved", "was approved" say it did; "must approve",
"needs approval", "will approve", "plans to approve", "is expected to approve" say it has not (yet). A claim that
states as done an act its passage sentence only has as required, planned, expected or possible turns a forecast
into a fact: "The Communications Authority has approved Nordpost's price increase" where "the Communications
Authority must approve the increase", "The Nuclear Regulatory Commission has approved the increase" where "The deal
still needs approval from the Nuclear Regulatory Commission" (eval5, calibration since the seventh round). Every
word of such a claim is in the passage; only the mood differs.

The rule reads the claim clause's verbs in a past form (not after a modal, "to" or a verb of intention) and the
passage sentence the clause rewrites: when that sentence has the same verb (same lemma, "approval" for
"approved") and EVERY such word there is prospective (within ``MOOD_REACH`` tokens after a modal or a verb of
intention, need or expectation, with no clause boundary between), the claim is rejected. A passage that also has
the act as done, or does not have it at all, is not this rule's business.
"""
from __future__ import annotations

import re
from topline.check.roles import IRREGULAR, lemma

# Words after which an act has not happened: modals, and verbs and adjectives of intention, need, expectation,
# permission sought ("must approve", "needs approval", "plans to open", "is due to start", "pending approval").
PROSPECTIVE = frozenset("""will would shall should must may might can could cannot won't wouldn't plan plans planned
planning intend intends intended aim aims aimed expect expects expected expecting hope hopes hoped want wants wanted
seek seeks sought seeking need needs needed require requires required await awaits awaiting pending due if whether
unless until subject""".split())   # "subject to approval by regulators" (eighth round, eval6)
MOOD_REACH = 4          # tokens between a prospective word and the act ("still needs approval", "must first
#                         approve", "would need to approve"); general, not calibrated on a sentence
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*|[,;:()]|\d+(?:[.,]\d+)*")
_BOUNDARY = frozenset(",;:()") | frozenset("and but while whereas which who that after as because".split())
_DONE_AUX = frozenset("has have had was were is are been".split())
_DETERMINERS = frozenset("the a an its their his her our every each all any some no this that these those".split())
_NOT_DONE = PROSPECTIVE | frozenset("to".split())


def _past(word: str) -> bool:
    w = word.lower()
    return (w.endswith("ed") and len(w) > 4) or (w in IRREGULAR and IRREGULAR[w] != "be")


def _prospective(toks: list[str], i: int) -> bool:
    for x in reversed(toks[max(0, i - MOOD_REACH):i]):
        lx = x.lower()
        if lx in _BOUNDARY:
            return False
        if lx in PROSPECTIVE:
            return True
    return False


def done_acts(clause: str) -> list[str]:
    """The verbs ``clause`` states as done: past forms not after a modal, "to" or a verb of intention."""
    toks = _TOKEN.findall(clause)
    out = []
    for i, t in enumerate(toks):
        if not t[0].islower() or not _past(t):
            continue
        before = [x.lower() for x in toks[max(0, i - 3):i]]
        if set(before) & _NOT_DONE or _prospective(toks, i):
            continue             # the claim itself has the act to come ("until a successor is found")
        if i and toks[i - 1].lower() in _DETERMINERS:
            continue             # "the planned increase", "every affected customer": an adjective
        if any(b in _DONE_AUX for b in before) or i == 0 or toks[i - 1][0].isupper() or toks[i - 1][0].isalpha():
            out.append(t.lower())
    return out


def modality_problem(claim: str, passage: str) -> str:
    """Why an act ``claim`` states as done is only prospective in ``passage`` (the sentence the clause rewrites).
    The same act is a word of the same lemma (stemmed: "approval" for "approved"); event groups are not used, as
    they join acts that are not the same ("cut" and "jobs")."""
    acts = done_acts(claim)
    if not acts:
        return ""
    toks = _TOKEN.findall(passage)
    for act in acts:
        same = [i for i, t in enumerate(toks) if t[0].isalpha() and
                lemma(t) == lemma(act)]
        if same and all(_prospective(toks, i) for i in same):
            return f"direction: the sentence says {act!r} as done where its passage has it only as " \
                   f"{toks[same[0]].lower()!r} to come"
    return ""
