"""Typed events from the sentences of a story's articles, by rules: no model, no network.

A sentence states an event when it carries a trigger of the type (a verb or noun: "raised", "to acquire", "will
build", "opened a probe", "shares fell", "unveiled", "outage") and the figure or name the type needs (an amount
for a funding round, a capacity or an amount for a build-out, a move for a market move ...). Each field keeps the
span as written in its sentence, so every field is grounded by construction; values are typed (amounts in units,
ISO currency codes, capacities in watts).

Fields are filled by role (``clauses``): the company, acquirer or organisation is the subject of the trigger verb
(past auxiliaries and appositives; the agent after "by" in the passive), "the company" stands for the article's
main actor; a trigger whose clause is set in an earlier month or year is background, not an event of the day.

An article contributes its first sentence per event (the lead states the news; later sentences repeat or add
context); the story's articles are then merged by type and key (the company, the acquirer ...), so a field that
outlets state differently keeps one value per version with its outlet.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Callable, Container, Iterable, Sequence

from topline.enrich.entities import canonical_entity
from topline.events.clauses import Context, agent, aliases, background, bare, in_relative, modifier  # noqa: F401
from topline.events.moves import market_moves, told_before_cause
from topline.events.donations import donated
from topline.events.outputs import _capacity_value, _output, _site_output  # noqa: F401 - moved out (events31)
from topline.events.capex_words import (HIRES_CONTRACTOR, _ROUTE_END, _WHOLE_TRADE, build_price, contract_value,  # noqa: F401
                                       _ADJECTIVAL, _BUILT_BY, _CAPEX_VERB, _COMMON_STARTS, _CONTRACT,
                                       _OF_POWER, _PARTICIPLE_ADJ, _SITE_NOUN, _SUPPLY, GOVERN_CHARS, ORDER, PROGRAMME_AFTER,
                                       MIN_CAPACITY_W, counted)
from topline.events.deals import (MERGER_OF, could_be_sale, goods_gap, later_price, merger_parties, per_share, price_before_noun, sale,
                                  told_as_kind)
from topline.events.kinds import PRICED_TALKS, accounting_amount, no_deal
from topline.events.casualties import later_casualties
from topline.events.acting import _may_act, _unbased
from topline.events.launches import counted_payload, dated_plan, no_product, orbital, own_launch, to_come, went_live
from topline.events.rounds import participants_event
from topline.events.round_guards import no_persons, not_raised, running_total
from topline.events.fund_closes import fund_close, listing_pulled, target_amount
from topline.events.bond_sales import bond_sale
from topline.events.spend_words import no_spending, spending_trigger
from topline.events.operators import SiteOperators, nearest_operator
from topline.events.places import bare_place, struck_place
from topline.events.bodies import carried_jurisdiction, named_bodies
from topline.events.closures import closure
from topline.events.craft import craft_loss
from topline.events.outages import outage
from topline.events.disruptions import disruption, later_sick
from topline.events.fund_stress import fund_stress
from topline.events.befell import befell
from topline.events.job_cuts import job_cuts
from topline.events.remember import lead as _lead, remember as _remember
from topline.events.speakers import SPEAKS_NEXT as _SPEAKS_NEXT, reduced
from topline.events.curtailments import curtailment
from topline.events.openings import opening
from topline.events.capacities import stated_capacity
from topline.events.facilities import priced_facility
from topline.events.formats import new_format
from topline.events.strikes import later_strikers, loose_striker, strike, union_striker
from topline.events.incident_scale import incident_fields as _incident_fields
from topline.events.incident_words import blocked_site, hazard, incident_word
from topline.events.attackers import attacker, common_opener, reporter
from topline.events.products import LEAD_SENTENCES, SERVICE_VERB, _apposed_name, _common_product, _one_launch_per_description
from topline.events.spans import (_BODY_JURISDICTION, _DATELINE, _GOVERNMENT, _GOVERNMENT_CASED,  # noqa: F401
                                  _JURISDICTION_ADJ, _NOT_NAME, _TITLE_WORD, Fig, Raw, Span, _after, _field, _gov,
                                  _places, _subject, actors,
                                  figures, names, remembering)
from topline.events.reading import furniture, safe, safe_sentences  # noqa: F401 - used here and re-exported
from topline.events.incidents import (_HYPOTHETICAL, _HYPOTHETICAL_AFTER, _OPERATED_BY, _VESSEL, _WORKS, _kind,  # noqa: F401
                                      FAILURE_WORDS, _responder, perpetrator, year_like, city, told_as_place, negated, place_like, site_kind,
                                      structural)
from topline.events.state import _ACTIONS, _STATE_VERB, STATE_GAP, _jurisdiction, _not_an_act  # noqa: F401
from topline.events.state_acts import nation, state_action_or_act
from topline.events.status import DESCRIPTIVE, told
from topline.events.merge import (AMOUNT_RATIO, SCALE_RATIO, _event, _merge_key, _named_instrument,  # noqa: F401
                                  _same_amount, _same_instrument)
from topline.records import Article, Event, StoryBundle

MAX_SENTENCES = 40        # sentences read per article: events are stated early; long tails add noise and time
# Types whose event a later sentence of the same article may complete (``extract``): a field the first statement
# lacked. Not market moves (each sentence's move is its own), thirteenth pass.
COMPLETED_LATER = frozenset({"funding", "acquisition", "capex", "state_action", "launch", "incident"})
MAX_WORDS = 70            # a longer "sentence" is a list or a table row run together

# --- triggers -------------------------------------------------------------------------------------------------

_FUNDING = re.compile(r"(?<=['’]s )(?:[$€£]?[\d.,]+\s*(?:bn|m|billion|million)?\s+)?fundraising\b|"   # "X's $6.5bn fundraising"
                      r"\b(?:rais(?:es|ed|ing)|(?:seeking|seeks|sought|filed|files|aims|plans) to raise|"
                      r"initial public offering|IPO\b|funding round|financing round|Series [A-H]\b|"
                      r"seed (?:round|funding)|"
                      r"secured?s? .{0,40}?(?:funding|financing|investment)|closed? .{0,30}?round|"
                      r"growth round|equity round|venture round|pre-IPO round)", re.IGNORECASE)
_STAGE = re.compile(r"\b(Series [A-H]\d?|pre-seed|seed|growth|pre-IPO|Series [A-H]-\d)\b(?= (?:round|funding|"
                    r"financing|extension))|\b(initial public offering|IPO|Series [A-H])\b", re.IGNORECASE)
_ACQ = re.compile(r"\b(?:(?:agreed|agrees|plans|planned|offered|offers|moved|moves|is set|bid) to (?:buy|acquire|"
                  r"take over|purchase)|acquir(?:e|es|ed|ing)|buys|bought|buying|(?:to|would|will)\s+buy(?!\s+back)|takeover of|take over|took over|"
                  r"acquisition of|purchase of|purchased?|merge(?:s|d)? with|merger with|merger of|merger between|"
                  r"bid for)\b", re.IGNORECASE)
_CAPEX = re.compile(r"\b(?:build(?:s|ing)?|built|construct(?:s|ed|ing|ion)?|invest(?:s|ed|ing|ment)?|"
                    r"plant|factory|gigafactory|fabs?|data cent(?:re|er)s?|farm|park|project|expan(?:d|ds|ded|sion)|"
                    r"develop(?:s|ed|ing|ment)?|install(?:s|ed|ing|ation)?|capex|capital (?:spending|expenditure)|"
                    r"commission(?:s|ed|ing)?|pipeline|storage|battery|turbines?|"
                    r"terminal|grid|line|interconnector|cable|smelter|mine|refinery|"
                    # fifteenth pass (eval-prop): the sites a property or infrastructure owner builds (events19: depots)
                    r"airports?|runways?|mill|campus|warehouses?|(?:distribution|fulfil?ment) cent(?:re|er)s?|"
                    r"hospitals?|remodel\w*|refurbish\w*|renovat\w*|moderni[sz]\w*)\b", re.I)   # events20
_LAUNCH = re.compile(r"\b(?:launch(?:ed|es|ing)?|unveil(?:ed|s|ing)?|introduc(?:ed|es|ing)|releas(?:ed|es)|(?<=to |ll )release|"
                     r"announced(?= [A-Z][\w-]+(?: [A-Z0-9][\w.-]*)*, (?:a|an|its|the) )|"
                     r"rolled out|rolls out|debut(?:ed|s)|(?:began|begun) selling|start(?:ed|s) selling|"
                     r"switched on|brought online|came online|started (?:operations|production)|"
                     r"entered service|"
                     # fourteenth pass: a service begun ("began issuing the first Hong Kong dollar stablecoin")
                     r"(?:began|begun|begins|started|starts) (?:offering|issuing|operating|running|flying|shipping|"
                     r"supplying|delivering)|"
                     # "has started a five-times-weekly freighter service": a new service or route is started
                     # (ninth pass)
                     r"(?:start(?:ed|s)|began|begins|open(?:ed|s))(?= (?:a|an|its) (?:new )?(?:[\w-]+ ){0,4}"
                     r"(?:service|route|sailings?|flights?)\b))\b", re.IGNORECASE)
_MONEY_AFTER_VALUE = re.compile(r"valu(?:ed|ing|ation|es)\b[^.;]{0,40}$", re.IGNORECASE)
_INVESTORS_LEAD = re.compile(r"\b(?:led by|co-led by|from|backed by|participation (?:from|of)|including|joined by|"
                             r"investors?(?: such as| including)?|with (?:backing|investment|funding|money) from)\s",
                             re.IGNORECASE)
_PRICE_LEAD = re.compile(r"\b(?:for|valued at|worth|in a deal (?:valued at|worth)|at|price of|paying)\s+"
                         r"(?:about |around |roughly |nearly |some |up to |an estimated )?$", re.IGNORECASE)
_FORWARD_ONLY = re.compile(r"\b(?:could|might|(?-i:may)|would consider|considering|weighs|weighing|mulls|rumou?red|"
                           r"talks to|in talks|denied|no plans)\b", re.IGNORECASE)


def _list_after(sentence: str, at: int, spans: Sequence[Span], stop: int | None = None) -> list[Span]:
    """Names listed after ``at`` up to the end of the list: names joined by ", " or "and"; after "and" the list
    ends ("Alibaba and Tencent, Kuaishou said": Kuaishou is not listed), as it does at a name followed by a verb."""
    out: list[Span] = []
    end = stop if stop is not None else len(sentence)
    cursor = at
    closed = False
    for s in spans:
        if s.start < at or s.start >= end:
            continue
        gap = sentence[cursor:s.start]
        if out and (closed or not re.fullmatch(r"\s*(?:,|,?\s*and|&|as well as)\s*(?:the\s+)?", gap)):
            break
        if out and _SPEAKS_NEXT.match(sentence, s.end):
            break
        closed = closed or bool(out and re.search(r"\band\b|&|as well as", gap))
        out.append(s)
        cursor = s.end
    return out


def _money(figs: Sequence[Fig]) -> list[Fig]:
    return [f for f in figs if f.figure.kind == "money"]


def _power(figs: Sequence[Fig]) -> list[Fig]:
    return [f for f in figs if f.figure.kind == "quantity" and f.figure.unit in ("W", "Wh")]


# "values the artificial intelligence developer at $90 billion": the verb's object may run longer than the 40
# characters above, as long as no other amount stands between the verb and this one.
_VALUES_AT = re.compile(r"\bvalu(?:ed|ing|es)\b[^.;$€£¥₩]{0,70}\bat\s+(?:about |around |roughly |nearly |some |"
                        r"more than |over |almost )?$", re.IGNORECASE)


def _is_valuation(sentence: str, f: Fig) -> bool:
    """An amount that a company is valued at: after "valued at" (and "values X at"), or right before "valuation"
    ("a $31bn valuation")."""
    return bool(_MONEY_AFTER_VALUE.search(sentence[:f.start]) or _VALUES_AT.search(sentence[:f.start]) or
                re.match(r"\s+(?:post-money |pre-money )?valuation\b", sentence[f.end:], re.IGNORECASE))


_RAISED_TO = re.compile(r"\brais(?:ed|es|ing)\s+(?:its|their|the|his|her|our)\s+[^$€£¥₩.;,]{1,60}?\b(?:to|from|by)\s+"
                        r"(?:about |around |roughly |nearly |some |more than |over |almost )?$", re.IGNORECASE)


def _funding(s: str, spans: list[Span], figs: list[Fig], ctx: Context | None = None) -> Raw | None:
    m = _FUNDING.search(s)
    money = _money(figs)
    if not m or not money or _FORWARD_ONLY.search(s) or background(s, m, ctx) or listing_pulled(s):
        return None   # events34: a listing postponed or pulled raised nothing
    if re.search(r"\brais(?:ed|es|ing) (?:(?:their|its|his|her|the) )?(?:[\w-]+ ){0,4}?(?:price targets?|forecasts?|guidance|"
                 r"outlook|targets?|estimates?|ratings?|prices?|stakes?|dividends?|concerns?|questions?)\b", s,
                 re.IGNORECASE):
        return None   # "analysts raised their price targets", "raised its full-year operating profit forecast" (a
                      # level lifted past its modifiers, thirteenth pass: eval-mob, eval-fin): not money raised
    if running_total(s, m.end()):
        return None   # "has raised about €5bn in equity and debt since 2021", "... so far": not a round
    # "raised its spending plans for next year to $140 billion": the verb's object is a level it lifted and the
    # amount is where the level now stands ("to"), not money raised (the raise takes the money as its object)
    if any(_RAISED_TO.search(s[:f.start]) for f in money):
        return None   # "raised its spending plan to $52 billion from $44 billion": both amounts are levels (seventh
                      # pass: the "from" figure had become the amount raised)
    money = [f for f in money if not re.match(r"\s+(?:IPO |offer |share |list )?price\b|\s+(?:a|per) share\b",
                                              s[f.end:])]   # "the $40 IPO price": a share's price
    # "priced at $28", "shares were priced at $28", "sold shares at $28", "$28 each": a share's price, not the raise
    money = [f for f in money if not (not_raised(s, f.start) or
                                      re.match(r"\s+(?:each|apiece|per (?:unit|ADS|ADR))\b", s[f.end:]))]
    # "its revenue more than tripled to $2.1 billion": a company's results, not money raised
    money = [f for f in money if not re.search(r"\b(?:revenue|sales|profit|loss|income|earnings|turnover)\b"
                                               r"[^.;$€£]{0,40}$", s[:f.start], re.IGNORECASE)]
    money = [f for f in money if not donated(s, f.end)]   # raised for a charity: a donation (the lead, eval-profserv)
    amounts = [f for f in money if not _is_valuation(s, f) and not target_amount(s, f)]   # a fund's target (events34)
    values = [f for f in money if _is_valuation(s, f)]
    if not amounts:
        return None
    amount = min(amounts, key=lambda f: abs(f.start - m.start()))
    # "for a Nasdaq initial public offering": the venue, not the company
    pool = no_persons(s, [x for x in actors(spans, s) if not _STAGE.fullmatch(x.text) and not   # events29
                          re.match(r"\s+(?:initial public offering|IPO|listing)\b", s[x.end:])])
    who = _role_subject(s, m.start(), pool, ctx) or _subject(s, min(m.start(), amount.start), pool)
    fields = [_field("amount", amount.figure.value, amount.figure.text),
              _field("currency", amount.figure.unit, amount.figure.text)]
    if who:
        fields.insert(0, _field("company", who.value, who.text))
    leads = list(_INVESTORS_LEAD.finditer(s, min(amount.end, m.end())))
    listed: set[str] = set()
    for lead in leads:
        for inv in _list_after(s, lead.end(), actors(spans, s)):
            if (who is None or canonical_entity(inv.text) != canonical_entity(who.value)) and inv.text not in listed:
                listed.add(inv.text)
                fields.append(_field("investors", inv.text, inv.text))
    if values:
        fields.append(_field("valuation", values[0].figure.value, values[0].figure.text))
    st = _STAGE.search(s)
    if st:
        fields.append(_field("stage", _stage(st.group(1) or st.group(2)), st.group(1) or st.group(2)))
    return Raw("funding", tuple(fields), canonical_entity(who.value) if who else "")


def _role_subject(s: str, verb_start: int, pool: Sequence[Span], ctx: Context | None) -> Span | None:
    """The subject of the verb by its role (see ``clauses.agent``); "the company" stands for the article's main
    actor, given as a span of the sentence's own words ("company") so the field stays grounded."""
    who = agent(s, verb_start, pool, ctx)
    if isinstance(who, str):
        m = re.search(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir) (?:[A-Z][\w-]+ ){0,2}[\w-]+(?=\s*$)|\b(?:[Ii]ts|[Tt]heir)(?=\s*$)",
                      s[:bare(s, verb_start)].rstrip())
        if not m:
            return None
        return Span(m.group(0), m.start(), m.end(), ref=who)   # the words as written, standing for the actor
    return who


