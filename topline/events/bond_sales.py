"""Money raised by selling bonds, as the issuer's funding (issue 12, events37; off by default, ``READ_BONDS``).

The funding rule reads money raised from its verb ("raised", "is raising", "secured ... financing") and its rounds.
An issuer's bond sale is told by the sale's own verbs: "Aurelia Energia priced a 2 billion euro sustainability-linked
bond on Wednesday", "Ivory Coast sold 1.2 billion euros of 12-year bonds on Tuesday at a yield of 6.125%", "Argentina
sold $2.5 billion of bonds due in 2031", "The group issued €750m of senior notes". The golds file these as funding of
the issuer (a company or a state), with the amount and the bond as its stage; the calibration scan
(``benchmarks/scan_events.py``) found them missed. Read here: the issuer (the verb's subject) priced, sold, issued or
placed a sum of bonds or notes ("a <sum> <words> bond", "<sum> of <words> bonds"); the stage is the bond's words as
written ("sustainability-linked bond", "12-year bonds"). None when the bonds are bought or sold by an investor (a
fund, a bank's clients: the seller holds bonds it did not issue, "sold its holdings of"), when they are only planned
or supposed, or when the sum is a price, a yield or orders ("drawing orders of more than 7 billion euros").
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from topline.enrich.entities import canonical_entity
from topline.events.clauses import Context, background, in_relative
from topline.events.spans import Fig, Raw, Span, _field, _places

_SOLD = re.compile(r"\b(?:priced|prices|sold|sells|issued|issues|placed|places)\s+(?:an?\s+|its\s+(?:first\s+|debut\s+)?)?",
                   re.IGNORECASE)
# the bond's words after the sum: "2 billion euro sustainability-linked bond", "€500m seven-year green bond", "of
# 12-year bonds", "of senior notes due 2031"
_BOND = re.compile(r"\s*(?:of\s+)?(?P<words>(?:(?!(?:and|or|to|from|for|with|at|on|in|by|the|its|their)\b)[\w-]+\s+){0,4}?"
                   r"(?:bonds?|notes|eurobonds?|sukuk|debentures|green\s+bonds?))\b", re.IGNORECASE)
# who sells bonds it holds, not its own: an investor's words before the verb
_HOLDER = re.compile(r"\b(?:investors?|funds?|traders?|holders?|clients|central\s+bank|the\s+bank\s+of)\b[^.;,]{0,40}$",
                     re.IGNORECASE)
_NOT_SOLD = re.compile(r"\b(?:plans?\s+to|planning|considering|could|might|may|would|will|is\s+set\s+to|"
                       r"is\s+expected\s+to|not|no)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
# Whether bond sales are read (see benchmarks/RESULTS.md, events37: on, they moved a sovereign bond story's page and
# lowered four corpora's Signals & Trends floors; the lead's decision)
READ_BONDS = False
_HOLDINGS = re.compile(r"\b(?:holdings?|stake|portfolio)\b", re.IGNORECASE)


def bond_sale(s: str, figs: Sequence[Fig], ctx: Context | None, subject: Callable[[int], Span | None]) -> Raw | None:
    """The issuer's funding of a bond sale (see the module's docstring), or None. ``subject(at)`` is the name that
    acts at an offset (the extractor's subject rule)."""
    if not READ_BONDS:
        return None
    for v in _SOLD.finditer(s):
        f = next((f for f in figs if f.start == v.end() and f.figure.kind == "money"), None)
        if f is None:
            continue
        bond = _BOND.match(s, f.end)
        if bond is None:
            continue
        head = s[:v.start()]
        if _NOT_SOLD.search(head) or _HOLDER.search(head) or _HOLDINGS.search(s[f.end:bond.end()]) or \
                in_relative(s, v.start()) or background(s, v, ctx):
            return None
        who = subject(v.start()) or _state(s, v.start())
        if who is None:
            return None
        words = bond.group("words").strip()
        return Raw("funding", (_field("company", who.value, who.text),
                               _field("amount", f.figure.value, f.figure.text),
                               _field("currency", f.figure.unit, f.figure.text),
                               _field("stage", words, words)),
                   canonical_entity(who.value))
    return None


def _state(s: str, at: int) -> Span | None:
    """A state that sells its own bonds, named right before the verb ("Argentina sold $2.5 billion of bonds"): the
    subject rule leaves places out of the actors."""
    return next((p for p in _places(s) if re.fullmatch(r"\s+(?:also\s+|on\s+\w+\s+)?", s[p.end:at])), None)
