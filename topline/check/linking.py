"""A quantity linked to its value by a verb, not a copula: nobody acts (issue 10, branch support37).

"The cash part of the price comes to about 1.33 billion dollars", "Revenue for the whole fiscal year came to 4.96
billion dollars", "The bonds due in 2033 make up 60% of the 2 billion euros Tidewell sold", "Letters brought in 520
million": the verb ("comes to", "amounts to", "adds up to", "makes up", "brings in", "totals") links a quantity to
its value as "is" does. The subject rule and the role frames of ``topline.check.support`` read its subject as who
acts and looked for it as the agent of the same verb in the cited sentences, which tell the value with their own
verb ("... paid 1.33 billion dollars in cash", "Letter revenue fell 5% to 520 million euros"): the faithful sentence
was rejected for an actor the article never needed. A measure's head noun ("revenue", "shares") was read this way
before (``measures.measure_moved``, support22); a linked quantity may have any head ("the cash part", "the bonds
due in 2033", "letters").

``linked_told(subject, clause, sentences)``: the clause links ``subject`` to its figures with such a verb, and a cited
sentence states every figure of the clause (none of them as the other end of a change) in a clause carrying
``measures.SUBJECT_MIN`` of the subject's words, its owner there or the article's lead (``measures.measure_told``),
and the piece of that sentence stating each figure (``figure_owners``: cut at commas and "and") carries them too.
A figure the article gives another quantity ("Bonds made up 68% of the fund" where the 68% is the equities';
"Belgium brought in 590 million euros" where another market did: eval18's n0158 and eval19's p0276, planted rows
only the who-acts readings caught) is not told, and the who-acts rejection stands.
"""
from __future__ import annotations

import re
from typing import Any, Sequence

from topline.check.evidence import content_stems
from topline.check.figure_owners import STEM_CHARS, bound_figures
from topline.check.measures import FIGURE_KINDS, SUBJECT_MIN, agent_before, measure_told
from topline.enrich.figures import placed_figures

# the linking verb right after the subject (adverbs between: "together", "now", "also")
LINKING = re.compile(r"^\s*(?:(?:now|together|also|still|only|then)\s+)*(?:(?:comes?|came|amounts?|amounted|adds?|"
                     r"added)\s+(?:up\s+)?to|(?:makes?|made|making)\s+up|(?:brings?|brought)\s+in|totals|totalled|"
                     r"totaled|totalling|totaling)\b", re.IGNORECASE)
_ADVERBS = re.compile(r"\s+(?:now|together|also|still|only|then)\s*$", re.IGNORECASE)
# the words of the verbs the frames read as the act: "came" of "came to", "made" of "made up", "brought" of "brought in"
LINKING_VERBS = frozenset("come comes came amount amounts amounted add adds added make makes made making bring brings "
                          "brought total totals totalled totaled totalling totaling".split())


def linked_told(subject: str, clause: str, sentences: Sequence[str]) -> bool:
    """Whether ``clause`` links ``subject`` to its figures with a linking verb and a cited sentence states them of it
    (see the module)."""
    at = clause.find(subject)
    if at < 0 or not subject.strip() or not LINKING.match(clause[at + len(subject):]):
        return False
    subject = _ADVERBS.sub("", subject)
    return measure_told(subject, clause[at:], sentences) and _pieces_carry(subject, clause[at + len(subject):],
                                                                             sentences)


def _pieces_carry(subject: str, rest: str, sentences: Sequence[str]) -> bool:
    """Whether each figure of ``rest`` is stated in a piece of a cited sentence (``figure_owners``: cut at commas and
    "and") that carries ``SUBJECT_MIN`` of the subject's words: in "Shares made up 68% of the fund, bonds 27% and
    property 5%" the 68% is the shares', not the bonds'."""
    mine = frozenset(w[:STEM_CHARS] for w in content_stems(subject))
    keys = [(p.figure.kind, p.figure.unit, round(p.figure.value, 6)) for p in placed_figures(rest)
            if p.figure.kind in FIGURE_KINDS]
    if not mine or not keys:
        return False
    bound = [b for s in sentences for b in bound_figures(s)]
    return all(any(k == key and len(mine & words) >= SUBJECT_MIN * len(mine) for k, words in bound) for key in keys)


def linked_agent_told(claim: str, verb: str, docs: Sequence[Any]) -> bool:
    """The role frames' reading: the agent the claim gives ``verb`` (a linking verb) is linked to figures that a
    cited article (``docs``: each with its ``sentences``) states of it."""
    if verb not in LINKING_VERBS:
        return False
    agent, clause = agent_before(claim, verb)
    if not agent:
        return False
    rest = claim[claim.find(clause) + len(clause):] if clause in claim else ""
    whole = clause + rest.split(";")[0].split(", ")[0]       # "came to 4.96 billion": the figures after the verb
    return any(linked_told(agent, whole, d.sentences) for d in docs)
