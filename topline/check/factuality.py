"""Rule: what the claim states as fact must be a fact of its cited articles, not a plan, a duty or a report
(support35, issue 10).

Two readings of the claim's mood against every cited sentence that tells the same thing:

* **Done or present, where the articles have it only to come.** "Tenjin has built a data centre" where the only
  cited sentence with "build" has "will use the money ... to build a data centre"; "The regulator has already
  cleared the aid" where it "still has to clear" it; "The first plant is already operating" where it "is due to
  start operating". ``topline.check.modality`` reads the one passage sentence a clause rewrites, with modals and
  verbs of intention before the act; this reads every cited sentence that shares the claim's words, and counts an
  infinitive as an act to come ("to build", "has to clear", "yet to approve") unless the verb before it says the
  act took place ("managed to", "forced to", "helped to", "began to"). The act is a past form of the claim, the
  word after "already", or the verb after "finished"/"completed" ("has finished widening").
* **Confirmed, where the articles report it unconfirmed.** "X confirmed that Y" where every cited sentence that
  carries Y has it from unnamed people, as a belief, or with the company declining to comment or to confirm.

The claim is rejected only when some cited sentence sharing ``SHARED_MIN`` of its content words has the act (or Y),
and EVERY such sentence has it only to come (or only unconfirmed): an article that also states it done is not this
rule's business. Calibrated on the twenty-seven calibration parts of tests/data/support (RESULTS.md, "support35").
"""
from __future__ import annotations

import functools
import re
from typing import Sequence

from topline.check.evidence import STOPWORDS, stem
from topline.check.modality import PROSPECTIVE, done_acts
from topline.check.roles import IRREGULAR

SHARED_MIN = 2           # content words (besides the act) a cited sentence must share with the claim clause to be
#                          read as telling the same act; general, as modality.ALIGN_MIN
MOOD_REACH = 4           # tokens between a word of intention and the act, as in modality.py
CLAIM_SHARE = 0.5        # share of the claim clause's other content words such a sentence must carry
CONTENT_SHARE = 0.6      # share of a confirmed content's words a cited sentence must carry to be its report
# Verbs after which an infinitive took place ("managed to land", "was forced to close", "began to fall").
IMPLICATIVE = frozenset("""managed manage manages forced force forces helped help helps began begin begins started start
starts continued continue continues went came come comes used voted moved rushed hurried proceeded""".split())
# Words an infinitive to come hangs on: intention, duty, expectation, an order or an attempt ("has to clear", "yet to
# approve", "agreed to buy", "ordered Draycott to pay", "tried to buy"); general English.
INTENTION = PROSPECTIVE | frozenset("""has have yet agreed agree agrees set about going tried try tries trying attempt
attempted attempts proposed proposes propose promised promises pledged pledges vowed vows threatened threatens ready
likely unlikely able unable ordered orders asked asks urged urges told allowed""".split())
MODALS = frozenset("will would shall should must may might can could".split())
OBJECT_REACH = 4         # tokens after the act in which the claim and the sentence must share a word (its object)
_NOT_ACTS = frozenset("""did done had has have been said says told added being""".split())
# Words by which a sentence reports what it says without confirming it: unnamed sources, a belief, a refusal to
# comment or confirm, a question still open. General English, not words of the labelled set.
_HEDGE = re.compile(r"\b(?:people\s+(?:familiar|with\s+knowledge|close\s+to|say|said)|person\s+familiar|sources?\b|"
                    r"according\s+to\s+(?:two|three|several|people|a\s+person|reports?)|believes?|believed|"
                    r"reportedly|rumou?r|declined\s+to\s+(?:comment|confirm)|would\s+not\s+(?:comment|confirm)|"
                    r"(?:did|does|do|would|could)\s+not\s+(?:yet\s+)?(?:know|confirm|say)|not\s+yet\s+known|"
                    r"unconfirmed|(?:a|the)\s+reports?\s+that|reports\s+that|whether)\b", re.IGNORECASE)
