"""A figure in cents or pence, the hundredth of a currency (support26 of the claim-support check, issue 10).

The figure reader reads "80 cents" as the bare number 80 (its units are whole currencies), so a difference of two
prices a sentence tells in the currency's hundredths ("The minimum wage will go up by 80 cents an hour": 13.70
euros against 12.90 euros; "cost 70 cents less than the closing price": 3.10 against 3.80 dollars) matched no
difference of the passage. Here such a figure is read as money, its value divided by 100, in each currency the
cited passages state that has such a hundredth (pence: pounds; cents: the others the figure reader knows), for the
computed-figure rules (``computed.computed_difference``) to judge; it is never a stated figure of its own, so a wrong
value stays unstated.
"""
from __future__ import annotations

import re
from typing import Sequence

from topline.check.evidence import Doc
from topline.records import Figure

SUBUNIT = 100.0        # a cent or a penny is a hundredth of its currency
_SUBUNIT_AFTER = re.compile(r"\s+(cents?|pence|p)\b", re.IGNORECASE)
_PENCE_OF = frozenset({"GBP"})


def subunit_money(f: Figure, claim: str, span: tuple[int, int] | None, docs: Sequence[Doc]) -> list[Figure]:
    """``f`` read as money in each currency of ``docs`` whose hundredth the word after it names ("80 cents" ->
    0.80 EUR where the passages state euros); empty when ``f`` is no bare number before "cents"/"pence"."""
    if span is None or f.kind != "number" or f.unit or f.value <= 0:
        return []
    m = _SUBUNIT_AFTER.match(claim, span[1])
    if m is None:
        return []
    pence = m.group(1).lower() in ("pence", "p")
    units = {g.unit for d in docs for _, g in d.figures if g.kind == "money" and g.unit}
    return [Figure(f.text, "money", f.value / SUBUNIT, u) for u in sorted(units) if (u in _PENCE_OF) == pence]
