"""Market moves of a sentence: every move verb with the percentage (or amount) it governs and its subject as the
instrument ("Broadcom lost 4.4%, AMD fell 4.9% and Micron dropped 6.2%"), one move per instrument (the close
first), the day the move happened ("fell 6% on Wednesday" in a Thursday article)."""
from __future__ import annotations

import datetime as dt
import re

from topline.enrich.entities import canonical_entity
from topline.events.clauses import EARLIER, Context, agent, bare
from topline.events.kinds import accounting_amount
from topline.events.fund_moves import fund_flows, markdowns
from topline.events.instruments import commodity, parent_shares
from topline.events.results import results
from topline.events.result_levels import stated_results
from topline.events.dates import MONTH, WEEKDAY as WEEKDAY_ALT, WEEKDAYS
from topline.events.spans import _JURISDICTION_ADJ, _NOT_NAME, Fig, Raw, Span, _field, _gov, _places
from topline.records import Figure

_UP = r"(?:rose|rises|rising|rise|jumped|jumps|gained|gains|climbed|climbs|surged|surges|soared|soars|rallied|" \
      r"rallies|advanced|advances|added|increased|bounced|rebounded|up|higher|strengthened|strengthens|firmed|" \
      r"appreciated|(?<=shares )recovered|(?<=stock )recovered|(?<=index )recovered)"   # events19: "Voyagio shares
# recovered 1.2% on Wednesday" (after a market's word only: "recovered 80% of the stolen funds" is no move)
_DOWN = r"(?:fell|falls|falling|fall|dropped|drops|slumped|slumps|lost|loses|declined|declines|slid|slides|" \
        r"plunged|plunges|tumbled|tumbles|sank|sinks|down|lower|decreased|retreated|eased|slipped|slips|shed|" \
        r"sheds|dipped|dips|crashed|crashes|tanked|tanks|skidded|weakened|weakens|softened|depreciated|sunk|" \
        r"plummeted|plummets|(?<=were )off|(?<=was )off)"
# events38 (above): "plummeted", "Hollins Peak shares were off 6.8%". "rocketed", "leapt" were read too and dropped:
# eval-ind's one more move (a miner's shares "rocketed 18 per cent") moved a pairing to another page and took its
# signals' page share under the floor (0.733 < 0.8; without them 0.8, 19 signals): the lead's decision
_MOVE = re.compile(rf"\b(?:(?P<up>{_UP})|(?P<down>{_DOWN}))\b", re.IGNORECASE)
_INSTRUMENT_WORD = re.compile(r"\b(?:shares?|stocks?|index|indices|futures|prices?|bonds?|yields?|benchmark|"
                              r"Brent|WTI|crude|gas|power|electricity|carbon|coal|lithium|copper|uranium|"
                              r"allowances?|contract|certificates?|notes)\b", re.IGNORECASE)   # events38: "The utility's 2033 notes fell 6 pence"


_PERIOD = re.compile(r"^[^,;]{0,30}?\b(?:this year|so far|year to date|in 20\d\d|since|over the (?:past|last)|in the "
                     r"(?:first|second|third|fourth) quarter|last (?:quarter|year|month)|this month|for the year|"
                     r"in (?:the )?(?:three|six|\w+) months|"
                     # "rose by about 9 euros ... between Monday and Thursday": a move over days (tenth pass)
                     rf"between (?:{WEEKDAY_ALT}) and (?:{WEEKDAY_ALT}))\b", re.IGNORECASE)
_CLOSE = re.compile(r"\b(?:close[ds]?|closing|ended|ending|finished|finishing|settled)\b[^,;]{0,25}$", re.IGNORECASE)
_INTRADAY_MAX = re.compile(r"\bas much as\s*$|\b(?:nearly|about|almost)\s*$", re.IGNORECASE)
_SHARES_OF = re.compile(r"\b(?:[Ss]hares?|[Ss]tock) (?:of|in) ((?:[A-Z][\w&.-]*\s?)+)\s*$|"
                        r"((?:[A-Z][\w&.-]*\s)*[A-Z][\w&.-]*)['\u2019]s?\s(?:[\w-]+\s){0,3}?(?:shares|stock)\s*$")


# Words between a move verb and its figure that make the figure a level the price reached, not the move's amount
# (eighth pass): "fell below $550 a tonne", "rose to $9,100", "climbed above 4,000", "sank to as low as $31". A
# hedge of the amount ("fell more than 3%", "slid just under 2%", "dropped over 5%") keeps it a move.
_LEVEL = re.compile(r"^\s*(?:(?:to|below|above|beneath|past|beyond|toward|towards|at|into|near)\b|"
                    r"(?<!just )(?<!slightly )under\b)|"
                    # "taking gains this week to about 12%": the words before the figure end at a level's "to"
                    r"\b(?:to|at)\s+(?:about|around|roughly|nearly|almost|some|over|more than)?\s*$", re.IGNORECASE)
