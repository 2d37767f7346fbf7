"""Acts of governments, legislatures and courts the action tables do not name, read by grammar (issue 12, events26).

The state-action rule (``state_action._state_action``) knows fines, probes, bans, tariffs, rules, laws and subsidies
by their words. The acts of politics are told by their verbs instead, and who does them is the verb's subject:
"Peru's Congress removed President X from office", "The Senate confirmed Y as finance minister", "Belarus expelled a
Polish diplomat", "The General Court annulled sanctions on Z", "President X nominated Y as prime minister", "The
Treasury designated three vessels", "The Commerce Department added 27 companies to its trade blacklist". This rule
reads them from the spaCy dependency parse (``topline.check.parse``, the ``[parse]`` extra; without it, no event, as
before): a verb of such an act (``_ACT_LEMMAS``) whose subject (``agency._agent``: the subject, the agent of a
passive, or the subject of the verb controlling it) is a public body, a country or a head of state or government;
the body is that subject (its country, named as its owner or by the state-action rule's jurisdiction reading, is the
jurisdiction), the target the verb's object. Only for sentences the state-action rule reads no act in.
"""

from __future__ import annotations

import re
from typing import Any

from topline.enrich.entities import canonical_entity
from topline.events.agency import _agent, _doc, _undone
from topline.events.clauses import Context, background
from topline.events.spans import _DATELINE, _JURISDICTION_ADJ, Fig, Raw, Span, _field, _gov, _places
from topline.events.state import _jurisdiction
from topline.events.state_action import _state_action
from topline.events.votes import voted_act
from topline.patterns import compiled

# The verbs of political and judicial acts, by the action the ledger files them under (the golds' own filing: a
# sanction or a listing restricts trade, a ban; an enactment is a law)
_ACT_LEMMAS = {
    "other": frozenset("""remove oust impeach dismiss sack fire relieve appoint nominate confirm elect expel release
free dissolve condemn annul overturn uphold veto pardon extradite recognise recognize summon recall reject
suspend strike declare award grant issue select""".split()),
    "ban": frozenset("sanction designate blacklist freeze embargo".split()),
    "law": frozenset("enact ratify".split()),
}
_ANY_ACT = frozenset().union(*_ACT_LEMMAS.values()) | {"add", "call", "adopt", "pass"}
# A cheap look before any parse: one of the verbs' forms
_ACT_WORD = re.compile(r"\b(?:remov|oust|impeach|dismiss|sack|fired|relieve|appoint|nominat|confirm|elect|expel|"
                       r"releas|freed|dissolv|condemn|annul|overturn|uph[eo]ld|veto|pardon|extradit|recogni|summon|"
                       r"recall|reject|suspend|str(?:uck|ike)|sanction|designat|blacklist|fr[eo]?ez|embargo|enact|"
                       r"ratif|added|adds|call|adopt|pass|declar)\w*", re.IGNORECASE)
# events33's four verbs give an act only with a licence, a contract, a permit ... (``_GRANTED``) in their object or
# prepositions, words of the sentence: one without such a word is parsed for them no more (scale31: 659 of the 10k
# input's 6,000 ledger parses, 56 of its 662 in the kinds, none of which gave an act). The forms of the other act verbs that ``_ACT_WORD`` does
# not match ("fire", "frees", "adding", "relieving", "striking") still open the parse beside them, as "issued" did.
_GRANT_WORD = re.compile(r"\b(?:award|grant|issu|select)\w*", re.IGNORECASE)
_OTHER_FORM = re.compile(r"\b(?:fire|fires|firing|free|frees|freeing|add|adding|relieving|striking)\b", re.IGNORECASE)
# Words the cheap look matches that are no form of an act verb (scale31, counted on the 28 calibration corpora and the
# 10k input: "election", "electric", "electronics", "passenger", "striker" opened ~1,200 of the 10k input's 5,300
# parses, none of which gave an act); a sentence whose only matches they are is parsed as one with a grant verb.
_NOT_A_VERB = re.compile(r"(?:electr\w*|elections?|electoral\w*|electorates?|passeng\w*|passports?|passwords?|"
                         r"passages?|strikers?|callers?)", re.IGNORECASE)
