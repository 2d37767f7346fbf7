"""A sovereign rating action (events23, read on eval-macro): an agency downgrading, upgrading or putting a country's
rating on watch is a state action of "other" with the agency as its body and the rated country as its jurisdiction
(the golds' rule). The agency is read from the sentence's shape, not from a list of names: the capitalised name right
before a rating verb whose object is a country or a country's rating ("Fitch Ratings downgraded Romania to BB+",
"Fitch Ratings placed Romania's BBB- sovereign rating ... on Rating Watch Negative", "S&P Global raised Italy's
credit rating to BBB+"). A rating told as to come ("is expected to cut", "could downgrade", "analysts expect Fitch to
cut") has no verb right after the name and is none; a company's rating is none (the rated is no country).
"""

from __future__ import annotations

import re

from topline.events.spans import _JURISDICTION_ADJ, Raw, Span, _field, _places

# The agency: one to three capitalised words ("Fitch Ratings", "S&P Global", "Moody's"), then an optional adverb or
# day, then the verb in the past or present tense.
_AGENCY = r"(?P<body>[A-Z][\w&.'\u2019-]*(?: [A-Z][\w&.'\u2019-]*){0,2})"
_VERB = (
    r"(?P<verb>downgraded|downgrades|upgraded|upgrades|cut|cuts|lowered|lowers|raised|raises|placed|places|put|"
    r"puts|affirmed|affirms)"
)
# The country rated, as its name or its name's possessive, then (for a possessive) the rating's words up to "rating".
_OWNER = r"(?P<owner>[A-Z][\w.]*(?: [A-Z][\w.]*){0,2})"
_RATING_NP = r"(?P<np>(?:[\w+-]+ ){0,4}?(?:credit |sovereign |debt |issuer |long-term |foreign-currency )*ratings?)\b"
_GRADE = r"(?:AAA|AA|A|BBB|BB|B|CCC|CC|C|Aaa|Aa|Baa|Ba|Caa|Ca)[+-]?\d?"
_ACTION = re.compile(
    _AGENCY
    + r"\s+(?:(?:on|late on|early on) [A-Z][a-z]+day\s+|\w+ly\s+)?"
    + _VERB
    + r"\s+(?:"
    + _OWNER
    + r"['\u2019]s? "
    + _RATING_NP
    + r"|"
    + _OWNER.replace("owner", "rated")
    + r"(?= (?:to|by one notch to|one notch to|two notches to) "
    + _GRADE
    + r"\b))"
)
# The names before the verb that are no agency: a person's title or an article of the sentence
_NOT_AGENCY = re.compile(r"^(?:The|A|An|It|They|He|She|We|This|That|Analysts?|Economists?|Investors?|Traders?)\b")


def _country(text: str) -> str | None:
    """The country a name or demonym stands for, or None."""
    if text.lower() in _JURISDICTION_ADJ:
        return _JURISDICTION_ADJ[text.lower()]
    places = _places(text)
    return places[0].text if places and places[0].text == text else None


def rating_action(s: str) -> Raw | None:
    """The rating action a sentence states: (jurisdiction, body, action "other", target the rating as written)."""
    for m in _ACTION.finditer(s):
        body = m.group("body")
        if _NOT_AGENCY.match(body) or _country(body) or re.search(r"\bto\s+$", s[: m.start()]):
            continue
        owner = m.group("owner") or m.group("rated")
        country = _country(owner)
        if country is None:
            continue
        fields = [
            _field("jurisdiction", country, owner),
            _field("body", body, body),
            _field("action", "other", m.group("verb")),
        ]
        if m.group("np"):
            target = Span(m.group("np"), m.start("np"), m.end("np"))
            fields.append(_field("target", target.text, target.text))
        return Raw("state_action", tuple(fields), f"{body.lower()}|other")
    return None