# A name after "on" or "at" is the venue things trade on ("futures on the Guangzhou Futures Exchange").
_VENUE = re.compile(r"\b(?:on|at)\s+(?:the\s+)?$", re.IGNORECASE)
# What trades at a venue, named before it ("Lithium carbonate futures on the ...").
_TRADED = re.compile(r"\b((?:[A-Z][\w-]*\s+)(?:[\w-]+\s+){0,3}?(?:futures|contracts?|bonds|prices|allowances|"
                     r"permits))\s+(?:on|at)\s+(?:the\s+)?$")
# The verb right before a move told as "N% higher/lower" ("closed 24% higher", "ended 3% lower"): events19
_LEVEL_VERB = re.compile(r"\b(?:closed|closes|closing|ended|ends|finished|settled|opened|traded|trading|was|were|"
                         r"is|are)\s+(?:\w+\s+)?$", re.IGNORECASE)
# "15% lower than in January", "20% higher than a year ago": two levels compared, not the day's move.
_COMPARED = re.compile(r"^\s*(?:lower|higher|below|above|less|more)\s+than\b", re.IGNORECASE)
_AHEAD = re.compile(r"\b(?:will|would|could|(?-i:may)|might|expected to|forecast to|projected to|set to|likely to)\s+"
                    r"(?:[\w-]+\s+){0,7}$", re.IGNORECASE)
_EARLIER = EARLIER


# A move in millions or billions of money is a market's only where the sentence names a market value before the verb
# (read on eval-crypto's "Orvelle Finance, a lending protocol on Base, lost about $19 million on Tuesday after an
# attacker pumped the price ...": the money drained, titled "Orvelle Finance falls $19 million"): a share price moves
# in units, a company's worth in millions. The figure's normalised value says which (the figures stage reads the scale
# words, "$19 million", "€2.1bn", "Rs 40 crore"), not a second list of them here.
MONEY_SUM_MIN = 1e6
_WORTH = re.compile(r"\b(?:market (?:value|capitali[sz]ation|cap)|valuation|value|worth|capitali[sz]ation)\b",
                    re.IGNORECASE)
WORTH_BEFORE = 60   # characters before the move verb that may name the market value ("its market capitalisation")
WORTH_AFTER = 30    # and after the figure ("lost $4 billion in market value")


# A name that ends in a company's word is a company, whatever word of state it holds ("Harbor State Bancorp", "State
# Street Corp": events17, read on eval-fin's moves)
_CORPORATE = re.compile(r"\b(?:Bancorp|Bancshares|Inc|Corp|Corporation|Co|Ltd|plc|PLC|Holdings|LLC|AG|SA|NV|SE)\.?$")


