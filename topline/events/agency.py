"""Who does a ledger event's act, and whether it is done, read from its sentence's structure (issue 12, events26).

A ledger event names an actor (a state action's body, a purchase's acquirer) and an act (the action's words, the
buying verb of the target). A claim title says "<actor> <act>" ("House moves to legislate", "Regulator fines X"), so
it is only true when the actor is the one who does the act in the cited sentence, not another name of it: the
speaker ("..., the White House said"), a bystander ("in a market where the Bank of Japan is reducing its
purchases") or a body whose act is something else ("the EU agreed to resume talks on replacing its tariffs, the
Commission said"). And a title that says the act is done ("fines", "investigates", "agrees to buy") is false when the
sentence frames it as a plan, an attempt, an expectation or a report of what will be ("moves to", "seeks to", "is
expected to", "said it would", "tries to buy").

``acting(sentence, actor, act)`` reads the spaCy dependency parse (``topline.check.parse``, the ``[parse]`` extra):
the act's verb is the first verb above the act's words (the words themselves when they are the verb: "fined",
"passed"; the verb they are the object of: "imposed tariffs", "opened a probe"); who acts is that verb's subject, or
the agent of a passive, or the subject of the verb it is joined to or that controls it ("voted to approve", "threw
out the budget, approving amendments"). The actor acts when its words are that subject's phrase (its head, a
compound or an apposition of it: "Spain's Congress of Deputies"). The act is a plan when a modal, an attempt, a plan
or an expectation governs its verb. Without the parse, only the report frame is read by words ("<act> ..., <actor>
said": the speaker), the rest is unknown.

The verdict is one of ``DONE``, ``PLAN``, ``OTHER`` (the actor is not the one acting, or the act is no act of its
verb) or ``UNKNOWN`` (no parse, the words not found, a pronoun as subject): the claim guards
(``write/offline/claim_guards.py``) drop a title on ``OTHER``, and a title that states a done act on ``PLAN``.
"""

from __future__ import annotations

import re
from typing import Any

from topline.patterns import compiled
from topline.speech import ANNOUNCING, REPORTING, SAID_AFTER, alternation

DONE, PLAN, OTHER, UNKNOWN = "done", "plan", "other", "unknown"

# Verbs whose infinitive (or the verb they control) is not yet done: a plan, an attempt, an expectation, an offer.
_UNDONE = frozenset("""try seek attempt aim plan hope want wish intend expect offer propose threaten bid push
prepare consider move set poise pledge vow promise look weigh mull plot scramble race rush strive work
struggle fail refuse decline urge ask call press lobby""".split())
# Nouns that make the verb of their clause a plan ("a plan to ban", "its bid to buy", "a proposal to impose")
_UNDONE_NOUNS = frozenset("""plan plans bid bids proposal proposals effort efforts attempt attempts move moves push
drive intention intent offer threat""".split())
_MODALS = frozenset("will would shall should can could may might must 'll".split())
# How the actor's words hang on the subject's head and still name it ("Spain's Congress of Deputies", "the
# regulator, Ofcom,", "the Treasury and the Fed")
_NAME_DEPS = frozenset({"compound", "appos", "flat", "conj", "poss", "pobj", "prep", "nmod", "amod", "cc", "det",
                        "punct", "nummod", "npadvmod"})
# The dependencies by which an act's words (a noun: "tariffs", "a probe", "law") belong to the verb that does the act
# ("imposed tariffs", "opened a probe", "signed into law", "hit X with tariffs") or inside its object phrase
_ACT_DEPS = frozenset({"poss", "dobj", "nsubjpass", "attr", "oprd", "compound", "amod", "conj", "appos", "pobj", "prep",
                       "npadvmod", "nmod", "dative", "acomp", "advmod", "cc", "det", "nummod", "quantmod"})
# Nouns whose object is talked about, asked for or planned, not done ("talks on tariffs", "calls for a ban"); the
# words under another noun belong to its act ("notified amendments to the IT Rules": the rules are amended)
_FRAME_NOUNS = frozenset("""talk talks negotiation negotiations discussion discussions call calls plan plans proposal
proposals bid bids threat threats effort efforts attempt attempts debate review consideration push demand demands
question questions study""".split())
_PRONOUN = frozenset("it they he she we i you this that these those who which".split())
_SAY = frozenset(REPORTING + ANNOUNCING)   # a clause reported by one of these verbs is the speaker's


