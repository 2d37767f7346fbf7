"""A state action's clause as its statement's main clause tells it (issue 12; split from ``claims_states`` in
signals26, so that ``clause`` and ``claims_states`` both read it without importing each other): "China suspends
imports of chicken from all of Brazil", "India's Ministry of Electronics and Information Technology releases draft
amendments to the IT Rules". The rules (subject, verb, object) are ``claims_states``' module text."""
from __future__ import annotations

import re
from typing import Sequence

from topline.records import Event
from topline.write.offline.agreement import agree

# A decision's verbs, past -> present (the verbs a state action's statement tells it done with; the present forms
# are claim verbs of ``claims.is_claim``)
STATE_VERBS = {
    "approved": "approves", "cleared": "clears", "authorised": "authorises", "authorized": "authorizes",
    "rejected": "rejects", "suspended": "suspends", "revoked": "revokes", "fined": "fines", "banned": "bans",
    "prohibited": "prohibits", "released": "releases", "imposed": "imposes", "cut": "cuts", "lowered": "lowers",
    "raised": "raises", "adopted": "adopts", "passed": "passes", "ordered": "orders", "issued": "issues",
    "extended": "extends", "lifted": "lifts", "blocked": "blocks", "awarded": "awards", "signed": "signs",
    "tightened": "tightens", "eased": "eases", "halted": "halts", "sued": "sues", "charged": "charges",
    "launched": "launches", "opened": "opens", "unveiled": "unveils", "introduced": "introduces",
    "granted": "grants", "confirmed": "confirms", "finalized": "finalizes", "finalised": "finalises",
    "offered": "offers",
    # signals25: a rule's own verbs, for a move to regulate told without its object (``clause.clause``)
    "published": "publishes", "proposed": "proposes",
    # signals26: a rule made law by its publication in the official gazette ("India's IT ministry on Tuesday notified
    # amendments to the IT Rules ...": cal-ai2's Policy page had kept its claim only through "moves to regulate")
    "notified": "notifies",
}
STATE_PRESENT = tuple(sorted(set(STATE_VERBS.values()) | {"rules", "decides", "votes to"}))   # and THAT_VERBS' (below)
OBJECT_WORDS = 10     # an object longer than this is cut at its first preposition after it, or left (no clause)

_WEEKDAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# A decision told by what it decides (signals26): "ruled that X must stop using Y" is the act's own clause; the verb
# takes a that-clause, never a noun object ("ruled in favour of ..." makes none). eval-space's Radio Regulations Board
# "ruled Jan. 27 that Sahra Space must stop using disputed Ku-band frequencies" had been titled "moves to regulate".
THAT_VERBS = {"ruled": "rules", "decided": "decides"}
_THAT = re.compile(r"(?:(?:on\s+)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|" + _WEEKDAYS + r")\s+)?that\s+")
# what may stand between the subject and its verb: an adverbial of the day, a perfect's auxiliary, "said it had"
_BETWEEN = re.compile(rf"^(?:,?\s*(?:on|late on|early on|late|early)\s+{_WEEKDAYS},?|\s*(?:has|have|had)|"
                      rf"\s+said(?:\s+on\s+{_WEEKDAYS})?(?:\s+that)?\s+(?:it|they)\s+(?:had|has|have))*\s+")
# where a dateline ends ("BONN, June 11 (Reuters) - ", "TOKYO - "): what may stand before the subject
_DATELINE = re.compile(r"^(?:[A-Z][A-Z .,'-]*(?:,\s+\w+\s+\d+)?\s*(?:\([^)]*\))?\s*[-\u2013\u2014]{1,2}\s*)?"
                       r"(?:The\s+|the\s+)?$")
# what ends an object: a comma or a parenthesis, an adverbial of time, cause or manner, a relative clause
_OBJECT_END = re.compile(rf"\s*(?:,(?!\d)|[;:(])|\s+(?:this|late|early)\s+(?:morning|afternoon|evening)\b|\s+(?:today|yesterday|overnight(?!\s+[a-z]))\b|\s+(?:on|by|from)\s+(?:{_WEEKDAYS}|[A-Z][a-z]+ \d)|\s+(?:after|as|amid|"
                         rf"because|following|while|which|that|who|saying|citing|in a move|in an effort|"
                         rf"to help|to curb|to cool|to protect|ahead of|until|through|effective)\b|\s+(?:late\s+|early\s+)?{_WEEKDAYS}\b")
