"""How news prose names a deal by its noun (issue 12, twelfth pass): the price set before the noun ("Crestview's
$6.2 billion purchase of Sable", "the €11.4 billion merger of A and B") and the two parties of "the merger of A and
B" (the first named is the acquirer, as gold ledgers and the companies' own releases list them). Rules about news
prose, not about any one corpus."""
from __future__ import annotations

import re
from typing import Sequence

# The deal's noun right after an amount: the amount is its price ("a $6.2 billion purchase of", "its €3bn takeover
# of", "the 2.4 billion pound all-cash acquisition of").
PRICE_BEFORE_NOUN = re.compile(r"^\s+(?:(?:all-cash|all-stock|cash(?:-and-stock)?|stock|hostile|proposed|planned|"
                               r"agreed|pending|takeover)\s+)?(?:purchase|acquisition|takeover|merger|buyout)\s+"
                               r"(?:of|with|between)\b", re.IGNORECASE)
# "the merger of A and B", "a merger between A and B": two parties named after the noun, joined by "and".
MERGER_OF = re.compile(r"merger (?:of|between)$", re.IGNORECASE)


def price_before_noun(sentence: str, money: Sequence, trigger_start: int):  # noqa: ANN001, ANN201 - PlacedFigure
    """The amount written right before the deal's noun that the sentence's buying trigger starts at (or at most
    one word before it), or None."""
    for f in money:
        if f.end <= trigger_start and PRICE_BEFORE_NOUN.match(sentence[f.end:]) and \
                len(sentence[f.end:trigger_start].split()) <= 2:
            return f
    return None


def merger_parties(sentence: str, at: int, names: Sequence):  # noqa: ANN001, ANN201 - spans.Span
    """(acquirer, target) of "merger of A and B" whose "of"/"between" ends at ``at`` (``MERGER_OF`` matches the
    trigger): the first name right after it and the name right after the "and" that follows it; None when the
    sentence does not name both so."""
    after = [x for x in names if x.start >= at]
    if len(after) < 2 or not re.fullmatch(r"\s*(?:the\s+)?", sentence[at:after[0].start]):
        return None
    first, second = after[0], after[1]
    if not re.fullmatch(r"\s+and\s+(?:the\s+)?", sentence[first.end:second.start]):
        return None
    return first, second


# The seller as the subject: "X is selling 49 percent of its tower unit Y to Z for €6.3bn", "agreed to sell Y to Z
# for $2 billion": the buyer is named after "to", the thing bought before it, the price after "for".
SALE = re.compile(r"\b(?:is selling|are selling|sells|sold|(?:agreed|agrees|has agreed|will|plans|is set) to sell)\s+"
                  r"(?P<thing>[^,;]{3,90}?)\s+to\s+(?:the\s+)?(?P<buyer>[^,;]{2,70}?)\s+for\s+"
                  r"(?:about |around |roughly |nearly |some |an estimated )?$", re.IGNORECASE)
# A word every form ``SALE`` matches has: a sentence without one is no sale, and its names need not be read (the
# ledger's check of every sentence for a sale cost ~2 s of a 10k edition's 11 s, 2026-12-05).
_SELL_WORD = re.compile(r"\b(?:sell|sells|selling|sold)\b", re.IGNORECASE)


def could_be_sale(sentence: str) -> bool:
    """Whether ``sale`` could find a sale in ``sentence`` (a necessary condition, cheap to test)."""
    return bool(_SELL_WORD.search(sentence))


# What is sold is a company, a unit or a stake in one, not goods ("sells chips to Chinese buyers for $2 billion").
_STAKE_OR_UNIT = re.compile(r"\b(?:stake|shares? in|percent|per cent|%|unit|subsidiary|business|division|arm|"
                            r"operations|company|group|holding)\b", re.IGNORECASE)


def sale(sentence: str, names: Sequence, money: Sequence):  # noqa: ANN001, ANN201 - Span, PlacedFigure
    """(buyer, what is bought, price, the sale's match) of a sale told from the seller's side, or None."""
    for f in money:
        m = SALE.search(sentence[:f.start])
        if m is None or not _STAKE_OR_UNIT.search(m.group("thing")):
            continue
        thing = [x for x in names if m.start("thing") <= x.start and x.end <= m.end("thing")]
        buyer = [x for x in names if m.start("buyer") <= x.start and x.end <= m.end("buyer")]
        if thing and buyer:
            return buyer[-1], thing[-1], f, m
    return None
