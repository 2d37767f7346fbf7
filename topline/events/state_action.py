"""The state-action rule: a public body acting (its jurisdiction, the body, the action, the target), read from one
sentence. Split from ``extract`` (issue 12, thirteenth pass: extract.py had reached the size the developers' guide
allows); the tables of action words and state verbs and the jurisdiction helper are in ``state``.
"""
from __future__ import annotations

import re

from topline.enrich.entities import canonical_entity
from topline.events.clauses import Context, background
from topline.events.spans import (_GOVERNMENT, _GOVERNMENT_CASED, _JURISDICTION_ADJ, _NOT_NAME, _TITLE_WORD, Fig, Raw,
                                  Span, _after, _field, _gov, _places)
from topline.events.banned import banned_object
from topline.events.ratings import rating_action
from topline.events.reviews import own_verb
from topline.events.subsidies import MONEY_IN, recipient
from topline.events.state import _ACTIONS, _STATE_VERB, STATE_GAP, _jurisdiction, _not_an_act


_MONEY_IN = re.compile(MONEY_IN)


# A body that is asked, urged or lobbied (the object of someone else's verb) is not the one acting (seventh pass).
_ADDRESSED = re.compile(r"\b(?:asked|asks|asking|urged|urges|urging|called on|calls on|calling on|lobbied|lobbying|"
                        r"pressed|pressing|petitioned|wrote to|appealed to)\s+(?:the\s+)?$", re.IGNORECASE)
# A court or judge: its "ruled" is a decision in a case (within this many characters before the word).
_COURT = re.compile(r"\b(?:court|courts|judge|judges|justice|justices|tribunal)\b", re.IGNORECASE)
COURT_GAP = 40


# A parliament passing a budget makes a law (the golds' rule, read on eval-macro; a government approving its draft
# budget, a committee approving purchases, stays "other"): the house in the words before the verb, the budget after it.
_BUDGET_PASSED = re.compile(r"(?:approved|approves)\s+(?:the |its |a |an )?(?:\d{4}(?:-\d{2,4})? )?(?:[a-z]+ ){0,2}"
                            r"budgets?\b(?! (?:plan|plans|proposal|proposals|draft|committee|framework)\b)", re.I)
_LEGISLATURE = re.compile(r"\b(?:parliament|bundestag|national assembly|congress|senate|lower house|upper house|"
                          r"lawmakers|legislature|legislators|house of representatives|house of commons|diet|sejm|"
                          r"duma|knesset|lok sabha)\b(?![\w\s]{0,20}\bcommittee\b)", re.I)


# The owner set right before a state's own body told in common words ("Bolivia's central bank", "Ghana's finance
# ministry"): its jurisdiction when no place list knows the owner (events23, read on eval-macro). Only the heads a
# company has none of; one capitalised word, not a sentence's first word of a clause ("The", "Its").
_OWNER_OF_BODY = re.compile(r"(?<![\w.'\u2019-])(?!(?:The|Its|Their|This|That|It)\b)([A-Z][a-z]{2,})['\u2019]s\s+"
                            r"(?:[a-z]+\s+)?$")
_STATE_HEAD = r"(?:central bank|parliament|cabinet|treasury|finance ministry|ministry|government)$"
# ... acting right after ("Poland's government approved", "Ghana's parliament on Wednesday approved"), not a head of a
# compound ("Microsoft's government cloud unit")
_ACTS_AFTER = re.compile(r"\s+(?:[a-z]+ed\b|[a-z]+ly\b|on\b|has\b|have\b|will\b|is\b|was\b|said\b|says\b|also\b)|,")


# Auxiliaries and copulas: a noun phrase (an action's target) ends before them ("whether X is being dumped").
_AUX = r"is|are|was|were|be|been|being|has|have|had|will|would|could|can|may|might|should|must|do|does|did"


DESCRIPTOR_WORDS = 3     # common words between the verb and the name it acts on ("fined fibre network operator
                         # Fibralis"; two until the thirteenth pass, "fined generics maker Astrava Generics")


