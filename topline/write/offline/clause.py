"""A ledger event told as one clause of a signal's title, subject first ("Kling AI raises $2.8 billion", "PHLX
Semiconductor Index falls 6%"), built only from the event's fields as one statement writes them (issue 12; split
from ``claims`` in the seventh pass). A clause says what the fields say and no more: a role that is not named in the
statement, or a field that names the wrong kind of thing (a place as a company, a court as a rule-maker), makes no
clause. The verb agrees with its subject ("Lawmakers move to regulate", "Halvard AI raises")."""
from __future__ import annotations

import re

from topline.events.fund_closes import closed_at
from topline.events.kinds import ACT_UNDONE, GRANTED, deal_status
from topline.events.spans import _JURISDICTION_ADJ, DESIGNATORS, _gov
from topline.patterns import compiled
from topline.records import Event
from topline.write.offline.agreement import agree, plural  # noqa: F401 - read from here by claims and the tests
from topline.write.offline.compose import Composer
from topline.write.offline.cuts_clause import cut_clause
from topline.write.offline.state_clause import move_clause, state_clause


def _text(f) -> str:  # noqa: ANN001 - EventField
    return f.text or str(f.value)

def _named(f) -> str:  # noqa: ANN001 - EventField
    """A field's written form when it names something (capitalised), else "" ("the company", "its")."""
    t = _text(f).strip()
    if re.match(r"(?:The|Its|Their|This|That|These|Those)\s+[a-z]", t) or t in ("It", "Its", "Their"):
        return ""     # "The index", "Its shares": a reference back, not a name
    if t and all(w.lower().strip(".,") in DESIGNATORS for w in t.split()):
        return ""     # "AI", "Labs", "Systems": the end of a company's name, which names no one alone
    return t if t[:1].isupper() or t[:1].isdigit() else ""


MIN_RAISE = 10_000   # an amount raised below this (in its currency) is a share's price read as the raise ("$28 a
                     # share"); no round or offering on any calibration corpus comes near it


def _raise_ok(e: Event, f) -> bool:  # noqa: ANN001 - EventField
    try:
        return float(f.value) >= MIN_RAISE and not round_put_off(f.sentence or "", f.text or "")
    except (TypeError, ValueError):
        return False


# A round or offering its statement tells put off or called off before its sum (signals29, eval-capital's "Kanthari
# Minerals, a producer of battery metals backed by private equity firm Quillmoor Capital, has postponed its planned
# London initial public offering, which had been expected to raise about 900 million pounds": titled "Quillmoor Capital
# ... seeks to raise 900 million pounds", false whoever the ledger names as the company): no one raises or seeks it
_PUT_OFF = re.compile(r"\b(?:postpone[sd]?|postponing|delay(?:s|ed|ing)|shelve[sd]?|shelving|pull(?:s|ed)|"
                      r"withdr(?:aws?|ew|awn)|scrap(?:s|ped)|call(?:s|ed) off|cancel(?:s|led|ed)|suspend(?:s|ed)|"
                      r"put (?:on hold|off)|puts (?:on hold|off)|abandon(?:s|ed))\b", re.IGNORECASE)


def round_put_off(sentence: str, amount: str) -> bool:
    """The statement tells the round or offering put off before it gives its sum ``amount`` (as written)."""
    at = sentence.find(amount) if amount else -1
    return bool(_PUT_OFF.search(sentence[:at] if at >= 0 else sentence))


# A state action told as a move, so the clause holds whether the sources report it done or proposed.
_CLAUSE_ACTION = {"probe": "investigates", "fine": "fines", "ban": "moves to ban", "rule": "moves to regulate",
                  "law": "moves to legislate on", "subsidy": "moves to subsidise", "tariff": "moves to put tariffs on"}


# A decision on a product or licence ("other"): the source's verb, in the present tense.
_DECISION_VERBS = (("approv", "approves"), ("clear", "clears"), ("authori", "authorises"), ("reject", "rejects"),
                   ("turned away", "turns away"), ("suspend", "suspends"), ("revok", "revokes"),
                   ("clinical hold", "puts a clinical hold on"), ("recommended approval", "recommends approval of"))
