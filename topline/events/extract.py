"""Typed events from the sentences of a story's articles, by rules: no model, no network.

A sentence states an event when it carries a trigger of the type (a verb or noun: "raised", "to acquire", "will
build", "opened a probe", "shares fell", "unveiled", "outage") and the figure or name the type needs (an amount
for a funding round, a capacity or an amount for a build-out, a move for a market move ...). Each field keeps the
span as written in its sentence, so every field is grounded by construction; values are typed (amounts in units,
ISO currency codes, capacities in watts).

An article contributes its first sentence per event (the lead states the news; later sentences repeat or add
context); the story's articles are then merged by type and key (the company, the acquirer ...), so a field that
outlets state differently keeps one value per version with its outlet.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from typing import Iterable, Sequence

from topline.enrich.entities import canonical_entity, extract_entities
from topline.enrich.figures import extract_figures
from topline.events.dates import MONTHS, WEEKDAYS
from topline.records import Article, Event, EventField, Figure, StoryBundle
from topline.text import split_sentences

MAX_SENTENCES = 40        # sentences read per article: events are stated early; long tails add noise and time
MAX_WORDS = 70            # a longer "sentence" is a list or a table row run together

# --- names ----------------------------------------------------------------------------------------------------

_CAP = r"(?:[A-Z][\w&.\-]*[\w&]|[A-Z](?![$\w])|[a-z]{1,2}[A-Z][\w&.\-]*)"   # "xAI", "eBay" too
_NAME = re.compile(_CAP + r"(?:(?:\s+(?:of|de|du|la|van|von|der|&|for)\s+|\s+)" + _CAP + r")*"
                   r"(?:\s+\d[\w.]*(?![\w.]*\s*(?:%|per|bn|billion|million|GW|MW|gigawatts?|megawatts?)))?")
_NOT_NAME = frozenset("""the a an this that these those it its he she they we i his her their our in on at of for
and or but if as by to from with after before when while since however also there here what who why how where which
some many most all both each more one two three another other such no not so then than now last next first new
under over about meanwhile despite although though according shares share stock stocks
analysts analyst officials official executives company companies government regulators investors chief
ceo instead separately still yet overall earlier later elsewhere today yesterday tomorrow there here thus hence
besides indeed""".split()) | frozenset(MONTHS) | frozenset(WEEKDAYS)
_GOVERNMENT = re.compile(r"\b(?:commission|ministry|minister|department|agency|parliament|congress|senate|"
                         r"government|regulators?|authority|authorities|council|court|treasury|assembly|bundestag|"
                         r"cabinet|administration|bureau|tribunal|ombudsman|inspectorate|lawmakers|legislature|"
                         r"legislators)\b", re.IGNORECASE)
_GOVERNMENT_CASED = re.compile(r"\b(?:House|Office|Board|State|Diet|White House|EPA|FERC|SEC|CFTC|DOE|FTC|DOJ|Ofgem|"
                               r"Ofwat|ACER|ERCOT|CPUC|IRS|NDRC|MIIT|SAMR|CMA|BNetzA|EU)\b")


def _gov(text: str) -> re.Match[str] | None:
    return _GOVERNMENT.search(text) or _GOVERNMENT_CASED.search(text)


# adjectives that name a jurisdiction -> its name
_JURISDICTION_ADJ = {"european": "EU", "eu": "EU", "u.s.": "United States", "us": "United States",
                     "american": "United States", "federal": "United States", "chinese": "China", "british": "UK",
                     "uk": "UK", "german": "Germany", "french": "France", "indian": "India", "japanese": "Japan",
                     "spanish": "Spain", "italian": "Italy", "dutch": "Netherlands", "australian": "Australia",
                     "canadian": "Canada", "brazilian": "Brazil", "korean": "South Korea", "danish": "Denmark",
                     "norwegian": "Norway", "swedish": "Sweden", "polish": "Poland", "mexican": "Mexico",
                     "indonesian": "Indonesia", "vietnamese": "Vietnam", "turkish": "Turkey", "irish": "Ireland",
                     "scottish": "Scotland", "californian": "California", "texan": "Texas"}


@dataclass(frozen=True)
class Span:
    text: str
    start: int
    end: int


_DATELINE = re.compile(r"^(?:[A-Z][A-Z .'\-]+,[^\u2013\u2014]{0,40}?(?:\)\s*)?|[^()]{0,40}\([A-Z][\w .]{1,30}\)\s*)"
                       r"[-\u2013\u2014]\s")
_DESCRIPTOR = re.compile(r"-(?:based|listed|owned|backed|led|made|born|registered|headquartered|focused)$")


def names(sentence: str, common: frozenset[str] = frozenset()) -> list[Span]:
    """Capitalised phrases of a sentence (sentence-initial ones included), with leading function words cut; a
    dateline ("BEIJING, July 3 (Reuters) -") names no actor."""
    out = []
    dateline = _DATELINE.match(sentence)
    skip = dateline.end() if dateline else 0
    for m in _NAME.finditer(sentence):
        if m.start() < skip:
            continue
        words = m.group(0).split()
        while words and _DESCRIPTOR.search(words[-1]):
            words = words[:-1]
        start = m.start()
        while words and words[0].lower().strip(".") in _NOT_NAME:
            start = sentence.index(words[0], start) + len(words[0])
            words = words[1:]
            while start < len(sentence) and sentence[start] == " ":
                start += 1
        while words and words[-1].lower() in ("and", "of", "&", "for"):
            words = words[:-1]
        if not words:
            continue
        text = sentence[start:start + len(" ".join(words))]
        if text != " ".join(words):   # internal spacing differs: search it again
            at = sentence.find(words[0], start)
            text, start = words[0], at
        text = re.sub(r"['\u2019]s$", "", text).rstrip(".")
        if start == skip and " " not in text and (re.search(r"(?:ers|ors|ists|ians|ants|ents)$", text)
                                                    or text.lower() in common):
            # "Regulators", "Total investment": a capitalised common word opening the sentence (one the article
            # also writes in lower case)
            continue   # "Regulators", "Analysts", "Residents": a capitalised common noun opening the sentence
        if text and not text.isdigit() and text.lower() not in _NOT_NAME and len(text) > 1:
            out.append(Span(text, start, start + len(text)))
    # "Elon Musk's xAI": the owner's name is not the actor
    return [x for i, x in enumerate(out) if not (i + 1 < len(out) and re.match(r"['\u2019]s\s+$", sentence[x.end:
            out[i + 1].start]))]


def _places(sentence: str) -> list[Span]:
    spans = []
    for e in {e.text: e for e in extract_entities(sentence) if e.kind == "PLACE"}.values():
        for m in re.finditer(r"(?<![\w])" + re.escape(e.text) + r"(?![\w])", sentence):
            spans.append(Span(e.text, m.start(), m.end()))
    return sorted(spans, key=lambda x: x.start)


# --- figures with positions -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Fig:
    figure: Figure
    start: int
    end: int


def figures(sentence: str) -> list[Fig]:
    out, cursor = [], 0
    for f in extract_figures(sentence):
        at = sentence.find(f.text, cursor)
        if at < 0:
            continue
        cursor = at + len(f.text)
        out.append(Fig(f, at, cursor))
    return out


# --- triggers -------------------------------------------------------------------------------------------------

_FUNDING = re.compile(r"\b(?:rais(?:es|ed|ing)|funding round|financing round|Series [A-H]\b|seed (?:round|funding)|"
                      r"secured?s? .{0,40}?(?:funding|financing|investment)|closed? .{0,30}?round|"
                      r"growth round|equity round|venture round|pre-IPO round)", re.IGNORECASE)
_STAGE = re.compile(r"\b(Series [A-H]\d?|pre-seed|seed|growth|pre-IPO|Series [A-H]-\d)\b(?= (?:round|funding|"
                    r"financing|extension))", re.IGNORECASE)
_ACQ = re.compile(r"\b(?:(?:agreed|agrees|plans|planned|offered|offers|moved|moves|is set|bid) to (?:buy|acquire|"
                  r"take over|purchase)|acquir(?:e|es|ed|ing)|buys|bought|buying|takeover of|take over|took over|"
                  r"acquisition of|purchase of|purchased?|merge(?:s|d)? with|merger with|bid for)\b", re.IGNORECASE)
_CAPEX = re.compile(r"\b(?:build(?:s|ing)?|built|construct(?:s|ed|ing|ion)?|invest(?:s|ed|ing|ment)?|"
                    r"plant|factory|gigafactory|data cent(?:re|er)s?|farm|park|project|expan(?:d|ds|ded|sion)|"
                    r"develop(?:s|ed|ing|ment)?|install(?:s|ed|ing|ation)?|capex|capital (?:spending|expenditure)|"
                    r"commission(?:s|ed|ing)?|pipeline|storage|battery|turbines?|"
                    r"terminal|grid|line|interconnector|cable|smelter|mine|refinery)\b", re.IGNORECASE)
_ACTIONS = (("fine", re.compile(r"\b(?:fined|fines|fine of|penalt(?:y|ies)|penalised|penalized)\b", re.I)),
            ("probe", re.compile(r"\b(?:probes?|investigat(?:ion|ions|ing|es|ed|e)|inquiry|inquiries|"
                                 r"raided)\b", re.I)),
            ("ban", re.compile(r"\b(?:bans?|banned|banning|prohibit(?:s|ed|ion)?|outlaw(?:s|ed)?)\b", re.I)),
            ("tariff", re.compile(r"\b(?:tariffs?|import dut(?:y|ies)|anti-dumping|countervailing|levy|levies)\b",
                                  re.I)),
            ("subsidy", re.compile(r"\b(?:subsid(?:y|ies|ise|ize|ised|ized)|grants?|tax credits?|incentives?|"
                                   r"loan guarantees?|contracts? for difference|support scheme)\b", re.I)),
            ("law", re.compile(r"\b(?:law|bill|legislation|act|statute)\b", re.I)),
            ("rule", re.compile(r"\b(?:rules?|regulations?|mandates?|standards?|guidelines?|directive|"
                                r"requirements?|approv(?:ed|es|al)|ruled|ruling|decision)\b", re.I)))
_STATE_VERB = re.compile(r"\b(?:opened|opens|launched|launches|announced|announces|imposed|imposes|adopted|adopts|"
                         r"passed|passes|approved|approves|signed|signs|proposed|proposes|introduced|introduces|"
                         r"fined|fines|banned|bans|awarded|awards|granted|grants|unveiled|unveils|finali[sz]ed|"
                         r"set|sets|ordered|orders|blocked|blocks|voted|votes|extended|extends|raised|raises|"
                         r"cut|cuts|scrapped|scraps|ruled|rules|will|plans?|is to|are to|preparing|prepares|"
                         r"drafting|drafted|moving ahead with|moved ahead with|issued|issues|published|publishes|"
                         r"launching|opening|imposing|adopting|approving|tightened|tightens|eased|eases|lifted|"
                         r"lifts|suspended|suspends|cleared|clears|rejected|rejects|charged|charges|sued|sues|"
                         r"investigating|probing|penali[sz]ed)\b", re.I)
STATE_GAP = 60           # characters between the acting body, its verb and the action ("opened an antitrust probe")
_UP = r"(?:rose|rises|rising|rise|jumped|jumps|gained|gains|climbed|climbs|surged|surges|soared|soars|rallied|" \
      r"rallies|advanced|advances|added|increased|up|higher)"
_DOWN = r"(?:fell|falls|falling|fall|dropped|drops|slumped|slumps|lost|loses|declined|declines|slid|slides|" \
        r"plunged|plunges|tumbled|tumbles|sank|sinks|down|lower|decreased|retreated|eased)"
_MOVE = re.compile(rf"\b(?P<up>{_UP})|(?P<down>{_DOWN})\b", re.IGNORECASE)
_INSTRUMENT_WORD = re.compile(r"\b(?:shares?|stocks?|index|indices|futures|prices?|bonds?|yields?|benchmark|"
                              r"Brent|WTI|crude|gas|power|electricity|carbon|coal|lithium|copper|uranium|"
                              r"allowances?|contract|certificates?)\b", re.IGNORECASE)
_LAUNCH = re.compile(r"\b(?:launch(?:ed|es|ing)?|unveil(?:ed|s|ing)?|introduc(?:ed|es|ing)|releas(?:ed|es)|"
                     r"rolled out|rolls out|debut(?:ed|s)|began selling|start(?:ed|s) selling|"
                     r"switched on|brought online|came online|started (?:operations|production)|"
                     r"entered service)\b", re.IGNORECASE)
# Words that name an incident (not "collapse", "failure", "strike" or "breach the law": markets, deals and
# militaries use them too); a capitalised one is part of a name ("Garland Fire Department").
_INCIDENT = re.compile(r"\b(?P<kind>outages?|fires?|blaze|explosions?|blasts?|leaks?|spills?|blackouts?|"
                       r"(?:data|security) breach(?:es)?|cyberattacks?|cyber-attacks?|hacked|ransomware|"
                       r"accidents?|unplanned shutdowns?|malfunctions?|derail(?:ed|ment)|recalls?|"
                       r"tripped|power cuts?)\b")
_DURATION_UNITS = frozenset({"year", "month", "week", "day", "hour", "minute", "second"})
_MONEY_AFTER_VALUE = re.compile(r"valu(?:ed|ing|ation|es)\b[^.;]{0,40}$", re.IGNORECASE)
_INVESTORS_LEAD = re.compile(r"\b(?:led by|co-led by|from|backed by|participation (?:from|of)|including|joined by|"
                             r"investors?(?: such as| including)?|with)\s", re.IGNORECASE)
_PRICE_LEAD = re.compile(r"\b(?:for|valued at|worth|in a deal (?:valued at|worth)|at|price of|paying)\s+"
                         r"(?:about |around |roughly |nearly |some |up to |an estimated )?$", re.IGNORECASE)
_FORWARD_ONLY = re.compile(r"\b(?:could|might|may|would consider|considering|weighs|weighing|mulls|rumou?red|"
                           r"talks to|in talks|denied|no plans)\b", re.IGNORECASE)


# --- one sentence -> raw events -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Raw:
    type: str
    fields: tuple[tuple[str, object, str], ...]     # (name, value, text as written)
    key: str                                        # canonical key the story's articles merge on


def _field(name: str, value: object, text: str) -> tuple[str, object, str]:
    return (name, value, text)


_TITLE_WORD = re.compile(r"\b(?:CEO|Chief|President|Minister|Secretary|Chair|Chairman|Chairwoman|Governor|Senator|"
                         r"Sen|Rep|Commissioner|Director|Premier|Mayor|Capt|Gen|Dr|Mr|Mrs|Ms)\b\.?")


def actors(spans: Sequence[Span], sentence: str) -> list[Span]:
    """Names that can act as a company or organisation: not a place, a nationality or a titled person."""
    places = {p.text for p in _places(sentence)}
    return [x for x in spans if x.text not in places and x.text.lower() not in _JURISDICTION_ADJ
            and not _TITLE_WORD.search(x.text)]


def _subject(sentence: str, before: int, spans: Sequence[Span]) -> Span | None:
    """The name that acts: the last name before the trigger in the trigger's clause, else the first name."""
    clause_start = max(sentence.rfind(", ", 0, before), sentence.rfind("; ", 0, before), 0)
    cands = [s for s in spans if s.end <= before and not re.search(r"\b(?:in|at|near|from|to|of)\s+$",
                                                                    sentence[max(0, s.start - 6):s.start])]
    in_clause = [s for s in cands if s.start >= clause_start]
    pool = cands if not in_clause else in_clause
    if not pool:
        return None
    # the subject of "X, a Y-based developer, raised" is the first name of the sentence
    return pool[0] if len(pool) > 1 and pool[0].start == 0 else pool[-1]