_CONFIRM = re.compile(r"\b(?:confirmed|confirms|has\s+confirmed|have\s+confirmed)\s+(?:that\s+)?", re.IGNORECASE)
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*|[,;:()]|\d+(?:[.,]\d+)*")
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*|\d+(?:[.,]\d+)*")
_BOUNDARY = frozenset(",;:()") | frozenset("and but while whereas which who that after as because".split())
_DONE_AUX = frozenset("has have had was were been".split())
_DETERMINERS = frozenset("the a an its their his her our this that these those no any some".split())
_ORDINAL = frozenset("first second third fourth fifth last next only one".split())
_FINISH = frozenset("finished completed finishes completes".split())


@functools.lru_cache(maxsize=1 << 16)
def _forms(word: str) -> frozenset[str]:
    """Base forms a verb form may come from ("hired" -> hire, "stopped" -> stop, "operating" -> operate)."""
    w = word.lower()
    out = {w, IRREGULAR.get(w, w)}
    for suffix, adds in (("ied", ("y",)), ("ies", ("y",)), ("ed", ("", "e")), ("es", ("", "e")), ("s", ("",)),
                         ("ing", ("", "e")), ("d", ("",))):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            root = w[:-len(suffix)]
            out.update(root + a for a in adds)
            if len(root) > 3 and root[-1] == root[-2]:
                out.add(root[:-1])          # "stopped", "planning"
    return frozenset(out)


def _same(a: str, b: str) -> bool:
    return bool(_forms(a) & _forms(b))


@functools.lru_cache(maxsize=1 << 14)
def _content(text: str) -> frozenset[str]:
    return frozenset(stem(w.lower().removesuffix("'s")) for w in _WORD.findall(text) if w.lower() not in STOPWORDS)


@functools.lru_cache(maxsize=1 << 14)
def _tokens(text: str) -> tuple[str, ...]:
    return tuple(_TOKEN.findall(text))


def _governor(toks: list[str], i: int) -> int:
    """The index of the word an infinitive's "to" (at ``i - 1``) hangs on; for "and to build", that of the "to"
    before it ("to buy ... and to build")."""
    g = i - 2
    if g >= 0 and toks[g].lower() in ("and", "or"):
        for j in range(g - 1, max(-1, g - 12), -1):
            if toks[j].lower() == "to" and j:
                return j - 1
    return g


def _noun_before(toks: list[str], g: int) -> bool:
    """Whether ``toks[g]`` is a noun an infinitive completes ("the right to end", "the money to build"): a word
    after a determiner, not an ordinal or a superlative ("the first to land"). After a figure it may be a measure
    of a past act ("ran the pipe in 7.8 seconds to beat 31 others": eval22's j0332 was rejected so)."""
    w = toks[g].lower()
    if g == 0 or not w.isalpha() or w in _ORDINAL or w.endswith("est") or w.endswith("ed") or w.endswith("ing"):
        return False
    before = toks[g - 1].lower()
    return before in _DETERMINERS


def _to_come(toks: list[str], i: int) -> bool:
    """Whether the act at ``toks[i]`` is only to come. An infinitive ("to build") is when the word it hangs on is a
    word of intention, duty or expectation ("plans to", "has to", "yet to", "agreed to", "was ordered to") or its
    clause has a modal before it ("will use the money to build"), never after a verb that says it took place
    ("managed to", "came to"). Any other form is when a modal or a word of intention comes within ``MOOD_REACH``
    tokens before it, with no clause boundary and no auxiliary of a done act ("had fallen") between."""
    if i and toks[i - 1].lower() == "to":
        g = _governor(toks, i)
        if g < 0 or toks[g].lower() in IMPLICATIVE:
            return False
        if toks[g].lower() in INTENTION or _noun_before(toks, g):
            return True
        for x in reversed(toks[:g + 1]):
            if x.lower() in _BOUNDARY:
                return False
            if x.lower() in MODALS:
                return True
        return False
    for x in reversed(toks[max(0, i - MOOD_REACH):i]):
        lx = x.lower()
        if lx in _BOUNDARY or lx in _DONE_AUX or lx == "already":     # "would support those already sold"
            return False
        if lx in PROSPECTIVE:
            return True
    return False