def acting(sentence: str, actor: str, act: str) -> str:
    """``DONE``, ``PLAN``, ``OTHER`` or ``UNKNOWN``: whether ``actor`` (words of ``sentence``) does the act whose
    words are ``act`` there, and whether the sentence tells it done (see the module's docstring)."""
    return reading(sentence, actor, act)[0]


def reading(sentence: str, actor: str, act: str) -> tuple[str, str]:
    """(verdict of ``acting``, the word that makes it a plan: a modal or the governing verb's lemma, "" else)."""
    if not sentence or not actor or not act:
        return UNKNOWN, ""
    from topline.events.spans import _DATELINE
    dateline = _DATELINE.match(sentence)
    if dateline:      # "LONDON, July 14 (Reuters) - ": no part of the clause (the parse reads it as the subject)
        sentence = sentence[dateline.end():]
    a_at, v_at = _find(sentence, actor), _find(sentence, act)
    if a_at < 0 or v_at < 0:
        return UNKNOWN, ""
    from topline.check.parse import _nlp   # the checker's pipeline, loaded once; None without the extra

    nlp = _nlp()
    if nlp is None:
        return (OTHER if _speaker_only(sentence, actor, a_at, v_at) else UNKNOWN), ""
    doc = _doc(nlp, sentence)
    act_tok = _head_of(doc, v_at, v_at + len(act))
    actor_tok = _head_of(doc, a_at, a_at + len(actor))
    if act_tok is None or actor_tok is None:
        return UNKNOWN, ""
    verb = _verb_of(act_tok)
    if verb is None:
        return OTHER, ""      # the act's words hang on no verb (a noun phrase: "talks on tariffs")
    who = _agent(verb)
    if who is None:
        return OTHER, ""      # a passive with no agent ("was signed into law"), a gerund of a noun ("on replacing")
    if who.lower_ in ("that", "which", "who") and verb.dep_ == "relcl":
        who = verb.head       # "amendments that returned the bill": the noun the clause is of
    if who.lower_ in _PRONOUN:
        return UNKNOWN, ""    # "it said it would": whom it stands for is another sentence's
    if not _names(actor_tok, who):
        return OTHER, ""
    frame = _undone(verb)
    return (PLAN if frame else DONE), frame


def _find(sentence: str, words: str) -> int:
    m = compiled(rf"(?<![\w-]){re.escape(words)}(?![\w-])").search(sentence)
    return m.start() if m else sentence.find(words)


def _doc(nlp: Any, s: str) -> Any:
    from topline.events.parses import parsed   # one parse per text for every reading (issue 14, speed35)
    return parsed(nlp, s)


def _head_of(doc: Any, start: int, end: int) -> Any:
    """The token of ``doc`` in characters [start, end) whose head lies outside them (the phrase's head)."""
    toks = [t for t in doc if start <= t.idx < end]
    for t in toks:
        if not (start <= t.head.idx < end) or t.head.i == t.i:
            return t
    return toks[0] if toks else None


def _verb_of(t: Any) -> Any:
    """The verb whose act the words at ``t`` are: ``t`` itself when it is a verb, else the first verb above it by
    the dependencies of an object or its phrase (``_ACT_DEPS``); None when a noun of another kind heads them."""
    seen = 0
    while seen < 12:
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound"):
            return t
        if t.head.i == t.i or t.dep_ not in _ACT_DEPS:
            return None
        if t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.head.lemma_.lower() in _FRAME_NOUNS:
            return None       # "talks on tariffs", "calls for a ban": what is talked about or asked for, no act
        t, seen = t.head, seen + 1
    return None


