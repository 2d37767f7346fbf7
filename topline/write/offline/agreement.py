"""The verb of a claim's clause agrees with its subject ("Texas lawmakers move to legislate", "Futures in Kuala
Lumpur rise"; issue 12, split from ``clause`` in signals26 so that the state clauses read it without a cycle)."""
from __future__ import annotations

import re

# A subject that names several (a plural common noun: "lawmakers", "Texas regulators", "US authorities") takes the
# plural verb.
_PLURAL_NOUNS = frozenset("""lawmakers legislators regulators authorities officials ministers senators
representatives prosecutors governments agencies courts judges states members commissioners watchdogs""".split())


# A market's plural head before a post-modifier ("Futures in Kuala Lumpur", "Prices for bread wheat in Rennes"):
# the head, not the place after it, says the number (issue 12, tenth pass).
_PLURAL_HEAD = re.compile(r"^(?:[\w-]+\s+){0,3}?(?:futures|prices|shares|stocks|bonds|contracts|yields)\s+"
                          r"(?:in|for|of|on|at)\s", re.IGNORECASE)


def plural(subject: str) -> bool:
    subject = re.sub(r"\s+due\s+(?:in\s+)?\d{4}$", "", subject)   # "dollar bonds due 2031": bonds (events26)
    if _PLURAL_HEAD.match(subject):
        return True
    head = re.match(r"^(.+?)\s+of\s+[A-Z]", subject)
    if head and head.group(1).split()[-1][:1].isupper():
        subject = head.group(1)      # "Council of Ministers": the body's head names it (signals32, eval-forest)
    words = subject.split()
    last = words[-1] if words else ""
    if last.lower() in _PLURAL_NOUNS:
        return True
    return last.islower() and last.endswith("s") and not last.endswith(("ss", "us", "is"))


def agree(subject: str, predicate: str) -> str:
    """The predicate with its first verb in the plural when the subject is plural ("moves to" -> "move to",
    "launches" -> "launch")."""
    if not plural(subject):
        return predicate
    verb, _, rest = predicate.partition(" ")
    if verb == "has":
        base = "have"
    elif re.search(r"(?:ches|shes|sses|xes|zes)$", verb):
        base = verb[:-2]
    elif verb.endswith("ies"):
        base = verb[:-3] + "y"
    else:
        base = verb[:-1] if verb.endswith("s") else verb
    return f"{base} {rest}".strip()


__all__ = ["agree", "plural"]