# The firms a body acts on, named as a class in common words (thirteenth pass, read on eval-agri, eval-mob, eval-ai3,
# cal-ai2, eval-tmt): "fined three dairy processors a total of", "asked banks to review", "ordered railways to cut",
# "barring carmakers from describing", "rules requiring social media platforms and AI services to label", "has
# written to payments and e-money firms asking", "issued legal notices to five AI companion app providers". The noun
# phrase follows a verb of acting on someone (or "to" after notices or letters), ends in a plural noun and is closed
# by "to", "from", a preposition, a participle of asking or a clause break; a name there is read by the rules above.
_ACTS_ON = re.compile(r"\b(?:(?P<fine>fined|fines)|(?P<to>ordered|orders|ordering|asked|asks|asking|directed|directs|"
                      r"instructed|instructs|required|requires|requiring|forced|forces|forcing)|"
                      r"(?P<from>barred|bars|barring)|"
                      r"(?P<any>wrote to|written to|writing to|(?:notices|letters|orders|warnings|questionnaires) to|"
                      # money paid out to a class ("will pay €400 million to wine growers who agree to ...")
                      r"(?:(?:million|billion|bn|m)(?: [a-z]+)?|payments|grants|loans|aid|compensation) (?:to|for)))\s+"
                      r"(?:all\s+|the\s+)?")
# what closes the class after each kind of verb: the act asked of it ("asked banks to review", not "requiring
# licences for exports"), the thing it is barred from, the fine's sum or reason
_CLOSE = {"fine": r"a total|a combined|for|over|after", "to": r"to", "from": r"from",
          "any": r"to|from|for|over|after|asking|requiring|who|that|which"}
_QUANTITY = r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens of|hundreds of|some|several|about|" \
            r"around|more than|at least|nearly|all)\s+"
_NP_WORD = r"(?!(?:to|from|of|for|in|on|at|by|with|over|into|a|an|the|its|their|that|which|who|and|or|" + _AUX + \
           r")\b)(?!\d)[\w'\u2019-]+\s+"
_NP = rf"(?:{_QUANTITY}){{0,2}}(?:{_NP_WORD}){{0,4}}?[a-z][\w-]*[a-rt-z]s\b" \
      rf"(?:\s+and\s+(?:{_NP_WORD}){{0,3}}?[a-z][\w-]*[a-rt-z]s\b)?"
_CLASS_NP = {kind: re.compile(_NP + rf"(?=\s+(?:{close})\b" + (r"|\s*[,.;])" if kind in ("fine", "any") else ")"))
             for kind, close in _CLOSE.items()}
CONTRACT_GAP = 80       # characters from "signed" to the supplier after "with" ("signed a $2.1 billion contract with
                        # South Korea's Daejin Land Systems"; fourteenth pass, read on eval-def)
CLASS_BEFORE_TRIGGER = 2 * STATE_GAP   # characters before the action word where its verb may stand ("fined" is the
                                      # trigger; "has sent letters to ..., opening an inquiry": the verb before)


def acted_on_class(s: str, start: int) -> Span | None:
    """The class of firms a body acts on, as written after its verb (``_ACTS_ON``), from ``start`` on; None when the
    object is a name, a sum or something else."""
    for v in _ACTS_ON.finditer(s, start):
        kind = next(k for k, x in v.groupdict().items() if x)
        np_ = _CLASS_NP[kind].match(s, v.end())
        if np_:
            return Span(np_.group(0), np_.start(), np_.end())
    return None