# "It will also invest 250 million euros", "It also said capital spending would stay at around 8 billion euros":
# a sentence whose subject is "It" speaks of the article's main actor (thirteenth pass, read on cal-ai and eval-tmt;
# the tenth pass read it so for launches). The word stands for the actor, cited from the sentence that names it.
_IT = re.compile(r"It\s+(?:also\s+|has\s+|had\s+|will\s+|would\s+|said\s+)*")


def _it(s: str, ctx: Context | None) -> Span | None:
    if ctx is None or not ctx.company or not _IT.match(s):
        return None
    return Span("It", 0, 2, ref=ctx.company)


def _stage(text: str) -> str:
    t = text.strip()
    if t.lower() in ("ipo", "initial public offering"):
        return "IPO"
    return "Series " + t.split()[-1].upper() if t.lower().startswith("series") else t.lower()


# Goods named after a company's name: a purchase of its products or shares, not of the company.
_GOODS_AFTER = re.compile(r"^['’]?s?\s+(?:chips?|GPUs?|processors?|accelerators?|servers?|products?|hardware|"
                          r"equipment|shares?|stock|stakes?|bonds?|debt|power|electricity|gas|oil|vehicles?|cars?|"
                          r"aircraft|jets?|planes?|turbines?|panels?|cells?|batteries|licen[cs]es?|software|systems?)\b",
                          re.IGNORECASE)