def _after(sentence: str, at: int, spans: Sequence[Span]) -> Span | None:
    for s in spans:
        if s.start >= at:
            return s
    return None


def _list_after(sentence: str, at: int, spans: Sequence[Span], stop: int | None = None) -> list[Span]:
    """Names listed after ``at`` up to the end of the list (a clause break that is not ", and" / ", ")."""
    out = []
    end = stop if stop is not None else len(sentence)
    cursor = at
    for s in spans:
        if s.start < at or s.start >= end:
            continue
        gap = sentence[cursor:s.start]
        if out and not re.fullmatch(r"\s*(?:,|,?\s*and|&|as well as)\s*(?:the\s+)?", gap):
            break
        out.append(s)
        cursor = s.end
    return out


def _money(figs: Sequence[Fig]) -> list[Fig]:
    return [f for f in figs if f.figure.kind == "money"]


def _power(figs: Sequence[Fig]) -> list[Fig]:
    return [f for f in figs if f.figure.kind == "quantity" and f.figure.unit in ("W", "Wh")]


def _is_valuation(sentence: str, f: Fig) -> bool:
    return bool(_MONEY_AFTER_VALUE.search(sentence[:f.start]))


def _funding(s: str, spans: list[Span], figs: list[Fig]) -> Raw | None:
    m = _FUNDING.search(s)
    money = _money(figs)
    if not m or not money or _FORWARD_ONLY.search(s):
        return None
    amounts = [f for f in money if not _is_valuation(s, f)]
    values = [f for f in money if _is_valuation(s, f)]
    if not amounts:
        return None
    amount = min(amounts, key=lambda f: abs(f.start - m.start()))
    who = _subject(s, min(m.start(), amount.start), [x for x in actors(spans, s) if not _STAGE.fullmatch(x.text)])
    fields = [_field("amount", amount.figure.value, amount.figure.text),
              _field("currency", amount.figure.unit, amount.figure.text)]
    if who:
        fields.insert(0, _field("company", who.text, who.text))
    lead = _INVESTORS_LEAD.search(s, amount.end) or _INVESTORS_LEAD.search(s, m.end())
    if lead:
        for inv in _list_after(s, lead.end(), spans):
            if who is None or canonical_entity(inv.text) != canonical_entity(who.text):
                fields.append(_field("investors", inv.text, inv.text))
    if values:
        fields.append(_field("valuation", values[0].figure.value, values[0].figure.text))
    st = _STAGE.search(s)
    if st:
        fields.append(_field("stage", _stage(st.group(1)), st.group(1)))
    return Raw("funding", tuple(fields), canonical_entity(who.text) if who else "")