# An incident as what befell the organisation (a death or an impersonation names no organisation's act).
_INCIDENT_NOUN = {"outage": "suffers an outage", "fire": "suffers a fire", "explosion": "suffers an explosion",
                  "leak": "suffers a leak", "spill": "suffers a spill", "blackout": "suffers a blackout",
                  "breach": "suffers a breach", "cyberattack": "suffers a cyberattack", "recall": "issues a recall",
                  "ransomware attack": "suffers a ransomware attack",
                  "contamination": "reports contamination", "failure": "suffers a failure",
                  # sixth pass: the other kinds the extractor names (``events.incidents._kind``) that befall an organisation
                  "fraud": "suffers a fraud", "data exposure": "suffers a data exposure",
                  "prompt injection": "suffers a prompt-injection attack", "shutdown": "suffers a shutdown",
                  "accident": "suffers an accident", "strike": "faces a strike", "flood": "suffers a flood",
                  "derailment": "suffers a derailment"}
# A launch by the verb its statement uses (sixth pass: "released Tide-3" is no line for "launches Tide-3").
_LAUNCH_VERBS = ((r"\blaunch", "launches"), (r"\breleas", "releases"), (r"\bintroduc", "introduces"),
                 (r"\broll(?:s|ed|ing)? out\b", "rolls out"), (r"\bunveil", "unveils"))
# A launch its statement tells as to come (events21): the ledger's ``status`` field ("planned", with the words
# "will launch", "plans to release") says so, and the clause keeps it: "will launch" where the statement says "will"
# or "shall", else "plans to launch" (events20's eval-mob title had told a flight planned for next spring as launched).
_LAUNCH_PLAIN = {"launches": "launch", "releases": "release", "introduces": "introduce", "rolls out": "roll out",
                 "unveils": "unveil"}


# A launch's object told whole (signals26): the ledger's product may be a modifier cut from its noun phrase ("plans to
# release a Spanish-language version" gave "plans to release Spanish-language", eval-health). A product that is
# followed in its statement by the rest of its noun phrase (lower-case words up to a word that ends a noun phrase)
# and is itself no name that stands alone (a compound adjective, "Spanish-language"; or after "a"/"an" or a figure:
# "a Tesla-branded ...", "its 2026 Christmas campaign") is told with its determiner and its head noun; a name stands
# as it is ("launches Baiyun-5", of "launches Baiyun-5 model"). LAUNCH_HEAD_WORDS: the words after the product a
# head may take (calibration's longest is two, "its Q7 electric sedan"); a longer run is no noun phrase read safely,
# and makes no clause.
LAUNCH_HEAD_WORDS = 3
_NP_END = re.compile(r"^(?:in|on|at|for|of|to|with|from|by|into|onto|across|alongside|after|before|under|over|"
                     r"through|via|within|without|and|or|but|nor|that|which|who|whose|as|while|than|this|that|these|"
                     r"those|next|last|today|tonight|yesterday|tomorrow|earlier|later|now|then|also|soon|again|"
                     r"is|are|was|were|be|been|will|would|could|can|may|might|should|shall|has|have|had|does|do|did|"
                     r"its|their|his|her|the|a|an|[a-z]+ly)$")
_DETERMINER = re.compile(r"(?:\b(?:a|an|the|its|their|his|her)\s+)((?:\d[\d,.]*\s+)?)$", re.IGNORECASE)


def launch_object(said: str, product: str) -> str:
    """The object of a launch's clause: ``product`` as it stands in ``said`` (its statement), or its whole noun phrase
    when it is a modifier of a head that follows it ("a Spanish-language version"), or "" when that phrase cannot be
    read (see ``LAUNCH_HEAD_WORDS``)."""
    at = said.find(product) if product else -1
    if at < 0:
        return product
    head = []
    for w in said[at + len(product):].split():
        word = w.rstrip(".,;:!?)")
        if not re.fullmatch(r"[a-z][a-z-]*", word) or _NP_END.match(word):
            break
        head.append(word)
        if word != w:
            break          # punctuation ends the phrase
    if not head:
        return product     # nothing of its phrase follows: the product is its phrase
    det = _DETERMINER.search(said[:at])
    last = product.split()[-1]
    modifier = re.fullmatch(r"[\w]+-[a-z]+", last) is not None or (det is not None and (
        det.group(0).strip().split()[0].lower() in ("a", "an") or det.group(1)))
    if not modifier:
        return product     # a name that stands alone ("Baiyun-5" of "Baiyun-5 model")
    if len(head) > LAUNCH_HEAD_WORDS:
        return ""
    return " ".join([*([det.group(0).strip()] if det else []), product, *head])