TARGET_GAP_WORDS = 5     # words between the buying verb and its target at most ("agreed to acquire the German
                         # turbine maker Brightmoor"); set on cal-ai's "as AI agents take over routine work, ..."
_UNIT_NAME = re.compile(r"[kMGT]Wh?|[kMGT]W|MWh|GWh|Mbps|Gbps")


# the buying verb after an attempt ("tries to buy", "sought to acquire"): no deal was made; read after eval-geo's one
# measurement, where a quoted "tries to buy Moldova's democracy" made the title "Foreign Office agrees to buy Moldova";
# no sentence of the other eighteen calibration corpora has an attempt before a buying verb
_OTHER_NP = re.compile(r"\band\s+(?:a|an|the|its|their)\s", re.IGNORECASE)   # eval-crypto, the lead
_DETERMINED = re.compile(r"\b(?:the|this|that|its|their|his|her)\s+$", re.IGNORECASE)
_ATTEMPT = re.compile(r"\b(?:tries|tried|trying|attempts?|attempted|attempting|seeks?|sought|seeking)"
                      r"\s+(?:to\s+)?$", re.IGNORECASE)


def _acquisition(s: str, spans: list[Span], figs: list[Fig], ctx: Context | None = None) -> Raw | None:
    m = _ACQ.search(s)
    sold = sale(s, actors(spans, s), _money(figs)) \
        if not m and could_be_sale(s) and not _FORWARD_ONLY.search(s) and not no_deal(s) else None
    if sold and not background(s, sold[3], ctx):   # "X is selling 49% of its unit Y to Z for €6.3bn" (events13)
        buyer, thing, f, _ = sold
        return Raw("acquisition", (_field("acquirer", buyer.value, buyer.text), _field("target", thing.value, thing.text),
                                   _field("price", f.figure.value, f.figure.text),
                                   _field("currency", f.figure.unit, f.figure.text)), canonical_entity(thing.value))
    if not m or re.search(r"\b(?:talks|considering|weighs|weighing|examining|exploring|mulls|could|might|rejected|"
                          r"denied)\b", re.sub(r"\btalks\b", "", s) if PRICED_TALKS.search(s) else s, re.I) or \
            background(s, m, ctx) or no_deal(s):
        return None   # talked about, weighed or ended: no purchase (eleventh pass: "in advanced discussions to acquire")
    if _ATTEMPT.search(s[:m.start()]) or (m.group(0).lower() == "purchase" and _DETERMINED.search(s[:m.start()])):
        return None   # an attempt is no purchase: "the Kremlin tries to buy Moldova's democracy" (eval-geo, the lead);
        # "the purchase locks in prices before Zhanlu's price rise": the noun with no "of" names none (eval-crypto)
    who = actors(spans, s)
    passive = re.match(r"\s+by\s+", s[m.end():]) and re.search(r"\b(?:was|were|is|are|been|being|be)\s+$",
                                                                 s[:m.start()])
    parties = merger_parties(s, m.end(), who) if MERGER_OF.match(m.group(0)) else None
    if parties:   # "the €11.4 billion merger of Norvik and Celsa": the first named acquires (events13)
        acquirer, target = parties
    elif passive:   # "Brightmoor was bought by Solvar": the subject is the target, the agent after "by"
        target = _role_subject(s, m.start(), who, ctx) or _subject(s, m.start(), who)
        acquirer = _after(s, m.end(), [x for x in who if x is not target])
    else:
        acquirer = _role_subject(s, m.start(), who, ctx) or _subject(s, m.start(), who)
        # "is buying AI agent startup Quorra": a capitalised word naming a kind of thing is no target
        target = _after(s, m.end(), [x for x in who if x is not acquirer and x.text not in _GENERIC_PRODUCT
                                     and not told_as_kind(s, x)])   # "buy U.S. boutique hotel chain X" (events20)
    by = re.match(r"\s+by\s+", s[target.end:]) \
        if target is not None and not passive and re.fullmatch(r"(?:acquisition|purchase|takeover) of", m.group(0), re.I) \
        else None   # "the planned acquisition of X by US chipmaker Y": Y buys, not the sentence's subject (the lead)
    if by is not None:
        at = target.end + by.end()
        acquirer = next((x for x in who if x.start >= at and re.fullmatch(r"(?:[\w.-]+\s+){0,3}", s[at:x.start])
                         and x.text.lower().rstrip(".") not in _JURISDICTION_ADJ), None)
    if target is None and acquirer is None:
        return None
    fields = []
    if acquirer:
        fields.append(_field("acquirer", acquirer.value, acquirer.text))
    if target:
        fields.append(_field("target", target.value, target.text))
    for f in _money(figs):
        if f.start > m.start() and _PRICE_LEAD.search(s[:f.start]) and not per_share(s, f.end):
            fields += [_field("price", f.figure.value, f.figure.text), _field("currency", f.figure.unit, f.figure.text)]
            break
    else:        # "Crestview Media's $6.2 billion purchase of Sable": the price set before the deal's noun (events13)
        f = price_before_noun(s, _money(figs), m.start())
        if f is not None:
            fields += [_field("price", f.figure.value, f.figure.text), _field("currency", f.figure.unit, f.figure.text)]
    if target is None or len(fields) < 2 or _GOODS_AFTER.match(s[target.end:]) or goods_gap(s[m.end():target.start]):
        return None   # "buys Nvidia chips": goods bought from a company, not the company bought
    if not passive and (len(s[m.end():target.start].split()) > TARGET_GAP_WORDS or "," in s[m.end():target.start]):
        return None   # the target is the verb's object: "take over routine work, Chief Executive X said" is not
    if _UNIT_NAME.fullmatch(target.text) or nation(target.text) or re.match(r"\s+agreements?\b", s[m.end():]):
        return None   # "a power purchase agreement to supply 800 MW": a contract for power; a country is never bought
    return Raw("acquisition", tuple(fields), canonical_entity(target.value))


