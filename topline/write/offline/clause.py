"""A ledger event told as one clause of a signal's title, subject first ("Kling AI raises $2.8 billion", "PHLX
Semiconductor Index falls 6%"), built only from the event's fields as one statement writes them (issue 12; split
from ``claims`` in the seventh pass). A clause says what the fields say and no more: a role that is not named in the
statement, or a field that names the wrong kind of thing (a place as a company, a court as a rule-maker), makes no
clause. The verb agrees with its subject ("Lawmakers move to regulate", "Halvard AI raises")."""
from __future__ import annotations

import re

from topline.events.spans import DESIGNATORS, _gov
from topline.records import Event
from topline.write.offline.compose import Composer


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
        return float(f.value) >= MIN_RAISE
    except (TypeError, ValueError):
        return False


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
                  "contamination": "reports contamination", "failure": "suffers a failure",
                  # sixth pass: the other kinds the extractor names (``extract._kind``) that befall an organisation
                  "fraud": "suffers a fraud", "data exposure": "suffers a data exposure",
                  "prompt injection": "suffers a prompt-injection attack", "shutdown": "suffers a shutdown",
                  "accident": "suffers an accident", "strike": "faces a strike", "flood": "suffers a flood",
                  "derailment": "suffers a derailment"}
# A launch by the verb its statement uses (sixth pass: "released Tide-3" is no line for "launches Tide-3").
_LAUNCH_VERBS = ((r"\blaunch", "launches"), (r"\breleas", "releases"), (r"\bintroduc", "introduces"),
                 (r"\broll(?:s|ed|ing)? out\b", "rolls out"), (r"\bunveil", "unveils"))
# A state action whose target the sentence does not name (sixth pass): what the body does, without an object
# ("California Assembly moves to legislate"); no wording a checked line could lack (no event verb but "fine" and
# "ban", which the action's own sentence carries). "other" (a decision on a product) needs its object.
_CLAUSE_NO_TARGET = {"probe": "starts an investigation", "fine": "imposes a fine", "ban": "moves to ban",
                     "rule": "moves to regulate", "law": "moves to legislate", "subsidy": "offers a subsidy"}


def clause(e: Event, sentence: str | None = None) -> str:
    """The event as one clause, subject first, from its fields as written in one statement (``sentence``; default:
    any) ("Kling AI raises $2.8 billion", "PHLX Semiconductor Index falls 6%"); "" when a role it needs is not
    named there (a field written "the company" or "its shares" names nothing a title can carry)."""
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
        return f"{first('company')} raises {first('amount')}"
    if e.type == "acquisition" and first("acquirer") and first("target"):
        return f"{first('acquirer')} agrees to buy {first('target')}"
    if e.type == "capex" and first("company") and (first("capacity") or first("amount")):
        return f"{first('company')} commits {first('capacity') or first('amount')}" + \
            (f" in {first('place')}" if first("place") else "")
    if e.type == "state_action" and first("body") and first("target"):
        action = str(value("action"))
        verb = _CLAUSE_ACTION.get(action)
        if action == "other":    # a decision on a product or licence: the verb the source used, its object
            said = next((f for f in e.values("action") if f.sentence == sentence), None) or \
                next(iter(e.values("action")), None)   # the target right after it ("rejected calls from X": no)
            trigger = _text(said).lower() if said else ""
            verb = next((v for stem, v in _DECISION_VERBS if trigger.startswith(stem)), None)
            if said is None or not re.search(rf"{re.escape(_text(said))}\s+(?:the\s+|its\s+)?"
                                             rf"{re.escape(first('target'))}", said.sentence):
                verb = None
        if action in ("law", "rule") and re.search(r"\b(?:Act|Bill|Law|Directive|Regulation|Code)\b", first("target")):
            verb = None      # the law is the target: what is done to it (passed, paused, kept) the clause cannot say
        if verb:
            return f"{first('body')} {verb} {first('target')}"
    if e.type == "state_action" and first("body") and not e.values("target") and \
            str(value("action")) in _CLAUSE_NO_TARGET:
        return f"{first('body')} {_CLAUSE_NO_TARGET[str(value('action'))]}"
    if e.type == "market_move" and first("instrument") and first("move"):
        move = str(value("move") or "")
        if move[:1] in "+-":
            return f"{first('instrument')} {'rises' if move[0] == '+' else 'falls'} {first('move')}"
    if e.type == "launch" and first("organisation") and first("product"):
        said = sentence or e.sentence or ""      # the source's own verb: "launch" is one the check asks a line for
        verb = next((v for stem, v in _LAUNCH_VERBS if re.search(stem, said, re.IGNORECASE)), "unveils")
        return f"{first('organisation')} {verb} {first('product')}"
    if e.type == "incident" and first("organisation") and str(value("kind")) in _INCIDENT_NOUN and \
            not _gov(first("organisation")):
        return f"{first('organisation')} {_INCIDENT_NOUN[str(value('kind'))]}"
    return ""


# The subject of a move or an incident clause: what moved or what befell (``clause``'s own verbs).
_MOVED = re.compile(r"(.+?) (?:rises|falls|suffers|issues|reports|faces) ")


def _unnamed_subject(c: str, e: Event, comp: Composer) -> bool:
    """A market move or an incident whose subject names no company, index or body: a place ("Europe rises 6%",
    "China rises 12%": a region's shares told as a whole, read as an instrument) or one word the articles also write
    in lower case ("Solar rises 9%", "Crews suffers a fire": a sentence's opening word, not a name)."""
    m = _MOVED.match(c)
    if e.type not in ("market_move", "incident") or m is None:
        return False
    subject = m.group(1).strip()
    from topline.enrich.gazetteer import ALIASES
    if ALIASES.get(subject.lower(), ("", ""))[1] == "PLACE":
        return True
    return " " not in subject and subject.lower() in comp.lower_words