# Who may do them: a legislature, a court, a government or its parts (``spans._gov``), a head of state or government
_HEAD = re.compile(r"^(?:President|Prime Minister|Premier|Chancellor|King|Queen|Emperor|Governor|Minister)\b")
_LIST_NOUN = re.compile(r"\b(?:blacklist|entity list|list|sanctions list)\b", re.IGNORECASE)
_ELECTION = re.compile(r"\b(?:election|elections|referendum|vote)\b", re.IGNORECASE)
_LAW_NOUN = re.compile(r"\b(?:bill|law|budget|act|amendments?|legislation|treaty)\b", re.IGNORECASE)
# What a public body awards, grants, issues or selects a firm for that is an act of state (events33, read on the state
# misses of eval-games, eval-travel, eval-space, eval-crypto, eval-fin, eval-geo, eval-prop: a licence, a concession,
# a contract, a permit), in its object or its prepositions ("granted online sports betting licenses to nine
# operators", "issued X with a launch operator licence", "selected X and Y for contracts worth ..."); not a statement,
# a warning, guidance or bonds it issues
_GRANTED = re.compile(r"\b(?:licen[cs]es?|concessions?|contracts?|permits?|authori[sz]ations?|franchises?)\b",
                      re.IGNORECASE)
TARGET_WORDS = 10   # the object's words kept at most (a list of names and their descriptions runs on)
# What a government declares that is an act of state (events30, read on eval-clim, eval-agri, eval-geo): an
# emergency, a disaster or a zone under special rules, told by the object's own words ("a state of natural
# disaster", "a phytosanitary emergency", "a water scarcity zone"); not a result, a dividend or a war of words
_DECLARED = re.compile(r"\b(?:emergency|emergencies|disaster|disasters|zone|zones|state of [\w-]+)\b", re.IGNORECASE)


def state_action_or_act(s: str, spans: list[Span], figs: list[Fig], ctx: Context | None = None) -> Raw | None:
    """The state-action rule's act, else a political act read by grammar (``political_act``); none when the act's
    verb is done by a firm (``firms_act``)."""
    raw = _state_action(s, spans, figs, ctx)
    if raw is not None and firms_act(s, raw):
        raw = None
    return raw or voted_act(s, spans, ctx) or political_act(s, ctx)   # a vote to act (events38, ``votes``)


# The common nouns a firm is told by: the subject of an act's verb that is no state's ("The tribunal found that the
# company controlled the couriers' work ... and penalised them": the company penalised, no fine of the tribunal)
_FIRM_NOUNS = frozenset("""company companies firm firms employer employers operator operators app platform platforms
group startup start-up retailer retailers maker makers developer developers insurer insurers carrier carriers
contractor contractors supplier suppliers""".split())


def firms_act(s: str, raw: Raw) -> bool:
    """The action's words of ``raw`` are a verb ("penalised", "banned", "fined") whose subject (``agency._agent``) is
    a firm told in common words ("the company"), not the body (events27, read on eval-work: a tribunal's finding that
    "the company ... penalised them" had been the tribunal's fine). Needs the parse; False without it."""
    word = next((t for n, _, t in raw.fields if n == "action"), "")
    if not word or " " in word or not may_name_firm(s):
        return False
    from topline.check.parse import _nlp   # the checker's pipeline, loaded once; None without the extra

    nlp = _nlp()
    if nlp is None:
        return False
    dateline = _DATELINE.match(s)
    text = s[dateline.end():] if dateline else s
    at = compiled(rf"(?<![\w-]){re.escape(word)}(?![\w-])").search(text)
    if at is None:
        return False
    v = next((t for t in _doc(nlp, text) if t.idx == at.start()), None)
    if v is None or v.pos_ != "VERB":
        return False
    who = _agent(v)
    return who is not None and who.pos_ == "NOUN" and who.lower_ in _FIRM_NOUNS


