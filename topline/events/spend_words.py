"""Words of capital spending that name no spending where asset-management and regulatory news writes them (issue 12,
events34, read on eval-capital's build-outs that were none).

* A spending word written with a capital inside a sentence is part of a name: "the Securities and Exchange
  Commission's $42 million penalty", "its planned $2.3 billion continuation fund ..., despite the Securities and
  Exchange Commission's inquiry" had become build-outs ("Commission" read as "commission", to put into service);
  the verb rule already refused such words (events29), the trigger did not.
* "investment" before the noun of who or what manages money is a modifier, not money spent: "the combined investment
  team will manage about $70 billion", "the largest penalty against an investment adviser", "an investment bank".
"""
from __future__ import annotations

import re

_MANAGER_NOUN = re.compile(r"\s+(?:advis[eo]rs?|teams?|firms?|managers?|management|banks?|bankers?|banking|trusts?|"
                           r"grade|companies|company|arms?|units?|chiefs?|officers?|committees?|vehicles?|funds?|"
                           r"portfolios?|strateg(?:y|ies)|products?|houses?|professionals?|staff|consultants?|"
                           r"platforms?|returns?|income|gains?|losses|performance|mandates?|clients?|"
                           r"advice|research|group)\b", re.IGNORECASE)


def no_spending(s: str, m: re.Match[str]) -> bool:
    """The spending word ``m`` of ``s`` is part of a name or modifies a money manager's noun (see the module)."""
    word = m.group(0)
    if word[:1].isupper() and m.start() > 0:
        return True
    return word.lower().startswith("invest") and word.lower().endswith("ment") and \
        _MANAGER_NOUN.match(s, m.end()) is not None