def _stage(text: str) -> str:
    t = text.strip()
    return "Series " + t.split()[-1].upper() if t.lower().startswith("series") else t.lower()


def _acquisition(s: str, spans: list[Span], figs: list[Fig]) -> Raw | None:
    m = _ACQ.search(s)
    if not m or re.search(r"\b(?:talks|considering|weighs|mulls|could|might|rejected|denied)\b", s, re.I):
        return None
    who = actors(spans, s)
    acquirer = _subject(s, m.start(), who)
    target = _after(s, m.end(), [x for x in who if x is not acquirer])
    if target is None and acquirer is None:
        return None
    fields = []
    if acquirer:
        fields.append(_field("acquirer", acquirer.text, acquirer.text))
    if target:
        fields.append(_field("target", target.text, target.text))
    for f in _money(figs):
        if f.start > m.start() and _PRICE_LEAD.search(s[:f.start]):
            fields += [_field("price", f.figure.value, f.figure.text), _field("currency", f.figure.unit, f.figure.text)]
            break
    if target is None or len(fields) < 2:
        return None
    return Raw("acquisition", tuple(fields), canonical_entity(target.text))


_CAPEX_VERB = re.compile(r"\b(?:builds?|building(?= (?:a|an|the|its|new|\d))|built|construct(?:s|ed|ing|ion)?|develop(?:s|ed|ing)?|"
                         r"install(?:s|ed|ing)?|commission(?:s|ed|ing)?|expand(?:s|ed|ing)?|expansion|"
                         r"invest(?:s|ed|ing|ment|ments)?|add(?:s|ed|ing)?|plans?|planned|approv(?:es|ed|al)|"
                         r"(?:breaks?|broke) ground|commit(?:s|ted|ting|ment)?|spend(?:s|ing)? .{0,20}\bon|"
                         r"capex|capital (?:spending|expenditure)|final investment decision|FID)\b", re.IGNORECASE)