def _capex(s: str, spans: list[Span], figs: list[Fig], ctx: Context | None = None) -> Raw | None:
    m = spending_trigger(s, list(_CAPEX.finditer(s)))   # not a body's "Commission" (events34, ``spend_words``)
    power = [f for f in _power(figs) if f.figure.value >= MIN_CAPACITY_W and not _CONTRACT.search(s[:f.start])
             and not (_SUPPLY.search(s[:f.start]) and _OF_POWER.match(s[f.end:]))]
    # an amount booked as a provision, reserve or write-down buys nothing (eleventh pass: "added $600 million to
    # its allowance for credit losses" had been capital spending)
    hire = HIRES_CONTRACTOR.search(s)   # "has selected X as general contractor for ...": the owner's build-out
    money = [f for f in _money(figs) if (not _is_valuation(s, f) or (hire and contract_value(s, f.start)))
             and not accounting_amount(s, f.start, f.end)]
    verb = next((v for v in _CAPEX_VERB.finditer(s) if (not _ADJECTIVAL.search(s[:v.start()]) or
                 not v.group(0).lower().startswith("plan")) and not _PARTICIPLE_ADJ.match(s, v.start())
                 and not (v.group(0)[0].isupper() and v.start() > 0)), None) or hire   # "the European
    # Commission's": a capitalised word inside a sentence is a name, not the verb
    output = _output(s, figs) if not power else []
    order = ORDER.search(s)
    ordered = _output(s, [f for f in figs if order and f.start == order.end()], ordered=True)
    if ordered and not power:   # "signed a firm order for 150 ... aircraft valued at $19.5 billion": the order's price
        m = verb = order        # (a value, not a valuation) buys the vehicles (thirteenth pass)
        output = ordered
        money = [f for f in _money(figs) if not accounting_amount(s, f.start, f.end)]
    if not m or not verb or (_FUNDING.search(s) and not power) or not (power or money or output) or \
            background(s, verb, ctx) or reduced(s, verb.start()):   # "cut its capital spending by $2bn" (the lead)
        return None
    if not power and not (output and money):   # an amount alone is a build-out only as the object of the
        # spending verb ("invest $3bn")
        money = [f for f in money if any(0 <= f.start - v.end() <= GOVERN_CHARS or v.start() < f.start < v.end()
                                         or build_price(s, v.end(), f.start)   # "will spend £65m on": inside
                                         for v in _CAPEX_VERB.finditer(s) if not no_spending(s, v)) or (hire and contract_value(s, f.start))
                 or PROGRAMME_AFTER.match(s[f.end:])]   # "part of a $1.9 billion capital plan" (events20)
        if not money:
            return None
    at = min([m.start(), verb.start()] + [f.start for f in power[:1] + money[:1]])
    pool = [x for x in actors(spans, s) if not _gov(x.text)]
    who = _role_subject(s, verb.start(), pool, ctx) or _subject(s, at, pool) or _it(s, ctx)
    # "The Abilene campus, being developed by Crusoe, ...": a name that only modifies the site's noun names the
    # site, not who builds it; the agent of the passive build verb does (seventh pass: "Abilene commits 1.2 GW")
    site = who if who is not None and _SITE_NOUN.match(s[who.end:]) else None
    builder = next((x for x in pool if _BUILT_BY.search(s[:x.start]) and x is not who), None)
    if builder is not None and (who is None or site is not None):
        who = builder
    elif site is not None:
        who = None
    if who is None and _WHOLE_TRADE.match(s):
        return None   # "The industry is expected to spend well over $500bn": a whole trade's, nobody's build-out
    fields = []
    if who:
        fields.append(_field("company", who.value, who.text))
    if money:
        fields += [_field("amount", money[0].figure.value, money[0].figure.text),
                   _field("currency", money[0].figure.unit, money[0].figure.text)]
    if power:
        fields.append(_field("capacity", *_capacity_value(s, power[0])))
    elif output:
        fields.append(_field("capacity", output[0][1], output[0][2]))
    spans = [x for x in spans if x.text not in _GENERIC_PRODUCT]     # "invest 250 million euros in AI": no place
    dateline = _DATELINE.match(s)    # "TOKYO -- ...": where the story was filed, not where the plant is
    places = [p for p in _places(s) if (who is None or p.text != who.text) and not s.startswith("$", p.end)
              and p.start >= (dateline.end() if dateline else 0)
              and p.text.lower() not in _JURISDICTION_ADJ and not re.match(r"\s+(?:drugmaker|company|group|firm|"
                                                                           r"maker|developer|contract)", s[p.end:])
              and not re.match(r"-(?:based|headquartered)\b", s[p.end:])]   # "Dublin-based lessor X has ordered
    # 40 jets": the buyer's home, not where the money goes (the lead, read on eval-travel after its measurement)
    # "in Scotland", "near Leipzig", "at its New Albany campus": a name after a preposition of place (before the
    # places the entity list knows, which also names the cities a site is measured from: "south of Seoul")
    after_prep = [x for x in spans if re.search(r"\b(?:in|near|outside|at)\s+(?:the\s+|its\s+|their\s+|a\s+)?$",
                                                s[:x.start])
                  and (who is None or x.text != who.text) and not _gov(x.text)]
    places = [p for p in places if not re.search(r"\b(?:of|from)\s+$", s[:p.start])] or after_prep[:1] or places
    places = [p for p in places if not _ROUTE_END.search(s[:p.start])]   # "a cable between Europe and Asia": a
    # route's ends, not where the build-out is (fifteenth pass)
    # the place the build-out is at ("near Houston", "in Incheon") before a place named for another reason
    located = [p for p in {x.start: x for x in places + after_prep}.values()
               if re.search(r"\b(?:in|near|outside|at)\s+(?:the\s+|its\s+|their\s+|a\s+)?(?:[\w-]+\s+){0,2}?$",
                            s[:p.start]) and not re.search(r"\b(?:of|from)\s+$", s[:p.start])]
    anchor = (power or money or [None])[0]
    if located and anchor is not None:
        places = sorted(located, key=lambda p: abs(p.start - anchor.end))[:1] + places
    if site is not None and not any(p.start < site.start for p in located):
        places = [site] + places     # the site's own name is where it is ("The Abilene campus")
    if places:
        fields.append(_field("place", places[0].text, places[0].text))
    return Raw("capex", tuple(fields), canonical_entity(who.value) if who else "")