def market_moves(s: str, spans: list[Span], figs: list[Fig], day: str, ctx: Context | None = None) -> list[Raw]:
    """Every move of the sentence ("Broadcom lost 4.4%, AMD fell 4.9% and Micron dropped 6.2%"): a move verb, the
    percentage (or amount) it governs, and its subject as the instrument; one move per instrument (the close where
    the sentence gives it, else the session's extreme, else the first figure). A move over a period ("has gained
    40% this year") is not a day's move; "the index" and "its shares" stand for what the article named."""
    held = fund_flows(s, spans, figs, day, ctx) + markdowns(s, spans, figs, day, ctx)   # events34, ``fund_moves``
    held += [r for r in results(s, spans, figs, day, ctx)     # a company's results in its measures (events35)
             if not any(_figure_text(r) in _figure_text(h) or _figure_text(h) in _figure_text(r) for h in held)]
    held += [r for r in stated_results(s, spans, figs, day, ctx)   # had revenue of, a bare measure (events37)
             if not any(_figure_text(r) in _figure_text(h) or _figure_text(h) in _figure_text(r) for h in held)]
    if not (_INSTRUMENT_WORD.search(s) or any(f.figure.kind == "percent" for f in figs)):
        return held
    pool = [x for x in spans if (not _gov(x.text) or _CORPORATE.search(x.text)) and
            x.text.lower() not in _JURISDICTION_ADJ]
    found: dict[str, tuple[int, Raw]] = {}
    last: Span | None = None
    for mv in _MOVE.finditer(s):
        fig = next((f for f in figs if f.start >= mv.end() and f.figure.kind in ("percent", "money")
                    and (f.figure.kind != "percent" or f.figure.unit == "%" or _BASIS_POINTS.search(f.figure.text))),
                   None)
        at = mv.start()   # where the move's verb stands (its subject is before it)
        if mv.group(0).lower() in ("lower", "higher"):
            fig = next((f for f in figs if f.figure.kind == "percent" and f.figure.unit == "%"
                        and 0 <= mv.start() - f.end <= 2), None)
            if fig is None:
                continue
            # "The shares closed 24% higher", "Penwarden Homes closed 7.4 per cent lower": the verb before the
            # figure is the one whose subject moved (events19, read on eval-retail, eval-prop, eval-def, eval-mob)
            verb = _LEVEL_VERB.search(s[:fig.start])
            at = verb.start() if verb else at
        elif fig is None or fig.start - mv.end() > 25 or re.search(r"[,;]", s[mv.end():fig.start]):
            continue
        if fig.figure.kind == "money":
            # "fell $1.20, or 4.1%," / "closed up 0.41 (+1.92%)": the move in percent, as markets compare moves
            pct = next((f for f in figs if f.start > fig.end and f.figure.unit == "%" and
                        re.fullmatch(r"\s*(?:,\s*or|\()\s*[+-]?\s*", s[fig.end:f.start])), None)
            if pct is not None and not accounting_amount(s, fig.start, fig.end):
                fig = pct
        if fig.figure.kind == "money" and accounting_amount(s, fig.start, fig.end):
            continue   # "added $600 million to its allowance for credit losses": a charge booked, no market's move
        if fig.figure.kind == "money" and fig.figure.value >= MONEY_SUM_MIN and \
                not _WORTH.search(s[max(0, at - WORTH_BEFORE):at]) and not _WORTH.search(s[fig.end:fig.end + WORTH_AFTER]):
            continue   # "Orvelle Finance ... lost about $19 million after an attacker ...": money a company lost
            # (stolen, drained, spent) is no price's move; a market value that lost it is ("its market value shed
            # $4 billion")
        if _LEVEL.search(s[mv.end():fig.start]) or _COMPARED.match(s[fig.end:]):
            continue   # "fell below $550 a tonne", "rose to a record $40": where a price stands is a level, not the
            # move ("fell by $12 to $550" and "down 2%" name the move); "15% lower than in January" compares levels
        if _PERIOD.search(s[fig.end:]) or re.search(r"\b(?:has|have|had)\s+(?:\w+\s+)?$", s[:at]) or \
                re.search(r"\bless than\s*$", s[mv.end():fig.start]):
            continue
        if _AHEAD.search(s[:at]) or re.match(r"\s+from\b", s[mv.end():]) or \
                _EARLIER.search(s[:at]):
            continue   # a forecast ("will fall to", "expected to be 40% higher"), a comparison ("74%, up from 61%")
            # or a move of an earlier day the sentence recalls ("a day after the index fell 6%")
        # a parent's shares told by the company it owns, a commodity named in common words (events38, ``instruments``)
        inst = _rate_or_currency(s, at) or parent_shares(s, at, ctx) or _instrument(s, at, pool, ctx) or \
            _delivery(s, at, fig) or commodity(s, at)
        if inst is None:
            if last is None or not re.search(r"\b(?:before|then|to|and|after)\b", s[last.end:mv.start()]):
                continue
            inst = last          # "fell 5.8% at the low ... to close down 3.7%": the same instrument
        if _VENUE.search(s[:inst.start]):
            # "futures on the Guangzhou Futures Exchange rose", "companies on Bursa Malaysia fell": the things traded
            # at a venue moved, not the venue: the instrument is what the sentence names before it, else none
            traded = _TRADED.search(s[:inst.start])
            if traded is None:
                inst = _delivery(s, mv.start(), fig)     # "September arabica on ICE rose 3.2% to $3.61 per lb"
                if inst is None:
                    continue
            else:
                inst = Span(traded.group(1), traded.start(1), traded.end(1))
        elif re.match(r"-based\b", s[inst.end:]):
            # "The Hefei-based company's shares": a place; the words stand for the article's main actor, if any
            ref = re.search(r"\b(?:[Tt]he|[Ii]ts) [\w-]+-based [\w-]+(?=['\u2019]s?\s)", s[:mv.start()])
            if ref is None or ctx is None or not ctx.company or ctx.company.lower() in ref.group(0).lower():
                continue
            inst = Span(ref.group(0), ref.start(), ref.end(), ref=ctx.company)
        low = re.match(r"\s+([a-z][\w-]*)(?=\s+(?:shares?|stock|ADRs?)\b)", s[inst.end:])
        if low and inst.ref == "" and low.group(1) not in ("of", "and", "the", "its", "whose", "said"):
            inst = Span(s[inst.start:inst.end + low.end()], inst.start, inst.end + low.end())   # "SK hynix shares"
        sub = _SUB_INDEX.match(s[inst.end:mv.start()])
        if sub and inst.ref == "":
            # "The STOXX Europe 600 industrial transportation index fell 2.4%": the name heads a sub-index named in
            # common words; what moved is the sub-index, not the benchmark (ninth pass)
            inst = Span(s[inst.start:inst.end + sub.end(1)], inst.start, inst.end + sub.end(1))
        inst = _commodity_name(s, inst, mv.start())
        if inst is None:
            continue
        last = inst
        sign = "+" if mv.group("up") else "-"
        rank = 0 if _CLOSE.search(s[:min(mv.start(), fig.start)][-40:]) else \
            1 if _INTRADAY_MAX.search(s[mv.end():fig.start]) else 2
        when = re.match(r"[^,;]{0,30}?(?:" + _DAY_WORD.pattern + ")", s[fig.end:])   # "fell 6% on Wednesday"
        date = _move_day(when.group(0) if when else "", day)
        raw = Raw("market_move", (_field("instrument", inst.value, inst.text),
                                  _field("move", _signed(sign, fig.figure), fig.figure.text),
                                  _field("date", date, _DAY_WORD.search(when.group(0)).group(0) if when and
                                         date != day else "")),
                  f"{canonical_entity(inst.value) or inst.value.lower()}|{date}")
        key = raw.key
        if key not in found or rank < found[key][0]:
            found[key] = (rank, raw)
    for m in _MOVE_NOUN.finditer(s):
        name = next((x for x in pool if x.start == m.end()), None)
        if name is None or re.search(r"\b(?:has|have|had)\b|\bthis year\b", s[max(0, m.start() - 40):m.start()]):
            continue
        f = next((f for f in figs if f.start == m.start("fig")), None)
        if f is None:
            continue
        sign = "+" if m.group("dir").lower() in ("gain", "rise", "jump", "advance", "rally") else "-"
        raw = Raw("market_move", (_field("instrument", name.text, name.text),
                                  _field("move", _signed(sign, f.figure), f.figure.text), _field("date", day, "")),
                  f"{canonical_entity(name.text) or name.text.lower()}|{day}")
        found.setdefault(raw.key, (2, raw))
    for raw in bond_cents(s, day) + spread_moves(s, day):   # "dollar bonds due 2034 gained about 2 cents", "The
        found.setdefault(raw.key, (2, raw))                    # spread between ... widened 6 basis points" (events26)
    found = {k: v for k, v in found.items() if not _a_measure(s, v[1], held)}
    moved = [_figure_text(r) for _, r in found.values()]
    return [r for _, r in found.values()] + [r for r in held if r.key not in found and
                                             not any(m and m in _figure_text(r) for m in moved)]


