"""Market moves of funds and holdings, as asset-management news tells them (issue 12, events34).

Two moves the share-price rule (``moves.market_moves``) does not read, each in the prose of fund and pension news:

* **money flowing into or out of a fund**: "US spot bitcoin exchange-traded funds recorded net outflows of $840
  million on Monday", "The Quinmoor Bitcoin Trust ... had outflows of $312 million", "gathered a record $61 billion of
  net inflows in February", "after suffering net outflows of 2.3 billion euros in the fourth quarter", "took in a net
  $310 million". The instrument is the flow's subject, a name (the fund, the trust, the manager whose funds they
  are); the move is the flow in the sentence's words ("net outflows of $840 million"), unsigned, so no writer tells
  it as a price that rose or fell; the date is the article's (flow data are reported a day or more after, by day,
  week, month or quarter, and the report is the news).
* **a holding marked down or up by a percentage**: "has marked down its stake in Severnholt Water by 30%", "its
  decision to mark down its holding in X by 30 per cent", "wrote down the value of its investment in X by 25%" ("cut its stake by 5%" sells shares: not read). The
  instrument is the holder's stake in the company ("Kilverne Pension Scheme's stake in Severnholt Water"), the move
  the signed percentage. A mark to a level ("to 45 cents on the dollar") is a level, not a move: not read.
"""
from __future__ import annotations

import re
from typing import Sequence

from topline.enrich.entities import canonical_entity
from topline.events.clauses import Context, agent, bare
from topline.events.spans import _JURISDICTION_ADJ, Fig, Raw, Span, _field, _gov, _subject

_AMOUNT_HEDGE = r"(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|some\s+|more than\s+|over\s+|an estimated\s+)?"
_FLOW_NOUN = r"(?:inflows?|outflows?|withdrawals|redemptions|new money|net new (?:money|assets))"
_FLOW_VERB = (r"(?:recorded|records|recording|suffered|suffers|suffering|had|has|posted|posts|posting|saw|sees|"
              r"reported|reports|logged|logs|took in|takes in|taking in|gathered|gathers|attracted|attracts|drew|"
              r"pulled in|lost|loses|bled|experienced)")
# "recorded net outflows of $840 million", "had outflows of $312 million", "took in a net $310 million", "gathered a
# record $61 billion of net inflows", "lost €2.3 billion in net outflows"
_FLOW = re.compile(
    rf"\b{_FLOW_VERB}\s+(?:a\s+)?(?:record\s+|further\s+|combined\s+)?(?:"
    rf"(?P<noun1>(?:net\s+)?{_FLOW_NOUN})\s+of\s+{_AMOUNT_HEDGE}(?=[A-Z]{{0,3}}[$€£¥\d]|[A-Z]{{3}})|"
    rf"(?P<net>net\s+)(?=[A-Z]{{0,3}}[$€£¥\d]|[A-Z]{{3}})|"
    rf"{_AMOUNT_HEDGE}(?=[A-Z]{{0,3}}[$€£¥\d]|[A-Z]{{3}}))", re.IGNORECASE)
_FLOW_AFTER = re.compile(rf"^\s+(?:of|in)\s+(?:net\s+)?(?:new\s+)?{_FLOW_NOUN}\b", re.IGNORECASE)


_STOP = frozenset("and or but while as after that which who whose when where because since than with by for to in "
                  "on at from of said says".split())
_FUND_HEAD = re.compile(r"(?:funds?|ETFs?|ETPs?|trusts?|products|vehicles|portfolios?)$", re.IGNORECASE)
_PARTICIPLE = re.compile(r"\b(?:after|following|with|despite)\s+$", re.IGNORECASE)
_APPOSED = re.compile(r",\s+(?:which|who|a|an|the)\b[^,;]{2,120},\s*$")
SUBJECT_WORDS = 7   # words of the flow's subject phrase at most ("Kelbrook Global's US-listed exchange-traded funds")


def _flow_subject(s: str, at: int, pool: Sequence[Span], ctx: Context | None) -> Span | None:
    """Whose flow it is: the phrase that ends right before the verb and opens with a capital, headed by a fund's
    noun ("US spot bitcoin ETFs", "European Article 9 funds", "Kelbrook Global's US-listed exchange-traded funds"),
    else the name right before the verb (past an appositive: ``clauses.agent``); in a participial clause ("after
    suffering net outflows") the sentence's subject. None for a phrase of common words ("The firm's funds")."""
    cut = bare(s, at)
    apposed = _APPOSED.search(s[:cut])   # "Article 8 funds, which promote ..., took in": the phrase before it
    cut = apposed.start() if apposed else cut
    words = list(re.finditer(r"\S+", s[:cut]))
    run: list[re.Match[str]] = []
    for w in reversed(words):
        if w.group(0).endswith((",", ";", ":", ")")) or w.group(0).lower() in _STOP or len(run) >= SUBJECT_WORDS:
            break
        run.insert(0, w)
    while run and not run[0].group(0)[:1].isupper():
        run.pop(0)
    if run and run[0].group(0) in ("The", "So-called", "Its", "Their"):
        run.pop(0)
    if run and run[0].group(0)[:1].isupper() and _FUND_HEAD.search(run[-1].group(0)):
        return Span(s[run[0].start():run[-1].end()], run[0].start(), run[-1].end())
    who = agent(s, at, pool, ctx)
    if isinstance(who, Span) and who.text.lower().rstrip(".") not in _JURISDICTION_ADJ:
        return who
    if who is None and _PARTICIPLE.search(s[:at]):
        return _subject(s, at, pool)
    return None


