"""A public body voting to act is its act (issue 12, events38): "The City Council voted 44 to 5 on Wednesday to rezone
the Hunts Point waterfront", "The FCC voted 3-0 on Thursday to auction 160 megahertz of upper C-band spectrum",
"Bergen city council voted on Tuesday to limit the number of cruise ships", "European Parliament lawmakers voted
362-271 to fast-track the Commission's proposal". The state-action rule reads acts by their action words; a vote
carries the act in the infinitive after it, whose verb says the kind. Read on the state actions events37 left unread
(the calibration corpora's councils, commissions and legislatures).

The voter is the subject of "voted" (a public body: ``spans._gov``, never a union's members, clubs or shareholders);
the vote is done ("voted", "has voted"), never one to come ("will vote", "is expected to vote") or one against; the
kind comes from the infinitive's verb (``_KIND``; a verb the table does not know gives no event), and a vote to
approve money is left to the rules of money (a subsidy or a build-out told in the same sentence).
"""
from __future__ import annotations

import re

from topline.enrich.entities import canonical_entity
from topline.events.clauses import Context, background
from topline.events.spans import _NOT_NAME, Raw, Span, _field, _gov
from topline.events.state import _jurisdiction

# The infinitive's verb -> the kind of state action, as the golds file acts (a ban restricts, a rule sets terms for a
# whole trade or place, "other" decides one case)
_KIND = {
    "ban": "ban", "prohibit": "ban", "outlaw": "ban", "bar": "ban", "sanction": "ban",
    "fine": "fine", "penalise": "fine", "penalize": "fine",
    "investigate": "probe", "probe": "probe", "review": "probe", "examine": "probe", "audit": "probe",
    "enact": "law", "pass": "law", "adopt": "law", "ratify": "law",
    "approve": "other", "reject": "other", "block": "other", "clear": "other", "confirm": "other",
    "fast-track": "other", "suspend": "other", "remove": "other", "dismiss": "other", "appoint": "other",
    "elect": "other", "sue": "other", "annul": "other", "overturn": "other", "grant": "other", "award": "other",
    "accept": "other", "censure": "other", "impeach": "other", "expel": "other", "recall": "other",
    "limit": "rule", "cap": "rule", "rezone": "rule", "raise": "rule", "increase": "rule", "cut": "rule",
    "lower": "rule", "reduce": "rule", "double": "rule", "triple": "rule", "halve": "rule", "auction": "rule",
    "require": "rule", "set": "rule", "extend": "rule", "allow": "rule", "restrict": "rule", "end": "rule",
    "scrap": "rule", "abolish": "rule", "introduce": "rule", "delay": "rule", "postpone": "rule", "freeze": "rule",
    "tighten": "rule", "ease": "rule", "lift": "rule", "amend": "rule", "mandate": "rule", "regulate": "rule",
    "phase": "rule", "impose": "rule", "create": "rule", "expand": "rule", "repeal": "rule", "relax": "rule",
}
# "voted 44 to 5", "voted 3-0", "voted 362-271", "voted unanimously", "voted on Wednesday", "voted late on Tuesday"
_VOTED = re.compile(r"\b(?:voted|has voted|have voted)\s+(?:(?:\d+\s*(?:-|\u2013|to)\s*\d+|unanimously|overwhelmingly|"
                    r"narrowly)\s+)?(?:(?:late\s+|early\s+)?on\s+[A-Z][a-z]+\s+|[A-Z][a-z]+day\s+|"
                    r"(?:late\s+|early\s+)?(?:last\s+night|this\s+week|today)\s+)?(?:(?:\d+\s*(?:-|\u2013|to)\s*\d+|"
                    r"unanimously)\s+)?to\s+(?P<verb>[a-z][\w-]*)")
# where the voter's clause opens: the sentence's start, past a dateline's dash, or a clause break
_OPENS = re.compile(r"(?:^|[,;:]\s+|\s[-\u2013\u2014]\s+)(?=[^,;:]*$)")
_SUBJECT_WORDS = 6    # words of the voter's noun phrase at most ("European Parliament lawmakers", "Bergen city council")
_LAW_OBJECT = re.compile(r"\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:bill|law|legislation|resolution|act|"
                         r"budget|treaty)\b", re.IGNORECASE)
_MONEY = re.compile(r"[$\u20ac\u00a3\u00a5\u20b9]\s?\d|\d\s*(?:million|billion|bn|mn|m)\b")


def voted_act(s: str, spans: list[Span], ctx: Context | None = None) -> Raw | None:
    """The act a public body voted for (see the module's docstring), or None."""
    if "vote" not in s:     # the cheap look: most sentences name no vote
        return None
    for m in _VOTED.finditer(s):
        verb = m.group("verb").lower()
        kind = _KIND.get(verb) or _KIND.get(re.sub(r"(?:e?s)$", "", verb))
        if kind is None or background(s, m, ctx):
            continue
        if verb == "approve" and _MONEY.search(s, m.end()):
            continue   # money approved: the subsidy or build-out rules read it
        if verb in ("clear", "pass", "approve", "adopt") and _LAW_OBJECT.match(s, m.end()):
            kind = "law"     # "The Senate voted 71-27 to clear a continuing resolution": a law passed
        head = s[:m.start()].rstrip()
        head = re.sub(r"\s+(?:(?:have|has|had|also|then|again|later|finally|formally|\w+ly)\s*)+$", "", head)
        opened = _OPENS.search(head)
        subject = head[opened.end():] if opened else head
        words = subject.split()
        if not words or len(words) > _SUBJECT_WORDS or not _gov(subject):
            continue
        start = len(head) - len(subject)
        while words and words[0].lower() in _NOT_NAME:   # "The City Council": the body without its article
            start += len(words[0]) + 1
            words = words[1:]
        if not words:
            continue
        text = " ".join(words)
        named = next((x for x in spans if x.start >= start and x.end == start + len(text) and _gov(x.text)), None)
        body = named or Span(text, start, start + len(text))
        fields = []
        jur = _jurisdiction(s, body)
        if jur:
            fields.append(_field("jurisdiction", jur[0], jur[1]))
        fields += [_field("body", body.text, body.text), _field("action", kind, m.group(0))]
        obj = re.match(r"\s+(?:the\s+)?", s[m.end():])
        tgt = next((x for x in spans if obj and x.start == m.end() + obj.end() and not _gov(x.text)), None)
        if tgt is not None:
            fields.append(_field("target", tgt.text, tgt.text))
        return Raw("state_action", tuple(fields), f"{canonical_entity(body.text) or body.text.lower()}|{kind}")
    return None
