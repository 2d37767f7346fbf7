"""Words of capital spending that name no spending where asset-management and regulatory news writes them (issue 12,
events34, read on eval-capital's build-outs that were none).

* "Commission" with a capital inside a sentence is a body's name, not the verb of putting into service: "the
  Securities and Exchange Commission's $42 million penalty", "its planned $2.3 billion continuation fund ..., despite
  the Securities and Exchange Commission's inquiry" had become build-outs. The verb rule already refused capitalised
  words (events29); the trigger did not. Only this word: other capitalised triggers ("Vellora Hospitals' plan to add
  2,000 beds will cost ...", "the European Investment Bank will lend ... for the construction of") name the thing
  built or its lender, and refusing them lost true build-outs on cal-ai2, eval-health, eval-macro and eval-travel
  (measured, not kept). Where the name was the only trigger, the sentence's own spending verb is ("said it would
  spend about $1.8 billion ..., subject to approval by the Nuclear Regulatory Commission").
* "investment" in lower case before the noun of who or what manages money is a modifier, not money spent: "the
  combined investment team will manage about $70 billion", "the largest penalty against an investment adviser",
  "cut the company's rating below investment grade" (not "European Investment Bank", a name).
"""
from __future__ import annotations

import re

_MANAGER_NOUN = re.compile(r"\s+(?:advis[eo]rs?|teams?|firms?|managers?|management|banks?|bankers?|banking|trusts?|"
                           r"grade|companies|company|arms?|units?|chiefs?|officers?|committees?|vehicles?|funds?|"
                           r"portfolios?|strateg(?:y|ies)|products?|houses?|professionals?|staff|consultants?|"
                           r"platforms?|returns?|income|gains?|losses|performance|mandates?|clients?|"
                           r"advice|research|group)\b", re.IGNORECASE)


def no_spending(s: str, m: re.Match[str]) -> bool:
    """The spending word ``m`` of ``s`` is a body's "Commission" or modifies a money manager's noun (see the module)."""
    word = m.group(0)
    if word.startswith("Commission") and m.start() > 0:
        return True
    return word.startswith("investment") and _MANAGER_NOUN.match(s, m.end()) is not None


_SPEND = re.compile(r"\b(?:spend(?:s|ing)?|spent|(?:will|would) cost|costs? about)\b")


def spending_trigger(s: str, triggers: list[re.Match[str]]) -> re.Match[str] | None:
    """The trigger of a build-out: the first spending word that ``no_spending`` keeps; where every one was refused,
    the sentence's spending verb ("would spend"), else None."""
    kept = next((x for x in triggers if not no_spending(s, x)), None)
    return kept if kept is not None or not triggers else _SPEND.search(s)
