"""Who acts, read from the words that name an agent (issue 10, support27): small readings ``topline.check.roles``
uses on a frame's agent, kept here so roles.py does not grow.

* ``abbreviates``: an acronym agent is the name whose initials it spells ("IOC" for "the International Olympic
  Committee"; moved from roles.py);
* ``progressive``: "Maren Terminals is demanding" has a subject (a verb in "-ing" after "be", its subject a name);
* ``passive_other``: "The women's category was won by X" gives X the act on the claim's object, for the object swap.
"""
from __future__ import annotations

from typing import Any, Sequence


def abbreviates(key: frozenset[str], agent_names: frozenset[str]) -> bool:
    """"ioc" for an agent named "International Olympic Committee": the letters of a one-word key are the initials
    of the agent's names."""
    if len(key) != 1 or len(agent_names) < 2:
        return False
    word = next(iter(key))
    return 2 <= len(word) <= 5 and sorted(word) == sorted(n[0] for n in agent_names)


# A verb in "-ing" after a form of "be" whose subject is a name ("Maren Terminals is demanding", "Carrowfield Estates
# is selling") is a finite verb with that subject, not a participle clause whose actor is unknown. Only a subject of
# capitalised words (no description: "The Ethiopian winner was running", "the fryers Nordvik is recalling", whose
# subject the light parse reads wrongly; support27, measured on the twenty-four LOPO parts).
PROGRESSIVE = True
_BE = frozenset("is are was were been be am".split())
_AUX = _BE | frozenset("has have had will would shall should can could may might must not n't never still also".split())
PROGRESSIVE_MAX_WORDS = 5   # words of a name that can be a progressive verb's subject ("Harbour Workers Union")


def progressive(before: str, subject: Sequence[str]) -> bool:
    """Whether the word ``before`` a verb in "-ing" makes it a progressive form whose ``subject`` (the tokens the
    role parse reads to its left) is a name: every word capitalised, besides auxiliaries and "&"."""
    words = [t for t in subject if t[:1].isalpha() and t.lower() not in _AUX]
    return PROGRESSIVE and before in _BE and 0 < len(words) <= PROGRESSIVE_MAX_WORDS and \
        all(w[0].isupper() for w in words)


# The object swap (``roles._object_swap``) reads a cited passive's "by" agent as another actor of the act on its
# subject ("The women's category was won by a Dutch costume maker") when that subject has every word of the claim's
# object: one word in common ("the individual event" / "the pairs event") tells two objects apart.
PASSIVE_OTHERS = True


def passive_other(g: Any, f: Any) -> bool:
    """Whether a cited frame ``g`` may be another actor's act on the claim frame ``f``'s object: active, or passive
    with every word of the claim's object in its subject."""
    return not g.passive or (PASSIVE_OTHERS and f.patient_head <= g.patient_head)