def may_name_firm(s: str) -> bool:
    """Whether ``s`` can hold the subject ``firms_act`` looks for: one of ``_FIRM_NOUNS`` inside its lower-cased text.
    The subject is a token of ``s`` whose lower-cased text is such a noun, and a token's text lower-cased lies inside
    the lower-cased sentence, so a sentence that fails this test never gives True; it is decided before the parse,
    the rule's cost (issue 14, speed35: 182 of the 254 calls hold none, over the ledger's statements of the first day
    of the 100k input's candidate stories and the kinds of event of its stories' first articles)."""
    low = s.lower()
    return any(w in low for w in _FIRM_NOUNS)


def political_act(s: str, ctx: Context | None = None) -> Raw | None:
    """The first act of ``s`` (see the module's docstring) as a state action, or None."""
    dateline = _DATELINE.match(s)
    s = s[dateline.end():] if dateline else s     # "LIMA, Dec 22 (Reuters) - ": no part of the clause
    if not parse_worth(s):
        return None
    from topline.check.parse import _nlp   # the checker's pipeline, loaded once; None without the extra

    nlp = _nlp()
    if nlp is None:
        return None
    doc = _doc(nlp, s)
    for v in doc:
        if v.pos_ != "VERB" or v.lemma_.lower() not in _ANY_ACT or any(c.dep_ == "neg" for c in v.children):
            continue
        action = _action(v)
        if action is None or _undone(v) or not _main(v) or _yet(v) or \
                background(s, re.compile(re.escape(v.text)).match(s, v.idx), ctx):
            continue
        who = _agent(v)
        if who is None:
            continue
        body = _public(who)
        if body is None:
            continue
        return _raw(s, v, who, body, action)
    return None


def parse_worth(s: str) -> bool:
    """Whether ``s`` (its dateline off) may give ``political_act`` an act: a form of one of its verbs (not a noun the
    cheap look also matches, ``_NOT_A_VERB``), events33's four only beside a thing of state they award (``_GRANTED``).
    Decided before the parse, which is the rule's cost; a sentence main parsed for a word it skips now is still parsed
    when it holds an act verb's form the cheap look misses (``_OTHER_FORM``), as main read those beside it."""
    words = [m.group(0) for m in _ACT_WORD.finditer(s)]
    if any(not _NOT_A_VERB.fullmatch(w) for w in words):
        return True
    grant = _GRANT_WORD.search(s)
    if not (words or grant):
        return False
    return bool((grant and _GRANTED.search(s)) or _OTHER_FORM.search(s))


def _main(v: Any) -> bool:
    """The act is what the sentence tells, not an act asked for, allowed or referred to ("calls for the Commission to
    release money", "which lets the EU suspend tariff cuts"): the verb is the main one, joined to it, what a speaker
    says, or what a house voted to do."""
    t, seen = v, 0
    while seen < 6:
        if t.dep_ == "ROOT":
            return True
        if t.dep_ == "conj" or (t.dep_ == "ccomp" and t.head.lemma_.lower() in ("say", "announce", "tell")) or \
                (t.dep_ == "xcomp" and t.head.lemma_.lower() == "vote"):
            t, seen = t.head, seen + 1
            continue
        return False
    return False


def _yet(v: Any) -> bool:
    """"has yet to pass": not done."""
    return any(c.lower_ == "yet" for a in [v, v.head] for c in a.children)


# Acts on a person (removing, naming, expelling one): the object is a name or a role, not a thing ("removing a
# supplier", "confirmed a case of avian influenza", "confirmed receipt of the complaint")
_ON_PERSON = frozenset("remove oust impeach dismiss sack fire relieve appoint nominate confirm elect expel pardon "
                       "extradite summon recall".split())