def launch_predicate(e: Event, said: str, product: str) -> str:
    """The predicate of a launch as ``said`` (its statement) tells it: "launches X", "releases X", or, planned there,
    "will launch X" / "plans to release X"."""
    verb = next((v for stem, v in _LAUNCH_VERBS if re.search(stem, said, re.IGNORECASE)), "unveils")
    plan = next((f for f in e.values("status") if f.value == "planned" and f.sentence == said), None)
    if plan is None:
        return f"{verb} {product}"
    verb = next((v for stem, v in _LAUNCH_VERBS if re.search(stem, _text(plan), re.IGNORECASE)), verb)
    how = "will" if re.search(r"\b(?:will|shall)\b|['\u2019]ll\b", _text(plan), re.IGNORECASE) else "plans to"
    return f"{how} {_LAUNCH_PLAIN[verb]} {product}"


# A state action whose target the sentence does not name (sixth pass): what the body does, without an object
# ("California Assembly moves to legislate"); no wording a checked line could lack (no event verb but "fine" and
# "ban", which the action's own sentence carries). "other" (a decision on a product) needs its object.
_CLAUSE_NO_TARGET = {"probe": "starts an investigation", "fine": "imposes a fine", "ban": "moves to ban",
                     "rule": "moves to regulate", "law": "moves to legislate", "subsidy": "offers a subsidy"}


def clause(e: Event, sentence: str | None = None) -> str:
    """The event as one clause, subject first, from its fields as written in one statement (``sentence``; default:
    any) ("Kling AI raises $2.8 billion", "PHLX Semiconductor Index falls 6%"); "" when a role it needs is not
    named there (a field written "the company" or "its shares" names nothing a title can carry). The verb agrees
    with a plural subject ("Texas lawmakers move to legislate")."""
    got = _parts(e, sentence)
    if got is None:
        # signals32: a state act the rules above tell no clause of (an approval, a loan, an award, a penalty: no
        # action of ``_CLAUSE_ACTION``, or no target named) is told as its statement's main clause tells it done
        # ("Texas Water Development Board approves a $265 million low-interest loan"), or not at all: the policy
        # pages' events had made claims only through ``claims_states``, never beside another kind of event
        if e.type == "incident":     # jobs cut, flights cancelled, a fleet grounded (signals32, ``cuts_clause``)
            return cut_clause(e, sentence or e.sentence or "")
        return state_clause(e, sentence or e.sentence or "") if e.type == "state_action" else ""
    subject, predicate = got
    if predicate in _NO_OBJECT and e.type == "state_action":
        # a verb that needs its object, left without one ("Commerce Department moves to regulate"): the statement's
        # main clause as it writes it when it tells the act done ("Commerce Department publishes rules"; signals25),
        # else the move with the object its statement gives it ("moves to require export licences for port cranes",
        # ``state_clause.move_clause``), else no clause (signals26: a state act keeps its object; eleven titles of
        # the 24 calibration corpora had said "moves to regulate" or "moves to ban" alone)
        said = sentence or e.sentence or ""
        return state_clause(e, said) or move_clause(e, said, str(e.value("action")))
    return f"{subject} {agree(subject, predicate)}"


# The predicates of ``_CLAUSE_NO_TARGET`` whose verb takes an object the clause does not have ("regulate", "ban",
# "legislate"; "starts an investigation" and "imposes a fine" are whole): signals25 read "Commerce Department moves
# to regulate" and "Radio Regulations Board moves to regulate" among eval-chips' and eval-space's titles.
# signals28: "moves to legislate" too, read alone in eval-clim's, eval-health's, eval-geo's, eval-games' and cal-ai's
# titles ("European Commission moves to legislate, one of two stories ...": on what, the title does not say)
_NO_OBJECT = frozenset({"moves to regulate", "moves to ban", "moves to legislate"})