def _state_action(s: str, spans: list[Span], figs: list[Fig], ctx: Context | None = None) -> Raw | None:
    """A public body acting: the body (or its country) before a state verb, the action word after it or the verb
    itself ("fined", "banned"), close together; a sentence that only mentions rules or a body is not an action."""
    rated = rating_action(s)     # "Fitch Ratings downgraded Romania to BB+" (events23)
    if rated is not None:
        return rated
    body = next((x for x in spans if _gov(x.text) and x.text != "EU" and
                 (not _TITLE_WORD.search(x.text) or re.search(r"['\u2019]s (?:Office|Department|Bureau)$", x.text))
                 and not re.search(r"\b(?:Bill|Act|Law)\b", x.text)), None)   # "Senate Bill 6" is a law
    gov_word = _gov(s)
    if gov_word is None:
        return None
    if body is None:   # "the French telecoms regulator Arcep has fined": the name set after the common noun is the
        # body (thirteenth pass, read on eval-tmt; "financial regulator BaFin", "aviation safety regulator EASA")
        body = next((x for x in spans if x.start == gov_word.end() + 1 and s[gov_word.end()] == " " and
                     len(x.text.split()) == 1 and not _gov(x.text) and x.text not in _places(s)
                     and x.text.lower() not in _JURISDICTION_ADJ), None)
    # who acts: the body, or a country or nationality ("Germany will impose tariffs ..., the ministry said")
    anchors = [(m.start(), m.end()) for m in (_GOVERNMENT.finditer(s), _GOVERNMENT_CASED.finditer(s))
               for m in m] + [(p.start, p.end) for p in _places(s)] + \
        [(m.start(), m.end()) for m in re.finditer(r"\b[A-Z][\w.]*", s) if m.group(0).lower().rstrip(".") in
         _JURISDICTION_ADJ or m.group(0) == "U.S."]
    action, trigger = None, None
    for name, rx in _ACTIONS:
        for m in rx.finditer(s):
            if _not_an_act(s, m):
                continue
            near = [a for a in anchors if a[1] <= m.start() and m.start() - a[1] <= 2 * STATE_GAP]
            verbs = [v for v in _STATE_VERB.finditer(s) for a in near
                     if a[1] <= v.start() <= m.start() and m.start() - v.end() <= STATE_GAP and
                     v.start() - a[1] <= STATE_GAP]
            if verbs or (near and (m.group(0).lower().endswith("ed") or own_verb(m.group(0)))):   # events38
                action, trigger = name, m
                break
        if action:
            break
    # "approved €2.9 billion in state aid ...": a sum's kind of money is the verb's phrase; the verb tells when
    # (events30: a time told late in the sentence is the verb's clause's only when near the verb)
    told = next((v for v in verbs if v.end() <= trigger.start()), None) if trigger is not None and \
        _MONEY_IN.match(s, trigger.start()) else None
    if action is None or trigger is None or background(s, told or trigger, ctx):
        return None
    if body is not None and _ADDRESSED.search(s[:body.start]):
        return None   # "bosses have asked the European Commission to suspend ...": the body is asked, it does not act
    if action == "other" and _BUDGET_PASSED.match(s, trigger.start()) and \
            _LEGISLATURE.search(s[max(0, trigger.start() - STATE_GAP):trigger.start()]):
        action = "law"     # "Germany's lower house of parliament approved the 2027 federal budget" (events23)
    if action == "rule" and re.match(r"rul(?:ed|es|ing)\b", trigger.group(0), re.I) and \
            _COURT.search(s[max(0, trigger.start() - COURT_GAP):trigger.start()]):
        action = "other"   # "a judge ruled that ...": a court decides a case; it makes no rules (seventh pass)
    fields = []
    jur = _jurisdiction(s, body)
    if jur is None and body is None:   # "Bolivia's central bank devalued": the owner of the body told in common words
        owner = _OWNER_OF_BODY.search(s[:gov_word.start()])       # (events23; a place no list knows)
        if owner and re.match(_STATE_HEAD, gov_word.group(0), re.I) and _ACTS_AFTER.match(s, gov_word.end()):
            jur = (owner.group(1), owner.group(1))
    if jur:
        fields.append(_field("jurisdiction", jur[0], jur[1]))
    if body:
        fields.append(_field("body", body.text, body.text))
    elif gov_word.group(0) != "EU":
        before = re.search(r"(?:(?<![\w'])([A-Za-z][\w-]+\s+))?$", s[:gov_word.start()])
        word = before.group(1) if before and before.group(1) and (before.group(1).strip().lower() not in _NOT_NAME
                                                                  or before.group(1).strip() == "IT") else ""
        text = s[gov_word.start() - len(word):gov_word.end()]
        named = re.match(r" [A-Z]{2,8}\b(?![.'\u2019])", s[gov_word.end():])   # "development bank BNDES": its name
        if named:
            text += named.group(0)
        fields.append(_field("body", text, text))
    fields.append(_field("action", action, trigger.group(0)))
    tgt = next((x for x in spans if x.start <= trigger.start() and x.end >= trigger.end() and x is not body), None)
    if tgt is None and action == "subsidy":   # the name the money goes to or is for (events30, ``subsidies``)
        tgt = recipient(s, trigger.start(), trigger.end(), spans, body)
    if tgt is None and action in ("subsidy", "fine", "other", "probe"):
        for v in _STATE_VERB.finditer(s[:trigger.start()]):
            obj = re.match(r"\s+(?:(?:generics maker|drugmaker|company|firm|group|maker|operator|developer)\s+)?",
                           s[v.end():])
            if obj is None:     # the verb word is followed by punctuation ("privacy rules, has fined"): no object
                continue
            direct = next((x for x in spans if x.start == v.end() + obj.end() and not _gov(x.text)), None)
            if direct and direct.text not in {p.text for p in _places(s)}:
                tgt = direct
    others = [x for x in spans if x is not body and not _gov(x.text)]
    direct = _after(s, trigger.end(), others)   # "fined Northline Power": the object right after the verb
    # ... or past a descriptor of common words ("fined generics maker Astrava Generics")
    if tgt is None and direct and (direct.start - trigger.end() <= 5 or action in ("fine", "ban", "probe")) and \
            re.fullmatch(r"\s*(?:the\s*)?(?:(?!(?:of|for|to|in|on|at|by|with|from|over|into|and|a|an|its|their|"
                         r"that|which|who)\b)[a-z][\w-]*\s+){0,%d}" % DESCRIPTOR_WORDS, s[trigger.end():direct.start]):
        tgt = direct
    if tgt is None and action == "other" and re.match(r"sign", trigger.group(0), re.I):
        # "signed a $2.1 billion contract with South Korea's Daejin Land Systems": the supplier after "with"
        w = re.search(r"\bwith\s+(?:(?:[A-Z][\w.]*\s+)?[A-Z][\w.]*['\u2019]s\s+)?(?:[a-z][\w-]*\s+){0,%d}" % DESCRIPTOR_WORDS,
                      s[trigger.end():trigger.end() + CONTRACT_GAP])
        tgt = _after(s, trigger.end() + w.end(), others) if w else None
        tgt = tgt if tgt is not None and w is not None and tgt.start == trigger.end() + w.end() else None
    if tgt is None:   # "fined three dairy processors", "asked banks to review": the firms named as a class
        tgt = acted_on_class(s, max(body.end if body else 0, trigger.start() - CLASS_BEFORE_TRIGGER))
    # "investigating whether ad-tech company Adverra manipulated": the name in the clause a probe asks about
    tm = re.search(r"\b(?:into|on|against|of|for|to|over|whether)\s+", s[trigger.end():])
    if tm and tgt is None:
        tgt = _after(s, trigger.end() + tm.end(), [x for x in spans if x is not body and not _gov(x.text)])
        if tgt and tgt.start - (trigger.end() + tm.end()) > 25:
            tgt = None
        if tgt and action == "fine" and tgt.text in {p.text for p in _places(s)}:
            tgt = None    # "fined a total of 40 companies in Bremen": where they are, not whom
    if tgt is None and action in ("tariff", "ban") and tm and tm.group(0).strip() in ("on", "against"):
        # "a 25% tariff on imported branded and patented medicines", "a ban on deepfakes": the goods named in
        # common words, up to a clause break
        at = trigger.end() + tm.end()
        np_ = re.match(r"(?:(?!(?:that|which|who|from|by|to|in|for|over|after|as|at|with|starting|on|until|unless|"
                       r"if|while|but|the|a|an|its|their|" + _AUX + r")\b)[\w'-]+(?: and | or | )?){1,6}",
                       s[at:])
        if np_ and at == trigger.end() + tm.end() and not re.match(r"\d", np_.group(0)):
            text = np_.group(0).rstrip()
            text = re.sub(r"\s+(?:and|or)$", "", text)
            if text:
                tgt = Span(text, at, at + len(text))
    if tgt is None and action == "ban":   # "will ban imports of plastic scrap", "sanctions on 31 individuals and
        tgt = banned_object(s, trigger.start(), trigger.end())   # entities" (events30, ``banned``)
    if tgt and tgt.text.lower() in _JURISDICTION_ADJ:   # "on Chinese solar panels": the goods, not the country
        more = re.match(r"(?:\s+(?!(?:and|or|from|in|on|at|for|to|by|with|the|that|which|" + _AUX + r")\b)"
                        r"[a-z][\w-]*){1,3}", s[tgt.end:])   # "into whether Korean aluminium is being routed": the
        # noun phrase ends at its verb (eighth pass: "investigates Chinese steel is being" had been a title)
        tgt = Span(s[tgt.start:tgt.end + more.end()], tgt.start, tgt.end + more.end()) if more else None
    if tgt and (tgt.text in {p.text for p in _places(s)} or tgt.text.rstrip(".") in ("U.S", "US", "UK", "EU")):
        # "into U.S. chipmaker Vantrel Micro's acquisition": the place describes the name after its common noun,
        # which is the target (the lead, after eval-chips' one measurement: "a probe into U.S" had been a title)
        kind = re.match(r"\.?\s+(?:[a-z][\w-]*\s+){1,2}", s[tgt.end:])
        named = next((x for x in spans if kind and x.start == tgt.end + kind.end() and x is not body), None)
        tgt = named or tgt
    if tgt and ((tgt.text in {p.text for p in _places(s)} and (action not in ("tariff", "ban") or re.match(
            r"\s+(?!(?:and|or|from|in|on|at|for|to|by|with|the|that|which|is|was|has|had|said|will)\b)[a-z][\w-]*",
            s[tgt.end:]))) or re.match(r"\s+(?:company|firm|start-?up|developer|maker|group|business)\b", s[tgt.end:])):
        tgt = None   # "jurisdiction over the San Francisco company": a place (or a name before "company") that says
                     # where the target is or what it is, not whom (seventh pass)
    if tgt is None and ctx is not None and ctx.company in ctx.actors and ctx.sentence > 0:
        places = {p.text for p in _places(s)}
        tgt = implied_target(s, trigger.end(), action, [x for x in spans if x is not body and not _gov(x.text) and
                                                        x.text.lower() not in _JURISDICTION_ADJ and
                                                        x.text not in places], ctx.company)
    if tgt and tgt.start < 0:    # a subsidy's recipient the sentence leaves unsaid: named from an earlier sentence
        fields.append(_field("target", tgt.ref, ""))
    elif tgt:
        fields.append(_field("target", tgt.ref or tgt.text, tgt.text))
        # "fined generics maker Astrava Generics and Germany's Halden Pharma": each name of the pair is a target
        more = re.match(r"\s+and\s+(?:[A-Z][\w.]*['\u2019]s\s+)?(?:(?:[a-z][\w-]*\s+){0,2})", s[tgt.end:])
        second = _after(s, tgt.end, [x for x in spans if x is not body and not _gov(x.text)]) if more else None
        if second is not None and second.start == tgt.end + more.end() and \
                second.text not in {p.text for p in _places(s)}:
            fields.append(_field("target", second.text, second.text))
    key = canonical_entity(body.text) if body else (jur[0].lower() if jur else "")
    return Raw("state_action", tuple(fields), f"{key}|{action}")


