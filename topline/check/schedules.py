"""Reading: "due to" before an infinitive is a schedule, not a cause (support38, issue 10 item 6).

The cause rules (``support._cause_problem``, ``causes.unlinked_cause`` and ``causes.other_cause``) read every "due to"
of a claim as a causal connective and ask a cited passage to carry what follows it as the cause. After a copula and
before a verb, "due to" says when something is expected: "Talks are due to restart on Thursday", "the 14 jets Corvessa
was due to receive this year", "Monthly wafer starts are due to rise by half". Read as causes ("no cited sentence links
'... Corvessa was' to its cause 'receive this year'"), they rejected faithful rows on eval7, eval8, eval17 and eval27
(the lead's eval27 reading, RESULTS.md).

``unscheduled`` rewrites such a "due to" as "set to" before the cause rules read the claim. It is a schedule only when
all of these hold, so that a cause after a copula stays a cause ("The delay was due to cost overruns", "was due to a
fault", "was due to rain"):

* a form of "be" (an adverb such as "still" may stand between) comes right before "due to";
* the word after "to" is "be", "have" or a verb of the checker's verb tables (``verbless.VERB_BASES`` and
  ``IRREGULAR``: general English, not words of a labelled set);
* what follows that word is not a noun it would qualify: the sentence ends, or punctuation, a preposition, a
  determiner, a figure or a word of time follows ("restart on Thursday", "receive this year", "open in 2029", "be
  heard in June"), not a plural or another noun ("due to cost overruns", "due to supply problems").

The schedule itself (its date, its act) is still checked by the figure, date, event and direction rules: a wrong year
("The data centre is due to open in 2029" where it is 2027) is "not stated" as before.
"""
from __future__ import annotations

import re

from topline.check.verbless import IRREGULAR, VERB_BASES

_SCHEDULE = re.compile(r"\b(?:is|are|was|were|be|been|being|am|'s|’s)\s+(?:(?:still|now|also|originally|first|"
                       r"initially|already|not|only|then)\s+)?(?P<due>due\s+to)\s+(?P<verb>[a-z]+)\b(?P<rest>.{0,20})",
                       re.IGNORECASE)
# What may follow the infinitive of a schedule: the end of the clause, a figure, or a word that cannot be a noun
# qualified by it (prepositions, determiners, words of time). General English.
_AFTER = re.compile(r"^(?:\s*(?:[,.;:)]|$)|\s+(?:\d|[$€£]|(?:in|on|at|by|from|until|till|to|before|after|during|"
                    r"within|over|around|about|next|this|last|later|early|late|soon|again|up|down|off|out|back|"
                    r"the|a|an|its|their|his|her|our|some|all|more|fewer|less|only|once|and|or|but|as)\b))",
                    re.IGNORECASE)
_AUX_VERBS = frozenset({"be", "have"})


def unscheduled(claim: str) -> str:
    """``claim`` with each "due to" that states a schedule ("are due to restart on Thursday") read as "set to", so
    that the cause rules do not ask the cited passage for a cause."""
    out, last = [], 0
    for m in _SCHEDULE.finditer(claim):
        verb = m.group("verb")
        if not verb.islower() or not (verb in _AUX_VERBS or verb in VERB_BASES or verb in IRREGULAR):
            continue
        if not _AFTER.match(m.group("rest")):
            continue
        out.append(claim[last:m.start("due")] + "set to")
        last = m.end("due")
    return "".join(out) + claim[last:] if out else claim
