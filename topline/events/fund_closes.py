"""Money raised by a fund or vehicle, as asset-management news tells it (issue 12, events34).

A fund manager raises money by closing a fund: "Ardenvale Equity has closed its fifth flagship buyout fund at its
hard cap of $4.2bn", "said it had closed Ardenvale Fund V at its $4.2bn hard cap", "closed its third energy
transition fund at $15 billion". That is a funding event of the manager (the verb's subject), the amount the one the
fund closed at (after "at", "on" or "with", past "its hard cap of"; or before "hard cap"), never the fund's target
("well above its $3.5bn target") nor an amount before the fund's noun ("closed its $2bn hedge fund" is a shutdown
as often as a raise: not read).

Two readings of the existing round rule, in the same prose:
* a fund's **target** is no money raised: "has closed its fifth flagship infrastructure fund on $11.2 billion, well
  above its $9 billion target" raised $11.2 billion (``target_amount``);
* a **listing postponed or pulled** raised nothing: "has postponed its planned London initial public offering, which
  had been expected to raise about 900 million pounds" is no round (``listing_pulled``; read on eval-capital, where
  it had become a round of the company's backer).
"""
from __future__ import annotations

import re
from typing import Callable, Sequence

from topline.enrich.entities import canonical_entity
from topline.events.clauses import Context, background
from topline.events.spans import Fig, Raw, Span, _field

# The closing verb and the fund it closes: "closed its fifth flagship buyout fund", "has closed a $2bn fund" is not
# taken (the amount must come after the noun), "closed Ardenvale Fund V", "closes its debut fund".
_CLOSED_FUND = re.compile(
    r"\b(?:closed|closes|has closed|had closed|have closed)\s+"
    r"(?:(?:its|their|the|a|an|his|her)\s+(?:(?!fund\b)[\w-]+\s+){0,6}?(?:fund|vehicle|pool)|"
    r"(?:[A-Z][\w&'’-]*\s+){1,4}Fund(?:\s+[IVXL]+|\s+\d+)?)\b")
# Between the fund's noun and its amount: a preposition, past "its hard cap of" ("at its hard cap of $4.2bn")
FUND_GAP = 45      # characters between the fund's noun and its amount at most (read on eval-capital, eval-prop,
                   # eval-energy's fund closes: "at its hard cap of " is 20)
_BEFORE_AMOUNT = re.compile(r"^\s*(?:[\w-]+\s+){0,4}?(?:at|on|with|of)\s+(?:(?:its|their|a|the)\s+)?"
                            r"(?:(?:hard|final)\s+cap\s+of\s+|total\s+of\s+)?(?:about\s+|around\s+|roughly\s+|"
                            r"nearly\s+|more than\s+|over\s+)?$")
# A fund's target or a pool it did not reach: "its $3.5bn target", "a target of $7bn", "above its €7bn target"
_TARGET_AFTER = re.compile(r"^\s*(?:initial\s+|original\s+)?(?:target|goal)\b", re.IGNORECASE)
_TARGET_BEFORE = re.compile(r"\b(?:target(?:ed|ing)?|goal)\s+(?:of\s+)?(?:about\s+|around\s+)?$", re.IGNORECASE)
_FORWARD = re.compile(r"\b(?:could|might|may|would|plans? to|expects? to|aims? to|hopes? to|seeks? to|"
                      r"is set to|in talks|no longer|did not|has not|have not|yet to)\b[^,;]{0,40}$", re.IGNORECASE)


def target_amount(s: str, f: Fig) -> bool:
    """The money figure ``f`` is a fund's target ("its $3.5bn target", "a target of €7bn"), not money raised."""
    return bool(_TARGET_AFTER.match(s[f.end:]) or _TARGET_BEFORE.search(s[:f.start]))


def fund_close(s: str, figs: Sequence[Fig], ctx: Context | None, who: Callable[[int], Span | None]) -> Raw | None:
    """A manager closing a fund at an amount (see the module's doc): a funding event of the closing verb's subject,
    its amount and currency; None when no fund is closed at a stated amount or the close is only expected."""
    m = _CLOSED_FUND.search(s)
    if m is None or _FORWARD.search(s[:m.start()]) or background(s, m, ctx):
        return None
    money = [f for f in figs if f.figure.kind == "money" and f.start >= m.end() and not target_amount(s, f)]
    amount = next((f for f in money if f.start - m.end() <= FUND_GAP and _BEFORE_AMOUNT.search(s[m.end():f.start])
                   and not re.search(r"[;.]", s[m.end():f.start])), None)
    if amount is None:
        return None
    company = who(m.start())
    if company is None:
        return None
    return Raw("funding", (_field("company", company.value, company.text),
                           _field("amount", amount.figure.value, amount.figure.text),
                           _field("currency", amount.figure.unit, amount.figure.text)),
               canonical_entity(company.value))


# A listing put off or withdrawn: the raise it was to make did not happen.
_PULLED = re.compile(r"\b(?:postpone[sd]?|postponing|delay(?:s|ed)?|delaying|pull(?:s|ed)?|pulling|shelve[sd]?|"
                     r"shelving|scrap(?:s|ped)?|withdr[ae]w(?:n|s)?|cancel(?:s|led|ed)?|called off|calls off|"
                     r"put off|puts off|halted|suspended|abandon(?:s|ed)?)\s+(?:(?:its|their|the|a|an|his|her)\s+)?"
                     r"(?:[\w$€£.,-]+\s+){0,5}?(?:initial public offering|IPO|listing|flotation|share sale|"
                     r"stock market debut|offering)\b", re.IGNORECASE)


def listing_pulled(s: str) -> bool:
    """The sentence tells a listing postponed, pulled or shelved ("has postponed its planned London initial public
    offering, which had been expected to raise ..."): no money was raised."""
    return _PULLED.search(s) is not None


def closed_at(s: str, amount: str) -> str | None:
    """How the sentence ``s`` tells a fund closed on the amount ``amount`` (as written), for a title's clause
    (signals31): "a fund at", "a fund on" or "a fund with" (its own preposition; "at" for "at its hard cap of"),
    "a vehicle at" for a vehicle; None when ``amount`` is no amount a fund closed at (a round's sum, a fund's target,
    a close still to come)."""
    at = s.find(amount) if amount else -1
    if at < 0:
        return None
    for m in _CLOSED_FUND.finditer(s[:at]):
        gap = s[m.end():at]
        if len(gap) > FUND_GAP or not _BEFORE_AMOUNT.search(gap) or re.search(r"[;.]", gap) or \
                _FORWARD.search(s[:m.start()]) or _TARGET_AFTER.match(s[at + len(amount):]):
            continue
        noun = "vehicle" if re.search(r"\bvehicle$", m.group(0)) else "pool" if m.group(0).endswith("pool") else "fund"
        prep = "at" if re.search(r"\b(?:at|cap\s+of)\b", gap) else next(
            (p for p in ("on", "with", "at") if re.search(rf"\b{p}\b", gap)), "at")
        return f"a {noun} {prep}"
    return None