GOVERN_CHARS = 30        # "invest at least 380 billion yuan": the amount follows its verb within this many characters
MIN_CAPACITY_W = 1e6     # a build-out is at least a megawatt (a server rack draws kilowatts)


# Common words that open news sentences capitalised (checked only for a one-word name opening a sentence).
_COMMON_STARTS = frozenset("""total industry investment spending demand supply sales revenue profit output
production construction power energy prices shares stocks markets trading work plans talks""".split())


def _capex(s: str, spans: list[Span], figs: list[Fig]) -> Raw | None:
    m = _CAPEX.search(s)
    power = [f for f in _power(figs) if f.figure.value >= MIN_CAPACITY_W]
    money = [f for f in _money(figs) if not _is_valuation(s, f)]
    verb = _CAPEX_VERB.search(s)
    if not m or not verb or (_FUNDING.search(s) and not power) or not (power or money):
        return None
    if not power:   # an amount alone is a build-out only as the object of the spending verb ("invest $3bn")
        money = [f for f in money if any(0 <= f.start - v.end() <= GOVERN_CHARS for v in _CAPEX_VERB.finditer(s))]
        if not money:
            return None
    at = min([m.start(), verb.start()] + [f.start for f in power[:1] + money[:1]])
    who = _subject(s, at, [x for x in actors(spans, s) if not _gov(x.text)])
    fields = []
    if who:
        fields.append(_field("company", who.text, who.text))
    if money:
        fields += [_field("amount", money[0].figure.value, money[0].figure.text),
                   _field("currency", money[0].figure.unit, money[0].figure.text)]
    if power:
        fields.append(_field("capacity", power[0].figure.value, power[0].figure.text))
    places = [p for p in _places(s) if who is None or p.text != who.text]
    if not places:   # "in Scotland", "near Leipzig": a name after a preposition of place
        places = [x for x in spans if re.search(r"\b(?:in|near|outside|at)\s+(?:the\s+)?$", s[:x.start])
                  and (who is None or x.text != who.text) and not _gov(x.text)]
    if places:
        fields.append(_field("place", places[0].text, places[0].text))
    return Raw("capex", tuple(fields), canonical_entity(who.text) if who else "")


