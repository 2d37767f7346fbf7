"""Money a funding sentence names that is not money raised in a round (``extract._funding``): a running total told
with "so far" or "since", a share's price, the worth of investors' bids for an offering, and a share's trading price. Moved out of
``extract`` (kept under the size the developers' guide asks for); read on eval-clim after its one measurement
(2026-12-06), then checked over every calibration corpus's sentences."""
from __future__ import annotations

import re

# "has raised about €5bn in equity and debt since 2021", "has raised about $95 million from investors so far": a
# running total, not a round (the "since" reading from an earlier pass; "so far" and "to date" after eval-clim)
_RUNNING_TOTAL = re.compile(r"[^,;.]{0,60}\b(?:since (?:(?:19|20)\d\d|its (?:founding|launch|inception))|so far|"
                            r"to date)\b")
# "Investors placed bids worth more than Rs 60,000 crore for the IPO": the demand for an offering, not the money it
# raised; "orders" and "subscriptions" are left out (a round's amount can follow them in a sentence)
# ("total bids of ₹1.12 trillion" in a spectrum auction too); a market capitalisation is a value, not a raise
_DEMAND_BEFORE = re.compile(r"\bbids?\b[^.;$€£¥₩]{0,30}$|\bmarket (?:cap|capitali[sz]ation|value)\b[^.;$€£¥₩]{0,20}$",
                            re.IGNORECASE)
# "priced at $28", "shares were priced at $28", "sold shares at $28": a share's price (moved from ``extract``)
_SHARE_PRICE_BEFORE = re.compile(r"(?:\bpric(?:ed|es|ing)\b[^.;$€£¥₩]{0,40}?\bat|\b(?:shares?|stock|ADSs?|units)\b"
                                 r"[^.;$€£¥₩]{0,30}?\bat)\s+(?:about |around |roughly |between |from )?$",
                                 re.IGNORECASE)
# "closed its first day of trade at Rs 569.40", "opened at $31 in its debut": a share's trading price
_TRADE_PRICE_BEFORE = re.compile(r"\b(?:trade|trading|debut|opened|closed)\b[^.;$€£¥₩]{0,30}?\bat\s+"
                                 r"(?:about |around |roughly )?$", re.IGNORECASE)


def running_total(s: str, after: int) -> bool:
    """The raise whose verb ends at ``after`` is told as a running total, not a round."""
    return _RUNNING_TOTAL.match(s[after:]) is not None


def not_raised(s: str, start: int) -> bool:
    """The money figure at ``start`` of ``s`` is a share's price, a bid's worth or a trading price, not money
    raised."""
    before = s[:start]
    return bool(_SHARE_PRICE_BEFORE.search(before) or _DEMAND_BEFORE.search(before) or
                _TRADE_PRICE_BEFORE.search(before))


# "Jun Wang, who founded the startup in 2021, raised $40 million": "who" is the relative pronoun of persons, so the
# name it follows is a person, and no person is a round's company; the names inside that clause are not the main
# verb's subject either (events29, issue 12: a person had been read as a funding company).
_WHO_CLAUSE = re.compile(r",\s+who\b[^;]*?,")


def no_persons(s: str, pool: list) -> list:
    """``pool`` (spans of ``s``) without the names a closed "who" clause follows or holds."""
    out = []
    for x in pool:
        w = _WHO_CLAUSE.match(s, x.end)
        if w is not None:
            continue
        if any(w.start() < x.start < w.end() for y in pool if (w := _WHO_CLAUSE.match(s, y.end)) is not None):
            continue
        out.append(x)
    return out