# A move over a period ("this year", "since April", "in the second quarter") is not the move of a day.
def _launch(s: str, spans: list[Span], figs: list[Fig], ctx: Context | None = None) -> Raw | None:
    if _FORWARD_ONLY.search(s):
        return None
    flight = orbital(s, spans) or went_live(s)   # "X's Halyard rocket placed 18 satellites into orbit" (14th pass)
    if flight is not None:
        return flight
    m = next((x for x in _LAUNCH.finditer(s) if not (x.group(0)[0].isupper() and x.start() > 0)), None)   # events29:
    if not m or background(s, m, ctx):   # "Corvale Launch's": a capitalised word inside a sentence is a name, no verb
        return None
    if re.search(r"(?:\b(?:was|were|is|are|be|been|being)\s+|,\s*" + (r"|\b(?:its|their|the|a|an)\s+(?:\w+ly\s+)?" if
                 m.group(0).endswith("ed") else "") + ")$", s[:m.start()]):
        return None   # "Kling, launched in June", "its newly launched satellite" (events29): background, an adjective
    plan = to_come(s, m)   # "plans to release": a launch to come is a watch item, unless dated (events20), then planned
    if plan is not None and not dated_plan(s, m.end()):
        return None
    if re.search(r"\b(?:has|have)\s+(?:\w+\s+)?$", s[:m.start()]) and \
            re.match(r"\s+(?:(?:its|their|the|\w+)\s+){0,2}[\w-]*(?:models|products|tools|apps|albums|chips|"
                     r"drugs|versions|devices|phones|games|systems)\b", s[m.end():]):
        return None   # "has released its Qwen models", "have released three albums": a record, not a launch
    who = [_unbased(x) for x in actors(spans, s) if x.text not in _GENERIC_PRODUCT and _may_act(x, s)]
    org = _role_subject(s, m.start(), who, ctx) or _subject(s, m.start(), who)
    if org is None and ctx is not None and ctx.company and re.fullmatch(r"It\s+(?:also\s+|has\s+|had\s+)?", s[:m.start()]):
        org = Span("It", 0, 2, ref=ctx.company)   # "It launched a third model": the article's main actor (tenth pass)
    product = _after(s, m.end(), [x for x in who if x is not org])
    quoted = re.search(r"[\"\u201c]([^\"\u201d]{2,60})[\"\u201d]", s[m.end():])
    if quoted and (product is None or m.end() + quoted.start(1) <= product.start):
        product = Span(quoted.group(1), m.end() + quoted.start(1), m.end() + quoted.end(1))
    # the noun "launch" ("in a launch the company hopes ...") has no object; a subject before ", and" or ";" is
    # another clause's ("Teammates posted messages, and the club's supporters unveiled a banner")
    noun = re.search(r"(?:\b(?:a|an|the|its|their|his|her|own)|['\u2019]s)\s+" + ("(?:[A-Z][\\w-]*\\s+){0,3}" if m.group(0)
                     == "launch" else "") + "$", s[:m.start()], re.IGNORECASE)   # "The Munich launch start-up" (events29)
    if noun and re.match(r"\s+(?!of\b)[a-z][\w-]*\b(?!['\u2019])", s[m.end():]):
        return None   # "Its launch partners are ...", "the launch date": the noun modifies another (fourteenth pass)
    own = own_launch(s, m)   # "to the launch of its home collection" (events20)
    common = None if (noun and own is None) or (ctx is not None and ctx.sentence >= LEAD_SENTENCES and own is None) \
        else _common_product(s, own or m.end(), bool(SERVICE_VERB.match(m.group(0))))   # a bare object (events29)
    if common is not None and org is not None and org.end <= m.start() and re.search(r",\s*and\b|;",
                                                                                     s[org.end:m.start()]):
        common = None
    if common is not None and product is not None and _apposed_name(s[m.end():product.start], s[product.end:]):
        common = None   # "a third model, the SF-70,": the name the description is set beside is the product
    if common is not None and (product is None or common.start < product.start):
        product = common   # "launched a sodium-ion battery cell": the verb's object named in common words (ninth pass)
    if product is None or product.start > m.end() + 1:
        product = counted_payload(s, m.end()) or product   # "launched 48 broadband satellites" (fourteenth pass)
    if org is None or product is None or no_product(s, m, product):
        return None   # "launched an investigation into X", "their Polaris alliance" (events20, ``launches``)
    if product.start > 0 and s[product.start - 1].isdigit():
        return None   # "unveiled a 500Ah sodium-ion cell": a unit of a figure, not a product's name (seventh pass)
    gap = s[m.end():product.start]
    named = re.fullmatch(r"\s+(?:a|an|its|the|their)\s+(?:[\w-]+\s+){0,4}?(?:called|named|dubbed|known as)\s+", gap) \
        or (_apposed_name(gap, s[product.end:]) and (ctx is None or ctx.sentence < LEAD_SENTENCES))
    if not named and own is None and (len(gap.split()) > 4 or
                      re.search(r"\b(?:in|at|on|by|to|for|with|from|under|of|as|after|before|and|or|but)\b|[,;:]",
                                gap)):
        return None   # the product is the verb's object, not a name further on (past a clause break: seventh pass,
                      # "launched its agent, and Orrin's own launch followed" launched no "Orrin")
    if re.match(r"['\u2019]s\b", s[product.end:]):
        return None   # "launched Orrin's agent": the name owns the thing launched, it is not the product
    return Raw("launch", (_field("organisation", org.value, org.text), _field("product", product.text, product.text),
                          *([_field("status", "planned", plan)] if plan else [])), canonical_entity(product.text))


