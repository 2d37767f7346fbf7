"""A past participle used as an adjective after a count or an age inside a noun phrase, "a 70-year-old retired
printer", "a group of eight retired fishermen", "the 11 injured workers": no verb (support39, issue 10).

``roles._is_verb`` reads any lowercase word in "-ed" that no determiner precedes as a verb. Inside an apposition
that made the apposition a clause of its own: in "Ottokar Hammarsten, a 70-year-old retired printer, won the contest"
the subject of "won" was read back across the commas as the words before "retired" ("70-year-old"), a description
that competed with the claim's "Ottokar Hammarsten won the contest", rejected as "the cited articles do not have
'Ottokar Hammarsten' as who 'won'" (eval28's ke0491; ke0367 the same with "a group of eight retired fishermen and
their friends"). The participle is read as an adjective only in the noun phrase's shape: right after a count in
digits or words, or an age ("70-year-old"), that itself follows a determiner or "of", and right before a lowercase
noun, inside an apposition (", a ..." before the count); a year ("in 2023 reached"), a count ending its clause ("251
finished;"), an adverb after it or a claim's own predicate ("The Gulls are a group of eight retired fishermen") stay as
they were.
"""
from __future__ import annotations

import re
from typing import Sequence

_COUNT = re.compile(r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
                    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
                    r"ninety|hundred|dozen|\w+-year-old)", re.IGNORECASE)
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_OPENERS = frozenset("a an the of its their his her our these those some".split())
_NOUN = re.compile(r"[a-z][a-z-]+")
APPOSITION_REACH = 3   # words between the apposition's article and the count ("a group of eight"): set on eval28's
#                        ke0367 and ke0491


def adjectival_participle(tokens: Sequence[str], i: int, not_nouns: frozenset[str]) -> bool:
    """Whether ``tokens[i]`` (an "-ed" word) is an adjective between a count or age and its noun ("eight retired
    fishermen"). ``not_nouns``: words that open no noun (function words, prepositions, auxiliaries)."""
    if i < 2 or i + 1 >= len(tokens) or not tokens[i].lower().endswith("ed"):
        return False
    prev, nxt = tokens[i - 1], tokens[i + 1]
    k = i - 2
    if prev.lower() in ("year-old", "years-old") and i >= 4 and tokens[i - 2] == "-" and \
            _COUNT.fullmatch(tokens[i - 3]):
        k = i - 4           # the tokenizer splits "70-year-old" into "70", "-", "year-old"
    elif not _COUNT.fullmatch(prev) or _YEAR.fullmatch(prev):
        return False
    if tokens[k].lower() not in _OPENERS:
        return False
    # inside an apposition only: ", a/an/the ..." opens the noun phrase within APPOSITION_REACH words before the
    # count. In a claim's own predicate ("The Gulls are a group of eight retired fishermen") the verb reading stays:
    # a wrong actor told with a copula there is caught by the frame of "retired" alone (a written probe)
    j = k
    while j > 0 and k - j < APPOSITION_REACH and tokens[j].lower() not in ("a", "an", "the"):
        j -= 1
    if j < 1 or tokens[j - 1] != "," or tokens[j].lower() not in ("a", "an", "the"):
        return False
    return bool(_NOUN.fullmatch(nxt)) and nxt not in not_nouns and not nxt.endswith("ly")
