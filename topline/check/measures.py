"""A measure is no actor: who "rose" is told by the measure's words and its figures (issue 10, branch support22).

The subject rule and the role frames of ``topline.check.support`` read the words before a verb as who acts. When those
words are a measure ("Nethra's gross margin improved to 71.5% from 68.2%", "Quillon's shares fell 2% in Milan",
"Meridia Airports' passenger numbers rose 7% to 14.6 million"), nobody acts: a quantity moved, and the article tells
the movement with its own verb ("The gross margin rose to 71.5% from 68.2%", "Quillon's shares slipped 2%", "handled
14.6 million passengers ..., 7% more than a year earlier"). The readings looked for the claim's verb (or a verb of the
same direction) with the claim's measure as its agent, and rejected the faithful sentence when the article had another
measure move with that verb ("Sales of the Vela fell 19%").

``measure_told(subject, clause, sentences)`` reads such a subject the way a reader checks it: a cited sentence states
every figure of the claim's clause (no figure the claim puts after "to" stated there after "from", or the reverse: a
baseline given as the new value), carries ``SUBJECT_MIN`` of the subject's words, with the article's opening sentence
lending the owner when the sentence names none ("The gross margin rose ...", "Its European market share rose ..." in
an article that opens with Nethra Systems or Kovar Mobility); and the measure's owner, when the claim names one, is
that sentence's (named in the clause of the figures) or, when that clause gives the measure no other owner (no
"X's" there), the actor the article opens with. The movement's direction stays the direction rules' business (the
passage sentence must state it: ``directions.unstated_direction``), and its figures the figure rule's.

Calibrated on the twenty-one LOPO parts of tests/data/support (``benchmarks/bench_support.py --part lopo``): every
faithful rejection of a measure subject read there, and every planted and SmolLM2 error whose subject or agent is a
measure (wrong owners "Castellan's cloud revenue surged 31%" where Lorvik's did; a baseline given as the new value,
"fell to 1,040" where it fell from 1,040; invented causes with no figure) stays rejected.
"""

from __future__ import annotations

import re
from typing import Any, Sequence

from topline.check.evidence import STOPWORDS, stem
from topline.check.subjects import MEASURE_HEADS, _HEAD_END
from topline.enrich.figures import placed_figures

SUBJECT_MIN = 0.75  # share of the subject's words (owner and measure) the figures' sentence (with the article's opening
#                     sentence for an unnamed owner) must carry: support.SUBJECT_MIN, the subject rule's own share
LEAD_SENTENCES = 2  # the title and the opening sentence name the article's lead actor
FIGURE_KINDS = frozenset({"money", "percent", "quantity", "number"})  # dates are the period rule's
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_POSSESSOR = re.compile(r"([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})(?:'s|’s|'|’)(?=\s)")
_CLAUSE = re.compile(r";|,\s+(?:while|whereas|but|and)\s+|\s+(?:while|whereas)\s+")
_LEAD = re.compile(r"(?<![\w'’-])[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*")


def _words(text: str) -> set[str]:
    return {stem(w.lower().removesuffix("'s").removesuffix("’s").rstrip("'’")) for w in _WORD.findall(text)}


def _figures(text: str) -> list[tuple[float, bool, str]]:
    """(value, is a percentage, the word before it) of each figure of ``text`` that is no date."""
    out = []
    for pf in placed_figures(text):
        if pf.figure.kind not in FIGURE_KINDS:
            continue
        before = text[: pf.start].split()[-1:]
        out.append((pf.figure.value, pf.figure.kind == "percent", before[0].lower() if before else ""))
    return out


def _states(claim_figs: Sequence[tuple[float, bool, str]], clause: str) -> bool:
    """Whether ``clause`` states every figure of the claim, none of them as the other end of the change."""
    theirs = _figures(clause)
    for value, pct, before in claim_figs:
        same = [b for v, p, b in theirs if v == value and p == pct]
        if not same:
            return False
        if before in ("to", "from") and all(b == ({"to": "from", "from": "to"}[before]) for b in same):
            return False  # "fell to 1,040" against "fell to 312 from 1,040": the baseline given as the new value
    return True


def _owners(subject: str) -> list[set[str]]:
    return [_words(m.group(1)) - STOPWORDS for m in _POSSESSOR.finditer(subject + " ")]


def lead_actor(sentences: Sequence[str]) -> set[str]:
    """Stems of the first name of the article's title and of its opening sentence (``Doc.sentences`` starts with the
    title): its lead actor ("Nethra Systems"; "Marlowe Home" and "Homeware" of "Homeware retailer Marlowe Home")."""
    out: set[str] = set()
    for s in sentences[:LEAD_SENTENCES]:
        for m in _LEAD.finditer(s):
            words = [w for w in m.group(0).split() if w.lower() not in STOPWORDS]
            if words:
                out |= _words(" ".join(words))
                break
    return out