# The object of a launch verb told in common words (ninth pass, issue 12's recall of launches): "launched a
# sodium-ion battery cell for grid storage", "unveiled its new coding assistant", "started a weekly freighter
# service", and a bare name set off by its apposition ("launched pay per crawl, an experimental program"). The noun
# phrase runs to a clause break, a preposition or a figure's unit; its head must not be a word that names an act,
# a document or a plan rather than a product ("launched an investigation", "released a statement").
# Capitalised words that name a kind of thing, not a product ("a new generative AI model").
_GENERIC_PRODUCT = frozenset({"AI", "GenAI", "API", "LLM", "GPU", "GPUs", "CPU", "App", "Cloud"})


def _incident(s: str, spans: list[Span], figs: list[Fig], ctx: Context | None = None) -> Raw | None:
    m = incident_word(s)
    if not m or _FORWARD_ONLY.search(s) or background(s, m, ctx) or _HYPOTHETICAL.search(s[:m.start()]) or \
            negated(s[:m.start()]) or \
            _HYPOTHETICAL_AFTER.match(s[m.end():]) or re.match(r"by accidents?\b", s[m.start() - 3:m.end()]) or \
            re.search(r"\b(?:referring to|in reference to|a reference to|recalling)\b[^;.]*$", s[:m.start()]):
        return None   # "would be left exposed", "content impersonating a person must be taken down", "by accident",
                      # "referring to the storm that caused widespread outages" (a speaker's reference, seventh pass)
    who = [_unbased(x) for x in actors(spans, s) if not re.search(r"\b(?:Act|Law|Bill|Code|Directive|Regulation)$",
                                                                  x.text) and _may_act(x, s)]
    # "a vulnerability in McHire", "the ransomware attack on drug distributor Carrow Health": the name after it,
    # past a descriptor of common words
    inside = re.match(r"(?:\s+(?:attacks?|incidents?|gang))?\s+(?:in|at|of|on|against|aboard|onboard)\s+(?:the\s+)?"
                      r"(?:(?:[a-z][\w-]*|AI|US|U\.S\.|UK)\s+){0,3}", s[m.end():])
    who = [x for x in who if not city(s, x) and not told_as_place(s, x) and not (site_kind(m.group("kind")) and place_like(s, x))
           and not re.match(r"(?:Around|About|Some|Nearly|Almost|More|Over|Up)\s+\d", x.text)   # "Around 220"
           and not (x.start == 0 and re.fullmatch(r"Parts?|Much|Most|Some|Sections?", x.text))]   # "Part of a deck"
    who = [x for x in who if x.text not in _GENERIC_PRODUCT and   # "a U.S. distributor": a place, no organisation
           x.text.lower().rstrip(".") not in _JURISDICTION_ADJ and x.text not in ("U.S", "U.K")]
    # a public body acting before the incident word ("the FDA added carboplatin to its shortage list after
    # contamination halted ...", "the Office for Civil Rights opened an investigation into the ransomware attack")
    # and a name that is the first part of such a body ("Food and Drug Administration") are not its organisation
    who = [x for x in who if not (x.end <= m.start() and (_gov(s[x.start:x.end]) or re.match(
        r"\s+and\s+(?:[A-Z][\w-]*\s+){0,3}(?:Administration|Department|Services|Commission|Agency)\b", s[x.end:]))
        and _STATE_VERB.search(s[x.end:m.start()]))]
    # the body that responds to, reports or investigates the incident is not what it befell (eighth pass): "the Coast
    # Guard responded to a fire aboard a tanker", "the port authority said an outage at ..."
    who = [x for x in who if not (x.end <= m.start() and _responder(s, x, m.start()))]
    # no organisation (events25): "Crews were letting the fire burn" (the parse), a gang named by its malware, the
    # source cited ("according to ...")
    aside = [x for x in who if common_opener(s, x) or attacker(s, x) or reporter(s, x, m.end())]
    who = [x for x in who if not (perpetrator(s, x, m.start(), m.end()) or x in aside)]   # who carried it out
    own = next((x for x in who if ctx and ctx.company and x.text == ctx.company), None)
    nxt = _after(s, m.end(), who) if inside else None
    nxt = nxt if nxt is not None and nxt.start == m.end() + inside.end() else None   # the name right after it
    if nxt is not None and re.search(r"\b(?:its|their|our|his|her)\b", inside.group(0)):
        nxt = None   # "an outage at its Frankfurt data centres": the subject's own site, not another organisation
    after = _after(s, m.end(), who)   # not across another noun phrase: "Monday's outage and a new fee fight with
    after = None if after is not None and _OTHER_NP.search(s[m.end():after.start]) else after   # rival Bitmarrow"
    org = nxt or own or blocked_site(s, m, who) or _role_subject(s, m.start(), who, ctx) or \
        _subject(s, m.start(), who) or after   # a blockade's: the site blocked (events28)
    place = org if org is not None and bare_place(s, org, m) else None   # no place acts (events21)
    org = next((x for x in who if x is not org and not bare_place(s, x, m)), None) if place else org
    if org is None:   # the site's builder or operator named in another sentence (events18, ``operators``)
        near = nearest_operator(ctx.operators, ctx.sentence) if ctx else None
        if near is None:   # a place (or the one it struck, events24) and no one named: no organisation
            place = place or struck_place(s, m, sorted(spans + _places(s), key=lambda x: x.start))
            if place is None and aside and (who or _kind(m.group("kind")) != "strike"):   # only attackers,
                # sources or common words named: no organisation (events25); a strike with no name left is none
                return Raw("incident", _incident_fields(s, m, figs, "")[1:], (ctx and ctx.incident_key) or "attack")
            return None if place is None else Raw("incident", _incident_fields(s, m, figs, place.text)[not hazard(m.group("kind")):],
                                                  canonical_entity(place.text))
        return Raw("incident", _incident_fields(s, m, figs, near[0]), canonical_entity(near[0]),
                   (("organisation", near[1]),))
    # "a fire at the Kelso terminal, run by Brenmar Logistics": a name that only modifies a site's noun names the
    # site; the organisation is the site's operator where the sentence names it (eighth pass)
    if _SITE_NOUN.match(s[org.end:]) or _WORKS.match(s[org.end:]) or _VESSEL.match(s[org.end:]):
        operator = next((x for x in who if x.start > org.end and _OPERATED_BY.search(s[org.end:x.start])), None)
        near = None if operator or not ctx else nearest_operator(ctx.operators, ctx.sentence)   # named in another
        if near is not None:                                                                    # sentence (events18)
            return Raw("incident", _incident_fields(s, m, figs, near[0]), canonical_entity(near[0]),
                       (("organisation", near[1]),))
        org = operator or org
    elif org.start >= m.end():
        operator = next((x for x in who if x.start > m.end() and _OPERATED_BY.search(s[m.end():x.start])), None)
        org = operator if operator is not None and org.start > operator.start else org
    if org.end <= m.start() and re.search(r"\b(?:whose|of whom|of which)\b", s[org.end:m.start()]):
        return None   # "CISA said it had reports from organisations whose credentials were exposed": the incident
                      # befell the relative clause's noun, not the name that reports it (seventh pass)
    # "has widened its recall": the words "its" stand for the article's main actor, named (thirteenth pass: the
    # organisation had been the word "its")
    return Raw("incident", _incident_fields(s, m, figs, org.value, org.text), canonical_entity(org.value))


