"""Two ledger fields that say how a sentence tells its event (issue 12, events17): the ``status`` of a build-out, a
round or a purchase (planned, committed or completed) and the ``direction`` of a state action (imposes, eases or
neutral). Each is a field like any other: its ``text`` is the span of the sentence that says it, so it is grounded
by construction; a sentence that says neither gets no field (no default is stated by anyone).

The writer reads them (``write/offline/clause.py``: a planned build-out is "plans to build", not "commits";
``claim_guards.py``: a state action that eases a restriction is no "bans" or "moves to regulate") instead of
re-deriving them from the sentence. Rules about news prose, not about any one corpus.
"""

from __future__ import annotations

import re

from topline.events.kinds import DEAL_PLANNED
from topline.events.spans import Raw

STATUS_TYPES = frozenset({"capex", "funding", "acquisition"})
DESCRIPTIVE = frozenset({"status", "direction", "measure"})  # fields that tell how an event is told, not what it is

# --- status -------------------------------------------------------------------------------------------------------
# A plan: the writer's rule since signals16 ("plans to build", "proposed", "intends to invest"); the verb after
# "plans to" is kept in the span so the writer can say the source's own verb.
_PLAN_TO = re.compile(r"\b(?:plans?|planning|intends?|intending|aims?|aiming|proposes|proposing)\s+to\s+[a-z]+\b")
# (a noun "plans" is a plan only before "to" or "for": "low-cost plans sold online" is a tariff, no plan)
_PLAN = re.compile(
    r"\b(?:plans?\s+(?:to|for)|planning|planned|intends?|intending|proposes|proposed|proposing|"
    r"aims?\s+to|aiming)\b",
    re.IGNORECASE,
)
# A round still sought ("is seeking to raise", "in talks to raise", "looking to raise")
_ROUND_SOUGHT = re.compile(
    r"\b(?:(?:seeks?|seeking|sought|hopes?|hoping|looking|wants?|aims?|aiming|plans?|planning|"
    r"intends?|intending|in talks|in discussions)\s+to\s+raise|"
    r"(?:is|are) (?:in talks|in discussions|raising))\b",
    re.IGNORECASE,
)
# Done: a build-out opened or finished, a round closed, a purchase completed
_DONE = {
    "capex": re.compile(
        r"\b(?:completed|completes|has completed|finished building|opened|inaugurated|"
        r"commissioned|began operating|started operating|came online|entered (?:commercial )?"
        r"operation)\b",
        re.IGNORECASE,
    ),
    "funding": re.compile(
        r"\b(?:raised|has raised|had raised|closed|closes|completed|completes|secured|secures|"
        r"has secured|landed|bagged|netted)\b",
        re.IGNORECASE,
    ),
    "acquisition": re.compile(
        r"\b(?:completed|completes|has completed|closed|closes|finalised|finalized|"
        r"has acquired|(?<!be )acquired|(?<!be )bought|has bought|took over)\b",   # "agreed to be acquired": agreed
        re.IGNORECASE,
    ),
}
# Committed: agreed, signed, pledged, or said it will
_COMMITTED = {
    "capex": re.compile(
        r"\b(?:will|is to|are to|agreed to|agrees to|has agreed to|committed|commits|pledged|pledges|"
        r"promised|promises|"
        r"signed|is building|are building|began building|started building|began construction|"
        r"started construction|broke ground|approved)\b",
        re.IGNORECASE,
    ),
    "funding": re.compile(
        r"\b(?:agreed to invest|agrees to invest|will invest|committed|commits|pledged|pledges|"
        r"is raising|are raising)\b",
        re.IGNORECASE,
    ),
    "acquisition": re.compile(
        r"\b(?:agreed to|agrees to|has agreed to|signed|signs|(?:definitive|binding) agreement|"
        r"struck a deal|strikes a deal|reached a deal|will (?:buy|acquire|take over|purchase))\b",
        re.IGNORECASE,
    ),
}