def _a_measure(s: str, raw: Raw, held: list[Raw]) -> bool:
    """A move whose instrument is a result's measure, the capitalised word that opens a sentence ("Revenue rose 4%
    to $880 million", "Net income rose to ..."): the result read of the same figure is the move (events37). Only at
    the sentence's start: elsewhere the share rule's instrument stands ("Colombia's peso fell 1.8%" is a currency's
    move, which ``results`` also reads as the country's "peso")."""
    inst = next((str(t) for n, _, t in raw.fields if n == "instrument"), "")
    if not inst or not s.lstrip().startswith(inst):
        return False
    words = set(re.findall(r"[\w-]+", inst.lower()))
    fig = _figure_text(raw)
    for h in held:
        measure = next((str(v) for n, v, _ in h.fields if n == "measure"), "")
        if words and measure and words <= set(re.findall(r"[\w-]+", measure.lower())) and fig and \
                (fig in _figure_text(h) or _figure_text(h) in fig):
            return True
    return False


def _figure_text(raw: Raw) -> str:
    """The move of ``raw`` as written (one figure read by two rules is one move)."""
    return next((str(t) for n, _, t in raw.fields if n == "move"), "")


# A bond's price moves in cents on the dollar (events26, read on eval-geo and eval-macro, where sovereign bonds move
# so): "Egypt's dollar bonds due 2031 rose about half a cent", "the country's dollar bonds due 2033 dropped about 0.8
# cents on the dollar", "The government's notes due 2027 rose 2.5 cents". What moved is the bond named by its
# currency, kind or maturity; "The notes rose 4 cents" names nothing (the bond is another sentence's).
_BOND_CENTS = re.compile(
    r"(?:^|(?<=[,;]\s)|(?<=\s))(?P<owner>(?:[Tt]he\s+)?(?-i:(?:[A-Z][\w.-]*\s+){0,2})(?:[A-Z][\w.-]*|country|government)['\u2019]s\s+|[Tt]he\s+|its\s+)?"
    r"(?P<bond>(?:(?!(?:the|a|an|and|while|with|of|its|their|as|after)\b)[\w.-]+\s+){0,3}?"
    r"(?:bonds?|notes?|eurobonds?|issue)(?:\s+due\s+(?:in\s+)?(?:20|19)\d\d)?)\s+(?:also\s+)?"
    rf"(?:(?P<up>{_UP}|gaining|climbing)|(?P<down>{_DOWN}|dropping|sliding|losing))\s+(?:by\s+)?(?:about\s+|as much as\s+|nearly\s+|almost\s+|around\s+|"
    r"some\s+|roughly\s+)?(?P<n>\d+(?:\.\d+)?|half a|a)\s+(?P<unit>cents?|pence|p)\b", re.IGNORECASE)


