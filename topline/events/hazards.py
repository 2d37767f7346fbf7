"""Natural hazards as incidents (issue 12, events28): a flood, a storm, a drought, an earthquake, a heat wave, a
wildfire happens TO a place and the people in it. The nouns are WordNet 3.0's (``topline/data/hazards.tsv``, written
once by ``benchmarks/make_hazard_nouns.py``: a lemma whose most frequent noun sense lies under a hazard's synset),
not a list of the corpora's words; this module turns them into an alternative of ``incident_words.INCIDENT`` and
tells the figurative uses WordNet's other senses cover ("a flood of applications", "a storm of criticism")."""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import Any


@lru_cache(maxsize=1)
def hazards() -> dict[str, str]:
    """Each hazard noun (lower case, words joined by a space) and the hazard it is (its root's name)."""
    text = resources.files("topline.data").joinpath("hazards.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return {noun: kind for noun, kind in rows}


def _forms(noun: str) -> list[str]:
    """How a noun is written: singular and plural, and a two-word noun also closed up or hyphenated ("heat wave",
    "heatwave", "heat-wave")."""
    stems = [noun] + ([noun.replace(" ", ""), noun.replace(" ", "-")] if " " in noun else [])
    return [re.escape(s).replace(r"\ ", r"\s+") + "s?" for s in stems]


def hazard_words() -> str:
    """A regex alternation of the hazard nouns, longest first so "flash flood" wins over "flood"; "fire" is left to
    the incident rule's own word (its guards for fire services and fire-control radars)."""
    nouns = sorted((n for n in hazards() if n != "fire"), key=len, reverse=True)
    return "(?i:" + "|".join(f for n in nouns for f in _forms(n)) + ")"   # "Floods in ...": see ``figurative``


_HAZARD = re.compile(rf"(?:{hazard_words()})", re.IGNORECASE)


@lru_cache(maxsize=1)
def _closed() -> dict[str, str]:
    return {re.sub(r"[\s-]+", "", n): k for n, k in hazards().items()}


def hazard(word: str) -> str | None:
    """The hazard ``word`` (an incident word as written: "Floods", "heat-wave") names, or None."""
    if not _HAZARD.fullmatch(word):
        return None
    w = re.sub(r"[\s-]+", "", word.lower())
    return _closed().get(w) or _closed().get(w[:-1])


# A hazard noun before "of" counts or describes ("a flood of applications", "a storm of criticism", "a drought of
# listings"): WordNet's other senses of the same nouns, not a hazard that happened.
_FIGURATIVE_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)


def figurative(s: str, start: int, end: int) -> bool:
    """The hazard noun at ``s[start:end]`` is used of something else than a hazard, or is part of a name (capitalised
    past the sentence's first word: "Flood Re", "Storm Capital")."""
    return bool(_FIGURATIVE_AFTER.match(s, end)) or (s[start].isupper() and bool(s[:start].strip()))


# Verbs whose subject is described, not acting: "the drought was the worst since 1950", "droughts are becoming more
# frequent", "the storm seemed to ease".
_COPULAS = frozenset({"be", "become", "remain", "seem", "appear", "stay", "look", "sound"})


def befell(s: str, start: int, end: int) -> bool:
    """The hazard noun at ``s[start:end]`` is told as something that happened, by the spaCy parse (extra
    ``[parse]``): the subject of a verb that is not a copula ("Floods ... have displaced 48,000 people", "the heatwave
    has been linked to five deaths", "a rainstorm flooded roads"), or of a relative clause on it ("a hurricane that
    struck the coast"). Mentioned otherwise it is a setting or a topic, not the sentence's event: "during a storm",
    "after a long drought", "flood protection", "placed on drought alert", "battled wildfires" (the responders' act),
    "nobody predicted a heatwave". Without the parse, False: no hazard is read."""
    from topline.check.parse import _nlp   # the checker's pipeline, loaded once; None without the extra
    from topline.events.attackers import _opening   # one parse per sentence, shared with ``common_opener``

    nlp = _nlp()
    if nlp is None:
        return False
    toks = [t for t in _opening(nlp, s) if start <= t.idx < end]
    if not toks:
        return False
    tok = toks[-1]   # a noun of two words: its head is the last ("heat wave")
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False   # "tech companies flood into Texas": a verb
    if tok.dep_ in ("nsubj", "nsubjpass"):
        return _happened(tok.head)
    return any(c.dep_ == "relcl" and any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ in ("that", "which")
                                         for g in c.children) and _happened(c) for c in tok.children)


def _happened(verb: Any) -> bool:
    """The verb tells what happened: past or perfect ("pushed", "have displaced", "has been linked"), not a copula,
    not under a modal ("the flood will fall mostly on insurers"), not the present of a general statement or a
    setting ("when storms are building over high ground", "as the floods add to the strain")."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.lemma_.lower() in _COPULAS or any(c.tag_ == "MD" for c in aux):
        return False
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and (any(c.lemma_ == "have" or c.tag_ == "VBD" for c in aux)))
