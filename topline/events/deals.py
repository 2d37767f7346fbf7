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
SALE = re.compile(r"\b(?:is selling|are selling|sells|sold|(?:agreed|agrees|has agreed|plans|is set) to sell|"
                  r"(?:will|would) sell)\s+"   # "said it would sell its Brazilian business to X" (events20)
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


_OWN_UNIT = re.compile(r"(?:its|their)\s+(?P<unit>(?:[\w-]+\s+){0,3}(?:business|unit|division|arm|operations|"
                       r"subsidiary))$", re.IGNORECASE)


def _own_unit(m: re.Match) -> list:
    """The seller's unit named by what it is when no name is given ("its Brazilian business"), as a span (events20)."""
    from topline.events.spans import Span

    u = _OWN_UNIT.fullmatch(m.group("thing"))
    return [Span(u.group("unit"), m.start("thing") + u.start("unit"), m.start("thing") + u.end("unit"))] if u else []


def sale(sentence: str, names: Sequence, money: Sequence):  # noqa: ANN001, ANN201 - Span, PlacedFigure
    """(buyer, what is bought, price, the sale's match) of a sale told from the seller's side, or None."""
    for f in money:
        m = SALE.search(sentence[:f.start])
        if m is None or not _STAKE_OR_UNIT.search(m.group("thing")):
            continue
        thing = [x for x in names if m.start("thing") <= x.start and x.end <= m.end("thing")] or _own_unit(m)
        buyer = [x for x in names if m.start("buyer") <= x.start and x.end <= m.end("buyer")]
        if thing and buyer:
            return buyer[-1], thing[-1], f, m
    return None


# --- what a buying verb's object is not (events20) --------------------------------------------------------------
# Read when "would buy", "will buy" and "agreed on Tuesday to buy" became buying verbs (eval-retail, eval-health,
# eval-prop, cal-biotech, cal-ai2): a nationality or a place that only describes the target ("to buy U.S. boutique
# hotel chain Saltgrass Inns", "to buy the Boston biotech"), a price per share, goods bought from a name ("will buy
# the full output of the Harlan Creek reactor").
_NATIONALITY = frozenset("u.s. us u.k. uk american british french german chinese japanese swiss dutch danish "
                         "italian spanish swedish norwegian canadian australian indian korean".split())


def told_as_kind(sentence: str, x) -> bool:  # noqa: ANN001 - spans.Span
    """``x`` describes the noun after it: a nationality before more words ("U.S. boutique hotel chain X"), or a name
    between "the" and a common noun ("the Boston biotech")."""
    after = sentence[x.end:]
    if x.text.lower().rstrip(".") in {n.rstrip(".") for n in _NATIONALITY} and re.match(r"\.?\s+[a-z]", after):
        return True
    if _KIND_BEFORE_NAME.match(after):
        return True
    return bool(re.search(r"\bthe\s+$", sentence[:x.start]) and re.match(r"\s+[a-z][\w-]*(?:\s*[,.;]|\s+for\b|$)",
                                                                        after))


# the lead, after eval-games' measurement ("agreed to buy English Sovereign League club Castlebridge United": the
# league titled as the target): a name followed by one or two common nouns and another name describes that name's
# kind ("X club Y", "X software unit Y"), as a nationality does; a function word between ("X shares from Y") is none
_KIND_BEFORE_NAME = re.compile(r"\s+(?!(?:from|of|for|in|at|to|and|or|with|by|on|as|than|into|after|before|the|a|"
                               r"an|its|their|his|her|which|that|who|said|says|was|were|is|are|has|had|have|will|"
                               r"would|shares?|stakes?)\b)[a-z][\w-]*(?:\s+(?!(?:from|of|for|in|at|to|and|or|with|by|"
                               r"on|as|the|a|an)\b)[a-z][\w-]*)?\s+[A-Z]")


def per_share(sentence: str, end: int) -> bool:
    """The amount ending at ``end`` is a price per share ("for $48 a share", "318 pence per share")."""
    return bool(re.match(r"\s+(?:a|per)\s+(?:share|ADS|unit)\b|\s+each\b", sentence[end:]))


_GOODS = re.compile(r"\b(?:output|power|electricity|energy|capacity|supply|supplies|production|crop|harvest|chips)\b",
                    re.IGNORECASE)


def goods_gap(gap: str) -> bool:
    """The words between a buying verb and its object name goods ("the full output of the")."""
    return bool(_GOODS.search(gap))


# --- the deal's other price, told in a later sentence (events20) -------------------------------------------------
# Read on eval-retail, eval-health, eval-prop, eval-tmt and eval-mob, whose golds give the price with debt (or with
# earn-outs) as a second line of the purchase: "Including net debt and lease liabilities, the transaction values the
# grocer at about 5.6 billion pounds", "Including debt, the deal is worth about $6.4 billion", "Once Pacifica's charter
# liabilities are counted, the transaction is worth closer to $8.4bn". The sentence's subject is the deal by its noun;
# the amount is what the deal is worth or values its target at.
_DEAL_WORTH = re.compile(
    r"\b(?:the|this|that|its)\s+(?:(?:new|revised|improved|sweetened|final|total|effective|enterprise|headline|agreed|"
    r"cash|all-cash|all-share)\s+)*(?:deal|transaction|takeover|acquisition|purchase|price|tie-up|merger)\s+"
    r"(?:is\s+|was\s+|would\s+be\s+|will\s+be\s+|could\s+be\s+)?(?:worth|valued\s+at|"
    r"(?:values|would\s+value|will\s+value|valuing)\s+(?:[\w'\u2019-]+\s+){0,4}?at|could\s+reach|would\s+reach|"
    r"reaches|comes\s+to|amounts\s+to|rises\s+to|is|was)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|"
    r"nearer\s+(?:to\s+)?|closer\s+to\s+|almost\s+|more\s+than\s+|up\s+to\s+|an\s+estimated\s+)?$",
    re.IGNORECASE,
)


def later_price(sentence: str, money: Sequence, key: str):  # noqa: ANN001, ANN201 - PlacedFigure; spans.Raw | None
    """An acquisition statement carrying only the price (and its currency) a later sentence gives for the article's
    deal ``key``, or None."""
    from topline.events.spans import Raw, _field

    for f in money:
        if _DEAL_WORTH.search(sentence[: f.start]) and not per_share(sentence, f.end):
            return Raw("acquisition", (_field("price", f.figure.value, f.figure.text),
                                       _field("currency", f.figure.unit, f.figure.text)), key)
    return None
