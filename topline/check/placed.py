"""Readings of what stands in a word's place, over every cited sentence (issue 10, support46): the one call
``topline.check.support.assess`` makes for them.

* ``framed_opposites.framed_opposite_problem``: a word opposite to (or the counterpart of) the word a cited sentence
  has in the same frame ("the oldest winner" / "the youngest winner", "with her grandfather" / "with her
  grandmother"), where the clause alignment met another clause;
* ``from_to.from_to_problem``: "from A to B" where the cited sentence has "from B to A";
* ``unit_swaps.unit_swap_problem``: the cited number in another unit of measure ("2.4 billion gallons" / "litres").
"""
from __future__ import annotations

from typing import Sequence

from topline.check.framed_opposites import framed_opposite_problem
from topline.check.from_to import from_to_problem
from topline.check.unit_swaps import unit_swap_problem


def placed_problem(claim: str, sentences: Sequence[str]) -> str:
    """The first reason of the readings above ("" when none rejects)."""
    return framed_opposite_problem(claim, sentences) or from_to_problem(claim, sentences) or \
        unit_swap_problem(claim, sentences)
