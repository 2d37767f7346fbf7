"""Words that negate a verb from before it, read the same way by the role frames (``topline.check.roles``) and the
direction rules (``topline.check.directions``): a refusal before an infinitive ("declined to comment"), a negated
wish ("did not want to be named"), and (support34) an act still to come, "has yet to approve", which says what
"has not yet approved" says; and the negating words the two share beyond "not" and "no": "cannot", "nobody",
"nothing" ("Companies cannot treat" / "companies could not treat", "Nobody was hurt" / "no one was hurt").

Moved out of roles.py (support34) with no change for the refusals and wishes.
"""
from __future__ import annotations

from typing import Sequence

# Verbs that negate the infinitive after them (eighth round): "declined to comment" says what "would not comment"
# says; eval6 (calibration since) rejected "A Vesper spokesman would not comment" against "declined to comment".
REFUSALS = frozenset("decline declines declined declining refuse refuses refused refusing".split())
_ASIDE = frozenset(", however though also again still".split())   # "She refused, however, to dismiss the claim"
# support34: "yet to" after a form of "have" or "be" ("has yet to sign", "is yet to decide", "have yet to be paid"):
# the act has not happened. Read as a verb of its own ("yet" after an auxiliary), it was affirmed against the
# cited "has not yet signed" (five faithful rows of eval5, eval18-eval20 rejected for it).
_YET_HOSTS = frozenset("has have had is are was were remain remains remained".split())
# Negating words that stand for "no" and a noun, or for "can not" (the tokenisers keep them whole).
NEGATING_WORDS = frozenset("cannot nobody nothing".split())


def refusal_infinitives(tokens: Sequence[str]) -> frozenset[int]:
    """Indices of the "to" of an infinitive the words before it negate: a refusal ("declined to", "refused,
    however, to") or "yet" after a form of "have" or "be" ("has yet to")."""
    out = set()
    for k, t in enumerate(tokens):
        lt = t.lower()
        if lt == "yet" and k and tokens[k - 1].lower() in _YET_HOSTS and k + 1 < len(tokens) and \
                tokens[k + 1].lower() == "to":
            out.add(k + 1)
            continue
        if lt not in REFUSALS:
            continue
        j = k + 1
        while j < len(tokens) and tokens[j].lower() in _ASIDE:
            j += 1
        if j < len(tokens) and tokens[j].lower() == "to":
            out.add(j)
    return frozenset(out)


# Eighteenth round: a negated wish negates the infinitive after it as a refusal does ("did not want to be named";
# eval11's g0217, "asked not to be named", was read as negating what its passage affirmed).
_WANTS = frozenset("want wants wanted wish wishes wished".split())
_NOT_WORDS = frozenset("not n't never".split())


def unwanted_infinitives(tokens: Sequence[str]) -> frozenset[int]:
    """Indices of the "to" after a negated "want" or "wish"."""
    return frozenset(k + 1 for k, t in enumerate(tokens) if t.lower() in _WANTS and k + 1 < len(tokens) and
                     tokens[k + 1].lower() == "to" and {x.lower() for x in tokens[max(0, k - 3):k]} & _NOT_WORDS)
