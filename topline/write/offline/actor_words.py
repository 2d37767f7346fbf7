"""A claim's subject that its statement does not use as a name (issue 12, signals32): the ledger may take for an
actor a word that the sentence uses as a common noun or as a modifier, and a title then tells it acting.

* **a short capitalised word set after a possessive** ("its PFAS chemicals contaminated drinking water supplies":
  the chemicals did, the company's; eval-water's "PFAS reports contamination");
* **after a determiner and a lower-case modifier** ("The local MP said it was the third major outage": a member of
  parliament, a role, not an organisation; eval-water's "MP suffers an outage"). "The EPA", "the FCA" (a determiner
  alone) stay names;
* **a pronoun or a determiner alone** ("It", "This", "They").

Every occurrence of the subject in the statement must be such a use: a sentence that also writes it as a name
("PFAS Solutions said ...") keeps it. Only a subject of one word is read (a name of several words is written as a
name). Pure; read by ``claim_guards.not_a_claim``.
"""
from __future__ import annotations

import re

from topline.patterns import compiled

_POSSESSIVE = r"(?:its|their|his|her|our|your|my|whose)"
_DETERMINER = r"(?:the|a|an|this|that|these|those|its|their|his|her|our|your|my|whose|each|every|one|another)"
# lower-case words that may stand between a determiner and a name without making it a common noun: none are read
# as modifiers when they are function words ("the and ...", never a name's context)
_NOT_MODIFIER = frozenset("and or of for to in on at by with from than as".split())
_OWNER_AFTER = re.compile(r"\s+[a-z][\w-]*(?:['\u2019]s?)(?=\s)")   # a lower-case possessor right after it
PRONOUNS = frozenset("it its they them this that these those he she we you which who what there here".split())
SHORT_WORD = 6     # letters: an acronym or a short capitalised word ("MP", "PFAS", "NGO"); longer words are names'


def common_use(subject: str, sentence: str, modifiers: bool = True) -> bool:
    """``subject`` (a claim's subject as its clause writes it) names no actor in ``sentence``: a pronoun, or a short
    capitalised word every occurrence of which the sentence sets after a possessive or after a determiner and a
    lower-case modifier (see the module). ``modifiers`` False: the determiner and modifier do not count (a market's
    index is written so, "the broader KOSPI", "the benchmark Taiex": names all the same)."""
    s = subject.strip()
    if not s:
        return False
    if s.lower() in PRONOUNS:
        return True
    if " " not in s and sentence and all(
            _OWNER_AFTER.match(sentence, m.end())
            for m in compiled(rf"(?<![\w-]){re.escape(s)}(?![\w-])").finditer(sentence)) and \
            compiled(rf"(?<![\w-]){re.escape(s)}(?![\w-])").search(sentence):
        return True            # "Rival recruiters' shares fell": the word modifies the owner (signals32, eval-profserv)
    if " " in s or not re.fullmatch(r"[A-Z][A-Za-z]{1,%d}" % (SHORT_WORD - 1), s) or not sentence:
        return False
    occurrences = list(compiled(rf"(?<![\w-]){re.escape(s)}(?![\w-])").finditer(sentence))
    if not occurrences:
        return False
    for m in occurrences:
        before = sentence[:m.start()].split()[-2:]
        if before and re.fullmatch(_POSSESSIVE, before[-1], re.IGNORECASE):
            continue           # "its PFAS chemicals"
        if modifiers and len(before) == 2 and re.fullmatch(_DETERMINER, before[0], re.IGNORECASE) and \
                re.fullmatch(r"[a-z][a-z-]+", before[1]) and before[1] not in _NOT_MODIFIER:
            continue           # "The local MP"
        return False           # written as a name here
    return True


# what carries an attack out: malware or a gang, named by its kind or by what it did (signals32: eval-ai3's "GlassWorm
# suffers a ransomware attack", for "Redgate said GlassWorm had hit at least 40 organizations", GlassWorm "a ransomware
# family"; ``claims_days`` told it once CISA's advisory on it made the story's second event)
_ATTACKER_KIND = r"(?:ransomware|malware|hacking|hacker|cybercrime|criminal|extortion)(?:\s+(?:family|strain|variant|gang|group|crew|operation|campaign))?"


def attacker(subject: str, sentences) -> bool:  # noqa: ANN001 - Iterable[str]
    """``subject`` is what carries the attack out in one of ``sentences`` (an incident's statements): set beside a
    kind of malware or gang ("GlassWorm, a ransomware family", "a ransomware strain called GlassWorm") or the subject
    of a verb of attacking ("GlassWorm had hit at least 40 organizations")."""
    s = re.escape(subject.strip())
    if not s:
        return False
    rx = compiled(rf"(?<![\w-]){s},?\s+(?:a|an|the)\s+(?:new\s+|\w+-based\s+)?{_ATTACKER_KIND}\b|"
                  rf"\b{_ATTACKER_KIND}\s+(?:called|named|dubbed|known as)\s+{s}(?![\w-])|"
                  rf"(?<![\w-]){s}\s+(?:(?:has|have|had)\s+)?(?:hit|attacked|infected|targeted|encrypted|"
                  rf"compromised|breached)\b", re.IGNORECASE)
    return any(rx.search(x or "") for x in sentences)


__all__ = ["attacker", "common_use", "PRONOUNS", "SHORT_WORD"]
