"""The KIND of event a sentence tells, where the trigger words of two kinds overlap (issue 12, eleventh pass): an
accounting charge written with a spending verb ("added $600 million to its allowance for credit losses" is no
capital spending and no market move), the status of a deal ("in advanced discussions to acquire" is no agreed
purchase), and what a public body did with a rule or a licence (a grant, an approval, a postponement or a
withdrawal is not "regulating"). Rules about news prose, not about any one corpus."""
from __future__ import annotations

import re

# An amount booked against earnings: a provision, a reserve or allowance for losses, an impairment, a write-down or
# write-off, a one-time charge. Set aside or written down, it buys nothing and is not what a market did.
ACCOUNTING = re.compile(
    r"\b(?:allowances? for|provisions?|provisioning|provisioned|reserves? (?:build|builds|for|against)|"
    r"reserve[- ]build(?:ing)?|(?:loan|credit)[- ]loss(?:es)?|impairments?|impaired|write-?downs?|"
    r"wr(?:ote|ites?|itten|iting) (?:down|off)|write-?offs?|charge-?offs?|goodwill|"
    r"(?:one-time|one-off|pre-?tax|after-tax|non-cash|restructuring|accounting|litigation|legal|impairment)\s+"
    r"charges?|(?:took|takes|taking|booked|books|booking|recorded|records|recording) (?:an? )?(?:[\w$.-]+ ){0,3}"
    r"charges?)\b", re.IGNORECASE)
ACCOUNTING_BEFORE = 60   # characters before an amount that may name what it is booked as ("a provision of $2bn")
ACCOUNTING_AFTER = 60    # and after it ("$600 million to its allowance for credit losses"); set on sentences written
                         # for the rule (tests/events/test_extract_kinds.py): one clause either side, not the sentence


def accounting_amount(s: str, start: int, end: int) -> bool:
    """Whether the amount at ``s[start:end]`` is booked as a charge, provision or reserve: an accounting word in
    the same clause (no ";" or sentence break between) within the windows above."""
    before = re.split(r"[;:]|\.\s", s[max(0, start - ACCOUNTING_BEFORE):start])[-1]
    after = re.split(r"[;:]|\.\s", s[end:end + ACCOUNTING_AFTER])[0]
    return bool(ACCOUNTING.search(before) or ACCOUNTING.search(after))


# --- the status of a deal ---------------------------------------------------------------------------------------
# Not agreed: talked about, weighed, explored, approached; or ended: blocked, abandoned, rejected.
DEAL_UNAGREED = re.compile(
    r"\b(?:in (?:(?:advanced|early|preliminary|exclusive|late-stage|detailed) )?(?:talks|discussions|negotiations)|"
    r"(?:held|holding|hold|opened|entered) (?:\w+ )?(?:talks|discussions|negotiations)|negotiating|exploring|"
    r"explores|explored|weighing|weighs|considering|considers|mulling|mulls|studying|eyeing|approach(?:ed|es|ing)?|"
    r"could|might|(?-i:may))\b", re.IGNORECASE)
DEAL_ENDED = re.compile(r"\b(?:block(?:ed|s|ing)?|abandon(?:ed|s|ing)?|walked away|walks away|terminat(?:ed|es|ing)|"
                        r"scrap(?:ped|s)|called off|calls off|collapsed|rejected|rejects|prohibit(?:ed|s)|withdr(?:ew|"
                        r"awn|aws))\b", re.IGNORECASE)
DEAL_OFFERED = re.compile(r"\b(?:offer(?:ed|s|ing)? to (?:buy|acquire|take over|purchase)|"
                          r"(?:made|makes|making|launched|launches|tabled|submitted|raised|raises|sweetened) "
                          r"(?:an? |its |their )?(?:[\w$.-]+ ){0,3}(?:offer|bid|proposal)|"
                          r"bids? for|offers? for|(?:hostile|unsolicited|rival|takeover) (?:bid|offer))\b",
                          re.IGNORECASE)
DEAL_PLANNED = re.compile(r"\b(?:plans?|planned|planning|intends?|intended|aims?|seeks?|seeking|moves?|moved|"
                          r"is set|are set|wants?) to (?:buy|acquire|take over|purchase)\b", re.IGNORECASE)


