"""A new format or service put into a company's own premises, as a launch (events20): "is turning its consultation
rooms into weight-management clinics", "has converted 40 of its stores into health hubs", "opened in-store hearing
clinics in 300 of its branches". The golds of eval-health and eval-retail count a store format, clinic format or service
put on offer to customers as a launch (their READMEs); no launch verb names it, so the launch rule
(``extract._launch``) never read it. The organisation is the verb's subject, the product the format as written (the
noun phrase after "into", or the verb's object). Not a thing turned into money or results ("turn its large customer
base into profit"): the premises must be named. Not a format to come ("would convert", "will open"): see ``_TO_COME``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from topline.enrich.entities import canonical_entity
from topline.events.clauses import Context, in_relative
from topline.events.spans import Raw, Span, _field

_PREMISES = (
    r"(?:(?:[a-z][\w-]*\s+){0,2}(?:stores|shops|branches|pharmacies|outlets|locations|sites|restaurants|"
    r"supermarkets|showrooms|depots|rooms|floors|hotels|clinics|offices|warehouses))"
)
_SHARE = r"(?:(?:about\s+|around\s+|some\s+|roughly\s+)?(?:\d[\d,]*|\w+)\s+of\s+)?"
# "convert 150 of its remaining stores into", "turning its consultation rooms into"
_INTO = re.compile(
    r"\b(?:convert|turn|transform|refit|remodel)(?:s|ed|ing)?\s+"
    + _SHARE
    + r"(?:its|their)\s+"
    + _PREMISES
    + r"\s+into\s+"
)
# "open in-store weight-management clinics in 600 of its pharmacies"
_OPEN_IN = re.compile(
    r"\b(?:open|introduce|roll out|launch)(?:s|ed|ing|es)?\s+(?P<np>(?:(?!(?:in|at|across)\s)[\w-]+\s+){1,5}?)"
    r"(?:in|at|across)\s+" + _SHARE + r"(?:its|their)\s+" + _PREMISES + r"\b"
)
# the format: up to five words, to a preposition, a clause break or a figure
_NP = re.compile(
    r"(?:a\s+|an\s+|new\s+)?(?P<np>(?:(?!(?:for|in|at|by|from|as|and|to|which|that|with)\b)[\w-]+\s+){0,3}"
    r"(?!(?:for|in|at|by|from|as|and|to|which|that|with)\b)[a-z][\w-]*)"
    r"(?:\s+with\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*(?=\s+(?:for|in|at|and)\b|[,.;]|$))?"
)
_NOT_FORMAT = frozenset(
    "profit profits cash money revenue sales savings value loss losses housing homes flats apartments".split()
)
# A format to come ("would convert", "will open", "plans to turn"): the claim writer titles every launch as done
# ("launches"), so a plan stays a watch item (events20, read on eval-mob's "Skyvale Airways ... launches long-haul
# flights", a plan for next spring that a dated-plan rule, tried and reverted, had put in the ledger)
_TO_COME = re.compile(
    r"\b(?:will|would|shall|to|plans?|planning|aims?|intends?)\s+(?:\w+ly\s+|also\s+)?$", re.IGNORECASE
)
_NOT_ITS_ACT = re.compile(
    r"\b(?:no plans?|not|never|could|might|may|refused|declined)\s+(?:\w+\s+){0,3}$", re.IGNORECASE
)


def _product(s: str, at: int, end: int | None = None) -> Span | None:
    if end is not None:
        text = s[at:end].strip()
        start = s.index(text, at)
        return Span(text, start, start + len(text)) if text else None
    m = _NP.match(s, at)
    return Span(m.group(0), m.start(), m.end()) if m else None


def new_format(s: str, ctx: Context | None, subject: Callable[[int], Span | None]) -> Raw | None:
    """The launch of a format put into the company's own premises, or None. ``subject(at)`` is the name that acts at
    the verb's offset (the extractor's subject rule)."""
    into = _INTO.search(s)
    opened = None if into else _OPEN_IN.search(s)
    m = into or opened
    if m is None or _NOT_ITS_ACT.search(s[: m.start()]) or _TO_COME.search(s[: m.start()]) or in_relative(s, m.start()):
        return None
    product = _product(s, m.end()) if into else _product(s, m.start("np"), m.end("np"))
    if product is None or product.text.split()[-1].lower() in _NOT_FORMAT:
        return None
    who = subject(m.start())
    if who is None:
        return None
    return Raw(
        "launch",
        (_field("organisation", who.value, who.text), _field("product", product.text, product.text)),
        canonical_entity(product.text),
    )
