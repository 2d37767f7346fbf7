"""Claim words the chosen passage tells in other words, made loose terms of the lexical share (issue 10, support45):
a comparative whose sign the cited figures bear out (``topline.check.signs``) and a verb told with another verb of
its class, the same actor and object (``topline.check.equivalents``). One call from ``support.assess``."""
from __future__ import annotations

from typing import Any, Sequence

from topline.check import equivalents, signs
from topline.check.content import Term
from topline.check.evidence import Doc


def loose_terms(claim: str, ts: Sequence[Term], docs: Sequence[Doc], passage: Any) -> list[Term]:
    """``ts`` with the words ``signs.told_terms`` (against every cited article) and ``equivalents.told_terms``
    (against the chosen ``passage``: a ``support._Passage``, its doc and sentence range) find told made loose."""
    sentences = passage.doc.sentences[passage.start:passage.end]
    return equivalents.told_terms(claim, signs.told_terms(claim, ts, [d.sentences for d in docs]), sentences)
