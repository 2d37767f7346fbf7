"""Helpers of the incident rule (``extract._incident``): who responds to or reports an incident (not what it
befell), a site's or vessel's operator, a modal that makes it hypothetical, and the kind an incident word names.
Moved from ``extract`` (issue 12, tenth pass) to keep each module under the size the developers' guide asks for."""
from __future__ import annotations

import re

from topline.events.spans import Span


# An official body (by its head noun) that speaks of an incident, and any name that responds to or investigates it.
_OFFICIAL = re.compile(r"\b(?:Guard|Coastguard|Authority|Authorities|Police|Department|Ministry|Agency|Service|"
                       r"Commission|Regulator|Administration|Office|Bureau|Board|Council|Inspectorate|Navy|Army|"
                       r"Brigade|Directorate|Ombudsman|Watchdog|Force|Patrol|Rescue|Command|Institute|Centre|Center)$")
_SPEAKS = re.compile(r"\b(?:said|says|saying|reported|reports|announced|announces|confirmed|confirms|warned|warns|"
                     r"told|tells|stated|added|noted|posted|issued|published|notified|alerted|disclosed)\b", re.IGNORECASE)
_RESPONDS = re.compile(r"\b(?:respond(?:ed|s|ing)?\s+to|(?:is|are|was|were)\s+(?:still\s+)?investigating|"
                       r"investigat(?:ed|es|ing)|prob(?:ed|es|ing)|(?:opened|launched|began)\s+(?:an?\s+)?"
                       r"(?:investigation|inquiry|probe)|(?:was|were)\s+called\s+to|battl(?:ed|es|ing)|fought|"
                       r"fighting|put\s+out|extinguish(?:ed|es|ing)|contained|rescu(?:ed|es|ing)|"
                       r"evacuat(?:ed|es|ing)|towed|tows|towing|escort(?:ed|s|ing)|monitor(?:ed|s|ing)|"
                       r"dispatch(?:ed|es|ing)|sent|deployed|tackl(?:ed|es|ing)|warn(?:ed|s|ing)\s+of)\b", re.IGNORECASE)
# A site's or vessel's operator named after it ("run by", "operated by", "owned by").
_OPERATED_BY = re.compile(r"\b(?:operated|owned|run|managed|chartered|leased)\s+by\s+(?:the\s+)?$|"
                          r"\bbelonging\s+to\s+(?:the\s+)?$", re.IGNORECASE)
_WORKS = re.compile(r"\s+(?:terminal|port|depot|warehouse|refinery|mine|station|substation|pipeline|mill|yard|"
                    r"hospital|airport|dock|berth|works)s?\b", re.IGNORECASE)
_VESSEL = re.compile(r"\s*,?\s+(?:a|an|the)?\s*(?:[\w-]+\s+){0,3}?(?:ship|vessel|tanker|carrier|freighter|"
                     r"ferry|barge|boat)\b", re.IGNORECASE)


def _responder(s: str, x: Span, at: int) -> bool:
    """``x``, before the incident word at ``at``, responds to it, investigates it or (an official body) reports
    it: the subject of such a verb in the words between, with no other clause's verb of its own."""
    between = s[x.end:at]
    if _RESPONDS.search(between):
        return True
    # "the Port Authority said hackers had breached its systems": a body that reports its own incident is its subject
    return bool(_OFFICIAL.search(x.text) and _SPEAKS.search(between) and
                not re.search(r"\b(?:its|their|our|it|we)\b", s[x.end + _SPEAKS.search(between).end():], re.I))


# A modal before the incident word in its clause, or after the words it heads, says what could or must happen, not
# what did ("people would be left exposed", "impersonating a person must be taken down", "can be prosecuted").
_HYPOTHETICAL = re.compile(r"\b(?:would|could|can|must|should|might|(?-i:may))\s+(?:not\s+)?(?:\w+\s+){0,2}$", re.IGNORECASE)
_HYPOTHETICAL_AFTER = re.compile(r"^(?:\s+[\w-]+){0,4}?\s+(?:would|could|can|must|should|might|may)\s+(?:not\s+)?be\b",
                                 re.IGNORECASE)


# An incident the sentence rules out or denies, in the words just before the incident word ("had ruled out a
# cyberattack", "found no evidence of a breach", "denied that a data breach had taken place", "was not caused by a
# fire"): no incident happened (issue 12: "ruled out a cyberattack" had become "X suffers a cyberattack").
_NEGATED = re.compile(r"\b(?:rul(?:ed|es|ing|e) out|no (?:sign|signs|evidence|indication|suggestion)s? (?:of|that)|"
                      r"(?:was|were|is|are|had|has|have) (?:not|never) (?:been )?(?:caused by|the result of|due to|"
                      r"a|an|any)|den(?:ied|ies|y|ying) (?:that|any|an?|reports? of)|"
                      r"no(?: such)?)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)


def negated(before: str) -> bool:
    """The words before an incident word (its clause, up to ``;`` or a sentence break) rule the incident out."""
    return bool(_NEGATED.search(re.split(r"[;:]|[.!?]\s", before)[-1]))


def _kind(word: str) -> str:
    w = word.lower()
    for stem, kind in (("outage", "outage"), ("fire", "fire"), ("blaze", "fire"), ("explo", "explosion"),
                       ("blast", "explosion"), ("leak", "leak"), ("spill", "spill"), ("blackout", "blackout"),
                       ("power cut", "blackout"), ("breach", "breach"), ("cyber", "cyberattack"),
                       ("hack", "cyberattack"),
                       # thirteenth pass: ransomware is the kind its reports name (a cyberattack of that kind), read
                       # on cal-biotech, eval-trade, eval-fin and eval-mob where outlets call it so
                       ("ransom", "ransomware attack"), ("collapse", "collapse"),
                       ("accident", "accident"), ("strike", "strike"), ("shutdown", "shutdown"),
                       ("failure", "failure"), ("malfunction", "failure"), ("derail", "derailment"),
                       ("walkout", "strike"),
                       ("flood", "flood"), ("damage", "damage"), ("evacuat", "evacuation"), ("recall", "recall"),
                       ("tripped", "outage"), ("vulnerab", "breach"), ("security flaw", "breach"),
                       ("data exposure", "breach"), ("impersonat", "impersonation"), ("impostor", "impersonation"),
                       ("contaminat", "contamination"), ("died", "death"), ("scam", "fraud"), ("fraud", "fraud"),
                       ("prompt injection", "prompt injection"), ("stole", "breach"), ("had stolen", "breach"),
                       ("have stolen", "breach"), ("had breached", "breach"), ("have breached", "breach"),
                       ("compromised", "breach"), ("had compromised", "breach"), ("have compromised", "breach"),
                       ("infiltrated", "cyberattack"), ("had infiltrated", "cyberattack"),
                       ("have infiltrated", "cyberattack"), ("left", "data exposure"), ("were", "data exposure"),
                       ("was", "data exposure"), ("been", "data exposure"),
                       ("open to", "data exposure")):
        if w.startswith(stem):
            return kind
    return re.sub(r"^it\b", "IT", w)   # "an IT failure" keeps its capitals (fourteenth pass)
