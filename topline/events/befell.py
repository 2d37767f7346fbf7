"""What befell an organisation's money or service as an incident (issue 12, events31): the clause tells what happened
TO the organisation, not what it did to something else.

- *Money taken from it*: the organisation is the patient of a verb of taking in the passive ("Cross-chain bridge X
  was exploited for about $74 million", "X has been drained of about $74m", "the platform was hacked for $9 million"),
  or the subject of "lost" with the sum and the attack that took it ("X lost roughly $212 million in a hot wallet
  exploit", "lost $5 million to hackers"), or the subject of a clause whose attack "drained" a sum ("X has paused
  borrowing after an exploit that drained roughly $19 million"). The kind is the attack's noun as written (an exploit,
  a hack, a theft; "hackers" a hack), else the taking verb's noun; the scale is the sum.
- *Its service or output halted*: the organisation froze, suspended, paused, halted or stopped an activity it serves
  or makes (withdrawals, deposits, trading, payments, production, operations, shipments, ...): "X froze withdrawals",
  "X has suspended production at its Wisbech plant", "X paused deposits and withdrawals". The kind is the activity
  and the participle ("withdrawals frozen", "production halted"); the scale what the sentence counts. A public body
  halting another's activity is a state's act, not an incident of its own; one that would, might or did not halt
  is none.

Read on eval-crypto (whose drained bridges, exploited protocols and frozen withdrawals had no incident at all),
eval-retail, eval-ind, eval-health and eval-energy (production and sign-ups halted). The activity nouns are those a
service or a plant runs (``ACTIVITY``); the grammar (the voice, the subject, the object) is the evidence.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from topline.enrich.entities import canonical_entity
from topline.events.clauses import Context, background, bare
from topline.events.incident_scale import incident_fields
from topline.events.incidents import place_like, told_as_place
from topline.events.spans import Fig, Raw, Span, _field, _gov
from topline.speech import alternation

_MONEY = r"(?:(?:about|around|roughly|nearly|some|more than|over|almost|at least|an estimated|up to)\s+)?[$\u20ac\u00a3\u00a5]"
# the organisation as the patient of a taking verb: "was exploited for about $74 million", "has been drained of $74m"
_TAKEN = re.compile(r"\b(?:was|were|has been|had been|have been|is being)\s+(?P<verb>exploited|hacked|drained|robbed|"
                    r"breached|looted)\s+(?:of|for)\s+(?=" + _MONEY + r")")
# "lost roughly $212 million in a hot wallet exploit", "lost $5 million to hackers", "lost about $19 million on
# Tuesday after an attacker pumped the price"
_LOST = re.compile(r"\blost\s+(?=" + _MONEY + r")(?P<sum>[^,;:]{2,40}?)\s+(?:(?:on|early|late|overnight)\s+(?:[\w-]+\s+)?)?"
                   r"(?:in|to|after|through|from)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
                   r"(?P<noun>exploits?|hacks?|attacks?|theft|heists?|breach|hackers|attackers?)\b")
# "after an exploit that drained roughly $19 million": the attack drained the subject's money
_DRAINED = re.compile(r"\b(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?P<noun>exploit|hack|attack|theft|heist)\s+(?:that|which)\s+"
                      r"(?:had\s+|has\s+)?drained\s+(?=" + _MONEY + r")")
_KIND = {"hackers": "hack", "attacker": "attack", "attackers": "attack", "exploited": "exploit", "hacked": "hack",
         "drained": "theft", "robbed": "robbery", "breached": "breach", "looted": "theft"}

# What a service or a plant runs: an activity noun (customers' transactions, a market's trading, a plant's output)
ACTIVITY = (r"(?:withdrawals|deposits|transfers|trading|redemptions|borrowing|lending|payments|production|operations|"
            r"subscriptions|sign-ups|mining|shipments|deliveries|sales|services|flights|bookings)")
_PREPOSITION = r"(?!(?:before|after|in|on|at|of|for|to|from|and|or|with|by|as)\b)"
# the verbs of halting, by lemma: (the forms read, the kind's participle). "stop" is written as "halt", its synonym
# (WordNet 3.0 puts both in synset 02559752, "stop, halt, block: stop from happening or developing"), so one act of a
# plant has one kind however its outlets word it; "frozen" is read only after "has", "had" or "have" (below)
_HALTING = {
    "freeze": (("froze", "freezes", "freezing"), "frozen"),
    "suspend": (("suspend", "suspended", "suspends", "suspending"), "suspended"),
    "pause": (("paused", "pauses", "pausing"), "paused"),
    "halt": (("halt", "halted", "halts", "halting"), "halted"),
    "stop": (("stopped", "stopping", "stops"), "halted"),
}
_LEMMA = {form: lemma for lemma, (written, _) in _HALTING.items() for form in written} | {"frozen": "freeze"}
_HALTED = re.compile(
    r"\b(?P<verb>" + alternation(w for written, _ in _HALTING.values() for w in written) +
    r"|(?<=has |had )frozen|(?<=have )frozen)\s+"
    r"(?P<what>(?:(?:all|new|some|most|its|their|the)\s+)*(?:" + _PREPOSITION + r"[a-z][\w-]*\s+){0,2}?" + ACTIVITY +
    r"(?:\s+and\s+(?:" + _PREPOSITION + r"[a-z][\w-]*\s+)?" + ACTIVITY + r")?)\b")
# the halt said as not done, hypothetical or asked of someone else ("without halting withdrawals", "could halt",
# "ordered it to suspend")
_NOT_DONE = re.compile(r"\b(?:without|not|never|no|could|might|may|if|whether|unless|should|must|ordered|forced|"
                       r"asked|urged|told|threatened|refused)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
# determiners that open a sentence as its subject ("Several had paused sales"): no organisation (a closed class)
_QUANTIFIERS = frozenset("several many some most few both all others each various numerous".split())
_DETERMINERS = re.compile(r"^(?:(?:its|their|the)\s+)+")


def _fields(s: str, figs: list[Fig], org: Span, kind: str, kind_text: str, at: int) -> tuple:
    word = re.compile(r"(?P<kind>" + re.escape(kind_text) + r")").search(s, at)
    fields = incident_fields(s, word, figs, org.value, org.text)
    return tuple(("kind", kind, kind_text) if f[0] == "kind" else f for f in fields)


def _word(s: str, start: int, end: int) -> re.Match[str]:
    """A match of ``s[start:end]`` at ``start`` (what ``clauses.background`` reads the clause's time from)."""
    return re.compile(re.escape(s[start:end])).match(s, start)   # type: ignore[return-value]


def _clause(s: str, at: int) -> str:
    """``s`` up to the end of the clause that runs past ``at`` (its next comma, semicolon or dash)."""
    end = re.search(r"[,;:\u2013\u2014]", s[at:])
    return s if end is None else s[:at + end.start()]


def _money_after(figs: Sequence[Fig], at: int) -> Fig | None:
    return next((f for f in figs if f.figure.kind == "money" and f.start >= at), None)


def money_taken(s: str, figs: list[Fig], ctx: Context | None, who: Callable[[int], Span | None]) -> Raw | None:
    """An organisation's money taken by an attack in ``s`` (organisation, kind, the sum as scale), or None."""
    for rx in (_TAKEN, _LOST, _DRAINED):
        m = rx.search(s)
        if m is None or _NOT_DONE.search(s[:m.start()]) or background(_clause(s, m.end()), _word(s, m.start(), m.end(1)), ctx):
            continue   # the time of the taking verb's clause, not of a phrase after it ("..., becoming the biggest
                       # exchange hack so far this year")
        org = who(m.start())
        if org is None or _gov(org.text):
            continue
        taken = _money_after(figs, m.start())
        if taken is None:
            continue
        noun = m.groupdict().get("noun") or m.group("verb")
        kind = _KIND.get(noun.lower(), re.sub(r"s$", "", noun.lower()))
        fields = tuple(f for f in _fields(s, figs, org, kind, noun, m.start()) if f[0] != "scale")
        return Raw("incident", fields + (_field("scale", taken.figure.text, taken.figure.text),),
                   canonical_entity(org.value))
    return None


def halted(s: str, figs: list[Fig], ctx: Context | None, who: Callable[[int], Span | None]) -> Raw | None:
    """An organisation's own service or output frozen, suspended, paused or halted in ``s``, or None."""
    for m in _HALTED.finditer(s):
        if _NOT_DONE.search(s[:m.start()]) or background(s, m, ctx) or \
                re.search(r"\b(?:that|which|who)\s+(?:\w+\s+)?$", s[:m.start()]):
            continue   # "the lender that halted withdrawals on Monday": a relative clause recalls it
        org = who(m.start())
        if org is None or _gov(org.text) or told_as_place(s, org) or place_like(s, org) or \
                re.fullmatch(r"\s+(?:[a-z][\w-]*\s+){1,3}", s[org.end:bare(s, m.start())] + " ") or \
                (" " not in org.text and re.match(r"\s+(?!(?:has|was|is|says|does)\b)[a-z][\w-]*s\s", s[org.end:])) or \
                org.text.lower() in _QUANTIFIERS:
            continue   # "a large mine in Yichun halted operations": the place is not who halted; "Plants in Shiga
                       # and Nagano prefectures stopped operations": the name only modifies the subject's noun;
                       # "Several electronics plants ... halted": one capitalised word before a plural is a quantifier
        what = _DETERMINERS.sub("", m.group("what"))
        kind = f"{what} {_HALTING[_LEMMA[m.group('verb')]][1]}"
        return Raw("incident", _fields(s, figs, org, kind, m.group(0), m.start()), canonical_entity(org.value))
    return None


def befell(s: str, figs: list[Fig], ctx: Context | None, who: Callable[[int], Span | None]) -> Raw | None:
    """Money taken from an organisation, else its service halted (see the module's doc)."""
    return money_taken(s, figs, ctx, who) or halted(s, figs, ctx, who)
