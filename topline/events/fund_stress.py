"""A fund's or a platform's incidents in the finance press's own words (issue 12, mend30): redemptions or withdrawals
gated, limited or restricted ("Obrenmark Capital has gated redemptions from its flagship fund", "before the hedge fund
limited redemptions"; a stop, "froze withdrawals", "paused deposits and withdrawals", is ``befell``'s and read there
first), and a fund that closes ("Hamish Tregarthen is closing Thistlebrook Macro, the hedge fund he founded", "Thistlebrook Macro, one of the
best-known macro hedge funds, is returning $3.8 billion and shutting down"). Read on eval-capital's and eval-crypto's
incident misses (calibration: no incident word in the sentence); the words of fund and lending news, not of one
corpus.

The organisation is who gates (the verb's subject, ``who``), or for a closure the fund closed, named as the verb's
object with an appositive calling it a fund, or the fund that is the subject. The kind is "redemptions gated" or
"withdrawals gated" for a limit on them (a gate, in the press's word: "gated", "limited", "restricted", "capped"),
"hedge fund closure" or "fund closure". None when the act is supposed, denied or recalled from an earlier time, when a
public body limits withdrawals (a central bank's rule is its state act), or when no name acts ("Banks will limit
dollar withdrawals"). A fund "closed at $4.2bn" is a fund close (money raised), never a closure: a closure has no
amount after its verb and is told of a fund as its object or subject.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from topline.enrich.entities import canonical_entity
from topline.events.clauses import Context, background
from topline.events.incidents import _HYPOTHETICAL, negated
from topline.events.spans import Raw, Span, _gov

# A gate: the verb of a limit before what investors or customers take out, up to two words between ("all",
# "customer", "deposits and"); its passive ("withdrawals were limited").
_LIMIT = r"gated|gates|gating|limited|limits|limiting|restricted|restricts|capped|caps"
_TAKEN = r"(?P<noun>redemptions|withdrawals)"
_GATE = re.compile(
    rf"\b(?P<verb>{_LIMIT})\s+(?:(?:all|its|their|customer|client|investor|some|further|new|"
    rf"(?:deposits|borrowing|trading|transfers)\s+and)\s+){{0,2}}{_TAKEN}\b|"
    rf"\b(?P<noun2>[Rr]edemptions|[Ww]ithdrawals)\s+(?:(?:were|was|have\s+been|had\s+been|has\s+been)\s+)"
    rf"(?P<verb2>gated|limited|restricted|capped)\b")
# "without halting withdrawals", "no plans to suspend": no gate
_NOT_DONE = re.compile(r"\b(?:without|if|whether|unless|not|never|no|avoid|avoided|ruled out)\s+(?:[\w-]+\s+){0,3}$",
                       re.IGNORECASE)


def _kind(noun: str) -> str:
    return "redemptions gated" if noun.lower() == "redemptions" else "withdrawals gated"


# A closure: the fund named as the object with an appositive calling it a fund ("is closing Thistlebrook Macro, the
# hedge fund he founded"), or a fund as the subject of an intransitive closing verb ("..., one of the best-known
# macro hedge funds, is returning $3.8 billion and shutting down"; "will shut down and return capital").
_CLOSE_OBJECT = re.compile(r"\b(?:closing|shutting|winding\s+down|liquidating|will\s+close|to\s+close|will\s+shut|"
                           r"to\s+shut|will\s+liquidate|to\s+liquidate)\s+(?:down\s+)?$")
_FUND_APPOSITIVE = re.compile(r"^,\s+(?:the|a|an|its|his|her|their|one\s+of\s+the)\s+(?:[\w'\u2019-]+\s+){0,4}?"
                              r"(?P<hedge>hedge\s+)?funds?\b")
_CLOSES = re.compile(r"\b(?:shut(?:s|ting)?\s+down|wind(?:s|ing)?\s+down|wound\s+down|liquidat(?:e|es|ed|ing)\s+"
                     r"(?:itself|the\s+fund)|clos(?:e|es|ing)\s+(?:down|its\s+doors)|will\s+close(?=\s+(?:and|by|"
                     r"at\s+the\s+end|after)\b|[,.]))")


def _closure(s: str, spans: Sequence[Span], ctx: Context | None,
             who: Callable[[int], Span | None]) -> Raw | None:
    for x in spans:
        tail = _FUND_APPOSITIVE.match(s[x.end:])
        if tail is None or _gov(x.text):
            continue
        hedge = "hedge fund closure" if tail.group("hedge") else "fund closure"
        verb = _CLOSE_OBJECT.search(s[:x.start])
        if verb is not None and not _open(s, verb, ctx):
            return _raw(x, hedge, verb.group(0).strip())
        c = _CLOSES.search(s, x.end)
        # the fund is the closing verb's subject: the verb in the clause after the appositive, no other name between
        if c is not None and not _open(s, c, ctx) and not any(x.end + tail.end() < y.start < c.start() for y in spans) and \
                not re.search(r"[;:]|\b(?:which|who|that|after|because|while)\b", s[x.end + tail.end():c.start()]):
            subject = who(c.start())
            if subject is None or subject.text == x.text:
                return _raw(x, hedge, c.group(0))
    return None


# A subordinate clause after the verb tells the cause, with its own time ("will shut down after losing 9% last
# year"): the act's time is read from its own clause
_CAUSE_AFTER = re.compile(r"\s(?:after|because|following|since|as|when)\b")


def _open(s: str, m: re.Match[str], ctx: Context | None) -> bool:
    """The act at ``m`` is only supposed, denied, avoided or recalled from an earlier time."""
    before = s[:m.start()]
    cause = _CAUSE_AFTER.search(s, m.end())
    own = s[:cause.start()] if cause else s
    return bool(_HYPOTHETICAL.search(before) or _NOT_DONE.search(before) or negated(before) or
                background(own, m, ctx))


# "before the hedge fund limited redemptions": a fund, manager or platform named by its common noun as the verb's
# subject stands for the article's main actor (as ``clauses.agent`` reads "the company")
_FUND_ANAPHOR = re.compile(r"\b[Tt]he\s+(?:[\w-]+\s+)?(?:hedge\s+fund|fund|manager|fund\s+manager|firm|lender|"
                           r"exchange|platform)\s+(?:(?:has|had|also|then)\s+)?$")


def _fund_anaphor(s: str, at: int, ctx: Context | None) -> Span | None:
    m = _FUND_ANAPHOR.search(s[:at])
    if m is None or ctx is None or not ctx.company:
        return None
    words = m.group(0).rstrip()
    return Span(words, m.start(), m.start() + len(words), ref=ctx.company)


def _raw(org: Span, kind: str, kind_text: str) -> Raw:
    return Raw("incident", (("organisation", org.value, org.text), ("kind", kind, kind_text)),
               canonical_entity(org.value))


def fund_stress(s: str, spans: Sequence[Span], ctx: Context | None,
                who: Callable[[int], Span | None]) -> Raw | None:
    """Redemptions or withdrawals gated, or a fund closing, in ``s``; or None."""
    g = _GATE.search(s)
    if g is not None and not _open(s, g, ctx):
        org = who(g.start()) or _fund_anaphor(s, g.start(), ctx)
        if org is not None and org.start < g.start() and not _gov(org.text) and \
                not _gov(s[max(0, org.start - 30):org.start]):
            return _raw(org, _kind(g.group("noun") or g.group("noun2")), s[g.start():g.end()])
    return _closure(s, spans, ctx, who)
