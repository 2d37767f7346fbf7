"""Rule: who did what, read on the role frames of ``topline.check.roles`` against every sentence of the cited
articles: the agent and named object the claim gives a verb, and what it negates (moved out of support.py with no
change of behaviour, support23; ``support.assess`` calls ``frame_problem``).

``same_verb`` says when two verb forms are one verb for the role check; ``QUANTITY_MOVES`` are the verbs a quantity
moves by in one direction, one verb for the agent slot.
"""
from __future__ import annotations

import re
from typing import Callable, Sequence

from topline.check.agents import introduced_agent
from topline.check.called import called_as_said
from topline.check.converses import converse_problem, converse_told
from topline.check.directions import converse
from topline.check.evidence import STOPWORDS, Doc
from topline.check.linking import linked_agent_told
from topline.check.measures import measure_moved
from topline.check.prizes import as_won
from topline.check.relatives import without_relatives
from topline.check.roles import describes, frames, lemma, role_problem


def same_verb(a: str, b: str) -> bool:
    """Whether two verb forms are the same verb for the role check: one lemma ("bought"/"buys"). Event groups
    are not enough: "cleared" and "approved" share a group but not a subject (on the third calibration part,
    group matching rejected faithful paraphrases)."""
    return lemma(a) == lemma(b)


# Thirteenth round: a quantity that moves is told with any verb of its movement ("Revenue rose 31%" for "Revenue
# grew 31%"). Verbs of one direction that a quantity does (not "raise", "cut", "boost", whose agent is an actor) are
# one verb for the agent slot, when the cited frame's agent has every word of the claim's (the same quantity named in
# full: "retail chocolate prices would fall" is not "prices dropped"). Before, the claim's "rose" was compared with
# the passage's other "rose" (profit, shares) only: "the cited articles do not have 'reven' as who 'rose'" (eval11's
# g0084). A problem is only dropped here, never added.
_MOVES = tuple(frozenset(ws.split()) for ws in (
    "rise rises rose risen rising increase increases increased increasing climb climbs climbed climbing jump jumps "
    "jumped jumping surge surges surged surging soar soars soared soaring rally rallies rallied grow grows grew "
    "grown growing gain gains gained gaining",
    "fall falls fell fallen falling drop drops dropped dropping decline declines declined declining decrease "
    "decreases decreased decreasing slump slumps slumped slide slides slid sliding plunge plunges plunged plunging "
    "sink sinks sank sunk shrink shrinks shrank shrunk tumble tumbles tumbled dip dips dipped"))
QUANTITY_MOVES = _MOVES    # public: the entity rule reads a rewrite's movement word by its direction
_NO_AGENT = re.compile(r"^unsupported: the cited articles do not have (?:'[^']*'|\"[^\"]*\") as who '([a-z]+)'$")


def _moved_elsewhere(claim: str, verb: str, sentences: Sequence[str]) -> bool:
    """Whether a cited sentence moves the claim's quantity of ``verb`` with another verb of the same direction."""
    moves = next((m for m in _MOVES if verb in m), None)
    if moves is None:
        return False
    heads = [f.head for f in frames(claim) if f.verb == verb and f.head]
    return any(g.verb in moves and g.verb != verb and h <= g.agent
               for s in sentences for g in frames(s) for h in heads)


_OPENING = re.compile(r"^(\W*)([A-Z][a-z]+)\b")
_CITED_WORD = re.compile(r"(?<=[a-z,;:)] )[A-Z][a-z]+\b|\b[a-z]+\b")


def _common_opening(claim: str, sentences: Sequence[str]) -> str:
    """The claim with its first word in lowercase when that word is a common word only capitalised because it opens
    the sentence and qualifies the word after it: the cited sentences have it in lowercase and never capitalised inside a sentence ("Three men did not
    finish", "Poor harvests had doubled prices", "Last year the charge raised ...", support34). Read as a name, it was
    an actor of its own that no cited frame has, and a faithful claim was rejected for it (eval8, eval9, eval21,
    eval24)."""
    m = _OPENING.match(claim)
    if not m:
        return claim
    word = m.group(2)
    nxt = re.match(r"\s+([a-z]+)\b", claim[m.end():])
    if nxt is None or nxt.group(1) in STOPWORDS or any(f.verb == nxt.group(1) for f in frames(claim)):
        return claim             # only a word that qualifies the next one ("Three men", "Poor harvests"): a head
        #                          noun opening the sentence ("Parents urged ...") stays the actor it names
    seen = {w for s in sentences for w in _CITED_WORD.findall(s)}
    if word.lower() in seen and word not in seen:
        return m.group(1) + word.lower() + claim[m.end():]
    return claim


def frame_problem(claim: str, docs: Sequence[Doc]) -> str:
    """Who did what to whom, and what is negated, against every sentence of the cited articles
    (``topline.check.roles``)."""
    sentences = [s for d in docs for s in d.sentences]
    firsts, at = set(), 0
    for d in docs:                 # no article's first sentence refers back into the article cited before it
        firsts.add(at)
        at += len(d.sentences)
    won = as_won(claim)      # support38: "took the women's title" is "won" it (prizes.py); as written too where a
    readings = [won] + ([claim] if won != claim and any(as_won(s) != s for s in sentences) else [])  # cited one takes
    whys = [role_problem(_common_opening(c, sentences), sentences, same_verb, converse, frozenset(firsts))
            for c in readings]
    why, claim = ("", claim) if not all(whys) else (whys[0], won)
    if why and (bare := without_relatives(claim)) != claim and \
            not role_problem(_common_opening(bare, sentences), [without_relatives(s) for s in sentences], same_verb,
                             converse, frozenset(firsts)):
        why = ""     # support38: "Tulliver, who also won last year, said ...": the relative is no act of the claim's
    m = _NO_AGENT.match(why)
    if m and (_moved_elsewhere(claim, m.group(1), sentences) or measure_moved(claim, m.group(1), docs) or
              linked_agent_told(claim, m.group(1), docs) or
              converse_told(claim, m.group(1), sentences) or
              introduced_agent(claim, m.group(1), sentences, frames) or
              called_as_said(m.group(1), sentences, lambda ss: role_problem(_common_opening(claim, ss), ss, same_verb,
                                                                            converse, frozenset(firsts)))):
        why = ""     # support22's measure_moved: a measure moved, told by its words and figures; support30: the act
        #            told from its other side ("the title went to X" for "X won the title"), or by a description
        #            the article ties to the claim's actor ("A shearer from New Zealand won ..." / "Rewi Hanara, 29,")
    other = "" if not all(cs := [converse_problem(c, sentences) for c in readings]) else cs[0]
    return why or other or negation_problem(claim, sentences, same_verb)


def negation_problem(claim: str, sentences: Sequence[str], same_verb: Callable[[str, str], bool]) -> str:
    """A verb the claim negates ("did not approve", "failed to reach") where the cited sentences only have it
    affirmed, or the reverse. A cited frame whose agent is a description that refers back ("The company did not
    say how many records were affected" after "Pallas ...") is the claim's agent's too (eighteenth round: eval4's
    x0138 was read against every "Pallas said" and rejected for negating "say")."""
    theirs = [f for s in sentences for f in frames(s)]
    for f in frames(claim):
        same = [g for g in theirs if same_verb(f.verb, g.verb) and
                (not f.agent or not g.agent or f.agent & g.agent or (g.definite and describes(g)))]
        if same and all(g.negated != f.negated for g in same):
            how = "negates" if f.negated else "affirms"
            return f"direction: the sentence {how} {f.verb!r} where its cited passage says the opposite"
    return ""
