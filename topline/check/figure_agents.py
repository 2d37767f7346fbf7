"""Rule: whose act a figure is (sixth round of the claim-support check, issue 10).

A claim that gives a figure to an actor ("The federal government will pay 60% of the cost") must give it to the
actor its passage gives it to: in the passage clause that holds the same figure, the same verb's agent must be the
claim's agent. eval4 (calibration since the sixth round) published that sentence where the passage says "The canton
will pay 60% of the cost and the federal government the rest": every word of the claim is in the passage, and the
who-did-what check finds the federal government paying (the gapped clause), only not the 60%.

The check rejects only when it is sure: the claim's clause and the passage clause each parse one agent of the same
verb with the same object words, the two agents share no word, they are of one sort (two names, or two descriptions with "the" and no name: "the
club" may be the "Marrowby Rovers" of the claim, so a name against a description abstains), and the passage sentence
names the claim's agent in another clause (so that it is another actor, not another name for the same one).
"""
from __future__ import annotations

import re
from typing import Callable, Sequence

from topline.check.evidence import stem
from topline.check.roles import Frame, frames
from topline.enrich.figures import extract_figures

# Clause boundaries inside a sentence: a semicolon, a comma followed by a space (a thousands separator has none),
# a coordinating or contrasting conjunction.
_CLAUSE = re.compile(r";|,\s|\s+(?:and|but|while|whereas)\s+")
_WORDS = re.compile(r"[A-Za-z][A-Za-z'-]*")


def _figures(text: str) -> set[tuple[str, float]]:
    return {(f.kind, round(f.value, 6)) for f in extract_figures(text)}


def _agent_frame(clause: str) -> Frame | None:
    """The clause's first asserted active verb with a parsed agent."""
    for f in frames(clause):
        if f.asserted and not f.passive and f.agent and not f.negated:
            return f
    return None


def _sort(f: Frame) -> str:
    return "name" if f.agent_names else "description" if f.definite else ""


def figure_agent_problem(claim: str, sentences: Sequence[str], same_verb: Callable[[str, str], bool]) -> str:
    """Why a figure of ``claim`` is another actor's act in ``sentences`` ("" when it is not, or when unsure)."""
    for part in _CLAUSE.split(claim):
        figs = _figures(part or "")
        if not figs:
            continue
        f = _agent_frame(part)
        if f is None or not _sort(f):
            continue
        verdicts, others = [], set()
        for sentence in sentences:
            if not figs & _figures(sentence):
                continue
            for theirs in _CLAUSE.split(sentence):
                if not theirs or not figs & _figures(theirs):
                    continue
                g = _agent_frame(theirs)
                if g is None or not same_verb(f.verb, g.verb) or not f.patient <= g.patient:
                    continue     # another act, or another object ("pay the rest of the cost" / "pay 70% of it")
                verdicts.append(g)
                others |= {stem(w.lower()) for x in _CLAUSE.split(sentence) if x and x != theirs
                           for w in _WORDS.findall(x)}
        if not verdicts or any(g.agent & f.agent for g in verdicts):
            continue
        # corroborated: the sentence that gives the figure to another agent names the claim's agent in another
        # clause ("and the federal government the rest", "with the council providing the land"); a description may
        # otherwise be another name for the same actor ("the money" / "the subsidies", "the company" / "the
        # electric carmaker": first set)
        if f.agent <= others and all(_sort(g) == _sort(f) for g in verdicts):
            g = verdicts[0]
            return f"actor: the passage gives {part.strip()!r} to another agent of {g.verb!r}"
    return ""