def measure_told(subject: str, clause: str, sentences: Sequence[str]) -> bool:
    """Whether a cited sentence states the measure ``subject`` with the figures ``clause`` gives it (see the module)."""
    figs = _figures(clause)
    mine = _words(subject) - STOPWORDS
    if not figs or not mine or not sentences:
        return False
    owners = _owners(subject)
    owner = set().union(*owners) if owners else set()
    lead = lead_actor(sentences)
    for s in sentences:
        for part in _CLAUSE.split(s):
            if not _states(figs, part):
                continue
            here = _words(s)
            if owner and not owner <= _words(part):
                other = [o for o in _owners(part) if o and not o <= owner]
                if other or not owner <= lead:
                    continue  # the clause's measure is another's ("Lorvik's cloud revenue"), or no lead owns it
                here |= lead
            elif not owner:
                here |= lead
            if len(mine & here) >= SUBJECT_MIN * len(mine):
                return True
    return False


def is_measure(subject: str) -> bool:
    """Whether the subject's head (its last word before a preposition or relative) is a measure
    (``subjects.MEASURE_HEADS``, singular or plural: "passenger numbers", "its yields")."""
    head = _HEAD_END.split(f" {subject.strip()} ", maxsplit=1)[0].split()
    word = head[-1].lower().strip(",.'’") if head else ""
    return bool(word) and (
        word in MEASURE_HEADS or word.removesuffix("s") in MEASURE_HEADS or f"{word}s" in MEASURE_HEADS
    )


def agent_before(claim: str, verb: str) -> tuple[str, str]:
    """The words before the first ``verb`` of ``claim`` back to a clause boundary (its agent as written) and the
    clause from there to the next boundary: ("Quillon's shares", "Quillon's shares fell 2% in Milan")."""
    m = re.search(rf"(?<![\w'’-]){re.escape(verb)}(?![\w'’-])", claim)
    if not m:
        return "", ""
    start = max(
        (b.end() for b in re.finditer(r"[,;:]\s*|\s(?:and|but|while|whereas)\s", claim[: m.start()])), default=0
    )
    end = re.search(r";|,\s|$", claim[m.end() :])
    return claim[start : m.start()].strip(), claim[start : m.end() + (end.start() if end else 0)]


def measure_moved(claim: str, verb: str, docs: Sequence[Any]) -> bool:
    """Whether the agent the claim gives ``verb`` is a measure that a cited article (``docs``: each with its
    ``sentences``) states with the figures of the verb's clause (the role frames' reading of who "fell")."""
    agent, clause = agent_before(claim, verb)
    return is_measure(agent) and any(measure_told(agent, clause, d.sentences) for d in docs)


# support25: a subject equated to a figure ("Solbakken's winning time was 2 days, 6 hours and 14 minutes", "The water
# temperature was 13 degrees") is a measure by the sentence's grammar, whatever its noun: nobody acts, the figure is
# its value. Its head noun is what the value measures (the article may not name it: "reaching the finish after 2
# days, 6 hours and 14 minutes", "The water was 13 degrees"), so the words that must stand with the figures are the
# owner's when the subject has one ("Solbakken's"), else the subject's other words.
_VALUED = re.compile(r"\s*(?:is|was|are|were|stood\s+at|stands\s+at)\s+(?:(?:still|now|only|just|about|around|"
                     r"roughly|nearly|almost|some|more\s+than|less\s+than|under|over)\s+)*$", re.IGNORECASE)


def valued_subject(subject: str, clause: str) -> bool:
    """Whether ``clause`` equates its ``subject`` to a figure: the subject, a copula (and hedges), then a figure."""
    at = clause.find(subject)
    if at < 0 or not subject.strip():
        return False
    rest = clause[at + len(subject):]
    for pf in placed_figures(rest):
        return pf.figure.kind in FIGURE_KINDS and bool(_VALUED.match(rest[: pf.start]))
    return False


def value_owner_told(subject: str, clause: str, sentences: Sequence[str]) -> bool:
    """Whether a cited sentence states every figure of ``clause`` (no baseline given as the new value) in a clause
    that names the subject's owner, or, with no owner, carries ``SUBJECT_MIN`` of the subject's words but its head
    (a clause that names another owner never does; the article's lead lends an owner its figures' clause lacks, as
    in ``measure_told``)."""
    figs = _figures(clause[clause.find(subject) + len(subject):])
    owners = _owners(subject)
    owner = set().union(*owners) if owners else set()
    head = _HEAD_END.split(f" {subject.strip()} ", maxsplit=1)[0].split()[-1:]
    rest = _words(_POSSESSOR.sub(" ", subject)) - STOPWORDS - _words(" ".join(head))
    if not figs or (not owner and not rest):
        return False
    lead = lead_actor(sentences)
    for s in sentences:
        for part in _CLAUSE.split(s):
            if not _states(figs, part):
                continue
            if owner:
                if owner <= _words(part) or (not [o for o in _owners(part) if o and not o <= owner] and
                                             owner <= lead):
                    return True
            elif len(rest & _words(s)) >= SUBJECT_MIN * len(rest):
                return True
    return False