_ROLE = re.compile(r"\b(?:president|minister|governor|chief|official|officials|ambassador|envoy|diplomats?|judge|"
                   r"justice|head|leader|commander|general|secretary|chair(?:man|woman)?|director|premier|"
                   r"chancellor|mayor|spokes(?:man|woman|person))\b", re.IGNORECASE)


def _action(v: Any) -> str | None:
    """The ledger's action for act verb ``v`` with its object, or None when the verb tells no act of state."""
    lem = v.lemma_.lower()
    obj = next((c for c in v.children if c.dep_ in ("dobj", "nsubjpass")), None)
    obj_text = " ".join(t.text for t in obj.subtree) if obj is not None else ""
    preps = " ".join(t.text for c in v.children if c.dep_ == "prep" for t in c.subtree)
    if lem == "add":
        return "ban" if _LIST_NOUN.search(preps) else None        # "added 27 companies to its trade blacklist"
    if lem == "call":
        return "other" if _ELECTION.search(obj_text) else None    # "called a snap general election"
    if lem in ("adopt", "pass"):
        if re.search(r"\bsanctions?\b", obj_text, re.IGNORECASE):
            return "ban"                                           # "adopted the 22nd package of sanctions"
        return "law" if _LAW_NOUN.search(obj_text) else None
    if lem == "declare":     # "declared a state of natural disaster", "a water scarcity zone" (events30)
        return "other" if obj is not None and _DECLARED.search(obj_text) and obj.dep_ == "dobj" else None
    if lem in ("award", "grant", "issue", "select"):   # events33
        if v.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "had" for c in v.children):
            return None   # "was now awarding mostly ... contracts" (a practice), "had issued the licence" (recalled)
        dative = " ".join(t.text for c in v.children if c.dep_ in ("dative", "dobj", "nsubjpass") for t in c.subtree)
        return "other" if _GRANTED.search(" ".join((obj_text, preps, dative))) else None
    if lem in ("strike",):
        return "other" if any(c.dep_ == "prt" and c.lower_ == "down" for c in v.children) else None
    if obj is None and lem not in ("condemn",):
        return None     # "the court suspended" with nothing suspended, "Ministers confirmed" (that ...): no act
    if lem in _ON_PERSON and obj is not None and not (obj.pos_ == "PROPN" or _ROLE.search(obj_text)):
        return None
    return next((a for a, lems in _ACT_LEMMAS.items() if lem in lems), None)


def _public(who: Any) -> tuple[str, int, int, str] | None:
    """(body words, start, end, jurisdiction from an owner) when subject ``who`` is a public body, a country or a head
    of state or government; None otherwise. The words are the subject's compound name without determiners and
    without a possessive owner ("Peru's Congress" -> "Congress", owner Peru)."""
    toks = [t for t in who.subtree if t.i <= who.i and t.dep_ not in ("det", "punct")]
    owner = next((t for t in who.children if t.dep_ == "poss"), None)
    if owner is not None:
        own = {t.i for t in owner.subtree}
        toks = [t for t in toks if t.i not in own]
    toks = sorted((t for t in toks if t.dep_ in ("compound", "amod", "flat", "nmod") or t.i == who.i), key=lambda t: t.i)
    block: list[Any] = []
    for t in reversed(toks):        # the words right before the head, with no gap
        if block and t.i != block[0].i - 1:
            break
        block.insert(0, t)
    sub = {t.i: t for t in who.subtree}
    nxt, tail = who.i + 1, []       # a name runs on after its head ("Congress of Deputies", "Ministry of Commerce")
    while nxt in sub and (sub[nxt].lower_ == "of" or (sub[nxt].text[:1].isupper() and
                                                      sub[nxt].dep_ in ("pobj", "compound", "flat"))):
        tail.append(sub[nxt])
        nxt += 1
    while tail and tail[-1].lower_ == "of":
        tail.pop()
    run = block + tail
    if not run:
        return None
    start, end = run[0].idx, run[-1].idx + len(run[-1].text)
    text = who.doc.text[start:end]
    jur = ""
    if owner is not None:
        o = owner.text
        jur = _JURISDICTION_ADJ.get(o.lower(), o) if (o.lower() in _JURISDICTION_ADJ or _country(o)) else ""
    if _gov(text) or _HEAD.match(text):
        return text, start, end, jur
    if who.pos_ == "PROPN" and _country(text):
        return "", start, end, text      # "Belarus expelled a Polish diplomat": the country acts
    if who.pos_ == "PROPN" and any(c.dep_ == "appos" and _gov(" ".join(t.text for t in c.subtree)) for c in who.children):
        return text, start, end, jur     # "Agrocalidad, the plant health agency, declared": named a body (events30)
    return None