def _launch_or_format(s: str, spans: list[Span], figs: list[Fig], ctx: Context | None = None) -> Raw | None:
    """A launch, else a format put into the company's own premises (events20, ``formats``)."""
    return _launch(s, spans, figs, ctx) or new_format(s, ctx, lambda at: _who(s, at, spans, ctx))


def _funding_or_close(s: str, spans: list[Span], figs: list[Fig], ctx: Context | None = None) -> Raw | None:
    """A round, else a manager closing a fund at an amount (events34, ``fund_closes``)."""
    return _funding(s, spans, figs, ctx) or fund_close(s, figs, ctx, lambda at: _who(s, at, spans, ctx)) or \
        bond_sale(s, figs, ctx, lambda at: _who(s, at, spans, ctx))   # bonds sold by their issuer (events37)


def _capex_or_opening(s: str, spans: list[Span], figs: list[Fig], ctx: Context | None = None) -> Raw | None:
    """A build-out, else a facility told by its price (events32, ``facilities``), else a company opening a counted
    number of sites (events19, ``openings``)."""
    return _capex(s, spans, figs, ctx) or \
        priced_facility(s, spans, figs, ctx, lambda: [x for x in actors(spans, s) if not _gov(x.text)],
                        lambda at: _who(s, at, spans, ctx)) or \
        opening(s, spans, ctx, lambda at: _who(s, at, spans, ctx)) or \
        stated_capacity(s, spans, figs, ctx, lambda at: _who(s, at, spans, ctx))   # a new site's capacity (events37)


def _who(s: str, at: int, spans: list[Span], ctx: Context | None) -> Span | None:
    pool = [_unbased(x) for x in actors(spans, s)]   # "Singapore-based Tamarind Hospitality": the company's name
    return _role_subject(s, at, pool, ctx) or _subject(s, at, pool) or _it(s, ctx)


def _incident_or_closure(s: str, spans: list[Span], figs: list[Fig], ctx: Context | None = None) -> Raw | None:
    """An incident, else a company closing a counted number of its sites (events19, ``closures``) or shutting or
    curtailing its own site (events22, ``curtailments``), else a strike, else a craft lost (events29), else flights
    cancelled, a fleet grounded or people ill aboard a ship (events33, ``disruptions``), else money taken or a service
    halted (events31, ``befell``), else redemptions gated or a fund closing (mend30, ``fund_stress``), else jobs cut
    (mend31, ``job_cuts``)."""
    raw = _incident(s, spans, figs, ctx)   # a strike's organisation is no word that only modifies a noun (events20)
    raw = None if raw and loose_striker(s, raw) else (raw and union_striker(s, raw, spans, ctx))   # events22
    return raw or closure(s, spans, ctx, lambda at: _who(s, at, spans, ctx)) or \
        curtailment(s, lambda at: _who(s, at, spans, ctx)) or \
        strike(s, spans, ctx, lambda at: _who(s, at, spans, ctx)) or \
        craft_loss(s, spans, figs, ctx, lambda at: _who(s, at, spans, ctx)) or \
        outage(s, spans, figs, ctx) or disruption(s, spans, ctx, lambda at: _who(s, at, spans, ctx)) or \
        befell(s, figs, ctx, lambda at: _who(s, at, spans, ctx)) or \
        fund_stress(s, spans, ctx, lambda at: _who(s, at, spans, ctx)) or \
        job_cuts(s, spans, ctx, lambda at: _who(s, at, spans, ctx))   # jobs cut (mend31, the lead's decision)


# A newsletter's label before the sentence ("Driving the news:", "Why it matters:", "The News:").
_LABEL = re.compile(r"^[A-Z][\w'’]*(?:\s+[\w'’]+){0,3}:\s+(?=[A-Z\"“])")


_KEY_OF = {"funding": "round_key", "capex": "site_key", "incident": "incident_key", "acquisition": "deal_key"}