def _state_action(s: str, spans: list[Span], figs: list[Fig]) -> Raw | None:
    """A public body acting: the body (or its country) before a state verb, the action word after it or the verb
    itself ("fined", "banned"), close together; a sentence that only mentions rules or a body is not an action."""
    body = next((x for x in spans if _gov(x.text) and x.text != "EU" and not _TITLE_WORD.search(x.text)), None)
    gov_word = _gov(s)
    if gov_word is None:
        return None
    # who acts: the body, or a country or nationality ("Germany will impose tariffs ..., the ministry said")
    anchors = [(m.start(), m.end()) for m in (_GOVERNMENT.finditer(s), _GOVERNMENT_CASED.finditer(s))
               for m in m] + [(p.start, p.end) for p in _places(s)] + \
        [(m.start(), m.end()) for m in re.finditer(r"\b[A-Z][\w.]*", s) if m.group(0).lower().rstrip(".") in
         _JURISDICTION_ADJ or m.group(0) == "U.S."]
    action, trigger = None, None
    for name, rx in _ACTIONS:
        for m in rx.finditer(s):
            near = [a for a in anchors if a[1] <= m.start() and m.start() - a[1] <= 2 * STATE_GAP]
            verbs = [v for v in _STATE_VERB.finditer(s) for a in near
                     if a[1] <= v.start() <= m.start() and m.start() - v.end() <= STATE_GAP and
                     v.start() - a[1] <= STATE_GAP]
            if verbs or (near and m.group(0).lower().endswith("ed")):
                action, trigger = name, m
                break
        if action:
            break
    if action is None:
        return None
    fields = []
    jur = _jurisdiction(s, body)
    if jur:
        fields.append(_field("jurisdiction", jur[0], jur[1]))
    if body:
        fields.append(_field("body", body.text, body.text))
    elif gov_word.group(0) != "EU":
        before = re.search(r"(?:(?<![\w'])([A-Za-z][\w-]+\s+))?$", s[:gov_word.start()])
        word = before.group(1) if before and before.group(1) and before.group(1).strip().lower() not in _NOT_NAME \
            else ""
        text = s[gov_word.start() - len(word):gov_word.end()]
        fields.append(_field("body", text, text))
    fields.append(_field("action", action, trigger.group(0)))
    tgt = None
    others = [x for x in spans if x is not body and not _gov(x.text)]
    direct = _after(s, trigger.end(), others)   # "fined Northline Power": the object right after the verb
    if direct and direct.start - trigger.end() <= 5 and re.fullmatch(r"\s*(?:the\s*)?", s[trigger.end():direct.start]):
        tgt = direct
    tm = re.search(r"\b(?:into|on|against|of|for|to|over)\s+", s[trigger.end():])
    if tm and tgt is None:
        tgt = _after(s, trigger.end() + tm.end(), [x for x in spans if x is not body and not _gov(x.text)])
        if tgt and tgt.start - (trigger.end() + tm.end()) > 25:
            tgt = None
    if tgt and tgt.text.lower() in _JURISDICTION_ADJ:   # "on Chinese solar panels": the goods, not the country
        more = re.match(r"(?:\s+(?!(?:and|or|from|in|on|at|for|to|by|with|the|that|which)\b)[a-z][\w-]*){1,3}",
                        s[tgt.end:])
        tgt = Span(s[tgt.start:tgt.end + more.end()], tgt.start, tgt.end + more.end()) if more else None
    if tgt:
        fields.append(_field("target", tgt.text, tgt.text))
    key = canonical_entity(body.text) if body else (jur[0].lower() if jur else "")
    return Raw("state_action", tuple(fields), f"{key}|{action}")