def _holder(s: str, at: int, pool: Sequence[Span], ctx: Context | None) -> Span | None:
    who = agent(s, at, pool, ctx)
    return who if isinstance(who, Span) else (None if who else _subject(s, at, pool))


def fund_flows(s: str, spans: Sequence[Span], figs: Sequence[Fig], day: str, ctx: Context | None = None) -> list[Raw]:
    """The flows into or out of funds a sentence tells (see the module's doc), each a market move of its subject."""
    out: list[Raw] = []
    pool = [x for x in spans if not _gov(x.text)]
    for m in _FLOW.finditer(s):
        money = next((f for f in figs if f.start == m.end() and f.figure.kind == "money"), None)
        if money is None:
            continue
        if m.group("noun1"):
            span = (m.start("noun1"), money.end)
        else:   # the flow's noun after the amount, or "a net $310 million" taken in
            after = _FLOW_AFTER.match(s[money.end:])
            if after is None and not (m.group("net") and re.match(r"took in|takes in|taking in", m.group(0), re.I)):
                continue
            span = (money.start if after is not None else m.start("net"), money.end + (after.end() if after else 0))
        who = _flow_subject(s, m.start(), pool, ctx)
        if who is None:
            continue
        told = s[span[0]:span[1]]
        key = f"{canonical_entity(who.value) or who.value.lower()}|flow|{day}"
        if all(r.key != key for r in out):
            out.append(Raw("market_move", (_field("instrument", who.value, who.text), _field("move", told, told),
                                           _field("date", day, "")), key))
    return out


# "has marked down its stake in Severnholt Water by 30%", "to mark down its holding in X by 30 per cent"
_MARKED = re.compile(
    r"\b(?:(?P<down>mark(?:s|ed|ing)?\s+down(?:\s+the\s+value\s+of)?|wr(?:ote|ites|itten|iting)\s+down(?:\s+the\s+"
    r"value\s+of)?|cut(?:s|ting)?\s+the\s+value\s+of)|(?P<up>mark(?:s|ed|ing)?\s+up(?:\s+the\s+value\s+of)?|"
    r"wr(?:ote|ites|itten|iting)\s+up))\s+(?P<poss>its|their|the)\s+"
    r"(?P<what>(?:[\w%-]+\s+){0,2}?(?:stake|holding|investment|shareholding|position))\s+in\s+",
    re.IGNORECASE)
MARK_GAP = 12   # characters between the company held and "by": "by", "by about"


def markdowns(s: str, spans: Sequence[Span], figs: Sequence[Fig], day: str, ctx: Context | None = None) -> list[Raw]:
    """A holder marking its holding in a company down or up by a percentage (see the module's doc)."""
    out: list[Raw] = []
    for m in _MARKED.finditer(s):
        held = next((x for x in spans if x.start == m.end()), None)
        if held is None:
            continue
        pct = next((f for f in figs if f.figure.kind == "percent" and f.figure.unit == "%" and f.start > held.end
                    and f.start - held.end <= MARK_GAP and re.fullmatch(r"\s+by\s+(?:about\s+|around\s+|some\s+)?",
                                                                         s[held.end:f.start])), None)
        if pct is None or re.search(r"\b(?:could|might|may|would|considering|plans? to)\s+(?:\w+\s+)?$", s[:m.start()]):
            continue
        pool = [x for x in spans if x.end <= m.start() and not _gov(x.text)]
        owner = _holder(s, m.start(), pool, ctx)
        if owner is None or m.group("poss").lower() == "the":
            continue
        name = f"{owner.value}'s {m.group('what')} in {held.text}"
        sign = "-" if m.group("down") else "+"
        out.append(Raw("market_move", (_field("instrument", name, s[m.start("poss"):held.end]),
                                       _field("move", f"{sign}{pct.figure.value:g}%", pct.figure.text),
                                       _field("date", day, "")),
                       f"{canonical_entity(name) or name.lower()}|{day}"))
    return out