# A deal whose terms are being negotiated (a stake and a price: "is negotiating to acquire 20% of X for about 90
# billion yen") is still a deal of the ledger, though not an agreed one: extraction keeps it, a title does not say
# "agrees to buy" (``deal_status`` says "unagreed").
NEGOTIATING = re.compile(r"\bnegotiating\b", re.IGNORECASE)
# Talks over a company at a price ("is in talks to acquire Forgeline, the maker of AI coding tools, for about $3
# billion", "in advanced talks to buy X in a deal worth about $4.5 billion") are a deal of the ledger as the golds of
# cal-ai, cal-ai2, eval-ai3 and eval-health keep them (events20); not talks over a stake ("in talks to buy a 20% stake",
# a deliberation the golds leave out) nor talks with no price.
PRICED_TALKS = re.compile(r"\bin (?:advanced |late-stage |exclusive |preliminary )?talks to (?:buy|acquire|take over) "
                          r"(?!(?:a|an|the|its)\s+(?:[\w%-]+\s+){0,3}?stake\b)[^.;]{0,90}?\b(?:for|worth|valued at)\s+"
                          r"(?:about |around |roughly |nearly |some |up to )?(?:[A-Z]{0,2}[$\u20ac\u00a3\u00a5]|\d)",
                          re.IGNORECASE)


def no_deal(s: str) -> bool:
    """A sentence that tells no purchase the ledger keeps: one explored, weighed, approached or talked about (but not
    one whose terms are negotiated), or one ended."""
    from topline.events.clauses import EARLIER

    s = EARLIER.sub("", s)   # "..., a day after the approach became public": what the deal follows (events20)
    status = deal_status(s)
    talks = NEGOTIATING.search(s) or PRICED_TALKS.search(s)
    pattern = PRICED_TALKS if PRICED_TALKS.search(s) else NEGOTIATING
    return status == "ended" or (status == "unagreed" and not (talks and not DEAL_UNAGREED.search(pattern.sub("", s))))


def deal_status(s: str) -> str:
    """What a sentence says of a purchase: "ended", "unagreed" (rumoured, in talks, weighed), "offered", "planned"
    or "agreed" (agreed, bought, completed; the plain telling)."""
    if DEAL_ENDED.search(s):
        return "ended"
    if DEAL_UNAGREED.search(s):
        return "unagreed"
    if DEAL_OFFERED.search(s):
        return "offered"
    if DEAL_PLANNED.search(s):
        return "planned"
    return "agreed"


# --- what a public body did with a rule, a ban, a probe or a subsidy ---------------------------------------------
# Undone or put off: a postponement, delay, pause, suspension, withdrawal, repeal or lifting is no move to regulate,
# ban, tax or subsidise (eleventh pass: "the Commission postponed the capital rules" had become "moves to regulate").
ACT_UNDONE = re.compile(r"\b(?:postpon(?:ed|es|e|ing|ement)|delay(?:ed|s|ing)?|defer(?:red|s|ring|ral)?|"
                        r"push(?:ed|es|ing)? back|put off|puts off|paus(?:ed|es|ing)|suspend(?:ed|s|ing)?|suspension|"
                        r"withdr(?:ew|awn|aws|awing)|scrap(?:ped|s|ping)|shelv(?:ed|es|ing)|repeal(?:ed|s|ing)?|"
                        r"revok(?:ed|es|ing)|rescind(?:ed|s|ing)?|water(?:ed|s|ing) down|relax(?:ed|es|ing)|"
                        r"lift(?:ed|s|ing)|dropp(?:ed|ing)|abandon(?:ed|s|ing)?|terminat(?:e|ed|es|ing)|"
                        r"clos(?:ed|es|ing) (?:its|the) (?:probe|investigation|inquiry))\b", re.IGNORECASE)

# A licence, charter, permit or approval granted: the body approves (its object is who it is granted to).
GRANTED = re.compile(r"\b(?:granted|grants|gave|gives|issued|issues|awarded|awards)\s+(?:an?\s+|the\s+|its\s+)?"
                     r"(?:(?:conditional|preliminary|final|full|provisional|formal)\s+)?"
                     r"(?:approval|charters?|licen[cs]es?|permits?|permission|authori[sz]ations?)\s+(?:for|to)\b",
                     re.IGNORECASE)
