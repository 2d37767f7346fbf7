"""The investors of a round named in a later sentence of the article that reported it (issue 12, fourteenth pass:
funding's investors were missed where the lead names one backer and a later sentence the rest: "Thalassa Capital and
Norrland Pension Fund joined the round", "Arbor Peak Ventures led the round, with participation from Tidewater Capital
and existing investors Saltmarsh Partners and Kōyō Ventures", "Investors include the Canada Pension Plan Investment
Board and ...", "Lionrock Ventures and Alder Health Partners were new investors"). Read on cal-ai, cal-biotech,
eval-ai3, eval-energy, eval-trade and eval-agri. Split from ``extract`` (kept under the size the developers' guide
asks for)."""

from __future__ import annotations

import re
from typing import Sequence

from topline.enrich.entities import canonical_entity
from topline.events.speakers import SPEAKS_NEXT
from topline.events.spans import _JURISDICTION_ADJ, Raw, Span, _field, _places, actors

# Words that say the names of the sentence took part in a round (not "led a round for another company": the sentence
# must not name an amount, which would make it a round of its own, read by the funding rule).
_JOINED = re.compile(
    r"\b(?:joined (?:the|this) (?:round|financing|raise|fundraising)|co-led(?: the (?:round|financing))?|"
    r"led the (?:round|financing|raise)|(?:also )?took part(?=\s*(?:[,.;]|$| in (?:the|this) (?:round|financing|raise)))|"
    r"also (?:invested|participated)|"
    r"(?:were|was) (?:also )?(?:new|existing|among the|other) (?:investors?|backers?)|"
    r"(?:other |new |existing )?(?:investors|backers|participants) (?:include|included)|"
    r"participation from|joined by|(?:was|were) led by|with [^.;]{1,80}? joining|"
    r"along with existing (?:investors|backers)|led,)(?=\W|$)",
    re.IGNORECASE,
)
_MONEY = re.compile(r"[$€£¥₩]\s?\d|\d\s?(?:million|billion|bn|m)\b", re.IGNORECASE)
_NOT_INVESTOR = re.compile(r"(?:Existing|New|Other|Previous|Current|Both|All|Some|Investors|Backers)")
_STAGE_NAME = re.compile(r"(?:Series [A-H]\d?|IPO|Seed)", re.IGNORECASE)


def round_participants(s: str, spans: Sequence[Span], company: str) -> list[Span]:
    """The investors a sentence names as taking part in the article's round of ``company`` (canonical key), or []."""
    if not _JOINED.search(s) or _MONEY.search(s):
        return []
    places = {p.text for p in _places(s)}
    out: list[Span] = []
    for x in actors(spans, s):
        if (
            x.text in places
            or x.text.lower() in _JURISDICTION_ADJ
            or _STAGE_NAME.fullmatch(x.text)
            or _NOT_INVESTOR.fullmatch(x.text)
        ):
            continue  # "Existing backers Harbourview Ventures and ...": a capitalised first word, no name
        if canonical_entity(x.text) == company or re.match(r"['\u2019]s\b", s[x.end :]):
            continue  # the company itself; an owner ("Abu Dhabi's Qasr Investment Authority": not Abu Dhabi)
        if SPEAKS_NEXT.match(s, x.end):
            continue  # the speaker of an attribution
        out.append(x)
    return out


def participants_event(s: str, spans: Sequence[Span], key: str) -> Raw | None:
    """A funding statement carrying only the investors a later sentence names, to complete the article's round."""
    found = round_participants(s, spans, key)
    if not found:
        return None
    return Raw("funding", tuple(_field("investors", x.text, x.text) for x in found), key)
