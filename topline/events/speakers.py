"""Whose act a clause tells when a name speaks or sits outside it (issue 12; the lead, after eval-chips' one
measurement: four false claim titles gave a speaker or a sentence's first name an act another subject did).

- ``other_subject``: between a name and the event's word stands a verb of saying or expecting followed by the
  subject of the event's own clause, an indefinite or counted phrase of organisations ("said three fabs had
  received ...", "expected member companies to increase ...") or a new whole ("the combined company would invest
  ..."): that subject acts, not the name. A definite phrase ("said the plant will cost"), a pronoun ("said it would
  invest") or a thing or person ("said a compressor had tripped") may be the speaker's own and is left to the other
  rules.
- ``reduced``: a spending noun governed by a verb of decrease ("cut its 2027 capital spending budget by about $2
  billion") tells a cut, not a build-out.
"""
from __future__ import annotations

import re

from topline.speech import ARGUING, OPINION, SAID_AFTER, alternation, forms

# a verb of saying or expecting; "told" with up to three words of its object ("told analysts on Tuesday"); "add",
# "note", "warn" and "argue" only in the past ("will add three fabs" is an act, not speech)
_SAY = (r"told\s+(?:[\w-]+\s+){0,3}?|" +
        alternation(forms(("say",) + OPINION) + forms(("add", "note") + ARGUING, ("past",))))
# the clause's subject: an indefinite or counted phrase headed by a noun of organisations within three words ("three
# fabs", "member companies", "a rival chipmaker"); a thing or a person ("said a compressor had tripped", "said a
# patient died in its study") may be the speaker's own and is left to the other rules
_COUNTED = (r"(?:an?|some|several|many|most|other|rival|member|[1-9]\d{0,2}|two|three|four|five|six|seven|eight|nine|"
            r"ten|dozens\s+of|hundreds\s+of)")
_ORGS = (r"compan(?:y|ies)|firms?|fabs?|(?:chip)?makers?|suppliers?|operators?|groups?|banks?|lenders?|insurers?|"
         r"utilit(?:y|ies)|carriers?|manufacturers?|producers?|developers?|rivals?|customers?|clients?|members?|"
         r"start-?ups?|business(?:es)?|retailers?|airlines?|foundr(?:y|ies)|chipmakers?")
_NEW_WHOLE = r"the\s+(?:combined|merged|enlarged|joint|new)\s+(?:company|group|entity|venture|business)\b"
_OTHER = re.compile(rf"\b(?:{_SAY})\s+(?:on\s+\w+\s+|\w+day\s+)?(?:that\s+)?(?:it\s+(?:{_SAY})\s+)?"
                    rf"(?:{_COUNTED}\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:{_ORGS})\b|{_NEW_WHOLE})")


# "Tollhaven's analysts say ...", "Orvel's economists expect ...": the name is whose staff speak, a source
_STAFF_SAY = re.compile(r"['\u2019]s\s+(?:[a-z][\w-]*\s+)?(?:analysts?|economists?|researchers?|strategists?|"
                        rf"spokes(?:person|man|woman)|experts?|engineers?)\s+(?:{_SAY})\b")


# a name right before one of the shared verbs of an attribution ("Harbourview said", "Qasr Investment announced") is
# its speaker (rounds' participants, the actors' list of extract)
SPEAKS_NEXT = re.compile(rf"\s+(?:{alternation(SAID_AFTER)})\b")

def other_subject(sentence: str, name_end: int, trigger_start: int) -> bool:
    """Whether the event's clause at ``trigger_start`` has its own subject after the name ending at ``name_end``, or
    the name is only whose staff speak of it ("X's analysts say the tools tripped")."""
    return _OTHER.search(sentence, name_end, trigger_start) is not None or \
        _STAFF_SAY.match(sentence, name_end) is not None


_DECREASE = re.compile(r"\b(?:cut|cuts|cutting|reduce[sd]?|reducing|trim(?:s|med|ming)?|slash(?:es|ed|ing)?|"
                       r"lower(?:s|ed|ing)?|curb(?:s|ed|ing)?|(?:scale[sd]?|scaling|pare[sd]?|paring|rein(?:s|ed)?)\s+"
                       r"back)\s+(?:its|their|the|this\s+year's|next\s+year's)?\s*(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def reduced(sentence: str, noun_start: int) -> bool:
    """Whether the spending noun at ``noun_start`` is the object of a verb of decrease."""
    return _DECREASE.search(sentence[:noun_start]) is not None
