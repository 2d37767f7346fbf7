"""Claim words the chosen passage tells in other words, made loose terms of the lexical share (issue 10, support45):
a comparative whose sign the cited figures bear out (``topline.check.signs``) and a verb told with another verb of
its class, the same actor and object (``topline.check.equivalents``). One call from ``support.assess``."""
from __future__ import annotations

from typing import Sequence

from topline.check import equivalents, signs
from topline.check.content import Term


def loose_terms(claim: str, ts: Sequence[Term], docs_sentences: Sequence[Sequence[str]],
                passage: Sequence[str]) -> list[Term]:
    """``ts`` with the words ``signs.told_terms`` and ``equivalents.told_terms`` find told made loose."""
    return equivalents.told_terms(claim, signs.told_terms(claim, ts, docs_sentences), passage)
