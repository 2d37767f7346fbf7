"""Rule: the two named parties of an act told the other way round (issue 10, support33).

"Fidelis bought the building from Marisol Resorts" where the article has Marisol Resorts "buying the building from
insurer Fidelis"; "Kestrel has asked Ardania's central bank for a full report" where "Ardania's central bank said it
had asked Kestrel"; "Wavecrest agreed to pay the county council 1.2 million pounds" where "the county council agreed
to pay operator Wavecrest". The who-acts readings parse one agent per frame and abstain where the article's verb
sits in a participle, an infinitive or a clause after "said", so these swaps passed in both installs (support33: the
largest shape of the planted wrong actors that pass, the twenty-six LOPO parts).

Read by word order: the claim opens with name A, then (after at most a few auxiliaries) an active verb, then a
name B ("A bought ... from B"); a cited sentence has B, then the same verb (by lemma, active: not after a form of
"be", not followed by "by"), then A, in one clause; and no cited sentence has A, the verb, then B. Names are
capitalised runs of the claim (the first word of the sentence only when it is a name the article writes too).
"""
from __future__ import annotations

import re
from typing import Sequence

from topline.check.roles import IRREGULAR, lemma
from topline.speech import SPEAKER_VERBS, forms

_TOKEN = re.compile(r"[A-Za-z][\w'’&-]*|[,;:]")
_FULL_TOKEN = re.compile(r"[A-Za-z][\w'’&-]*|[,;:]|\d[\d.,]*")     # with figures: a description ends at one
_BE = frozenset("is are was were be been being".split())
# Words that never carry the act: function words, and verbs of speech or thought that open a reported clause
_SKIP = frozenset("""the a an its their his her of in on at to for from with by and or but as that which who whom
whose this these those it they he she we has have had will would could should can may might must not also tell agreed
agree plans plan planned expects expected wants want would did do does""".split()) | frozenset(forms(("say",))) | \
    frozenset(SPEAKER_VERBS)
# Clause edges a party cannot be read across
_EDGE = frozenset(";: while whereas although though because".split())
_JOINS = frozenset("and but".split())   # a party after the verb is read in the verb's own clause only
# Words that end a description after "the" ("the county council over five years")
_STOP_HEAD = frozenset("over under about after before during until into than per each every".split())
MAX_GAP = 8           # tokens between a party and the verb


_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")   # compiled once: ``_norm`` runs on every token of every claim


def _norm(t: str) -> str:
    return _POSSESSIVE.sub("", t)


def _names(tokens: Sequence[str]) -> list[tuple[int, str]]:
    """The first word of each capitalised run (its position and the word without a possessive)."""
    out = []
    for i, t in enumerate(tokens):
        if t[0].isupper() and (i == 0 or not tokens[i - 1][0].isupper() or tokens[i - 1] in ",;:"):
            out.append((i, _norm(t)))
    return out


_SPEECH = frozenset(SPEAKER_VERBS)


def _speaker(tokens: Sequence[str], i: int) -> bool:
    """Whether the party at ``i`` is the subject of a verb of speech right after it ("..., Harnvik said"): the
    report's speaker, not the object of the verb before it."""
    return i + 1 < len(tokens) and tokens[i + 1].lower() in _SPEECH


def _ordered(tokens: Sequence[str], first: str, verb: str, second: str) -> bool:
    """Whether ``tokens`` have ``first``, then an active form of ``verb``, then ``second``, each within ``MAX_GAP``
    tokens and no clause edge between."""
    words = [_norm(t) for t in tokens]
    for v, t in enumerate(tokens):
        if not t[0].islower() or lemma(t) != verb or t.lower() in _SKIP:
            continue
        if v and tokens[v - 1].lower() in _BE or (v + 1 < len(tokens) and tokens[v + 1].lower() == "by"):
            continue      # a passive: the order of its parties is the other way
        before = range(max(0, v - MAX_GAP), v)
        after = range(v + 1, min(len(tokens), v + 1 + MAX_GAP))
        if v and tokens[v - 1].lower() == "and":
            continue      # "shut the plant's furnaces and cut its jobs": the verb shares the earlier verb's subject
        a = [i for i in before if words[i] == first and not any(tokens[k].lower() in _EDGE for k in range(i, v))]
        b = [i for i in after if words[i] == second and not _speaker(tokens, i)
             and not any(tokens[k].lower() in _EDGE | _JOINS for k in range(v, i))]
        if a and b:
            return True
    return False


