"""The clause of an incident a company does to itself (issue 12, signals32): jobs cut, flights cancelled, a fleet
grounded. The ledger reads them (``events.job_cuts``, ``events.disruptions``: kinds "job cuts", "cancellations",
"grounding") but ``clause.clause`` told none of them, so a page of layoffs or of an airline's disruption made no
claim from them (24 job-cut events of the calibration corpora had no clause).

The clause is the statement's own: its organisation as written, then the frame its sentence gives the act, then the
act's verb and the words from the verb to the end of its scale ("about 2,800 jobs", "its fleet of 12 Stelvane 72
turboprops"), so it adds no word or figure its line lacks:

* done ("has cancelled", "is laying off", "said it had cancelled", "cut"): the present ("cancels", "lays off");
* to come ("will lay off", "plans to cut"): told so ("will lay off", "plans to cut"), never as done;
* any other frame ("would", "is preparing to", "could", "may", a report of a leak) makes no clause.

The organisation must stand right before its frame (an appositive between commas allowed), and the scale right after
the verb (at most ``GAP_WORDS`` words between them, no comma).
"""
from __future__ import annotations

import re

from topline.records import Event

KINDS = frozenset({"job cuts", "cancellations", "grounding"})
GAP_WORDS = 3      # words between the verb and its scale ("its fleet of 12 ...", "about")

# the verb of the kind's word as the statement writes it -> (present, base)
_VERBS = (("lay off", "lays off", "lay off"), ("laying off", "lays off", "lay off"), ("laid off", "lays off", "lay off"),
          ("cut", "cuts", "cut"), ("cutting", "cuts", "cut"),
          ("eliminat", "eliminates", "eliminate"), ("shed", "sheds", "shed"),
          ("cancel", "cancels", "cancel"), ("ground", "grounds", "ground"))
_DONE = re.compile(r"^(?:has|have|had|is|are|was|were)?$")
_COME = {"will": "will", "plans to": "plans to", "plan to": "plan to"}
_SAID = re.compile(r"^said(?:\s+on\s+\w+)?(?:\s+that)?\s+(?:it|they)\s+")
# the organisation written as a preposition's object or a possessor's, not as the subject (signals32, eval-capital)
_OBJECT_OF = re.compile(r"\b(?:with|of|for|from|by|at|in|to|on|between|against|after|under|over|like|than|and)\s+"
                        r"(?:the\s+)?$", re.IGNORECASE)
_APPOSITIVE = re.compile(r"^,[^,;()]{1,90},")


def _verb(word: str) -> tuple[str, str] | None:
    low = word.lower()
    for stem, present, base in _VERBS:
        if low.startswith(stem):
            return present, base
    return None


def cut_clause(e: Event, sentence: str) -> str:
    """The incident's clause as ``sentence`` tells it ("Meravia cancels 640 flights", "Pellworth Biosciences will
    lay off about 30% of its workforce"), or "" (see the module)."""
    if e.type != "incident" or str(e.value("kind")) not in KINDS or not sentence:
        return ""
    org = next((f.text for f in e.values("organisation") if f.text and f.sentence == sentence), "")
    kind = next((f.text for f in e.values("kind") if f.text and f.sentence == sentence), "")
    scale = next((f.text for f in e.values("scale") if f.text and f.sentence == sentence), "")
    verb = _verb(kind) if kind else None
    if not (org and scale and verb):
        return ""
    o = re.search(rf"(?<![\w-]){re.escape(org)}(?![\w-])", sentence)
    k = re.search(rf"(?<![\w-]){re.escape(kind)}\w*", sentence[o.end():]) if o else None
    if o is None or k is None:
        return ""
    if _OBJECT_OF.search(sentence[:o.start()]):
        return ""      # "The deal with Ravensholt Asset Management will cut about 900 jobs": the deal cuts them

    k_start, k_end = o.end() + k.start(), o.end() + k.end()
    s = sentence.find(scale, k_end)
    gap = sentence[k_end:s] if s >= 0 else ","
    if s < 0 or "," in gap or len(gap.split()) > GAP_WORDS:
        return ""
    frame = re.sub(r"^\.", "", sentence[o.end():k_start])     # "Microsoft Corp. is eliminating"
    frame = _APPOSITIVE.sub("", frame).strip()
    frame = _SAID.sub("", frame).strip()
    frame = re.sub(r"\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$", "", frame).strip()
    present, base = verb
    if _DONE.match(frame):
        told = present
    elif frame in _COME:
        told = f"{_COME[frame]} {base}"
    else:
        return ""
    return f"{org} {told} {sentence[k_end:s + len(scale)].strip()}".replace("  ", " ")


__all__ = ["cut_clause", "KINDS"]