# events38 (read on the UK water companies' bonds of eval-water, eval-clim, eval-capital): sterling bonds move in pence
# on the pound ("Its 2033 bonds fell 9 pence to 61 pence on the pound", "Sudmere's 2035 bonds rose 3.5 pence")
_UNIT = {"cent": "cents", "cents": "cents", "pence": "pence", "p": "pence"}


def bond_cents(s: str, day: str) -> list[Raw]:
    """The moves of bonds in cents a sentence tells (see ``_BOND_CENTS``), each with its day."""
    out = []
    for m in _BOND_CENTS.finditer(s):
        bond = m.group("bond").strip()
        owner = m.group("owner") or ""
        if len(bond.split()) < 2 or re.match(r"(?i)(?:the\s+)?(?:country|government)", owner):
            if len(bond.split()) < 2:
                continue      # "The notes rose 4 cents": which notes, another sentence says
            owner = ""
        name = bond if not re.match(r"[A-Z]", owner) or owner.lower().startswith(("the ", "its ")) else owner + bond
        at = m.start("bond") - (len(name) - len(bond))
        n = {"half a": "0.5", "a": "1"}.get(m.group("n").lower(), m.group("n"))
        when = re.match(r"[^,;]{0,30}?(?:" + _DAY_WORD.pattern + ")", s[m.end():])
        date = _move_day(when.group(0) if when else "", day)
        sign = "+" if m.group("up") else "-"
        out.append(Raw("market_move", (_field("instrument", name, s[at:at + len(name)]),
                                       _field("move", f"{sign}{n} {_UNIT.get(m.group('unit').lower(), 'cents')}",
                                              s[m.start("n"):m.end()]),
                                       _field("date", date, _DAY_WORD.search(when.group(0)).group(0) if when and
                                              date != day else "")),
                       f"{canonical_entity(name) or name.lower()}|{date}"))
    return out


# The spread between two countries' yields, in basis points (events26, read on eval-geo and eval-macro): "The spread
# between Spanish and German 10-year bonds widened 6 basis points", "The spread between 10-year BTP and Bund yields
# narrowed 3 basis points", "The BTP-Bund spread fell 5 basis points"; named "Spanish-German 10-year spread". A spread
# widens or narrows: only with a spread as subject are those verbs a move ("its loss widened" is none).
_SPREAD = re.compile(
    r"\b[Tt]he\s+(?:(?:yield|bond)\s+)?spread\s+between\s+(?:the\s+)?(?P<t1>\d+-year\s+)?(?P<a>[A-Z][\w-]*)\s+and\s+"
    r"(?P<b>[A-Z][\w-]*)\s+(?P<t2>\d+-year\s+)?(?:government\s+)?(?:bond\s+)?(?:bonds?|yields?|debt)|"
    r"\b[Tt]he\s+(?P<pair>[A-Z][\w]*-[A-Z][\w]*)\s+(?:(?P<t3>\d+-year)\s+)?(?:yield\s+)?spread")
_SPREAD_MOVE = re.compile(rf"\s+(?:(?P<up>widened|widens|{_UP})|(?P<down>narrowed|narrows|tightened|tightens|shrank|"
                          rf"{_DOWN}))\s+(?:by\s+)?(?:about\s+|as much as\s+)?(?P<n>\d+(?:\.\d+)?)\s+(?:basis points?|bps?)\b",
                          re.IGNORECASE)


def spread_moves(s: str, day: str) -> list[Raw]:
    """The moves of yield spreads a sentence tells (see ``_SPREAD``), in basis points, each with its day."""
    out = []
    for m in _SPREAD.finditer(s):
        mv = _SPREAD_MOVE.match(s, m.end())
        if mv is None:
            continue
        tenor = (m.group("t1") or m.group("t2") or m.group("t3") or "").strip()
        pair = m.group("pair") or f"{m.group('a')}-{m.group('b')}"
        name = re.sub(r"\s+", " ", f"{pair} {tenor} spread")
        when = re.match(r"[^,;]{0,30}?(?:" + _DAY_WORD.pattern + ")", s[mv.end():])
        date = _move_day(when.group(0) if when else "", day)
        sign = "+" if mv.group("up") else "-"
        said = re.sub(r"^[Tt]he\s+", "", m.group(0))     # "BTP-Bund spread", as the title will say it
        out.append(Raw("market_move", (_field("instrument", name, said),
                                       _field("move", f"{sign}{mv.group('n')}bp", s[mv.start('n'):mv.end()]),
                                       _field("date", date, _DAY_WORD.search(when.group(0)).group(0) if when and
                                              date != day else "")),
                       f"{name.lower()}|{date}"))
    return out