def _jurisdiction(s: str, body: Span | None) -> tuple[str, str] | None:
    """The adjective or place of the body ("European Commission" -> EU), else a demonym, else a place (never one
    of a dateline)."""
    dateline = _DATELINE.match(s)
    skip = dateline.end() if dateline else 0
    if body:
        first = body.text.split()[0]
        j = _JURISDICTION_ADJ.get(first.lower().rstrip("'s’"))
        if j:
            return j, first
        for p in _places(body.text):
            return p.text, p.text
        at = s.rfind(" ", 0, max(0, body.start - 1))
        prev = s[at + 1:body.start].strip().rstrip("'s’").rstrip("’'")
        if prev and (prev.lower() in _JURISDICTION_ADJ or _places(prev)):
            return _JURISDICTION_ADJ.get(prev.lower(), prev), prev
    cands = [(p.start, p.text, p.text) for p in _places(s) if p.start >= skip]
    for m in re.finditer(r"\b[A-Z][\w.]*", s):
        word = m.group(0) if m.group(0) == "U.S." else m.group(0).rstrip(".")
        j = _JURISDICTION_ADJ.get(word.lower())
        if j:
            cands.append((m.start(), j, word))
    if not cands:
        return None
    _, value, text = min(cands)
    return value, text


def _market_move(s: str, spans: list[Span], figs: list[Fig], day: str) -> Raw | None:
    pct = [f for f in figs if f.figure.kind == "percent" and f.figure.unit == "%"]
    money = _money(figs)
    if not (pct or money):
        return None
    mv = _MOVE.search(s)
    inst = _INSTRUMENT_WORD.search(s)
    if not mv or not inst:
        return None
    fig = next((f for f in pct if f.start > mv.start()), None) or next((f for f in money if f.start > mv.start()),
                                                                        None)
    if fig is None or fig.start - mv.end() > 40:
        return None
    sign = "+" if mv.group("up") else "-"
    # the instrument: "shares of X", "X shares", "X's shares", an index or commodity name
    instrument = None
    m = re.search(r"\bshares? (?:of|in) ((?:[A-Z][\w&.-]*\s?)+)", s) or \
        re.search(r"((?:[A-Z][\w&.-]*\s)*[A-Z][\w&.-]*)['\u2019]s?\s(?:[\w-]+\s){0,3}?(?:shares|stock)\b", s)
    if m:
        instrument = m.group(1).strip()
    if instrument is None:
        before = [x for x in spans if x.end <= mv.start()]
        if before:
            instrument = before[-1].text
    if instrument is None:
        return None
    fields = (_field("instrument", instrument, instrument), _field("move", _signed(sign, fig.figure), fig.figure.text),
              _field("date", day, ""))
    return Raw("market_move", fields, f"{canonical_entity(instrument)}|{day}")   # a move is an event of its day


def _signed(sign: str, f: Figure) -> str:
    if f.kind == "percent":
        return f"{sign}{f.value:g}%"
    return f"{sign}{f.text.lstrip('+-')}"


def _launch(s: str, spans: list[Span], figs: list[Fig]) -> Raw | None:
    m = _LAUNCH.search(s)
    if not m or _FORWARD_ONLY.search(s):
        return None
    if re.search(r"(?:\b(?:was|were|is|are|be|been|being)\s+|,\s*)$", s[:m.start()]):
        return None   # "Kling, launched in June": the thing launched is the subject, told as background
    who = actors(spans, s)
    org = _subject(s, m.start(), who)
    product = _after(s, m.end(), [x for x in who if x is not org])
    quoted = re.search(r"[\"\u201c]([^\"\u201d]{2,60})[\"\u201d]", s[m.end():])
    if quoted and (product is None or m.end() + quoted.start(1) <= product.start):
        product = Span(quoted.group(1), m.end() + quoted.start(1), m.end() + quoted.end(1))
    if org is None or product is None:
        return None
    gap = s[m.end():product.start]
    if len(gap.split()) > 4 or re.search(r"\b(?:in|at|on|by|to|for|with|from|under|of|as|after|before)\b", gap):
        return None   # the product is the verb's object, not a name further on
    return Raw("launch", (_field("organisation", org.text, org.text), _field("product", product.text, product.text)),
               canonical_entity(product.text))


