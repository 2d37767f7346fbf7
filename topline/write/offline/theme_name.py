"""A theme's name as a noun phrase an analyst would write after "stories on" (issue 12, signals25).

``signals._topic`` names a theme by its strongest shared term ("Nvidia falls 3.4%, one of two stories on chip
exports today"). A one-word common term is read in the theme's own text for how English uses it, since the writer
has no tagger of its own:

* a **count noun in the singular** (a phrase's head, its last word) needs a determiner: "stories on ETF" or
  "stories on tariff" is no phrase. The text shows the noun is countable when it writes its plural, or writes it
  as a noun phrase's head after "a" or "an" ("an exploit on Tuesday", "a spot bitcoin ETF,").
  Such a term names the theme by its plural, when the text writes that plural (a name the sentences carry) and
  every story writes the noun as a head: a story that writes it only as the modifier of another noun ("ETF
  issuers") is not on it;
* a **role noun** (an agent noun: "attacker" beside "attack", "regulator" beside "regulate") names who acts, not
  what the stories are about: "one of two stories on attacker today" (eval-crypto, read by the lead) says nothing
  a reader can follow. Such a term names no theme, singular or plural.

Mass nouns ("inflation", "steel", "bitcoin") are written bare and name a theme as they stand; names, plurals and
phrases of several words are left as they are (``signals.theme_noun`` and ``used_as_verb`` read those).
"""
from __future__ import annotations

import re
from typing import Sequence

# Words that end a noun phrase right after its head: prepositions, conjunctions, relative words and the auxiliaries
# and verbs of speech a subject's head is followed by ("the attacker moved", "an exploit that", "the ETF is").
_PHRASE_END = frozenset("""of in on at to for from with by after before over under into onto through across against
about around between during since until within without and or but nor that which who whom whose where when while as
than is are was were be been being has have had will would could can may might must shall should do does did said
says say also still then now""".split())
# Adverbs of time that may follow a phrase's head ("a hot wallet exploit early on Monday")
_ADVERBS = frozenset("early late last this today yesterday overnight".split())


def _plurals(term: str) -> tuple[str, ...]:
    """The term's regular plurals ("tariff" -> "tariffs", "tax" -> "taxes", "ETF" -> "ETFs")."""
    if term.isupper():
        return (term + "s",)
    if re.search(r"(?:s|x|z|ch|sh)$", term, re.IGNORECASE):
        return (term + "es",)
    if re.search(r"[^aeiou]y$", term, re.IGNORECASE):
        return (term[:-1] + "ies", term + "s")
    return (term + "s",)


def _has(word: str, text: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-]|\.\w)", text, re.IGNORECASE) is not None


def _ends_phrase(space: str, nxt: str) -> bool:
    """The phrase ends after a word followed by ``space`` and then ``nxt`` (the next run of non-blanks): nothing,
    punctuation right after it, a word of ``_PHRASE_END``, a verb in -ed, an adverb."""
    if not nxt or (not space and nxt[:1] in ",.;:)!?'’"):
        return True
    word = re.match(r"[\w-]+", nxt)
    low = word.group(0).lower() if word else ""
    return low in _PHRASE_END or low in _ADVERBS or low.endswith(("ed", "ly"))


def _head_after(articles: str, term: str, text: str) -> bool:
    """The text writes ``term`` as a noun phrase's head after one of ``articles`` (a regex alternation), at most two
    words between: "an attacker moved", "a spot bitcoin ETF,", not "the ETF market" (there it modifies a noun)."""
    rx = re.compile(rf"\b(?:{articles})\s+(?:[\w-]+\s+){{0,2}}?{re.escape(term)}(?![\w-]|\.\w)(\s*)(\S*)",
                    re.IGNORECASE)
    for m in rx.finditer(text):
        if _ends_phrase(m.group(1), m.group(2)):
            return True
    return False


def role_noun(term: str, text: str) -> bool:
    """``term`` names a role, an agent noun the text writes beside its verb or noun of action: "attacker" beside
    "attack", "regulator" beside "regulates", "investor" beside "invest"."""
    low = term.lower()
    m = re.match(r"^([a-z]{3,}?)(e?r|or)$", low)
    if not m:
        return False
    stem = m.group(1)
    return any(_has(w, text) for w in {stem, stem + "e", stem + "s", stem + "es", stem + "ed", stem + "ing"}
               if w != low)


def _a_head(term: str, plurals: Sequence[str], text: str) -> bool:
    """The text writes ``term`` as a noun phrase's head once at least: in the plural, or in the singular with the
    phrase ending after it (punctuation, a word of ``_PHRASE_END``, a verb in -ed, an adverb), not only as the
    modifier of another noun ("ETF issuers": a story of custody for issuers is not on ETFs)."""
    if any(_has(p, text) for p in plurals):
        return True
    for m in re.finditer(rf"(?<![\w-]){re.escape(term)}(?![\w-]|\.\w)(\s*)(\S*)", text, re.IGNORECASE):
        if _ends_phrase(m.group(1), m.group(2)):
            return True
    return False


def theme_name(term: str, texts: Sequence[str]) -> str:
    """How the theme of ``texts`` (each story's text of the day) is named after "stories on" by ``term``: the term
    itself, its plural for a countable noun in the singular (the plural written in one of them at least), or ""
    when it names no theme: a role noun alone, a countable noun whose plural none writes, or a term one of the
    stories writes only as the modifier of another noun. The phrase's head is its last word; names (a capitalised
    word that is not an acronym) and plurals come back as they are."""
    t = " ".join(term.split())
    words = t.split()
    text = " ".join(texts)
    if len(words) > 1 and t.islower():
        # a name the text writes capitalised more often than not is a name ("one of two stories on commerce
        # department today", an intermediate run of signals25 on eval-chips): its capitalised form
        found = re.findall(rf"(?<![\w-]){re.escape(t)}(?![\w-])", text, re.IGNORECASE)
        named = [f for f in found if all(w[:1].isupper() for w in f.split() if len(w) > 3)]
        if named and len(named) * 2 > len(found):
            return max(set(named), key=named.count)
    if not words or any(w[:1].isupper() and not w.isupper() for w in words) or words[-1].lower().endswith("s"):
        return t
    if len(words) == 1 and role_noun(t, text):
        return ""
    lead = t[:len(t) - len(words[-1])]
    plurals = [lead + p for p in _plurals(words[-1])]
    plural = next((p for p in plurals if _has(p, text)), "")
    # counted: after "a", "an" or another determiner of count nouns, or written in the plural ("ETFs")
    if not (plural or _head_after("a|an|each|every|another", t, text)):
        return t          # written bare or as a modifier only: a mass noun ("inflation", "steel", "bitcoin")
    if not all(_a_head(t, plurals, x) for x in texts):
        return ""         # one story is not on it: there the noun only sorts another ("ETF issuers")
    return plural


__all__ = ["theme_name", "role_noun"]