_MOVE_NOUN = re.compile(r"\b(?:a|an)\s+(?P<fig>\d+(?:\.\d+)?%)\s+(?P<dir>gain|rise|jump|advance|rally|drop|fall|"
                        r"decline|slide|loss)\s+(?:in|for)\s+(?:the\s+)?", re.IGNORECASE)
_DAY_WORD = re.compile(rf"\b(?:on |last )?(?:{WEEKDAY_ALT})\b|\bovernight\b|\byesterday\b")


def _move_day(s: str, day: str) -> str:
    """The day a move happened: the weekday the sentence names ("fell 6% on Wednesday" in a Thursday article),
    the day before for "overnight" or "yesterday", else the article's day."""
    m = _DAY_WORD.search(s)
    if not m or not day:
        return day
    pub = dt.date.fromisoformat(day)
    word = m.group(0).lower().split()[-1]
    if word in ("overnight", "yesterday"):
        back = 1
    else:
        back = (pub.weekday() - WEEKDAYS.index(word)) % 7
    return (pub - dt.timedelta(days=back)).isoformat()


def _instrument(s: str, verb_start: int, pool: list[Span], ctx: Context | None) -> Span | None:
    """What moved: "shares of X", "X's Hong Kong-listed shares", "X shares", the name right before the verb, or
    what "the index" / "the shares" / "its shares" stand for."""
    head = s[:bare(s, verb_start)]
    m = _SHARES_OF.search(head)
    if m:
        g = 1 if m.group(1) else 2
        text = m.group(g).strip()
        words = text.split()
        while words and words[0].lower() in _NOT_NAME:
            words = words[1:]
        if words:
            text = " ".join(words)
            at = s.rfind(text, 0, verb_start)
            return Span(text, at, at + len(text))
    who = agent(s, verb_start, pool, ctx)
    if who is None:
        # "Brent crude futures rose", "Dutch TTF gas prices fell": a name, then the words of an instrument
        before = [x for x in pool if x.end <= verb_start and verb_start - x.end <= 60]
        if before and not re.search(r"[,;]", s[before[-1].end:verb_start]) and \
                _INSTRUMENT_WORD.search(s[before[-1].end:verb_start]):
            return before[-1]
    if isinstance(who, str):
        # the words that stand for it: "the stock", "its shares", "The cloud group's shares", "The firm's share
        # price", a sentence's opening "Shares" (events17)
        a = re.search(r"(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir) [\w'\u2019-]+(?:\s+[\w-]+){0,3}?|^Shares)\s*$", head.rstrip())
        return Span(a.group(0).strip(), a.start(), a.start() + len(a.group(0).strip()), ref=who) if a else None
    return who


# Tenth pass (issue 12, recall of market moves on commodity pages): a commodity is named in common words, by its
# market's place or exchange and its delivery month ("Chicago wheat futures", "London robusta", "Brent crude
# futures", "Euronext September wheat", "New York cocoa for September delivery"); the place alone is not what moved.
# "Chicago wheat futures": the name, then the commodity in common words, then "futures" (words that only describe the
# contract, "front-month futures", leave the name as it is)
_CONTRACT_WORDS = r"(?:front-month|front|month-ahead|day-ahead|benchmark|most-active|nearby|near-term|spot|key)"
_HEAD_AFTER_NAME = re.compile(r"((?:\s+" + _CONTRACT_WORDS + r")*(?:\s+(?!" + _CONTRACT_WORDS + r"\b)[a-z][\w-]*)"
                              r"(?:\s+[a-z][\w-]*){0,2}\s+futures)"
                              r"(?:\s+on\s+(?:the\s+)?[A-Z][\w&-]*(?:\s+(?:of\s+)?[A-Z][\w&-]*){0,4})?\s*$")
_COMMON_AFTER_PLACE = re.compile(r"((?:\s+(?!(?:and|or|the|of|to|in|on|at|by|for|has|have|had|was|were|is|are|"
                                 r"said|says|which|who|that)\b)[a-z][\w-]*){1,3})\s*$")