# A court or a judge decides cases: it neither regulates nor legislates (seventh pass: "Ontario court moves to
# regulate San Francisco" was a judge's ruling on jurisdiction).
_COURT = re.compile(r"\b(?:court|courts|judge|judges|justice|justices|tribunal)\b", re.IGNORECASE)


# A round sought, not (yet) raised (seventh pass: "Tenstrata raises $1.5 billion" told an IPO still to price).
_SEEKS = re.compile(r"\b(?:seek(?:s|ing)?|sought|aims?|aiming|plans?|planning|hopes?|hoping|looking|wants?|"
                    r"(?:filed|files|filing) for an IPO|expects?|expected|is set|are set|intends?) to raise\b|"
                    r"\b(?:in talks|seeking|looking) (?:to raise|for)\b|"
                    # a round still being raised (the lead, after eval-games: "is raising as much as $3 billion for
                    # its second fund, two people briefed on the fundraising said", titled "raises $3 billion")
                    r"\b(?:is|are) (?:now |currently )?raising\b", re.IGNORECASE)


# A state action's own instrument named as its target: the rules amended, the grant awarded.
_INSTRUMENT = re.compile(r"(?:^|\s)(?:Rules?|Grants?|Fund|Programm?e?|Scheme|Credits?|Guidelines)$")
# A target that is only a sum is the act's amount, not what it is done to (signals27: eval-clim's "Danish Energy Agency
# moves to subsidise DKK 3.1bn", read by signals26 and titled again once an earlier act was told with its day)
_SUM_ONLY = re.compile(r"^(?:[A-Z]{3}\s?|US\$|[$€£¥₹])?\d[\d.,]*\s*(?:bn|mn|m|billion|million|trillion|crore)?$",
                       re.IGNORECASE)


# A build-out still under discussion is no commitment (seventh pass: "is in talks ... about building a campus of up
# to two gigawatts" had become "commits two gigawatts").
_UNDECIDED = re.compile(r"\b(?:in talks|talks with|in discussions?|considering|considers|weighs|weighing|mulls|"
                        r"mulling|exploring|could|might|(?-i:may))\b", re.IGNORECASE)


# A build-out its statement tells as a plan ("plans to build", "proposed", "intends to invest") is "plans to", with the
# source's verb (signals16 read "Hanseo commits 1.2 gigawatts" where the source said it plans to build them); the
# ledger's ``status`` field says it (topline.events.status, events17), with the span that says it. "Will" stays a
# commitment: a company that says it will invest has committed in the sense a reader takes.
_PLAN_VERB = re.compile(r"\bto\s+([a-z]+)$")
# the source's verb is kept only when it is one of building or spending ("aims to employ 300" is no build-out's verb)
_BUILD_VERBS = frozenset({"build", "construct", "add", "install", "deploy", "develop", "expand", "open", "invest",
                          "spend", "commit", "create", "establish", "erect"})


# A capacity of power or energy: what a build-out's clause states before its sum. Any other capacity (a plant's
# "400,000 heat pumps a year", read from a later sentence since events15) gives way to the sum when there is one:
# "commits 400,000 heat pumps a year" is no claim its sources state (events15 lost cal-biotech's "Corvane
# Pharmaceuticals commits $4.5 billion in Houston" to it).
_POWER = re.compile(r"\b(?:[kMGT]Wh?|(?:kilo|mega|giga|tera)watt(?:[- ]hours?|s)?)\b", re.IGNORECASE)


# A capacity written as a modifier of the noun it sizes ("a 150-megawatt expansion", "a 2-GW campus"): the figure and
# its unit joined by a hyphen are an adjective, no quantity a verb can take ("Hollins Peak commits 150-megawatt in
# Oklahoma", eval-crypto, read by the lead). The clause says the sum, or there is no clause.
_MODIFIER = re.compile(r"^\S*\d-\S+$")


def capex_field(capacity: str, amount: str) -> str:
    """Which field a build-out's clause states: "capacity" (power or energy, or no sum) or "amount"; a capacity
    written as a modifier gives way to a sum (signals25)."""
    if capacity and amount and _MODIFIER.match(capacity.strip()):
        return "amount"
    return "capacity" if capacity and (_POWER.search(capacity) or not amount) else "amount"