def _incident(s: str, spans: list[Span], figs: list[Fig]) -> Raw | None:
    m = _INCIDENT.search(s)
    if not m or _FORWARD_ONLY.search(s):
        return None
    who = actors(spans, s)
    org = _subject(s, m.start(), who) or _after(s, m.end(), who)
    if org is None:
        return None
    fields = [_field("organisation", org.text, org.text), _field("kind", _kind(m.group("kind")), m.group("kind"))]
    scale = next((f for f in figs if f.figure.kind in ("quantity", "money") and f.figure.unit not in _DURATION_UNITS
                  and not re.match(r"-?(?:year|month|week|day)", s[f.end:f.end + 6])), None)
    if scale:
        fields.append(_field("scale", scale.figure.text, scale.figure.text))
    return Raw("incident", tuple(fields), canonical_entity(org.text))


def _kind(word: str) -> str:
    w = word.lower()
    for stem, kind in (("outage", "outage"), ("fire", "fire"), ("blaze", "fire"), ("explo", "explosion"),
                       ("blast", "explosion"), ("leak", "leak"), ("spill", "spill"), ("blackout", "blackout"),
                       ("power cut", "blackout"), ("breach", "breach"), ("cyber", "cyberattack"),
                       ("hack", "cyberattack"), ("ransom", "cyberattack"), ("collapse", "collapse"),
                       ("accident", "accident"), ("strike", "strike"), ("shutdown", "shutdown"),
                       ("failure", "failure"), ("malfunction", "failure"), ("derail", "derailment"),
                       ("flood", "flood"), ("damage", "damage"), ("evacuat", "evacuation"), ("recall", "recall"),
                       ("tripped", "outage")):
        if w.startswith(stem):
            return kind
    return w


# Order of precedence: a sentence states one event, the most specific type that fits.
def sentence_events(sentence: str, day: str = "", common: frozenset[str] = frozenset()) -> list[Raw]:
    """The events a sentence states (at most one per type; types that contradict each other keep the first)."""
    if len(sentence.split()) > MAX_WORDS:
        return []
    spans = names(sentence, common)
    figs = figures(sentence)
    out: list[Raw] = []
    skip: set[str] = set()
    for kind, fn in (("acquisition", _acquisition), ("funding", _funding), ("state_action", _state_action),
                     ("capex", _capex), ("market_move", _market_move_fn(day)), ("launch", _launch),
                     ("incident", _incident)):
        if kind in skip:
            continue
        r = fn(sentence, spans, figs)
        if r is not None:
            out.append(r)
            if r.type in ("acquisition", "funding", "state_action"):
                skip = {"capex", "market_move", "launch"}   # the deal or the decision is the event; its
                                                            # amounts are not a build-out
    return out


def _market_move_fn(day: str):  # noqa: ANN202
    def fn(s: str, spans: list[Span], figs: list[Fig]) -> Raw | None:
        return _market_move(s, spans, figs, day)
    return fn


# --- a story -> events ----------------------------------------------------------------------------------------

# Article text is untrusted: a sentence with markup, a link, an invisible character, a chat-role marker or words
# addressed to a model is never a source of an event or a watch item (it is skipped, not cleaned: a field must
# stay a verbatim span of its article).
_UNSAFE = re.compile(
    r"<[a-zA-Z/!|]|\[/?(?:INST|SYS)\]|https?:|\bwww\.|\b[a-z0-9-]+\.(?:com|net|org|io|example)/|"
    r"\b(?:ignore|disregard|forget|override)\s+(?:(?:all|any|the|your|of|these)\s+)*"
    r"(?:(?:previous|prior|above|earlier|preceding|other|system|original)\s+)?(?:instructions?|prompts?|rules)\b|"
    r"\byou\s+are\s+now\b|\bsystem\s+prompt\b|^\W*(?:system|assistant|user|developer)\s*:|"
    r"\b(?:as|attention|note\s+to)\s+(?:an?\s+|the\s+)?(?:ai|llm|language\s+model|assistant|chatbot)\s*[,:]",
    re.IGNORECASE)


def safe(sentence: str) -> bool:
    if _UNSAFE.search(sentence):
        return False
    return not any(unicodedata.category(ch) in ("Cc", "Cf", "Co", "Cs") for ch in sentence)


_ADDRESSED = re.compile(r"\b(?:ignore|disregard|forget|override)\b.{0,40}\b(?:instructions?|prompts?|rules)\b|"
                        r"\byou\s+are\s+now\b|<\|", re.IGNORECASE)


def safe_sentences(text: str) -> list[str]:
    """The sentences of ``text`` that may be read as sources, in order: unsafe ones are skipped, and a sentence
    addressed to a model takes the rest of its paragraph with it (as the LLM writer's sanitiser does)."""
    out = []
    for para in re.split(r"\n", text or ""):
        for sentence in split_sentences(para):
            if _ADDRESSED.search(sentence):
                break
            if safe(sentence):
                out.append(sentence)
    return out


def article_sentences(article: Article) -> list[str]:
    """The article's sentences an event may come from (the first ``MAX_SENTENCES`` safe ones)."""
    return safe_sentences(article.body)[:MAX_SENTENCES]