# What may stand between the claim's subject and its verb ("Kestrel has asked", "Wavecrest agreed to pay")
_AUXLIKE = frozenset("""has have had will would shall should can could may might must did does do also then now
agreed agrees agree to plans plan planned is are was were""".split())
_OPENERS = frozenset("the a an".split())
_CALENDAR = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december""".split())


def _subject_verb(tokens: Sequence[str]) -> tuple[str, int] | None:
    """The claim's subject (the first word of the name it opens with) and the position of its verb: the name run
    at the start, then at most a few auxiliaries ("has", "agreed to"), then a word in lower case."""
    i = 1 if tokens and tokens[0].lower() in _OPENERS else 0
    if i >= len(tokens) or not tokens[i][0].isupper():
        return None
    first = _norm(tokens[i])
    j = i + 1
    while j < len(tokens) and tokens[j][0].isupper() and not tokens[j - 1].endswith(("'s", "’s")):
        j += 1
    if tokens[j - 1].endswith(("'s", "’s", "'", "’")):
        return None       # "Meade Foods' purchase": the name owns a noun, it does not act
    while j < len(tokens) and tokens[j].lower() in _AUXLIKE:
        j += 1
    if j >= len(tokens) or not tokens[j][0].islower() or tokens[j].lower() in _SKIP:
        return None
    if tokens[j - 1].lower() in _BE:
        return None       # a passive or a copula
    if not (j > i + 1 and tokens[j - 1].lower() in _AUXLIKE) and not _verb_form(tokens[j]):
        return None       # "Arden partner Owen Becker": a noun after the name
    return first, j


def _verb_form(word: str) -> bool:
    w = word.lower()
    return w in IRREGULAR or w.endswith(("ed", "es", "ing")) or (w.endswith("s") and not w.endswith("ss"))


def _described(tokens: Sequence[str], verb: str) -> list[str]:
    """The heads of the descriptions after the claim's verb ("pay the county council 1.2 million pounds": "council";
    "pay the trustees a premium": "trustees"): the last of the words in lower case after "the" (support35: the
    other party of a swap told by a description, support33's largest class left)."""
    out: list[str] = []
    if verb not in tokens:
        return out
    v = tokens.index(verb)
    for k in range(v + 1, min(len(tokens), v + 1 + MAX_GAP)):
        if tokens[k].lower() != "the":
            continue
        run = []
        for t in tokens[k + 1:]:
            if not t[0].islower() or t.lower() in _SKIP or t.lower() in _STOP_HEAD:
                break
            run.append(t)
        if run:
            out.append(_norm(run[-1]))
    return out


def swap_problem(claim: str, sentences: Sequence[str]) -> str:
    """Why the claim's two named parties of an act are the other way round in the cited ``sentences`` ("" when
    they are not, or when unsure)."""
    tokens = _TOKEN.findall(claim)
    found = _subject_verb(tokens)
    if found is None:
        return ""
    first, v = found
    told = [_TOKEN.findall(s) for s in sentences]
    known = {_norm(t) for ts in told for t in ts}
    if first not in known or (v + 1 < len(tokens) and tokens[v + 1] == "by"):
        return ""
    verb = lemma(tokens[v])
    # each name after the verb may be the other party ("buy the Tarrow mine from Halberd Mining": Halberd)
    seconds = dict.fromkeys(_norm(tokens[k]) for k in range(v + 1, min(len(tokens), v + 1 + MAX_GAP))
                            if tokens[k][0].isupper() and _norm(tokens[k]) in known and _norm(tokens[k]) != first
                            and tokens[k].lower() not in _CALENDAR)
    seconds.update(dict.fromkeys(h for h in _described(_FULL_TOKEN.findall(claim), tokens[v])
                                 if h in known and h != first))
    for second in seconds:
        if any(_ordered(ts, second, verb, first) for ts in told) and \
                not any(_ordered(ts, first, verb, second) for ts in told):
            return f"unsupported: the cited articles have {second!r} {tokens[v]!r} {first!r}, not the other way round"
    return ""