def capex_predicate(capacity: str, amount: str, statement: str, e: Event) -> str:
    """The predicate of a build-out (``capex_field`` chooses the figure): "commits X", or, when the ledger's status
    of ``statement`` (the sentence its figure is told in) is "planned", "plans to" with the source's own verb ("plans
    to build 1.2 gigawatts"; else "add" for a capacity and "invest" for an amount). Another outlet's status is not
    this statement's. A capacity written as a modifier with no sum to give way to makes no predicate: "" (an
    intermediate version said its noun phrase, "Sunvale Energy commits to a 2.4-gigawatt project built in
    California", of a battery that had started full operation: a commitment the statement does not make)."""
    field = capex_field(capacity, amount)
    what = capacity if field == "capacity" else amount
    if field == "capacity" and _MODIFIER.match(capacity.strip()):
        return ""
    said = next((f for f in e.values("status") if f.sentence == statement), None)
    if said is None or said.value != "planned":
        return f"commits {what}"
    m = _PLAN_VERB.search(said.text)
    verb = m.group(1) if m and m.group(1) in _BUILD_VERBS else ("add" if field == "capacity" else "invest")
    return f"plans to {verb} {what}"


# An act the statement says is planned or being prepared ("is to investigate", "plans to fine", "is preparing to open
# an investigation", "will offer a grant"): the clause keeps the plan (eighth pass: "investigates" had told a probe
# still being prepared as opened). The plain verb of each done-tense predicate, for "plans to ...".
_PLANNED = re.compile(r"\b(?P<how>plans?|planning|is to|are to|will|intends?|intending|set to|aims?|aiming|"
                      r"preparing|prepares|prepared|proposes|proposed|wants?|seeks?|seeking|expects?|expected|"
                      r"considering|considers|weighing|weighs)\s+(?:to\s+)?(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
_PLAIN = {"investigates": "investigate", "fines": "fine", "starts an investigation": "open an investigation",
          "imposes a fine": "impose a fine", "offers a subsidy": "offer a subsidy", "approves": "approve",
          "clears": "clear", "authorises": "authorise", "rejects": "reject", "turns away": "turn away",
          "suspends": "suspend", "revokes": "revoke"}
# Auxiliaries that end a noun phrase: a target that ends in one is a clause cut short ("Chinese steel is being").
_AUX_END = re.compile(r"\b(?:is|are|was|were|be|been|being|has|have|had|will|would|could|can|may|might|should|"
                      r"must|do|does|did|that|which|whether)$", re.IGNORECASE)


def _tensed(e: Event, sentence: str | None, predicate: str) -> str | None:
    """``predicate`` as the statement tells the act: done ("investigates X"), or planned ("plans to investigate
    X", "prepares to open an investigation"); None for a planned act the clause cannot tell."""
    said = next((f for f in e.values("action") if f.sentence == sentence), None) or next(iter(e.values("action")), None)
    if said is None:
        return predicate
    text = said.sentence or ""
    at = text.find(_text(said))
    m = _PLANNED.search(text[:at]) if at >= 0 else None
    if m is None or predicate.startswith("moves to"):
        return predicate    # done, or told as a move ("moves to ban" holds for a ban done or proposed)
    verb = next((k for k in sorted(_PLAIN, key=len, reverse=True) if predicate.startswith(k)), None)
    if verb is None:
        return None
    how = "prepares to" if m.group("how").lower().startswith("prepar") else "plans to"
    if m.group("how").lower().startswith(("consider", "weigh")):
        return None         # weighed, not decided: no claim
    return f"{how} {_PLAIN[verb]}{predicate[len(verb):]}"


def _undone(e: Event, sentence: str | None, action: str) -> bool:
    """The statement of the action tells it put off or undone ("postponed the capital rules", "lifted its ban"):
    none of the clause's verbs but a decision's own ("suspends", "revokes") can tell that."""
    if action == "other":
        return False
    said = next((f for f in e.values("action") if f.sentence == sentence), None) or next(iter(e.values("action")), None)
    if said is None:
        return False
    text = said.sentence or ""
    at = text.find(_text(said))
    # the verb that puts the act off comes before the act's word ("postponed ... the capital rules", "lifted its
    # ban"); one after it tells what the act was about ("fined X for agreeing to delay a launch")
    return ACT_UNDONE.search(text[:at] if at >= 0 else text) is not None


def _statement(e: Event, sentence: str | None, names: tuple[str, ...]) -> str:
    """The sentence a clause's figure is told in: ``sentence`` when it states one of ``names``, else the first
    statement of one."""
    fields = [f for n in names for f in e.values(n)]
    return next((f.sentence for f in fields if f.sentence == sentence), fields[0].sentence if fields else "")


def _parts(e: Event, sentence: str | None) -> tuple[str, str] | None:
    def pick(name: str):  # noqa: ANN202 - the field of that statement, else the event's (a value stated once
        own = [f for f in e.values(name) if f.sentence == sentence]   # is kept with its first statement only)
        return own[0] if own else (None if name == "move" and sentence else next(iter(e.values(name)), None))

    def first(name: str) -> str:
        f = pick(name)
        if f is None:
            return ""
        return _text(f).strip() if name in ("amount", "capacity", "move", "price") else _named(f)

    def value(name: str) -> object:
        f = pick(name)
        return f.value if f is not None else None
    if e.type == "funding" and first("company") and first("amount") and _raise_ok(e, pick("amount")):
        closed = closed_at(pick("amount").sentence or "", first("amount"))
        if closed:   # a fund closed on its amount (events34): no "raise" in the statement (signals31)
            return first("company"), f"closes {closed} {first('amount')}"
        if _SEEKS.search(pick("amount").sentence):   # "is seeking to raise as much as $1.5 billion in its IPO"
            return first("company"), f"seeks to raise {first('amount')}"
        return first("company"), f"raises {first('amount')}"
    if e.type == "acquisition" and first("acquirer") and first("target"):
        # the status of the deal as the statement tells it (eleventh pass: "is in advanced discussions to acquire"
        # had become "agrees to buy"): a bid, a plan, or an agreement; talks, rumours and ended deals make no clause
        # (the sentence printed, when it is one of the event's statements: a value is kept with its first statement
        # only, and the agreement may come a day after the talks)
        said = sentence if sentence and any(f.sentence == sentence for f in e.fields) else \
            _statement(e, sentence, ("acquirer", "target"))
        status = deal_status(said)
        verb = {"agreed": "agrees to buy", "planned": "plans to buy", "offered": "bids for"}.get(status)
        return (first("acquirer"), f"{verb} {first('target')}") if verb else None
    if e.type == "capex" and first("company") and (first("capacity") or first("amount")) and \
            not _UNDECIDED.search(_statement(e, sentence, ("capacity", "amount"))):
        place = first("place")   # "from two South Korean yards": a demonym is no place a thing is "in" (events14)
        place = None if place and place.split()[-1].lower() in _JURISDICTION_ADJ else place
        chosen = capex_field(first("capacity"), first("amount"))
        predicate = capex_predicate(first("capacity"), first("amount"), _statement(e, sentence, (chosen,)), e)
        return (first("company"), predicate + (f" in {place}" if place else "")) if predicate else None
    court = e.type == "state_action" and bool(_COURT.search(first("body")))
    if e.type == "state_action" and first("body") and first("target"):
        action = str(value("action"))
        verb = _CLAUSE_ACTION.get(action)
        if action == "other":    # a decision on a product or licence: the verb the source used, its object
            said = next((f for f in e.values("action") if f.sentence == sentence), None) or \
                next(iter(e.values("action")), None)   # the target right after it ("rejected calls from X": no)
            trigger = _text(said).lower() if said else ""
            verb = next((v for stem, v in _DECISION_VERBS if trigger.startswith(stem)), None)
            if GRANTED.fullmatch(trigger):
                verb = "approves"   # "granted conditional approval for X": the body approves X (eleventh pass)
            if said is None or not re.search(rf"{re.escape(_text(said))}\s+(?:the\s+|its\s+)?"
                                             rf"{re.escape(first('target'))}", said.sentence):
                verb = None
        if action in ("law", "rule") and (court or re.search(r"\b(?:Act|Bill|Law|Directive|Regulation|Code)\b",
                                                              first("target"))):
            verb = None      # the law is the target: what is done to it (passed, paused, kept) the clause cannot say
        if _INSTRUMENT.search(first("target")) or _SUM_ONLY.match(first("target")):
            verb = None      # "moves to regulate Rules", "moves to subsidise Job Development Investment Grant": the
                             # target is the act's own instrument, told below without it (seventh pass)
        if _AUX_END.search(first("target")):
            verb = None      # a clause cut short is no object (eighth pass)
        if verb and _undone(e, sentence, action):
            verb = None      # a rule postponed, a ban lifted: no move to regulate or ban (eleventh pass)
        if verb:
            told = _tensed(e, sentence, f"{verb} {first('target')}")
            return (first("body"), told) if told else None
    if e.type == "state_action" and first("body") and (not e.values("target") or _INSTRUMENT.search(
            first("target")) or _SUM_ONLY.match(first("target")) or _AUX_END.search(first("target"))) and str(value("action")) in _CLAUSE_NO_TARGET and \
            not (court and value("action") in ("law", "rule")) and not _undone(e, sentence, str(value("action"))):
        told = _tensed(e, sentence, _CLAUSE_NO_TARGET[str(value("action"))])
        return (first("body"), told) if told else None
    if e.type == "market_move" and first("instrument") and first("move") and not e.values("measure"):
        # a company's result (``events.results``, a "measure" field) makes no clause: its instrument runs from the
        # company through its verb to the measure, and its change is over a quarter or a year, not the day's
        # (events36: "Veltmoor also added 85 million pounds to reserves rise £85mn", "Microsoft's Azure revenue
        # rises 33%" had been titled)
        move = str(value("move") or "")
        if move[:1] in "+-":
            # "rose as much as 6.6%": an intraday high or low, told as the source tells it, not as the day's move
            said = sentence or e.sentence or ""
            peak = compiled(rf"\b(as much as|up to)\s+{re.escape(first('move'))}", re.IGNORECASE).search(said)
            return first("instrument"), f"{'rises' if move[0] == '+' else 'falls'} " \
                                        f"{peak.group(1).lower() + ' ' if peak else ''}{first('move')}"
    if e.type == "launch" and first("organisation") and first("product"):
        said = sentence or e.sentence or ""      # the source's own verb: "launch" is one the check asks a line for
        told = launch_object(said, first("product"))   # never cut inside its noun phrase (signals26)
        return (first("organisation"), launch_predicate(e, said, told)) if told else None
    if e.type == "incident" and first("organisation") and str(value("kind")) in _INCIDENT_NOUN and \
            not _gov(first("organisation")):
        word = (_text(pick("kind")) if pick("kind") is not None else "").lower()
        if word.startswith(("vulnerab", "security flaw", "flaw")):
            # a flaw found is not a breach suffered (seventh pass): what the statement says the organisation has
            return first("organisation"), f"has {'' if word.endswith('s') else 'a '}{word}"
        return first("organisation"), _INCIDENT_NOUN[str(value("kind"))]
    return None


# The subject of a move or an incident clause: what moved or what befell (``clause``'s own verbs).
_MOVED = re.compile(r"(.+?) (?:rises|falls|suffers|issues|reports|faces|has|rise|fall|suffer|issue|report|face|"
                    r"have|cuts|cut|lays off|lay off|eliminates|eliminate|sheds|shed|cancels|cancel|grounds|ground|"
                    r"will|plans to|plan to) ")


def _unnamed_subject(c: str, e: Event, comp: Composer) -> bool:
    """A market move or an incident whose subject names no company, index or body: a place ("Europe rises 6%",
    "China rises 12%": a region's shares told as a whole, read as an instrument) or one word the articles also write
    in lower case ("Solar rises 9%", "Crews suffers a fire": a sentence's opening word, not a name)."""
    m = _MOVED.match(c)
    if e.type == "capex":    # a place as the builder ("Alberta commits 10 gigawatts": a province approving projects)
        m = re.match(r"(.+?) commits? ", c)
    if e.type not in ("market_move", "incident", "capex") or m is None:
        return False
    subject = m.group(1).strip()
    from topline.enrich.gazetteer import ALIASES
    if ALIASES.get(subject.lower(), ("", ""))[1] == "PLACE":
        return True
    return " " not in subject and subject.lower() in comp.lower_words