_AFTER_VERB_DAY = re.compile(rf"^(?:late |early )?on {_WEEKDAYS}(?: (?:morning|afternoon|evening|night))?,?\s+(?=[a-z])")
_DEFINED = re.compile(r"\b(?:first|only|last|sole|sole|[a-z]{3,}est)\b", re.IGNORECASE)   # an ordinal or superlative
_LIST_GOES_ON = re.compile(r"\s*,\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?,?\s+(?:and|or)\s+[a-z]")
_BAD_END = re.compile(r"\b(?:of|to|for|in|on|at|by|with|from|and|or|the|a|an|its|their|his|her|than|into|"
                      r"under|over|about|between|per)$", re.IGNORECASE)
_NEGATED = re.compile(r"\b(?:not|never|no longer)\b", re.IGNORECASE)


def _subjects(e: Event, sentence: str):  # noqa: ANN202 - Iterator[tuple[str, str]]
    """Each (subject, the words after it) where the event's body (or jurisdiction) of ``sentence`` is the subject of
    its main clause, with the jurisdiction or the full name it is written with ("Japan's cabinet", "The U.S. Federal
    Communications Commission", "The Regional Tripartite Wages and Productivity Board for Metro Manila")."""
    bodies = [f.text for name in ("body", "jurisdiction") for f in e.values(name) if f.sentence == sentence and f.text]
    for body in dict.fromkeys(bodies):
        for m in re.finditer(rf"(?<![\w-]){re.escape(body)}(?![\w-])", sentence):
            start = m.start()
            # the jurisdiction the body is written with ("Japan's cabinet", "Germany's Federal Cartel Office")
            owner = re.search(r"([A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})['\u2019]s\s+$", sentence[:start])
            lead_in = None
            if owner and _parent(re.sub(r"^The\s+", "", owner.group(1))):
                lead_in = sentence[:owner.start(1)]   # "The ITU's Radio Regulations Board": an organisation's own
                #   body, named alone (the checker reads no possessive acronym opening a title as the line's; signals26)
            elif owner:
                start = owner.start(1)
            else:     # a jurisdiction or the start of its full name written before it ("The U.S. Federal
                #       Communications Commission"; signals26: "Regional Tripartite Wages and | Productivity Board")
                lead = re.search(r"((?:[A-Z][\w.]*\s+(?:(?:and|of|for)\s+)?){1,4})$", sentence[:start])
                if lead and _DATELINE.match(sentence[:lead.start(1)]):
                    start = lead.start(1)
            if not _DATELINE.match(sentence[:start] if lead_in is None else lead_in):
                continue      # not the subject of the sentence's main clause
            end = m.end()
            named = _HOLDER.match(sentence, end) if _ROLE_END.search(body) else None
            if named and not re.search(rf"\b(?:{_WEEKDAYS}|[A-Z][a-z]+day)\b", named.group()):         # signals32: an office's holder named after it ("New York Governor Marisa Delaney on
                end = named.end()    # Wednesday signed a law ...", cal-ai2): the subject is the office and its holder
            subject = re.sub(r"^[Tt]he\s+", "", sentence[start:end])
            if not subject[:1].isupper():
                continue      # "the government", "the commission": no one named
            yield subject, sentence[end:]


# An office held by one person, and that person's name written right after it (two or three capitalised words, the
# last no weekday or month): "Governor Marisa Delaney", "President Ana Ruiz" (signals32)
_ROLE_END = re.compile(r"\b(?:Governor|President|Prime Minister|Minister|Mayor|Secretary|Chancellor|Premier|"
                       r"Commissioner|Attorney General)$")
_HOLDER = re.compile(r"\s+[A-Z][a-z'\u2019-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z'\u2019-]+){1,2}(?=[\s,])")


def _parent(owner: str) -> bool:
    """``owner`` is an organisation's acronym ("ITU", "WTO"), not a jurisdiction ("EU", "UK": places of the
    gazetteer)."""
    from topline.enrich.gazetteer import ALIASES

    return bool(re.fullmatch(r"[A-Z]{2,6}", owner)) and ALIASES.get(owner.lower(), ("", ""))[1] != "PLACE"