_IN_PLACE = re.compile(r"\b((?:[A-Za-z][\w-]*\s+){0,5}?(?:[Ff]utures|[Pp]rices?|[Cc]ontracts?)(?:\s+(?:for|of)\s+"
                       r"(?:[a-z][\w-]*\s+){1,3}?)?)\s*(?:in|at)\s+$")
# A price told per unit after the move ("to 214.50 euros a tonne", "to $3.61 per lb"): the mark of a commodity
_PER_UNIT = re.compile(r"^\s+to\s+(?:a\s+record\s+)?\S*\d[\d.,]*\s*(?:[a-z]+\s+)?(?:a|per)\s+[a-z]+\b", re.IGNORECASE)
# what moved, named by its delivery month: "Euronext September wheat", "August feeder cattle futures", "New York
# cocoa for September delivery", "September arabica on ICE" (the words before the verb, to the sentence's start or
# a clause break)
_DELIVERY = re.compile(r"(?:^|[,;:]\s+|\b(?:and|while|as|after)\s+)((?:(?:[A-Z][\w&-]*\s+){0,2}(?:" + MONTH +
                       r")\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*|(?:[A-Z][\w&-]*\s+){1,2}(?:[a-z][\w-]*\s+){0,2}"
                       r"[a-z][\w-]*\s+for\s+(?:" + MONTH + r")\s+delivery)(?:\s+(?:futures|contracts?))?"
                       r"(?:\s+on\s+(?:the\s+)?[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3})?)\s+$")


def _commodity_name(s: str, inst: Span, verb_start: int) -> Span | None:
    """What moved when the name found is a market's place or a brand of a commodity: the name with the common
    words that follow it up to the verb ("Chicago wheat futures", "Brent crude futures", "London robusta"); a
    place after "in"/"at" is where the prices were, and what moved is the noun phrase before it ("prices for bread
    wheat in Hamburg"), or nothing when no such phrase is there. Other names are returned as they are."""
    if inst.ref:
        return inst
    from topline.enrich.gazetteer import ALIASES
    whole = re.search(r"\b[A-Z][a-z]+\s+$", s[:inst.start])   # "New York futures": the story writes "new" in lower
    if whole and ALIASES.get((s[whole.start():inst.end]).lower(), ("", ""))[1] == "PLACE":   # case, so the name
        inst = Span(s[whole.start():inst.end], whole.start(), inst.end)                    # read was "York"
    between = s[inst.end:bare(s, verb_start)]
    place = ALIASES.get(inst.text.lower(), ("", ""))[1] == "PLACE" or inst.text in {p.text for p in _places(s)}
    head = _HEAD_AFTER_NAME.fullmatch(between) or (_COMMON_AFTER_PLACE.fullmatch(between) if place else None)
    if head and not re.match(r"\s+(?:shares?|stocks?)\b", between):
        end = inst.end + head.end(1)
        return Span(s[inst.start:end], inst.start, end)
    if re.search(r"\b(?:in|at)\s+$", s[:inst.start]) and not re.fullmatch(r"\s*", between):
        return None    # "in Hamburg" then other words before the verb: not the subject
    before = _IN_PLACE.search(s[:inst.start]) if re.search(r"\b(?:in|at)\s+$", s[:inst.start]) else None
    if before is not None:
        return Span(s[before.start(1):inst.end], before.start(1), inst.end)
    if place and re.search(r"\b(?:in|at)\s+$", s[:inst.start]):
        return None
    return inst


def _delivery(s: str, verb_start: int, fig: Fig) -> Span | None:
    """A commodity named by its delivery month, with no name for the agent to find, when the sentence prices it
    per unit after the move ("Euronext September wheat rose 1.8% to 214.50 euros a tonne")."""
    m = _DELIVERY.search(s[:bare(s, verb_start)] + " ")
    if m is None or not (_PER_UNIT.match(s[fig.end:]) or re.search(r"\b(?:futures|contracts?|delivery)\b", m.group(1))):
        return None
    text = m.group(1).strip()
    return Span(text, m.start(1), m.start(1) + len(text))


_SUB_INDEX = re.compile(r"(\s+(?:[a-z][\w-]*\s+){1,3}(?:index|sub-?index|sector|sector index))\s*$")




# Eleventh pass (issue 12, recall on eval-fin and eval-agri): a bond yield or a currency moves as markets write it,
# in basis points and with "weakened"/"strengthened" ("The two-year gilt yield rose 11 basis points", "The rupiah
# weakened 0.6%"); what moved is the noun phrase before the verb, named in common words.
_BASIS_POINTS = re.compile(r"\bbasis points?\b|\bbps?\b", re.IGNORECASE)
_CURRENCY_WORDS = (r"dollar|euro|pound|sterling|yen|yuan|renminbi|rupee|rupiah|won|peso|rand|lira|franc|krona|krone|"
                   r"ringgit|baht|dong|shekel|zloty|forint|rouble|ruble|dirham|riyal|naira|loonie|real|"
                   # events26 (eval-geo, eval-macro): the currencies of smaller economies told the same way
                   r"leu|lei|sol|koruna|hryvnia|tenge|lari|cedi|shilling|birr|kwacha|taka|kyat|manat|boliviano|"
                   r"dinar|lev|rial|guarani|colon|pula")
