"""A clause that sets one quantity against another: nobody acts (issue 10, branch support37).

"The offer is 40% above the 300 pence Norlan's shares traded at", "The rate is still about 3,180 dollars below its
2024 peak", "The winning total was short of the contest's record", "The winners were well outside the course record",
"The club's fastest heat time was half a second quicker than the nurses' winning time": the subject, a copula and a
relation between two quantities. The subject rule of ``topline.check.support`` reads the words before the verb as who
acts and looked for them in the cited sentence carrying the predicate; the article tells the same relation with the
two quantities ("340 against the record of 341", "the offer of 420 pence"), and the faithful sentence was rejected for
a subject the article names otherwise. ``subjects.COMPARISON`` (eighth round) read one shape only: a figure right
after the copula and a difference word right after the figure ("was 17 points smaller than"); a "%" with a space after
it ("40% above"), an adverb before the hedge ("still about"), a figure told in words ("half a second", "five years")
and a relation with no figure ("short of", "well outside") fell outside it.

``quantity_relation(clause)`` says whether the clause is such a relation: the subject (no comma, no semicolon), a
copula (no word before it that opens another clause), adverbs and hedges, then either a figure (digits, or a number word with its unit) and up to three words, or no
figure at all, and then a relation word (``computed.DIFFERENCE_CUES``: "above", "below", "short", "outside", "older"
...) or a comparative before "than". The figures stay the figure rules' business and a comparison turned round the
comparison and direction rules'; only who acts is not asked of it. A subject that names someone, an owner ("Mulvane's
three-dart average was higher than Dovecote's", eval26's planted kc0378, where the article gives the higher average
to Dovecote: only the subject rule caught it) or a person ("Ferris is five years older than ..."), is still asked
who it is: whose quantity it is is what such a sentence can get wrong.
"""
from __future__ import annotations

import re

from topline.check.computed import DIFFERENCE_CUES
from topline.check.evidence import STOPWORDS
from topline.check.subjects import SAY

_ADVERBS = r"(?:still|well|now|only|just|already|about|around|roughly|nearly|almost|some|slightly|far|much|more\s+than|" \
           r"less\s+than|just\s+over|just\s+under)"
_NUMBER_WORDS = r"(?:a|an|half|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|" \
                r"forty|fifty|hundred|a\s+few|several)"
_FIGURE = rf"(?:[$€£]?\d[\d.,]*\s*%?|{_NUMBER_WORDS}(?:\s+(?:a|an|half))?)"
# the relation word after a figure: a difference cue, or a comparative before "than" ("quicker than")
_RELATION = rf"(?:{'|'.join(sorted(DIFFERENCE_CUES))}|[a-z]+er(?=\s+than\b))"
# with no figure, only words that set the subject against a quantity the clause names next ("short of the record",
# "well outside the course record", "above its estimate", "more than ... than"): not "under" ("under investigation"),
# "behind" ("behind the attack"), "over" ("is over"), "ahead" ("ahead in the polls"), which tell who did what
_BARE_RELATION = r"(?:short\s+of|outside|above|below|(?:[a-z]+er|more|less|fewer)(?=\s+than\b))"
# the subject: no comma, semicolon or word that opens another clause before the copula ("Pravin chose Vietnam because
# labour costs there are lower than in India" sets no subject against a quantity: its first verb is "chose")
_SUBJECT = rf"(?:(?!\b(?:because|after|before|when|while|whereas|that|which|who|and|but|as|if|since|though|although|" \
           rf"where|so|{SAY})\b)[^,;])*?"     # nor a verb of speech: "X said the company was short of data"
# the words between a figure and the relation are its unit ("3,180 dollars below", "half a second quicker"), not a
# phrase of its own ("was one reason for its higher prices") nor a second figure: a duration told in two units ("2
# minutes 40 seconds slower") is left to the subject rule as before, for the figure rules pass a wrong one whose
# seconds the article states in another time ("41 minutes 40 seconds"; a probe written for this round)
_UNIT = r"(?!(?:for|of|in|to|on|at|by|with|from|its|their|his|her|the|this|that|reason|reasons)\b)[A-Za-z%'-][\w%.,'-]*"
_COPULA = rf"^({_SUBJECT})\s(?:is|are|was|were)\s+(?:{_ADVERBS}\s+)*"
QUANTITY_RELATION = re.compile(rf"{_COPULA}(?:{_FIGURE}\s+(?:{_UNIT}\s+){{0,3}}?{_RELATION}|{_BARE_RELATION})\b",
                               re.IGNORECASE)


def quantity_relation(clause: str) -> bool:
    """Whether ``clause`` sets its subject against another quantity with a copula, the subject naming no one (see
    the module)."""
    m = QUANTITY_RELATION.match(clause)
    return bool(m) and not any(w[:1].isupper() and w.lower() not in STOPWORDS for w in m.group(1).split())
