"""Who carries attacks out, read by the grammar of the sentence (events25, read on the incidents of all eighteen
calibration corpora after eval-cyber's false claims "Shardlock suffers a ransomware attack" and "Europol suffers a
ransomware attack").

- An incident word that modifies a noun of attackers ("the Shardlock ransomware gang", "a ransomware group known as
  Mirefox", "attacks by at least six ransomware gangs") names the attackers' kind, not an incident: the sentence tells
  one only with a singular attack of its own ("... claimed responsibility for an attack that shut two of its plants").
- An incident word that is the bare object of an infinitive ("a malware loader used to deliver ransomware to corporate
  networks") tells a purpose, not an incident.
- The name of such a gang, and a name that says it was behind an attack or claims it, carried the attack out: it is
  not what the attack befell (``incidents.perpetrator``); with no other name the incident has no organisation.
- A capitalised common word opening the sentence ("Crews were letting the fire burn", "Consumer organisations said the
  outage ...") is no organisation either, when the dependency parse (extra ``[parse]``) reads it as no proper noun.
"""
from __future__ import annotations

import re
from typing import Any

from topline.events.spans import _DATELINE, Span

# The nouns of those who carry attacks out (a gang, a group, its operators or affiliates): the noun phrase's head.
_ATTACKERS = r"(?:gangs?|groups?|operations?|operators?|crews?|affiliates?|actors?|cartels?|syndicates?|collectives?)"
# The incident word, then at most one more modifier, then such a head ("ransomware gang", "ransomware extortion group").
_MODIFIES_ATTACKERS = re.compile(r"[\s-]+(?:[a-z][\w-]*\s+)?" + _ATTACKERS + r"\b")
# One attack told in the sentence, singular with its determiner ("an attack that shut two of its plants", "the
# cyberattack that crippled ...", "last weekend's attack on ..."), not "attacks on more than 170 organizations".
_ONE_ATTACK = re.compile(r"\b(?:an?|the|this|that|its|their|[\w'’-]+['’]s)\s+(?:[\w-]+\s+){0,2}?"
                         r"(?:cyber[- ]?)?attack\b(?!s)", re.IGNORECASE)
# A bare incident word as the object of an infinitive: "used to deliver ransomware", "designed to detect outages".
_PURPOSE = re.compile(r"\bto\s+(?!(?:be|have|a|an|the|its|their|his|her|our|this|that|these|those|any|no)\b)"
                      r"[a-z]+\s+$")   # a verb, not a determiner: "responded to a fire" is an incident


def names_attackers(s: str, end: int) -> bool:
    """The incident word ending at ``end`` modifies a noun of attackers ("ransomware gang")."""
    return bool(_MODIFIES_ATTACKERS.match(s[end:]))


def kind_only(s: str, start: int, end: int) -> bool:
    """The incident word at ``start:end`` of ``s`` names a kind of attacker or a purpose, not an incident."""
    if names_attackers(s, end) and not _ONE_ATTACK.search(s):
        return True
    return bool(_PURPOSE.search(s[:start]))


# A gang named before its malware and its noun ("The Shardlock ransomware gang"), or after it ("a ransomware group
# known as Mirefox"); a name that says it was behind an attack, or claims one.
_GANG_AFTER = re.compile(r"\s+(?:[a-z][\w-]*\s+){1,2}" + _ATTACKERS + r"\b")
_GANG_BEFORE = re.compile(_ATTACKERS + r"\s+(?:known\s+as|called|dubbed|named|calling\s+itself)\s+$")
_CLAIMS = re.compile(r"\s+(?:(?:ransomware|gang|group)\s+)?(?:says?|said|claims?|claimed)\s+(?:(?:that\s+)?(?:it|they)\s+"
                     r"(?:was|were|is|are|had\s+been)\s+behind|responsibility|credit)\b|"
                     r"\s+(?:(?:ransomware|gang|group)\s+)?claim(?:s|ed)?\s+(?:the|an?|last\s+\w+['’]s)\s+"
                     r"(?:[\w-]+\s+){0,2}?(?:cyber[- ]?)?attack\b")
_MALWARE = re.compile(r"ransomware|malware|hacking|hacker|cyber\w*|extortion|criminal")


def attacker(s: str, x: Span) -> bool:
    """``x`` names a gang by its malware and its noun of attackers, or says it was behind an attack or claims it."""
    after = _GANG_AFTER.match(s, x.end)
    if after and _MALWARE.search(after.group(0)):
        return True
    return bool(_GANG_BEFORE.search(s[:x.start]) or _CLAIMS.match(s, x.end))



def common_opener(s: str, x: Span) -> bool:
    """``x`` is the one capitalised word opening ``s`` (after a dateline) and the dependency parse (extra
    ``[parse]``) reads it as a common word, not a proper noun: "Consumer organisations said the outage ...", "Crews
    were letting the fire burn", "Lorries queued ... after a ransomware attack", "Rescue work is under way" (events25,
    the capitalised first words that had been incidents' organisations on eight of the eighteen corpora), not
    "Trelby shares were down" or "Groundstaff said". Without the parse, False: the names stay as before."""
    dateline = _DATELINE.match(s)
    if x.start != (dateline.end() if dateline else 0) or " " in x.text:
        return False
    from topline.check.parse import _nlp   # the checker's pipeline, loaded once; None without the extra

    nlp = _nlp()
    if nlp is None:
        return False
    tok = next((t for t in _opening(nlp, s) if t.idx >= x.start), None)
    return tok is not None and tok.idx == x.start and tok.pos_ != "PROPN"


def _opening(nlp: Any, s: str) -> Any:
    from topline.events.parses import parsed   # one parse per text for every reading (issue 14, speed35)
    return parsed(nlp, s)


# The source a sentence cites for what it tells (events25: "according to an estimate by the monitoring firm Netzwacht",
# "the Guardian has been told", "traders told Reuters"): it reports the incident, it did not suffer it.
_ACCORDING = re.compile(r"\baccording\s+to\s+(?:(?:an?|the)\s+)?(?:[a-z][\w-]*\s+){0,2}?(?:(?:by|from|of)\s+)?"
                        r"(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}$")
_TOLD_BEFORE = re.compile(r"\btold\s+$")
_TOLD_AFTER = re.compile(r"\s+(?:has|have|had|was|were)\s+been\s+told\b")


def reporter(s: str, x: Span, end: int) -> bool:
    """``x`` is the source the sentence cites: after "according to" following the incident word (ending at ``end``;
    "According to Harwell Cloud, the outage ..." may be its own), the one told, or the one who has been told."""
    return bool((x.start >= end and _ACCORDING.search(s[:x.start])) or _TOLD_BEFORE.search(s[:x.start]) or
                _TOLD_AFTER.match(s, x.end))