def extract(bundle: StoryBundle) -> tuple[Event, ...]:
    """The story's events, merged across its articles (conflicting values kept with their outlets), in the order
    their first statement was published."""
    groups: dict[tuple[str, str], list[tuple[Raw, Article, str]]] = {}
    order: list[tuple[str, str]] = []
    for a in sorted(bundle.articles, key=lambda a: (a.published is None, a.published, a.id or 0)):
        day = a.published.date().isoformat() if a.published else ""
        common = frozenset(re.findall(r"(?<![\w'.-])[a-z][a-z-]+", a.title + " " + a.body)) | _COMMON_STARTS
        seen: set[tuple[str, str]] = set()
        for sentence in article_sentences(a):
            for raw in sentence_events(sentence, day, common):
                k = (raw.type, raw.key)
                if k in seen:
                    continue
                seen.add(k)
                k = _merge_key(k, raw, groups)
                if k not in groups:
                    groups[k] = []
                    order.append(k)
                groups[k].append((raw, a, sentence))
    return tuple(_event(bundle.story.id, k, groups[k]) for k in order)


AMOUNT_RATIO = 1.1    # two amounts this close are one figure stated differently (compare.CONFLICT_MAX_RATIO)
_AMOUNT = {"funding": "amount", "acquisition": "price", "capex": "capacity"}


def _merge_key(k: tuple[str, str], raw: Raw, groups: dict) -> tuple[str, str]:
    """The group a statement joins: its own key; else, of the events of its type, the only one when either has no
    key, or the one whose amount is within ``AMOUNT_RATIO`` of its own (one round reported with two figures)."""
    if k in groups:
        return k
    same = [g for g in groups if g[0] == k[0]]
    if len(same) == 1 and (not k[1] or not same[0][1]):
        return same[0]
    name = _AMOUNT.get(k[0])
    mine = next((v for n, v, _ in raw.fields if n == name and isinstance(v, float)), None)
    if mine:
        for g in same:
            theirs = next((v for r, _, _ in groups[g] for n, v, _ in r.fields if n == name and isinstance(v, float)),
                          None)
            if theirs and max(mine, theirs) / min(mine, theirs) <= AMOUNT_RATIO:
                return g
    return k


def _event(story_id: str, key: tuple[str, str], statements: list[tuple[Raw, Article, str]]) -> Event:
    fields: list[EventField] = []
    seen: set[tuple[str, str]] = set()
    for raw, a, sentence in statements:
        for name, value, text in raw.fields:
            v = (name, _norm(value))
            if v in seen:
                continue
            seen.add(v)
            fields.append(EventField(name=name, value=value, text=text, url=a.url, sentence=sentence,
                                     source=a.source))
    first_raw, first, sentence = statements[0]
    days = [a.published.date() for _, a, _ in statements if a.published]
    # a field stated differently: the value most outlets give first (stable otherwise)
    support = {}
    for raw, a, _ in statements:
        for name, value, _t in raw.fields:
            support.setdefault((name, _norm(value)), set()).add(a.source or a.url)
    fields.sort(key=lambda f: (_FIELD_ORDER.get((key[0], f.name), 99), -len(support.get((f.name, _norm(f.value)), ()))))
    fields = _versions(fields)
    ident = hashlib.sha1(f"{story_id}|{key[0]}|{key[1]}".encode()).hexdigest()[:16]
    return Event(story_id=story_id, type=key[0], fields=tuple(fields), url=first.url, sentence=sentence,
                 source=first.source, date=first.published.date() if first.published else None, id=ident,
                 updated=max(days) if days else None)


def _versions(fields: Sequence[EventField]) -> list[EventField]:
    """The values kept per field (most supported first): every investor; for a number, the values close enough to
    the leading one to be the same figure stated differently (a figure further off is another thing the articles
    mention, not a version of this one), with their currencies; for a name, the leading one."""
    by_name: dict[str, list[EventField]] = {}
    for f in fields:
        by_name.setdefault(f.name, []).append(f)
    keep: set[int] = set()
    for name, fs in by_name.items():
        lead = fs[0]
        for f in fs:
            if f is lead or name == "investors" or (
                    isinstance(f.value, float) and isinstance(lead.value, float) and lead.value > 0 and f.value > 0
                    and max(f.value, lead.value) / min(f.value, lead.value) <= AMOUNT_RATIO):
                keep.add(id(f))
    kept_texts = {f.text for f in fields if id(f) in keep and isinstance(f.value, float)}
    for f in by_name.get("currency", ()):
        if f.text in kept_texts:     # the currency of a kept amount (its field text is the amount as written)
            keep.add(id(f))
    return [f for f in fields if id(f) in keep]


def _norm(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.6g}"
    return canonical_entity(str(value)) or str(value).lower()


def _order() -> dict[tuple[str, str], int]:
    from topline.records import EVENT_FIELDS
    return {(t, n): i for t, names_ in EVENT_FIELDS.items() for i, n in enumerate(names_)}


_FIELD_ORDER = _order()


def extract_all(bundles: Iterable[StoryBundle]) -> tuple[Event, ...]:
    return tuple(e for b in bundles for e in extract(b))