def _country(text: str) -> bool:
    from topline.enrich.gazetteer import ALIASES
    return text[:1].isupper() and (ALIASES.get(text.lower(), ("", ""))[1] == "PLACE" or
                                   any(p.text == text for p in _places(text)))


def nation(text: str) -> bool:
    """``text`` names a country or a people ("Moldova", "Chinese", "Moldovans"): no company a deal can buy (events26;
    eval-geo's "agrees to buy Moldova")."""
    low = text.lower()
    return _country(text) or low in _JURISDICTION_ADJ or (low.endswith("ns") and low[:-1] in _JURISDICTION_ADJ)


def _raw(s: str, v: Any, who: Any, body: tuple[str, int, int, str], action: str) -> Raw:
    text, start, end, owner = body
    fields = []
    if owner:
        fields.append(_field("jurisdiction", _JURISDICTION_ADJ.get(owner.lower(), owner), owner if owner in s else text))
    elif text:
        jur = _jurisdiction(s, Span(text, start, end))
        if jur:
            fields.append(_field("jurisdiction", jur[0], jur[1]))
    if text:
        fields.append(_field("body", text, text))
    fields.append(_field("action", action, v.text))
    target = _declared(v) if v.lemma_.lower() == "declare" else _target(v)
    if target:
        fields.append(_field("target", target, target))
    key = canonical_entity(text) if text else owner.lower()
    return Raw("state_action", tuple(fields), f"{key}|{action}")


def _target(v: Any) -> str:
    """The words of the verb's object, up to a clause or list break and at most ``TARGET_WORDS`` words."""
    obj = next((c for c in v.children if c.dep_ == "dobj"), None)
    if obj is None:
        return ""
    toks = []
    for t in obj.subtree:
        if t.dep_ in ("relcl", "acl", "appos") or (t.dep_ == "punct" and t.i > obj.i) or \
                any(a.dep_ in ("relcl", "acl", "appos") and a.i != obj.i for a in t.ancestors if a.i in
                    {x.i for x in obj.subtree}):
            if t.i > obj.i:
                break
            continue
        toks.append(t)
    if not toks or len(toks) > TARGET_WORDS:
        return ""
    return v.doc.text[toks[0].idx:toks[-1].idx + len(toks[-1].text)]


def _declared(v: Any) -> str:
    """What ``v`` declares: its object's words without the determiner, up to a preposition other than "of" ("a state
    of natural disaster in 212 towns" -> "state of natural disaster"; "a 30-day state of emergency")."""
    obj = next((c for c in v.children if c.dep_ == "dobj"), None)
    if obj is None:
        return ""
    toks = [t for t in obj.subtree if t.dep_ != "det" and not (t.i < obj.i and t.dep_ == "punct")]
    out = []
    for t in toks:
        if t.i > obj.i and ((t.pos_ == "ADP" and t.lower_ != "of") or t.dep_ in ("punct", "relcl", "acl", "cc")):
            break
        out.append(t)
    if not out or len(out) > TARGET_WORDS:
        return ""
    return v.doc.text[out[0].idx:out[-1].idx + len(out[-1].text)]
