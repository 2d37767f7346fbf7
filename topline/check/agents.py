"""Who acts, read from the words that name an agent (issue 10, support27): small readings ``topline.check.roles``
uses on a frame's agent, kept here so roles.py does not grow.

* ``abbreviates``: an acronym agent is the name whose initials it spells ("IOC" for "the International Olympic
  Committee"; moved from roles.py);
* ``progressive``: "Maren Terminals is demanding" has a subject (a verb in "-ing" after "be", its subject a name);
* ``passive_other``: "The women's category was won by X" gives X the act on the claim's object, for the object swap.
* (support30) ``untold``: a cited frame with no parsed actor, or only "the company", tells the claim's act;
  ``by_positions``: a passive's "by" after another participle is that participle's ("funds led by Arcadia");
  ``introduced_agent``: "A shearer from New Zealand won ..." then "Rewi Hanara, 29, ..." gives Rewi Hanara the act.
"""
from __future__ import annotations

import re
from typing import Any, Callable, Sequence

from topline.check.evidence import stem


def abbreviates(key: frozenset[str], agent_names: frozenset[str]) -> bool:
    """"ioc" for an agent named "International Olympic Committee": the letters of a one-word key are the initials
    of the agent's names."""
    if len(key) != 1 or len(agent_names) < 2:
        return False
    word = next(iter(key))
    return 2 <= len(word) <= 5 and sorted(word) == sorted(n[0] for n in agent_names)


# A verb in "-ing" after a form of "be" whose subject is a name ("Maren Terminals is demanding", "Carrowfield Estates
# is selling") is a finite verb with that subject, not a participle clause whose actor is unknown. Only a subject of
# capitalised words (no description: "The Ethiopian winner was running", "the fryers Nordvik is recalling", whose
# subject the light parse reads wrongly; support27, measured on the twenty-four LOPO parts).
PROGRESSIVE = True
_BE = frozenset("is are was were been be am".split())
_AUX = _BE | frozenset("has have had will would shall should can could may might must not n't never still also".split())
PROGRESSIVE_MAX_WORDS = 5   # words of a name that can be a progressive verb's subject ("Harbour Workers Union")


def progressive(before: str, subject: Sequence[str]) -> bool:
    """Whether the word ``before`` a verb in "-ing" makes it a progressive form whose ``subject`` (the tokens the
    role parse reads to its left) is a name: every word capitalised, besides auxiliaries and "&"."""
    words = [t for t in subject if t[:1].isalpha() and t.lower() not in _AUX]
    return PROGRESSIVE and before in _BE and 0 < len(words) <= PROGRESSIVE_MAX_WORDS and \
        all(w[0].isupper() for w in words)


# The object swap (``roles._object_swap``) reads a cited passive's "by" agent as another actor of the act on its
# subject ("The women's category was won by a Dutch costume maker") when that subject has every word of the claim's
# object: one word in common ("the individual event" / "the pairs event") tells two objects apart.
PASSIVE_OTHERS = True


def passive_other(g: Any, f: Any) -> bool:
    """Whether a cited frame ``g`` may be another actor's act on the claim frame ``f``'s object: active, or passive
    with every word of the claim's object in its subject."""
    return not g.passive or (PASSIVE_OTHERS and f.patient_head <= g.patient_head)


UNTOLD_SHARE = 0.75   # a cited frame of the same verb with no parsed agent that has this share of the claim's
#                       object tells the same act with its actor unparsed ("Brisa Foods cut ..., saying cocoa prices
#                       had doubled"): the agent verdict abstains (fifth round; moved from roles.py, support30)


def untold(f: Any, same: Sequence[Any], anaphoric: frozenset[str]) -> bool:
    """Whether a cited frame of the claim's verb tells the claim's act with its actor unparsed: no agent and
    ``UNTOLD_SHARE`` of the claim's object, or (support30) an agent that is only a noun referring back ("the
    company will hire about 80 engineers to work on ..." for "Lumbrane will hire about 80 engineers for ...": its
    head every word of ``anaphoric`` nouns, no name, no possessor) and the head of the claim's object. A description
    with words of its own ("The health ministry") is another actor, not a reference."""
    for g in same:
        if not g.agent and f.patient and len(f.patient & g.patient) >= UNTOLD_SHARE * len(f.patient):
            return True
        if g.agent and g.agent <= anaphoric and not g.agent_names and not g.owners and f.patient_head and \
                f.patient_head <= g.patient:
            return True
    return False


def by_positions(right: Sequence[str], participles: frozenset[str]) -> list[int]:
    """Where a verb's agent "by" stands among the tokens to its ``right`` (not "by 5%", "by $3"): a "by" after
    another participle of the clause belongs to that participle ("will be sold to a group of funds led by Arcadia":
    Arcadia leads the funds, it does not sell; support30), and ends the search. ``participles``: irregular forms."""
    out = []
    for k, t in enumerate(right):
        if t.lower() == "by" and k + 1 < len(right) and not right[k + 1][0].isdigit() and right[k + 1] not in "$€£":
            if any(w[0].islower() and (w in participles or (len(w) > 4 and w.endswith("ed"))) and
                   right[j - 1].lower() not in ("the", "a", "an") for j, w in enumerate(right[1:k], 1)):
                break
            out.append(k)
    return out


_SPEECH = frozenset("say said says tell told add added note noted".split())


def introduced_agent(claim: str, verb: str, sentences: Sequence[str], frames: Callable[[str], Sequence[Any]]) -> bool:
    """Whether the cited articles give the claim's act of ``verb`` to a description that introduces the claim's named
    actor (support30): a sentence opening with an indefinite description as the verb's agent, with no name of its
    own ("A shearer from New Zealand won the open final"), the claim's object in that frame's object, and the next
    sentence opening with the claim's actor's name ("Rewi Hanara, 29, beat ..."), as news prose introduces someone.
    A claim that gives the act to another person of the article ("Callum Aird won the open final") finds no such
    tie and stays rejected. ``frames``: ``roles.frames``."""
    for f in frames(claim):
        if f.verb != verb or not f.head_names or f.passive or f.lemma in _SPEECH:
            continue
        words = [w for w in re.findall(r"[A-Z][\w'’-]*", claim) if _stem_of(w) in f.head_names]
        if not words:
            continue
        # the name introduced as news prose does: with an age or an apposition after it ("Rewi Hanara, 29,"), not
        # any sentence opening with the name ("Halden Ventures declined to comment" after "A person close to the
        # deal said ...")
        who = re.compile(rf"\W*(?:{re.escape(' '.join(words))}|{re.escape(words[-1])}),\s+(?:\d|(?:an?|the|who)\s)")
        for i, s in enumerate(sentences[:-1]):
            if not re.match(r"\W*an?\s", s, re.IGNORECASE) or not who.match(sentences[i + 1]):
                continue
            if any(g.lemma == f.lemma and g.agent and not g.head_names and not g.passive and
                   (not f.patient_head or f.patient_head <= g.patient) for g in frames(s)):
                return True
    return False


def _stem_of(word: str) -> str:
    w = word.lower()
    w = w[:-2] if w.endswith(("'s", "’s")) else w
    return stem(w.rstrip("'’"))