# events26: the subject may follow a dateline's dash and be owned by its country ("LAGOS, Dec 21 (Reuters) - Nigeria's
# naira fell", "Thailand's baht weakened"); the owner is not part of what moved (``_OWNER``)
_RATE_SUBJECT = re.compile(r"(?:^|[,;]\s*|\s[-\u2013\u2014]\s+|\b(?:[Tt]he|while|and|with)\s+)((?:[A-Z][\w.-]*['\u2019]s\s+)?"
                           r"(?:(?!(?:the|a|an|and|while|with|of|its|"
                           r"their)\b)[\w.-]+\s+){0,4}?(?:(?:government\s+)?(?:bond|note|gilt|Bund|Treasury|JGB)\s+)?"
                           r"(?:yields?|" + _CURRENCY_WORDS + r"))\s+(?:\w+ly\s+)?$")
_OWNER = re.compile(r"^[A-Z][\w.-]*['\u2019]s\s+")
# "The yield on the two-year Treasury note", "Yields on 30-year government bonds" (events26: the plural too)
_YIELD_ON = re.compile(r"\b(?:[Tt]he\s+yield|[Yy]ields)\s+on\s+(?:the\s+)?(?:[A-Z][\w.-]*['\u2019]s\s+)?((?:[\w.-]+\s+){0,3}?)"
                       r"(?:government\s+)?(?:note|bond|gilt|bill|Bund|debt)s?\s+(?:\w+ly\s+)?$")


def _rate_or_currency(s: str, verb_start: int) -> Span | None:
    """A yield or a currency named in common words right before its move verb ("The 10-year Treasury yield",
    "the two-year Canada yield", "The Canadian dollar", "The rupiah"), or "the yield on the two-year Treasury note"
    (read "two-year Treasury yield"); a name that only heads it ("Treasury") is not what moved."""
    head = s[:verb_start]
    on = _YIELD_ON.search(head)
    if on:
        text = f"{on.group(1).strip()} yield".strip()
        return Span(head[on.start():].strip(), on.start(), verb_start, ref=text)
    m = _RATE_SUBJECT.search(head)
    if m is None:
        return None
    text = re.sub(r"^(?:[Tt]he|[Ii]ts)\s+", "", m.group(1).strip())
    text = text[_OWNER.match(text).end():] if _OWNER.match(text) else text   # "Nigeria's naira": the naira
    start = m.end(1) - len(text)
    if not re.search(r"\byields?$", text) and len(text.split()) > 2:
        return None      # a currency is one or two words ("Canadian dollar"); more is another noun phrase
    if text.endswith("yields"):   # "German two-year yields": one yield, named as markets name it (events26)
        return Span(text, start, start + len(text), ref=text[:-1])
    return Span(text, start, start + len(text))


def _signed(sign: str, f: Figure) -> str:
    if f.kind == "percent" and _BASIS_POINTS.search(f.text):
        return f"{sign}{round(f.value * 100, 2):g}bp"
    if f.kind == "percent":
        return f"{sign}{f.value:g}%"
    return f"{sign}{f.text.lstrip('+-')}"


# A move told before its cause ("Shares of X closed down 8% Tuesday after the Commerce Department tightened export
# rules", "X shares fell 5.2% ... after the US group agreed to buy Y", "... climbed 6.2% ... after the European
# Commission cleared their merger"): the move is the sentence's main clause and the decision or deal its cause, so both
# are events (events17, read on the move misses of cal-ai, cal-biotech, eval-agri, eval-energy, eval-tmt, eval-trade,
# eval-fin; before, a decision or a deal anywhere in the sentence hid every move of it).
_CAUSE_WORD = re.compile(r"\b(?:after|as|following|when|because|since|amid|on news that)\b")


def told_before_cause(s: str, move: Raw, cause: Raw) -> bool:
    """Whether ``move``'s figure comes before a cause word ("after", "as", "following" ...) that comes before one of
    ``cause``'s fields (the decision or deal told as the reason)."""
    said = next((t for n, _, t in move.fields if n == "move" and t), "")
    at = s.find(said) if said else -1
    if at < 0:
        return False
    word = _CAUSE_WORD.search(s, at + len(said))
    if word is None:
        return False
    return any(t and s.find(t, word.end()) >= 0 for n, _, t in cause.fields if n not in ("status", "direction"))