# Order of precedence: a sentence states one event, the most specific type that fits.
def sentence_events(sentence: str, day: str = "", common: frozenset[str] = frozenset(),
                    ctx: Context | None = None) -> list[Raw]:
    """The events a sentence states (one per type, but every market move; types that contradict each other keep
    the first). ``ctx`` is what the article said before (see ``clauses.Context``)."""
    if len(sentence.split()) > MAX_WORDS:
        return []
    if ctx is None:
        ctx = Context(day=dt.date.fromisoformat(day) if day else None)
    label = _LABEL.match(sentence)
    if label:          # "Driving the news: Vantor Cloud said ...": the label is no actor (fields stay verbatim spans
        sentence = sentence[label.end():]   # of the sentence, which the caller keeps whole)
    spans = names(sentence, common)
    figs = figures(sentence)
    out: list[Raw] = []
    skip: set[str] = set()
    for kind, fn in (("acquisition", _acquisition), ("funding", _funding_or_close), ("state_action", state_action_or_act),
                     ("capex", _capex_or_opening), ("market_move", None), ("launch", _launch_or_format), ("incident", _incident_or_closure)):
        cause = next((o for o in out if o.type in ("acquisition", "funding", "state_action")), None)
        if kind in skip and not (kind == "market_move" and cause):
            continue
        got = market_moves(sentence, spans, figs, day, _lead(ctx, sentence, spans)) if fn is None else \
            [fn(sentence, spans, figs, ctx)]
        if kind in skip:    # a move told before its cause (events17): "X fell 8% after the regulator ..."
            got = [r for r in got if r is not None and cause is not None and told_before_cause(sentence, r, cause)]
        for r in got:
            if r is None:
                continue
            if r.type == "funding" and any(o.type == "acquisition" and _same_amount(o, r, "price") for o in out):
                continue   # "agreed to sell its stake ... for $1.1 billion, as the automaker raises cash": the price
                           # of the deal is not money raised (thirteenth pass)
            out.append(r)
            if r.key and r.type in _KEY_OF:   # what a later sentence of the article may complete
                setattr(ctx, _KEY_OF[r.type], r.key)
            ctx.actors |= {str(v) for n, v, _ in r.fields if n in ("company", "organisation", "acquirer")}
            if r.type in ("acquisition", "funding", "state_action"):
                skip = {"capex", "market_move", "launch"}   # the deal or the decision is the event; its
                                                            # amounts are not a build-out
    out = [told(r, sentence) for r in out]    # how the sentence tells each: status, direction (events17)
    if ctx.site_key and not any(r.type == "capex" for r in out) and ctx.sentence > 0:
        later_output = _site_output(sentence, figs, ctx.site_key)   # "The plant will be able to make 400,000 heat
        if later_output is not None:                                 # pumps a year" (fourteenth pass)
            out.append(later_output)
    if ctx.incident_key and not any(r.type == "incident" for r in out) and ctx.sentence > 0:
        harmed = later_casualties(sentence, figs, ctx.incident_key, bool(_FORWARD_ONLY.search(sentence))) or \
            later_strikers(sentence, ctx) or later_sick(sentence, ctx.incident_key)   # on strike (events24), ill (events33)
        out += [harmed] if harmed else []     # "Eleven workers were taken to hospitals" (events17)
    if ctx.deal_key and not any(r.type == "acquisition" for r in out) and ctx.sentence > 0:
        out += [p for p in [later_price(sentence, _money(figs), ctx.deal_key)] if p]   # with debt (events20)
    if ctx.round_key and not any(r.type == "funding" for r in out) and ctx.sentence > 0:
        later = participants_event(sentence, spans, ctx.round_key)   # "Thalassa Capital and Norrland Pension Fund
        if later is not None:                                          # joined the round" (fourteenth pass)
            out.append(later)
    return out


# --- a story -> events ----------------------------------------------------------------------------------------

def article_sentences(article: Article) -> list[str]:
    """The article's sentences an event may come from (the first ``MAX_SENTENCES`` safe ones)."""
    return safe_sentences(article.body)[:MAX_SENTENCES]


def story_common(bundle: StoryBundle) -> frozenset[str]:
    """Words the story's articles write in lower case: the same word capitalised at a sentence's start is a common
    word, not a name ("Contract manufacturer Veltis", "Police said"), whichever of the articles writes it so."""
    return frozenset(w for a in bundle.articles
                     for w in re.findall(r"(?<![\w'.-])[a-z][a-z-]+", a.title + " " + a.body)) | _COMMON_STARTS


@remembering   # each sentence's names, actors and places computed once within the article (issue 14)
def article_statements(article: Article, common: Container[str]) -> tuple[list[tuple[Raw, str]], dict[str, str]]:
    """One article's part of ``extract`` (issue 14: kept per article by ``events.memo``): its statements in order,
    each (raw event with the words that refer back named, its sentence), and the aliases its sentences declare. It
    reads the story only through ``common`` (membership tests only)."""
    ctx = Context(day=article.local_day)   # "yesterday", "on Monday" count from the day where it was published
    day = ctx.day.isoformat() if ctx.day else ""
    sentences = article_sentences(article)
    ctx.operators = SiteOperators(sentences, common)   # read when an incident asks (issue 14)
    earlier: list[str] = []
    out: list[tuple[Raw, str]] = []
    for i, sentence in enumerate(sentences):
        ctx.sentence = i
        events_here = sentence_events(sentence, day, common, ctx)   # type: ignore[arg-type] - membership only
        _remember(ctx, sentence, names(sentence, common))           # type: ignore[arg-type]
        earlier.append(sentence)
        for raw in events_here:
            raw = _named_instrument(raw, earlier)
            if raw is not None:
                out.append((raw, sentence))
    return carried_jurisdiction(named_bodies(out, sentences, common)), aliases(sentences)   # events22, events27


def extract(bundle: StoryBundle, statements: Callable[[Article], tuple[list[tuple[Raw, str]], dict[str, str]]]
            | None = None) -> tuple[Event, ...]:
    """The story's events, merged across its articles (conflicting values kept with their outlets), in the order
    their first statement was published. ``statements(article)`` gives an article's part (default:
    ``article_statements`` computed here; ``events.memo`` passes one that reads the stage cache)."""
    groups: dict[tuple[str, str], list[tuple[Raw, Article, str]]] = {}
    order: list[tuple[str, str]] = []
    if statements is None:
        common = story_common(bundle)
        statements = lambda a: article_statements(a, common)   # noqa: E731
    parts = [statements(a) for a in bundle.articles]
    alias: dict[str, str] = {}
    for _, declared in parts:      # in the bundle's order: a later declaration of an alias wins
        alias.update(declared)
    mine = {id(a): said for a, (said, _) in zip(bundle.articles, parts)}
    for a in sorted(bundle.articles, key=lambda a: (a.published is None, a.published, a.id or 0)):
        seen: dict[tuple[str, str], tuple[str, str]] = {}
        for raw, sentence in mine[id(a)]:
            raw = _same_instrument(raw, groups, alias)
            k = (raw.type, raw.key)
            if k in seen:
                # a later sentence of the article completes the event an earlier one stated: the fields the
                # article's statements of it lacked (a plant's capacity, an incident's scale) join it
                have = {n for r, art, _ in groups[seen[k]] if art is a for n, _, _ in r.fields}
                named = {canonical_entity(str(v)) for r, art, _ in groups[seen[k]] if art is a
                         for n, v, _ in r.fields if n == "investors"}
                # a round's further investors join its list (fourteenth pass); other fields only where lacking
                prices = {v for r, art, _ in groups[seen[k]] if art is a for n, v, _ in r.fields if n == "price"}
                more = tuple(f for f in raw.fields if f[0] not in have or   # and a deal's other price (events20)
                             (f[0] == "investors" and canonical_entity(str(f[1])) not in named) or
                             (f[0] in ("price", "currency") and raw.fields[0][0] == "price" and raw.fields[0][1] not in prices))
                # how a later sentence tells the event (status, direction) alone adds no statement of it
                if raw.type in COMPLETED_LATER and any(f[0] not in DESCRIPTIVE for f in more):
                    groups[seen[k]].append((Raw(raw.type, more, raw.key, raw.cited), a, sentence))
                continue
            seen[k] = k = _merge_key(k, raw, groups)
            if k not in groups:
                groups[k] = []
                order.append(k)
            groups[k].append((raw, a, sentence))
    return _one_launch_per_description(tuple(_event(bundle.story.id, k, groups[k]) for k in order))


def extract_all(bundles: Iterable[StoryBundle]) -> tuple[Event, ...]:
    return tuple(e for b in bundles for e in extract(b))
