"""Who acts, told from the other side of the act (issue 10, support30).

The frame rule (``topline.check.acts.frame_problem`` on ``topline.check.roles``) rejects a claim whose verb the cited
articles give only to other actors ("the cited articles do not have 'Tess Harnden' as who 'won'"). A transfer has two
sides, and an article may tell it from the other one: "The women's title went to a nursery teacher, Tess Harnden" is
"Tess Harnden won the women's title"; "Harbour Funds bought the towers from Solvia" is "Solvia sold the towers to
Harbour Funds"; "Pike lost to Oduya" is "Oduya beat Pike". ``converse_told`` finds such a cited sentence: a verb of the
other side, the claim's actor named in the phrase after its "to" (or "from"), the claim's object named before that
phrase; a claim that gives the act to the wrong actor finds no cited sentence naming that actor on the other side, and
stays rejected. ``converse_problem`` rejects what the other side tells against the claim: the prize, contract or
purchase given to another named actor ("The senior prize went to Ada Brenn" against "Mira Osk won the senior prize").
"""
from __future__ import annotations

import re
from typing import Sequence

from topline.check.evidence import stem
from topline.check.roles import frames, lemma, shown

# The two sides of a transfer, by lemma (``roles.lemma``): the side that gets, and the verbs that tell the same
# transfer from the side that gives, with the preposition that introduces the getter ("went to X", "sold ... to X").
# Read from grammar (a verb of giving or going with "to" names who gets; a verb of getting with "from" names who
# gives), not from the examples' names.
_GETS = frozenset(lemma(w) for w in "win won take took get got receive received earn earned claim claimed land "
                                   "landed secure secured collect collected buy bought acquire acquired purchase "
                                   "purchased borrow borrowed rent rented lease leased".split())
_GIVES = frozenset(lemma(w) for w in "go went gone award awarded give gave given hand handed grant granted sell sold "
                                    "lend lent pass passed pay paid rent rented lease leased".split())
_BEATS = frozenset(lemma(w) for w in "beat beaten defeat defeated".split())
_LOSES = frozenset(lemma(w) for w in "lose lost".split())
# The phrase after "to"/"from" ends at a clause boundary (an apposition's commas are inside it: "went to a nursery
# teacher, Tess Harnden").
_END = re.compile(r"[;!?]|\.(?!\d)|,\s+[a-z]+ing\b|\b(?:which|who|whom|whose|that|while|whereas|after|before|because|when|"
                  r"but|although|though|since|until|if|unless|where|with)\b|\band\b(?!\s+[A-Z])")   # "to X and Y": a list
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def _stems(text: str) -> set[str]:
    return {stem(w.lower().rstrip("'’").removesuffix("'s").removesuffix("’s")) for w in _WORD.findall(text)}


def _other_side(verb: str) -> tuple[frozenset[str], str] | None:
    """The lemmas that tell ``verb``'s act from the other side, and the preposition before the claim's actor."""
    v = lemma(verb)
    if v in _GETS:
        return _GIVES, "to"
    if v in _GIVES and v not in _GETS:
        return _GETS, "from"
    if v in _BEATS:
        return _LOSES, "to"
    return None


def _given(s: str, verbs: frozenset[str], prep: str) -> list[tuple[str, str]]:
    """(what is given, to or from whom) for each asserted, affirmed verb of ``verbs`` in ``s``: the words before
    a "to"/"from" of the verb's clause and the phrase after it ("The title went | to Ada Brenn", "has awarded a
    contract to run trains | to Cordell Rail": every "to" of the clause), or a name right after the verb and the
    words after that name ("has awarded | Harrowgate Dynamics | a contract to build drones")."""
    out = []
    for v in {g.verb for g in frames(s) if g.lemma in verbs and g.asserted and not g.negated and not g.attempt}:
        at = re.search(rf"\b{re.escape(v)}\b", s, re.I)
        if not at:
            continue
        clause = _END.split(s[at.end():], maxsplit=1)[0]
        for m in re.finditer(rf"\b{prep}\b", clause):      # each phrase up to the next "to"/"from"
            out.append((s[:at.end() + m.start()], re.split(rf"\b{prep}\b", clause[m.end():], maxsplit=1)[0]))
        named = re.match(r"\s+((?:[A-Z][\w'’&-]*\s+){1,4})(?:an?|the|its|their|his|her)\s", clause)
        if prep == "to" and named:
            out.append((s[:at.start()] + clause[named.end():], named.group(1)))
    return out


def converse_told(claim: str, verb: str, sentences: Sequence[str]) -> bool:
    """Whether a cited sentence tells the claim's act of ``verb`` (the frame the rule rejected) from the other side:
    an asserted, affirmed verb of the other side ("talks to sell itself to X" is no sale) giving the claim's object
    to the claim's actor (or, for a claim's verb of giving, getting it from them)."""
    side = _other_side(verb)
    if side is None:
        return False
    verbs, prep = side
    for f in frames(claim):
        key = f.head_names or f.head
        if f.verb != verb or f.passive or f.negated or not key or not f.patient_head:
            continue
        for s in sentences:
            for what, whom in _given(s, verbs, prep):
                before = _stems(what)
                if key <= _stems(whom) and f.patient_head <= before and not key & before:
                    return True
    return False


def converse_problem(claim: str, sentences: Sequence[str]) -> str:
    """A claim that gives a prize, a contract or a purchase to one actor where a cited sentence gives that same
    object to another named actor from the other side ("The senior prize went to Ada Brenn" against "Mira Osk won
    the senior prize"), and no cited sentence gives it to the claim's actor, from either side."""
    for f in frames(claim):
        key = f.head_names
        if f.passive or f.negated or not f.asserted or not key or not f.patient_head:
            continue
        if f.lemma not in _GETS:
            continue
        obj = f.patient_head - _CALENDAR_STEMS
        rival = ""
        for s in sentences:
            for what, whom in _given(s, _GIVES, "to"):
                names = _stems(" ".join(re.findall(r"\b[A-Z][\w'’-]*", whom))) - _CALENDAR_STEMS
                if obj and obj <= _stems(what) and names and not key & (names | _stems(what)):
                    rival = rival or re.split(r"\s+(?:for|in|at|on|with|over)\s", whom.strip(" ,"))[0]
        if not rival:
            continue
        told = converse_told(claim, f.verb, sentences) or any(
            g.lemma == f.lemma and key & g.agent and f.patient_head <= g.patient for s in sentences for g in frames(s))
        if not told:
            return f"unsupported: the cited articles give what the sentence has {shown(key, claim)!r} {f.verb!r} " \
                   f"to {rival!r}"
    return ""


_CALENDAR = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february march april may
june july august september october november december year week month day today yesterday""".split())
_CALENDAR_STEMS = frozenset(stem(w) for w in _CALENDAR)