def status(kind: str, sentence: str) -> tuple[str, str] | None:
    """(value, span) of the status ``sentence`` states for an event of type ``kind`` (capex, funding, acquisition),
    or None. A plan outranks the rest ("plans to build" in a sentence that also says "will"); then done, then
    committed."""
    if kind not in STATUS_TYPES:
        return None
    plan = _planned(kind, sentence)
    if plan is not None:
        return "planned", plan
    for value, rules in (("completed", _DONE), ("committed", _COMMITTED)):
        m = rules[kind].search(sentence)
        if m is not None:
            return value, m.group(0)
    return None


def _planned(kind: str, sentence: str) -> str | None:
    if kind == "funding":
        m = _ROUND_SOUGHT.search(sentence)
        return m.group(0) if m else None
    if kind == "acquisition":
        m = DEAL_PLANNED.search(sentence)
        return m.group(0) if m else None
    m = _PLAN_TO.search(sentence) or _PLAN.search(sentence)
    return m.group(0) if m else None


# --- direction ----------------------------------------------------------------------------------------------------
# A state action that eases a restriction (moved here from claim_guards.py, where signals16 wrote it: "Switzerland's
# lower house of parliament voted ... to relax a ban on the re-export of Swiss-made weapons" was read as "moves to
# regulate"). Only a verb of easing whose object is a restriction within three words: "will impose a 25% tariff ...,
# but will exempt companies" and "ending a duty exemption" are tariffs imposed; "scrap a 9% export tax rebate" eases
# nothing.
EASES = re.compile(
    r"\b(?:loosen\w*|eas(?:e|es|ed|ing)|relax\w*|lift(?:s|ed|ing)?|scrap\w*|repeal\w*|"
    r"roll(?:s|ed|ing)? back|water(?:s|ed|ing)? down)\s+(?:\S+\s+){0,3}?(?:bans?|rules?|"
    r"restrictions?|limits?|curbs?|controls?|regulations?|quotas?|requirements?|sanctions?|"
    r"embargo(?:es)?|moratorium)\b|"
    # events19: a tax, levy or duty cut ("approved cuts in excise tax", "will cut duties on almonds"); not a tax credit
    # or rebate scrapped (that takes money back)
    r"\b(?:cut|cuts|cutting|lower(?:s|ed|ing)?|reduc(?:e|es|ed|ing)|halv(?:e|es|ed|ing)|abolish\w*)\s+"
    r"(?:in\s+|on\s+)?(?:\S+\s+){0,3}?(?:tax|taxes|levy|levies|excise|dut(?:y|ies)|tariffs?)\b"
    r"(?!\s+(?:credits?|breaks?|rebates?|reliefs?|exemptions?|incentives?)\b)",
    re.IGNORECASE,
)
# What a state action imposes: a ban, a fine, a tariff, a rule or a law (a restriction, a penalty or a levy); a probe,
# a subsidy or any other decision restricts nobody by itself.
IMPOSING_ACTIONS = frozenset({"ban", "fine", "tariff", "rule", "law"})


def direction(sentence: str, action: str, action_text: str) -> tuple[str, str] | None:
    """(value, span) of the direction of a state action: "eases" when the sentence eases a restriction, "imposes"
    for a ban, fine, tariff, rule or law, else "neutral" (the span is the action's own words); None when the action's words
    are not in the sentence."""
    m = EASES.search(sentence)
    if m is not None:
        return "eases", m.group(0)
    if not action_text or action_text not in sentence:
        return None
    return ("imposes" if action in IMPOSING_ACTIONS else "neutral"), action_text


def told(raw: Raw, sentence: str) -> Raw:
    """``raw`` with the status or direction its ``sentence`` states, as fields grounded in that sentence."""
    got = None
    if raw.type in STATUS_TYPES:
        got = status(raw.type, sentence)
        name = "status"
    elif raw.type == "state_action":
        action = next(((v, t) for n, v, t in raw.fields if n == "action"), None)
        got = direction(sentence, str(action[0]), action[1]) if action else None
        name = "direction"
    if got is None or any(n == name for n, _, _ in raw.fields):
        return raw
    return Raw(raw.type, (*raw.fields, (name, got[0], got[1])), raw.key, raw.cited)
