"""A public body reviewing, studying or auditing something is a probe (issue 12, events38): "The Civil Aviation
Authority will review the power failure that shut Dunrigg Airport", "The European Commission is reviewing whether the
decision follows EU rules", "the Solicitors Regulation Authority said it would review Stelbridge Capital's
application", "The Korea Fair Trade Commission said it would examine how airlines set fuel surcharges", "The state's
insurance commissioner ordered a review of X's plan", "BaFin has ordered a special audit of the loan valuations at X".
Read on the state actions events37 left unread (the long tail of the calibration corpora's missed probes); the
state-action rule (``state_action._state_action``) finds the body and its jurisdiction as for any other act.

Only the verb's forms that tell an act of the body: "will" or "would" review (a reported "will"), "is/are reviewing",
a review or audit ordered, launched or opened; never the noun alone ("a review of the rules", "its annual review"),
nor a review asked of the body ("asked the Treasury to review"), which is its asker's act.
"""
from __future__ import annotations

import re

from topline.events.state_terms import OWN_VERB

# A review the body will hold on a schedule or at a later time ("would review the quota every quarter", "would review
# the ban after three years", "will review the figure on April 15", "in 2029", "next year"): a plan or a routine, a
# watch item perhaps, not an act of the day (read on the first scan of this reading: eval-ind, eval-games, eval-clim,
# eval-prop, eval-chips, eval-water). "Studying" a step is weighing it, not a probe ("is studying a rise in the
# surcharge", "are studying whether to qualify a second supplier"): not read.
ROUTINE = (r"\b(?:(?:every|each)\s+(?:day|week|month|quarter|year|six months)|after\s+(?:\w+\s+)?(?:years?|months?)|"
           r"in\s+20\d\d|next\s+(?:year|month|week|spring|summer|autumn|fall|winter)|by\s+the\s+end\s+of|"
           r"on\s+(?-i:[A-Z][a-z]+\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)|annually|regularly|periodically)\b")
# the trigger words (an alternative of ``state._ACTIONS``' probe pattern); each carries its own verb
REVIEW = (r"(?<!whether it )(?<!whether they )(?:will|would)\s+(?:also\s+|now\s+|first\s+)?(?:review|examine|audit)"
          r"(?=\s)(?![^,;.]{0,80}?" + ROUTINE + r")|"
          r"(?:is|are)\s+(?:now\s+|also\s+|currently\s+)?reviewing(?=\s)|"
          r"(?:ordered|launched|opened|began|started)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:review|audit)\s+(?:of|into)\b")
_OWN_VERB = re.compile(r"(?:will|would|is|are|ordered|launched|opened|began|started)\s", re.IGNORECASE)


def own_verb(trigger: str) -> bool:
    """Whether the action's words carry the body's verb (a ``REVIEW`` trigger), so no state verb need stand
    between the body and them."""
    return bool(_OWN_VERB.match(trigger) or OWN_VERB.match(trigger))
