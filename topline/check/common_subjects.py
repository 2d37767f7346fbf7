"""A common-noun subject the cited article gives the same verb in the sentence that best tells the claim (issue 10,
branch support41).

The subject rule (``support._subject_problem``) asks a cited sentence to name who acts AND to carry half of what the
claim's first clause says they did (``support.PREDICATE_SHARE``). A faithful paraphrase whose subject is a plain
common noun and whose predicate is reworded fails the second half, though the article has that very subject do that
very act: "Campaigners said the fine was not big enough" against "Campaigners said the fine was too small" (eval27's
kd0122), "Analysts at a broker said Tallowby's figures had beaten their expectations" against "Analysts at a broker
said the figures were better than they had expected" (eval26's kc0011). With a name as the subject, the article's
other descriptions, short forms and pronouns are read elsewhere (``references``); a plain common noun ("campaigners",
"analysts at a broker", "the organisers") is no one's name, and the article tells who it is by writing it.

``common_subject_told(subject, clause, sentences)``: the subject names no one (no capitalised word after its first)
and has at most ``MAX_WORDS`` words; a cited sentence writes the subject's words in a row, followed (auxiliaries and
adverbs skipped) by the claim's own verb (the same lemma, ``roles.lemma``); and no cited sentence carries more of the
claim's predicate (the clause's content stems other than the subject's and the verb's) than that sentence, which
carries at least one. A planted wrong actor ("Campaigners said the fine would be paid by the owners", where the
regulator said it) has a better sentence for its predicate, the other actor's, and stays rejected.
"""
from __future__ import annotations

import re
from typing import Sequence

from topline.check.evidence import content_stems, stem
from topline.check.roles import lemma

MAX_WORDS = 5       # words of a common-noun subject read ("Analysts at a broker", "A customer group")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_SKIP = frozenset("""will would could can may might must should shall has have had is are was were be been being
did does do also still now then already further again not""".split())
_DET = frozenset("the a an some".split())
# a subject with no determiner is read only when its first word is a plural noun of persons ("Campaigners",
# "Analysts at a broker", "Residents"): a capitalised word standing alone is otherwise as likely a name ("Silvane")
_PEOPLE = re.compile(r"[a-z]+(?:ers|ors|ists|ysts|ants|ents|ians|ees)|police|staff|people|residents|villagers")


def _named(word: str, sentences: Sequence[str]) -> bool:
    """Whether the cited articles write ``word`` capitalised inside a sentence (a name: "Ollivier said", not
    "Campaigners said", which they write capitalised only where a sentence opens; the title is left out)."""
    w = word.strip("'’")
    if w.lower() in _DET:
        return False
    inside = re.compile(rf"(?<=[\w,;:)'’\"]\s){re.escape(w)}(?![\w-])")
    return any(inside.search(s) for s in sentences[1:])


def _verb_after(words: Sequence[str], k: int) -> str:
    while k < len(words) and (words[k] in _SKIP or words[k].endswith("ly")):
        k += 1
    return words[k] if k < len(words) else ""


def common_subject_told(subject: str, clause: str, sentences: Sequence[str]) -> bool:
    """Whether a cited sentence gives the common-noun ``subject`` the claim's verb and tells the claim's predicate
    best (see the module)."""
    subject = subject.strip()
    written = _WORD.findall(subject)
    mine = [w.lower() for w in written]
    if not mine or len(mine) > MAX_WORDS or any(w[:1].isupper() for w in written[1:]) or \
            not (mine[0] in _DET or _PEOPLE.fullmatch(mine[0])) or _named(written[0], sentences):
        return False
    at = clause.find(subject)
    if at < 0:
        return False
    rest = [w.lower() for w in _WORD.findall(clause[at + len(subject):])]
    verb = _verb_after(rest, 0)
    if not verb:
        return False
    core = mine[1:] if mine[0] in _DET else mine    # "The organisers" is "the organisers" or "organisers"
    if not core:
        return False
    own = set(content_stems(subject)) | {stem(verb)}
    pred = set(content_stems(clause[at + len(subject):])) - own
    if not pred:
        return False
    best, here = 0, 0
    for s in sentences:
        got = len(pred & set(content_stems(s)))
        best = max(best, got)
        words = [w.lower() for w in _WORD.findall(s)]
        for k in range(len(words) - len(core) + 1):
            if words[k:k + len(core)] == core and lemma(_verb_after(words, k + len(core))) == lemma(verb):
                here = max(here, got)
    return here >= 1 and here >= best