def _agent(v: Any) -> Any:
    """Who does verb ``v``: its subject, the agent of a passive, or, for a verb joined to another or controlled by
    it ("voted to approve", "passed the bill and sent it", "threw out the budget, approving amendments"), that
    verb's subject; None for a passive without an agent or a verb of a noun's clause."""
    for c in v.children:
        if c.dep_ in ("nsubj", "csubj"):
            return c
        if c.dep_ == "agent":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    if any(c.dep_ in ("nsubjpass", "csubjpass") for c in v.children):
        return None
    if v.dep_ in ("conj", "xcomp") and v.head.pos_ in ("VERB", "AUX"):
        return _agent(v.head)
    if v.dep_ == "advcl" and v.tag_ == "VBG" and v.head.pos_ in ("VERB", "AUX"):
        return _agent(v.head)
    return None


def _names(actor: Any, who: Any) -> bool:
    """The actor's head is the subject's head, or hangs on it as a part of its name (``_NAME_DEPS``)."""
    t, seen = actor, 0
    while seen < 8:
        if t.i == who.i:
            return True
        if t.head.i == t.i or t.dep_ not in _NAME_DEPS:
            return False
        t, seen = t.head, seen + 1
    return False


def _undone(v: Any) -> str:
    """The modal, attempt, plan or expectation that governs verb ``v`` (or the verbs it is joined to), "" if none."""
    t, seen = v, 0
    while seen < 6:
        modal = next((c.lower_ for c in t.children if c.dep_ == "aux" and c.lower_ in _MODALS), "")
        if modal:
            return modal
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children) and t.dep_ in ("acl", "relcl", "advcl") \
                and t.head.lower_ in _UNDONE_NOUNS:
            return t.head.lower_   # "a plan to ban", "in a bid to buy"
        if t.dep_ == "xcomp" and t.head.lemma_.lower() in _UNDONE:
            return t.head.lemma_.lower()   # "moves to ban", "seeks to buy", "is expected to approve", "agreed to impose"
        if t.dep_ in ("xcomp", "conj", "ccomp") and t.head.pos_ in ("VERB", "AUX") and t.head.i != t.i:
            if t.dep_ == "ccomp" and t.head.lemma_.lower() not in _SAY:
                return ""
            t, seen = t.head, seen + 1
            continue
        return ""
    return ""


# Without the parse: the actor named only as who says it, after the act ("A bill ... was signed into law, the White
# House said"; "..., the ministry said on Tuesday", "..., according to the Commission")
_SAID_AFTER = re.compile(rf"^\s*(?:{alternation(SAID_AFTER)})\b")


def _speaker_only(sentence: str, actor: str, a_at: int, v_at: int) -> bool:
    """No parse: ``actor`` stands only after the act, as the one who says it (",  the X said", "according to X")."""
    if a_at < v_at:
        return False
    after = sentence[a_at + len(actor):]
    before = sentence[:a_at]
    return bool((_SAID_AFTER.match(after) and re.search(r",\s*(?:the\s+)?$", before))
                or re.search(r"\baccording to\s+(?:the\s+)?$", before, re.IGNORECASE))


# The fields that name who acts, and how the act is found, per event type: a state action's body (or its country)
# and its action's words; a purchase's acquirer and the verb its target is the object of.
ACTOR_FIELDS = {"state_action": ("body", "jurisdiction"), "acquisition": ("acquirer",)}
ACT_FIELD = {"state_action": "action", "acquisition": "target"}
# The frames of an attempt (a purchase only tried, sought or wanted; "agreed to" and "will" stay a commitment)
ATTEMPTS = frozenset("try seek attempt aim hope want wish bid push look consider weigh mull plot scramble race "
                     "strive struggle fail refuse decline threaten plan propose".split())


def event_reading(e: Any, sentence: str, subject: str) -> tuple[str, str]:
    """``reading`` of a ledger event ``e`` told by ``sentence`` with ``subject`` as who acts (a claim's subject):
    the actor's words are those of the event's actor field with that value stated in the sentence, the act's those
    of its act field there; (UNKNOWN, "") for another type or when the sentence states neither."""
    names = ACTOR_FIELDS.get(e.type)
    if not names or not subject:
        return UNKNOWN, ""
    actor = next((f.text for f in e.fields if f.name in names and f.sentence == sentence and f.text and
                  (str(f.value) == subject or f.text == subject or subject.endswith(f.text))), "")
    act = next((f.text for f in e.fields if f.name == ACT_FIELD[e.type] and f.sentence == sentence and f.text), "")
    return reading(sentence, actor or subject, act)