def _object(text: str) -> str:
    """The object that opens ``text`` (the words after its verb) up to ``_OBJECT_END``, at most ``OBJECT_WORDS``
    words, ending on a noun or a figure; "" when there is none."""
    # a figure's parenthesis ("210 million euros ($238 million)") is left out, not read as the end
    obj = re.sub(r"\s*\([^()]*\)", "", text)
    end = _OBJECT_END.search(obj)
    if end and re.match(r"\s+(?:that|which|who)\b", obj[end.start():]) and _DEFINED.search(obj[:end.start()]):
        return ""      # "the first U.S. exchange-traded fund | that stakes its ether holdings": the relative clause
        #                defines which first; cut, the object says another thing (signals32, eval-crypto)
    if end and re.match(r"\s+as\b", obj[end.start():]) and \
            re.fullmatch(r"(?:[A-Z][\w.'&-]*\s*)+", obj[:end.start()].strip()):
        return ""      # "confirmed Aldergrove Shipbuilding | as the builder of ...": a name's role is what is decided
        #                (signals32, eval-def's "Ministry of Defence confirms Aldergrove Shipbuilding")
    if end and _LIST_GOES_ON.match(obj, end.start()):
        return ""      # a comma inside a list of modifiers ("a ₹7,600 crore semiconductor assembly, testing and
        #                packaging plant": eval-chips' "approves a ₹7,600 crore semiconductor assembly", signals32)
    obj = (obj[:end.start()] if end else obj).strip().rstrip(".")
    words = obj.split()
    if len(words) > OBJECT_WORDS:
        # cut at the last preposition that leaves at most OBJECT_WORDS words ("a record 1.14 trillion yen
        # for space programs | in the fiscal year ...")
        cuts = [c.start() for c in re.finditer(r"\s+(?:in|for|at|with|under|over|during|across)\s+", obj)
                if len(obj[:c.start()].split()) <= OBJECT_WORDS]
        obj = obj[:cuts[-1]] if cuts else _before_participle(words)
        words = obj.split()
        if len(words) > 1 and re.search(r"[a-z]ing$", words[-1]):
            # the cut left a participle without what it governs ("draft legislation requiring crypto
            # exchanges and brokers operating | in ...", eval-crypto, signals25): the object ends before
            # the participle clause that opens it ("requiring"), a noun phrase of its own
            at = next((i for i, w in enumerate(words) if i and re.search(r"[a-z]ing$", w)
                       and not _BAD_END.search(words[i - 1])), 0)
            words = words[:at]
            obj = " ".join(words)
    if not words or len(words) > OBJECT_WORDS or _BAD_END.search(obj) or obj.lower().startswith("to "):
        return ""
    if words[0].lower() in ("it", "them", "this", "that", "these", "those"):
        return ""      # a pronoun's object says nothing on its own ("its" is the subject's own: kept)
    if re.search(r"[a-z]ed$", words[-1]):
        return ""      # "... foreign workers admitted": a participle cut from what it says
    return obj


def dated_subject(e: Event, sentence: str, weekday: str) -> bool:
    """Some subject of ``sentence``'s main clause that is the event's body is followed, before its verb, by "on
    ``weekday``" (``_BETWEEN``'s adverbial of the day; signals32)."""
    for _subject, rest in _subjects(e, sentence):
        gap = _BETWEEN.match(rest)
        if gap is not None and re.search(rf"\b{weekday}\b", gap.group()):
            return True
    return False


def state_clause(e: Event, sentence: str) -> str:
    """The state action's clause as ``sentence``'s main clause tells it ("China suspends imports of chicken from
    all of Brazil"), or "" (see the module's rules)."""
    if e.type != "state_action":
        return ""
    for subject, rest in _subjects(e, sentence):
        gap = _BETWEEN.match(rest)
        if gap is None:
            continue
        verb_m = re.match(r"([a-z]+)\s+", rest[gap.end():])
        if verb_m is not None and verb_m.group(1) in THAT_VERBS and not _NEGATED.search(rest[:gap.end()]):
            that = _THAT.match(rest[gap.end() + verb_m.end():])
            obj = _object(rest[gap.end() + verb_m.end() + that.end():]) if that else ""
            if obj and len(obj.split()) > 2:    # a clause: a subject and its verb at least
                return f"{subject} {agree(subject, f'{THAT_VERBS[verb_m.group(1)]} that {obj}')}"
            continue
        if verb_m is not None and verb_m.group(1) == "voted" and not _NEGATED.search(rest[:gap.end()]):
            # signals32: a vote told with what it decides ("Lisbon's city council voted on Monday to double the tax
            # charged to tourists", eval-travel): "votes to <verb> <object>", the object as ``_object`` reads it
            after = _AFTER_VERB_DAY.sub("", rest[gap.end() + verb_m.end():], count=1)
            to = re.match(r"to\s+([a-z]+)\s+", after)
            obj = _object(after[to.end():]) if to and not re.search(r"(?:ed|ing)$", to.group(1)) else ""
            if obj:
                return f"{subject} {agree(subject, f'votes to {to.group(1)} {obj}')}"
            continue
        if verb_m is None or verb_m.group(1) not in STATE_VERBS:
            continue
        if _NEGATED.search(rest[:gap.end()]):
            continue
        after = rest[gap.end() + verb_m.end():]
        # signals32: the day's adverbial right after the verb ("The Florence city council approved on Monday evening a
        # ban on new short-term rental licences", eval-travel) is no object: the object follows it
        after = _AFTER_VERB_DAY.sub("", after, count=1)
        obj = _object(after)
        if obj:
            present = STATE_VERBS[verb_m.group(1)]
            return f"{subject} {agree(subject, f'{present} {obj}')}"   # "Lawmakers propose rules" (signals25)
    return ""