# The firm an act is about, when a later sentence of its article names it only by what it is ("opened an inquiry into
# whether the carrier protected customer information") or, for a subsidy, not at all ("The Polish government said it
# would provide a grant of 180 million zlotys", "The Governor's Office of Economic Opportunity approved a tax credit
# worth up to $22 million"): the article's main actor, when an earlier event of the article has it as its actor (a
# first name that did nothing, "Kingman", "Interstate 71", is none), named from the earlier sentence that gives it
# (events17, read on eval-energy, eval-prop, eval-def, eval-tmt, whose golds name the firm).
_REFERRING = re.compile(r"\b[Tt]he (?:company|firm|carrier|group|lender|bank|insurer|operator|developer|maker|"
                        r"manufacturer|start-?up|retailer|airline|utility|miner|builder|contractor|platform)\b"
                        r"(?!['\u2019])")
REFERRING_GAP = 40   # characters after the act's word within which "the company" is its object


def implied_target(s: str, after: int, action: str, named: list[Span], company: str) -> Span | None:
    """The article's main actor ``company`` as the target of the act whose word ends at ``after``: the words that
    stand for it right after the act (any act), or no recipient at all for a subsidy in a sentence that names no
    firm (a span at -1: no words of this sentence); None otherwise. ``extract`` cites the earlier sentence of the
    article that names it (``merge._named_instrument``)."""
    m = _REFERRING.search(s, after)
    if m and m.start() - after <= REFERRING_GAP and not re.search(r"[;.]", s[after:m.start()]):
        return Span(m.group(0), m.start(), m.end(), ref=company)
    if action == "subsidy" and not named:
        return Span(company, -1, -1, ref=company)
    return None
