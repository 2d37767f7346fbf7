"""Verbs of one event told with another verb of it: "halted sales" / "stopped sales", "brought in 40 engineers" /
"hired 40 engineers", "shares went up 4%" / "shares rose 4%" (issue 10, support45).

The lexical share (``support.SUPPORT_MIN``) counts the claim's verb against the sentence when its passage tells the
event with another verb, and such rewordings were the long tail of the faithful paraphrases it alone rejected
(benchmarks/RESULTS.md, support44 and support45). ``EQUIVALENTS`` lists small classes of verbs (and phrasal verbs)
that tell one event in one direction, general English, not words of the labelled set; a class never holds two
words of opposite direction (``directions.opposite`` pairs), so a reading cannot turn an event round.

A claim verb of a class (not negated) is a loose term of the share (``content.Term.loose``: counted when the passage
has it, never against the sentence) when ONE sentence of the chosen passage has a verb of the same class, not
negated, with

* the claim's actor: the last content word of the claim clause before its verb (its subject's head) in that
  sentence before the passage's verb (or a pronoun or "the company" there: "Brevik said it had stopped ..."), and
  every other content word of the subject ("Orrin's board") in the passage up to that verb;
* the claim's object: the first content word after the claim's verb (and particle), if any (a figure is the figure
  rules'), in that sentence after the passage's verb.

The verb's particle ("brought in", "went up", "took on") is loose with it. Everything else of the claim is judged
as before: the figure rules judge a figure, the direction rules the movement, the event rule an event verb.
"""
from __future__ import annotations

import dataclasses
import re
from typing import Sequence

from topline.check.content import Term
from topline.check.evidence import STOPWORDS, stem

# Each class: single verbs (every form listed) and phrasal verbs (verb forms, particle). Directions agree inside a
# class: "stop" and "resume", "hire" and "fire", "go up" and "go down" are never in one.
_TAKE = "take takes took taken taking"
_BRING = "bring brings brought bringing"
_GO = "go goes went gone going"
EQUIVALENTS: tuple[tuple[frozenset[str], tuple[tuple[frozenset[str], str], ...]], ...] = tuple(
    (frozenset(single.split()), tuple((frozenset(v.split()), part) for v, part in phrasal)) for single, phrasal in (
        ("hire hires hired hiring recruit recruits recruited recruiting", ((_TAKE, "on"), (_BRING, "in"))),
        ("halt halts halted halting stop stops stopped stopping suspend suspends suspended suspending pause pauses "
         "paused pausing", ()),
        ("fight fights fought fighting tackle tackles tackled tackling battle battles battled battling", ()),
        ("rise rises rose risen rising climb climbs climbed climbing gain gains gained", ((_GO, "up"),)),
        ("fall falls fell fallen falling drop drops dropped dropping decline declines declined", ((_GO, "down"),)),
    ))
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
_NEGATORS = frozenset("not never no n't cannot".split())
_PRONOUN = frozenset("it they he she company group firm".split())
_CLAUSE = re.compile(r"[,;:]|\b(?:and|but|while|after|because|which|who)\b")


@dataclasses.dataclass(frozen=True)
class _Verb:
    cls: int
    start: int          # offset of the verb in its text
    end: int            # offset after the verb (and its particle)
    particle: int       # offset of the particle, -1 when none


def _verbs(text: str) -> list[_Verb]:
    words = list(_WORD.finditer(text))
    out = []
    for k, m in enumerate(words):
        w = m.group(0).lower()
        for n, (single, phrasal) in enumerate(EQUIVALENTS):
            if w in single:
                out.append(_Verb(n, m.start(), m.end(), -1))
            for forms, part in phrasal:
                nxt = words[k + 1] if k + 1 < len(words) else None
                if w in forms and nxt is not None and nxt.group(0).lower() == part:
                    out.append(_Verb(n, m.start(), nxt.end(), nxt.start()))
    return out


def _negated(text: str, start: int) -> bool:
    before = [w.lower() for w in _WORD.findall(text[:start])][-3:]
    return any(w in _NEGATORS or w.endswith("n't") for w in before)


def _content(text: str) -> list[str]:
    return [w.lower().removesuffix("'s") for w in _WORD.findall(text)
            if len(w) > 2 and w.lower() not in STOPWORDS]


def _has(words: Sequence[str], text: str) -> bool:
    there = {stem(w.lower().removesuffix("'s")) for w in _WORD.findall(text)}
    return all(stem(w) in there for w in words)


def _told(claim: str, v: _Verb, sentences: Sequence[str]) -> bool:
    subject = _content(_CLAUSE.split(claim[:v.start])[-1])
    after = _content(_CLAUSE.split(claim[v.end:])[0])
    if _negated(claim, v.start) or not subject:
        return False
    for k, s in enumerate(sentences):
        for u in _verbs(s):
            if u.cls != v.cls or _negated(s, u.start):
                continue
            before = s[:u.start]
            head = subject[-1:] if not _PRONOUN & set(_WORD.findall(before.lower())) else []
            # the subject's head before the verb (or a pronoun there), the rest of it ("Orrin's") in the passage
            # up to that verb
            told_subject = _has(head, before) and _has(subject, " ".join(sentences[:k]) + " " + before)
            if told_subject and _has(after[:1], s[u.end:]):
                return True
    return False


def told_terms(claim: str, ts: Sequence[Term], sentences: Sequence[str]) -> list[Term]:
    """``ts`` with the verb (and particle) of every claim verb of a class that the passage ``sentences`` tell with
    another verb of the class, the same actor and object, made loose."""
    starts: set[int] = set()
    for v in _verbs(claim):
        if _told(claim, v, sentences):
            starts |= {v.start, v.particle}
    return [dataclasses.replace(t, loose=True) if t.start in starts else t for t in ts]
