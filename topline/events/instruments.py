"""What moved when no name stands right before a market's verb (issue 12, events38): a commodity named in common words
("Nickel prices jumped as much as 5.6%", "Copper rose 2% to $9,800 a tonne", "Bitcoin fell 5.8%", "LME nickel closed
4.1 per cent higher"), and a company's parent or holding company whose shares moved ("Shares of Korvanta's parent fell
4.6%", "shares in its listed holding company slid 8.3%"). Read on the share and commodity moves events37 left (the
calibration corpora's missed market moves: a commodity the story also writes in lower case is no name, so the subject
rule found none; a parent's shares had no instrument).

``market_moves`` asks these after the name rules, for the verb at ``at``; each gives a ``Span`` of the sentence or None.
"""
from __future__ import annotations

import re

from topline.events.clauses import Context, bare
from topline.events.spans import Span

# Traded commodities as markets name them in common words: the exchanges' base metals, precious and minor metals,
# energy, grains, softs and livestock, and the two largest cryptocurrencies (a closed list of the instruments' own
# names, not of any corpus's; "lead" is left out: it is a verb far more often than a metal).
COMMODITIES = (r"copper|aluminium|aluminum|nickel|zinc|tin|cobalt|lithium|iron ore|steel rebar|rebar|gold|silver|"
               r"platinum|palladium|gallium|germanium|antimony|tungsten|molybdenum|uranium|rare earths|"
               r"oil|crude|crude oil|brent|brent crude|wti|natural gas|gas|lng|coal|thermal coal|coking coal|diesel|"
               r"gasoil|gasoline|jet fuel|fuel oil|power|electricity|carbon|"
               r"wheat|corn|maize|soybeans|soybean|soybean oil|soyoil|soymeal|palm oil|canola|rapeseed|barley|oats|"
               r"rice|sugar|raw sugar|white sugar|coffee|arabica|robusta|cocoa|cotton|orange juice|rubber|lumber|"
               r"live cattle|feeder cattle|cattle|lean hogs|hogs|"
               r"bitcoin|ether")
# what a commodity's market is called after its name ("Nickel prices", "Wheat futures", "Copper contracts")
_MARKET_NOUN = r"(?:\s+(?:spot\s+)?(?:prices?|futures|contracts?))?"
# the commodity opens its clause: the sentence's start, a clause break, or "while"/"and"/"as" (its own subject); an
# exchange's short name or "benchmark", "spot", "three-month" may stand before it ("LME nickel", "benchmark copper")
_COMMODITY_SUBJECT = re.compile(
    r"(?:^|[,;:]\s+|\b(?:and|while|as|but|with)\s+|\s[-\u2013\u2014]\s+)"
    r"(?P<name>(?:(?:[A-Z]{2,5}|[Bb]enchmark|[Ss]pot|[Tt]hree-month|[Ff]ront-month)\s+){0,2}"
    r"(?i:" + COMMODITIES + r")" + _MARKET_NOUN + r")\s*$")
# a commodity name that is a bigger noun's modifier before the verb is another thing ("Gas station operators fell")
_NOT_AFTER = re.compile(r"^\s*(?:company|companies|producers?|miners?|stocks?|shares|firms?|groups?|makers?)\b",
                        re.IGNORECASE)


def commodity(s: str, at: int) -> Span | None:
    """The commodity named in common words as the subject of the move verb at ``at`` ("Nickel prices", "Copper",
    "LME nickel", "Brent crude futures"), or None."""
    cut = bare(s, at)
    m = _COMMODITY_SUBJECT.search(s[:cut].rstrip() + " ")
    if m is None or _NOT_AFTER.match(s[cut:at]):
        return None
    text = m.group("name").strip()
    # "Nickel prices" is the nickel market: the commodity's name is what moved, as markets and the golds name it
    # ("LME nickel"); "futures" names a contract and stays
    text = re.sub(r"\s+(?:spot\s+)?(?:prices?|contracts?)$", "", text)
    start = m.start("name")
    return Span(text, start, start + len(text))


# "Shares of Korvanta's parent", "Shares in Severnmoor Water's parent company", "shares in its listed holding company",
# "Shares of Fennimore Gault's listed parent": what moved is the parent's stock, named by the company it owns
_PARENT = re.compile(r"\b[Ss]hares\s+(?:of|in)\s+(?:(?P<name>(?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*)['\u2019]s?|"
                     r"(?P<its>its|their))\s+(?:(?:listed|publicly[- ]traded|Hong Kong-listed|London-listed)\s+)?"
                     r"(?P<noun>parent(?:\s+company|\s+group)?|holding\s+company|owner)\s*$")


def parent_shares(s: str, at: int, ctx: Context | None) -> Span | None:
    """The parent whose shares moved, told by the company it owns (see ``_PARENT``), as "<company> parent": the name
    the sentence gives, or for "its" the article's main actor (``ctx.company``); None otherwise."""
    head = s[:at]
    if "parent" not in head and "holding" not in head and "owner" not in head:   # the cheap look first
        return None
    m = _PARENT.search(s[:bare(s, at)].rstrip())
    if m is None:
        return None
    noun = re.sub(r"\s+", " ", m.group("noun"))
    if m.group("name"):
        owner = m.group("name")
        return Span(s[m.start("name"):m.end("noun")], m.start("name"), m.end("noun"), ref=f"{owner} {noun}")
    if ctx is None or not ctx.company:
        return None
    return Span(s[m.start("its"):m.end("noun")], m.start("its"), m.end("noun"), ref=f"{ctx.company} {noun}")