def _object_told(claim_toks: list[str], k: int, toks: list[str], i: int) -> bool:
    """Whether the act at ``toks[i]`` is the claim's act at ``claim_toks[k]`` done to the same thing: a content word
    of the claim's next ``OBJECT_REACH`` tokens among the sentence's next ``OBJECT_REACH`` (true when the claim has
    none: "is already available.")."""
    mine = _content(" ".join(t for t in claim_toks[k + 1:k + 1 + OBJECT_REACH] if t not in ",;:()"))
    return not mine or bool(mine & _content(" ".join(toks[i + 1:i + 1 + OBJECT_REACH])))


def _baseline(clause: str, toks: list[str]) -> bool:
    """Whether a figure of the claim clause is the baseline of the cited sentence's act ("expect to press 82,000
    tonnes, down from 131,000 tonnes last year": last year's 131,000 were pressed)."""
    figures = {t for t in _TOKEN.findall(clause) if t[0].isdigit()}
    return any(t in figures and "from" in (x.lower() for x in toks[max(0, i - 3):i]) for i, t in enumerate(toks))


def _claim_acts(clause: str) -> list[tuple[str, int]]:
    """The acts ``clause`` states as done or present, with their token index: its past forms
    (``modality.done_acts``), the word after "already" ("is already available", "already runs"), the verb after
    "finished" or "completed"; not an act in progress ("is being bought") nor an auxiliary or a verb of speech."""
    toks = _TOKEN.findall(clause)
    done = set(done_acts(clause))
    out = []
    for i, t in enumerate(toks):
        lt = t.lower()
        prev = toks[i - 1].lower() if i else ""
        if lt in done and lt not in _NOT_ACTS and lt not in _FINISH and prev != "being":
            out.append((lt, i))
        if i + 1 >= len(toks):
            continue
        j = i + 2 if lt == "already" and toks[i + 1].lower() in ("been", "being") else i + 1
        if j >= len(toks):
            continue
        nxt = toks[j]
        if lt == "already" and nxt[0].islower() and nxt.lower() not in STOPWORDS and nxt.lower() not in _NOT_ACTS:
            out.append((nxt.lower(), j))
        elif lt in _FINISH and nxt.lower().endswith("ing"):
            out.append((nxt.lower(), j))
    return list(dict.fromkeys(out))


def unrealised_problem(claim: str, docs_sentences: Sequence[Sequence[str]]) -> str:
    """Why an act ``claim`` states as done is only to come in every cited sentence telling it; "" otherwise."""
    for clause in re.split(r";|,\s+(?:and|but|while)\s+", claim):
        acts = _claim_acts(clause)
        if not acts:
            continue
        ctoks = _TOKEN.findall(clause)
        mine = _content(clause)
        for act, k in acts:
            rest = mine - _content(act)
            need = max(SHARED_MIN, CLAIM_SHARE * len(rest))
            told, to_come = 0, 0
            for sentences in docs_sentences:
                for s in sentences:
                    toks = list(_tokens(s))
                    same = [i for i, t in enumerate(toks) if t[0].isalpha() and _same(t, act) and
                            _object_told(ctoks, k, toks, i)]
                    if not same or len(rest & _content(s)) < need:
                        continue
                    told += 1
                    to_come += all(_to_come(toks, i) for i in same) and not _baseline(clause, toks)
            if told and to_come == told:
                return f"direction: the sentence has {act!r} as done where its cited articles have it only to come"
    return ""


def unconfirmed_problem(claim: str, docs_sentences: Sequence[Sequence[str]]) -> str:
    """Why "X confirmed (that) Y" is not what the cited articles say: every cited sentence carrying Y reports it
    unconfirmed (unnamed people, a belief, no comment)."""
    m = _CONFIRM.search(claim)
    if not m:
        return ""
    said = _content(re.split(r"[;]", claim[m.end():], maxsplit=1)[0])
    if len(said) < SHARED_MIN:
        return ""
    carrying = [s for sentences in docs_sentences for s in sentences
                if len(said & _content(s)) >= CONTENT_SHARE * len(said)]
    if carrying and all(_HEDGE.search(s) and not _CONFIRM.search(s) for s in carrying):
        return "unsupported: the sentence has confirmed what its cited articles report unconfirmed"
    return ""


def factuality_problem(claim: str, docs_sentences: Sequence[Sequence[str]]) -> str:
    return unrealised_problem(claim, docs_sentences) or unconfirmed_problem(claim, docs_sentences)