# A move to regulate or ban told with what it regulates or bans (signals26): the act's own noun in the main clause of
# its statement, then its object, as the statement writes them: "a ban on X" / "to ban X" ("moves to ban X"), "rules on
# X" / "rules governing X" ("moves to regulate X"), "rules that would require X" / "rules requiring X" ("moves to
# require X"). The act's noun stands within MOVE_GAP_WORDS words of the subject ("is drafting rules", "is expected to
# publish rules"); a negation there ("has no plans to ban") makes none.
MOVE_GAP_WORDS = 6
_MOVE_OBJECT = {
    "ban": re.compile(r"\b(?:bans?\s+(?:on|of)|to\s+ban|would\s+ban|banning)\s+"),
    "rule": re.compile(r"\b(?:rules?|regulations?|guidelines)\s+(?:on|for|governing|covering)\s+"),
    # signals28: a law's own object ("legislation on X", "a bill governing X"): "moves to legislate on X"
    "law": re.compile(r"\b(?:legislation|bills?|laws?)\s+(?:on|governing|covering)\s+"),
}
_MOVE_VERBS = {"ban": "ban", "rule": "regulate", "law": "legislate on"}
_MOVE_VERB = re.compile(r"\b(?:rules?|regulations?|guidelines|legislation|bills?|laws?)\s+(?:(?:that|which)\s+would\s+(?P<v>require|ban|bar|"
                        r"force|limit|cap|restrict|oblige|regulate)|(?P<ing>requiring|banning|barring|forcing|limiting|capping|"
                        r"restricting|obliging|regulating))\s+")
_ING = {"requiring": "require", "banning": "ban", "barring": "bar", "forcing": "force", "limiting": "limit",
        "capping": "cap", "restricting": "restrict", "obliging": "oblige",
        # signals28: "gave final approval to a bill regulating AI companion chatbots" (cal-ai's California Senate)
        "regulating": "regulate"}
# the day's adverbial is no word between the subject and its act ("on Tuesday gave final approval to a bill ...")
_DAY_ADVERBIAL = re.compile(rf"\b(?:on|late|early|late on|early on)\s+{_WEEKDAYS}\b,?")


def move_clause(e: Event, sentence: str, action: str) -> str:
    """A move to regulate or ban (``action`` "rule" or "ban") with its object as ``sentence``'s main clause tells it
    ("China's Ministry of Commerce moves to require export licences for port cranes"), or "" (no object read)."""
    if e.type != "state_action" or action not in _MOVE_OBJECT:
        return ""
    for subject, rest in _subjects(e, sentence):
        found = [(m, _MOVE_VERBS[action]) for m in [_MOVE_OBJECT[action].search(rest)] if m]
        v = _MOVE_VERB.search(rest) if action in ("rule", "law") else None
        if v:
            found.append((v, v.group("v") or _ING[v.group("ing")]))
        for m, verb in sorted(found, key=lambda x: x[0].start()):
            before = rest[:m.start()]
            if len(_DAY_ADVERBIAL.sub("", before).split()) > MOVE_GAP_WORDS or _NEGATED.search(before) or \
                    re.search(r"\b(?:no|without)\b|[,;:(]", before):
                continue      # not the main clause's act, or one denied
            obj = _object(rest[m.end():])
            if obj:
                return f"{subject} {agree(subject, f'moves to {verb} {obj}')}"
    return ""


def _before_participle(words: Sequence[str]) -> str:
    """A long object with no preposition to cut it at, ended before the participle clause that follows its noun
    ("rules | requiring U.S. companies to obtain licenses before selling ...": signals25), or "" when none does."""
    # the participle is written in lower case ("Beijing" is none); the noun before it may be a name's ("the IT Rules |
    # requiring ...", signals26; it had to be lower case before)
    at = next((i for i, w in enumerate(words) if i and re.fullmatch(r"[a-z]+ing", w) and not _BAD_END.search(words[i - 1])),
              0)
    return " ".join(words[:at]) if 0 < at <= OBJECT_WORDS else ""


__all__ = ["dated_subject", "move_clause", "state_clause", "STATE_VERBS", "STATE_PRESENT", "OBJECT_WORDS"]
