"""A company's results told in its industry's measures, as market moves (issue 12, events35).

The golds file a company's reported figures as market moves whose instrument is "<company> <measure>": a net charge
from a storm, a combined ratio worsened to 104.2%, reserves added, premiums raised by 11%, a 12% rise in operating
profit (eval-ins, eval-capital, eval-chips, eval-crypto, eval-def, eval-travel ...). The share-price rule
(``moves.market_moves``) reads only prices. This module reads the results by grammar, not by a list of any industry's
measures: the measure is the noun phrase the dependency parse (extra ``[parse]``) gives as

* the object of a verb of reporting ("took a 310 million pound net charge", "booked £310mn of net claims", "posted a
  combined ratio of 131%", "reported a pre-tax profit of £212m", "reported a 12% rise in operating profit to ...");
* the subject of a verb of change, owned by the company ("Its combined ratio worsened to 104.2% from 93.8%", "the
  company's loss ratio fell to 58%", "Rockhaven's solvency ratio had fallen to 82%");
* the object of a company's verb of change ("raised average premiums by 11%", "raised its share buyback
  authorization by $400 million", "strengthened prior-year reserves by £85mn", "added 85 million pounds to
  reserves");

and carries a figure. The company is the verb's subject or the measure's possessor: a name, or "it", "its", "the
company", "the insurer" standing for the article's main actor. None is read when the verb is a plan, a forecast or
an expectation ("will cut", "expects to", "could fall"), negated, background, when the measure is itself a forecast,
a target or an estimate (the company's result is what it reports, not what it or an analyst expects), when the
subject is a person, a class of people or a public body, or when the measure is a traded thing (a share, a bond, a
price on a market: ``moves``' own).

The move: a change by an amount is signed, as the share-price rule signs it ("raised ... by 11%" +11%, "cut ... by
8%" -8%, "a 12% rise in" +12%); a level reached or reported is no move up or down, so it is told in the sentence's
own words, unsigned ("worsened to 104.2% in 2026 from 93.8%", "310 million pound net charge"), which no writer titles
as a rise or a fall (``clause.py``, ``claims.py`` tell a move only with a sign), as events34's fund flows. The date is
the article's: results are news the day they are reported.
"""
from __future__ import annotations

import re
from typing import Any, Sequence

from topline.events.clauses import EARLIER, Context, agent, in_relative
from topline.events.dates import MONTH
from topline.enrich.currencies import NAME_WORDS
from topline.enrich.figures import extract_figures, scales_or_prices
from topline.events.spans import Fig, Raw, Span, _field, _gov, _places
from topline.patterns import compiled

# Verbs by what the measure is to them (lemmas, as the parse gives them).
_REPORT = frozenset("report post take book record preannounce pre-announce suffer incur log".split())
_CHANGE = frozenset("rise fall worsen improve climb drop decline increase grow jump deteriorate slip shrink surge "
                    "slump ease narrow widen stand reach".split())   # reach: a level ("reached $410 million", events36)
_SET = frozenset("raise cut lift lower increase reduce halve double strengthen add boost trim slash upsize".split())
# A cheap look before the parse (the parse is the rule's cost): a form of one of the verbs above.
_VERB_FORM = re.compile(
    r"\b(?:report(?:s|ed)?|post(?:s|ed)?|t(?:ook|akes?)|book(?:s|ed)?|record(?:s|ed)|pre-?announced|suffer(?:s|ed)|"
    r"incur(?:s|red)|log(?:s|ged)|r(?:ose|isen|ises?)|f(?:ell|allen|alls?)|worsen(?:s|ed)?|improv(?:es?|ed)|"
    r"climb(?:s|ed)|dropp?(?:s|ed)|declin(?:es?|ed)|increas(?:es?|ed)|gr(?:ew|own|ows?)|jump(?:s|ed)|"
    r"deteriorat(?:es?|ed)|slipp?(?:s|ed)|sh(?:rank|runk|rinks?)|surg(?:es?|ed)|slump(?:s|ed)|eas(?:es?|ed)|"
    r"narrow(?:s|ed)|widen(?:s|ed)|st(?:ood|ands)|reach(?:es|ed)|rais(?:es?|ed)|cuts?|lift(?:s|ed)?|lower(?:s|ed)|reduc(?:es?|ed)|"
    r"halv(?:es?|ed)|doubl(?:es?|ed)|strengthen(?:s|ed)|add(?:s|ed)|boost(?:s|ed)|trimm?(?:s|ed)|slash(?:es|ed)|"
    r"upsiz(?:es?|ed))\b", re.IGNORECASE)
# Nouns that make a change told as a noun ("a 12% rise in operating profit"): the measure is after "in".
_CHANGE_NOUN = frozenset("rise increase gain jump climb growth fall drop decline decrease slide slump cut "
                         "reduction".split())
_UP_WORDS = frozenset("rise increase gain jump climb growth raise lift boost double upsize strengthen add improve "
                      "grow surge widen".split())
# What the measure may not be: a forecast, a target or an estimate is no result (the brief's rule), a stake cut
# sells shares (events34), jobs cut are a workforce's news; a traded thing moves by ``moves``' rule.
_NOT_RESULT = frozenset("forecast forecasts guidance outlook target targets estimate estimates expectation "
                        "expectations projection projections consensus plan plans budget budgets bid bids offer "
                        "offers score scores assessment assessments funding".split())   # what is expected, planned or offered
# (a bid raised is a deal's price); a model's benchmark score and a price reporter's assessment are no company's
# result (events36: "its score rose to 59.0%", "Fastmarkets' assessment ... stood at $60-80")
_TRADED = frozenset("stake stakes holding holdings jobs job staff workforce headcount roles positions employees "
                    "workers people share shares stock stocks bond bonds note notes token tokens yield yields price "
                    "prices futures index currency tariff tariffs tax taxes duty duties low lows high highs".split())   # the head
# word (a market's low or high: "the market operator OMIE recorded a low of minus 15 euros", events36)
# What a company sets rather than reports (events36): the price, fee or cost of what it sells, a bank's rate, the time
# its product saves ("lowered the cost of its top model to $1.20", "cut the annual fee on its ... fund to 0.12%",
# "raised the top of its interest-rate corridor", "cuts the time a truck spends"): the object of a verb that sets it
_SET_PRICE = frozenset("cost costs fee fees rate rates corridor time investment investments spending capex "
                       "expenditure".split())   # and what it will spend ("cut its annual low-carbon investment by 30%":
# a plan; "reported capital spending of $19 billion" for a year is a result, read by the verb of reporting)
# A result told as said on an earlier day ("Oracle said last month that its ... rose 41%", "Dell said in May that it
# had booked"): an old statement the article recalls, not the day's result (a result "for 2026" or "at the end of
# September" is one, so the past times of ``clauses.background`` are not used here)
_SAID_BEFORE = re.compile(rf"\b(?:said|says|reported|announced|disclosed|told\s+\w+)\s+(?:last\s+(?:week|month|year)|"
                          rf"in\s+(?:{MONTH})\b|earlier\s+this\s+(?:week|month|year)|a\s+(?:week|month|year)\s+ago)\b")
_MODALS = frozenset("will would could may might should can shall must".split())
_UNDONE = frozenset("expect plan aim hope seek intend want propose consider forecast project estimate predict "
                    "need".split())
# Whether the ledger reads results at all (events35, events36). The lead's decision (session 32): a company's results
# are market moves, and events36's gold commit filed the results the older golds had left out (233 rows over 28
# calibration golds). Off, events35 had measured the 28 golds' sum 18.2765 -> 18.1196 with it on (the older golds filed
# share moves only); see benchmarks/RESULTS.md, events36, for the measurement against the golds made consistent.
READ_RESULTS = True
_FIGURE_KINDS = ("percent", "money", "number")
_AMOUNT_KINDS = ("percent", "money")   # what a company reports, raises or cuts ("reported 3 deaths" is no result)
MAX_MOVE_CHARS = 90    # the move in the sentence's words at most (a level and what it is compared with): longer is
# another clause (set on eval-ins' "worsened to 104.2% in 2026 from 93.8%", 35 characters, and the calibration scan)
FROM_GAP = 25          # characters between the level's figure and "from <figure>" that still compare the two


def _parsed(s: str) -> Any:
    from topline.check.parse import _nlp   # the checker's pipeline, loaded once; None without the extra
    from topline.events.parses import parsed   # one parse per text for every reading (issue 14, speed35)
    nlp = _nlp()
    return None if nlp is None else parsed(nlp, s)


def worth_parsing(s: str, figs: Sequence[Fig]) -> bool:
    """Whether ``s`` may tell a result: a figure and a form of one of the verbs."""
    return any(f.figure.kind in _FIGURE_KINDS for f in figs) and bool(_VERB_FORM.search(s))


def results(s: str, spans: Sequence[Span], figs: Sequence[Fig], day: str, ctx: Context | None) -> list[Raw]:
    """The results ``s`` tells (see the module's docstring), each a market move of "<company> <measure>"."""
    if not READ_RESULTS or not worth_parsing(s, figs):
        return []
    doc = _parsed(s)
    if doc is None:
        return []
    out: list[Raw] = []
    for v in doc:
        lemma = v.lemma_.lower()
        if lemma == "announce" and s[max(0, v.idx - 4):v.idx].lower() == "pre-":
            lemma = "preannounce"      # "has pre-announced a net loss": the parse splits the word
        if v.pos_ not in ("VERB", "AUX") or not (lemma in _REPORT or lemma in _CHANGE or lemma in _SET):
            continue
        if _undone(v) or any(c.dep_ == "neg" for c in v.children):
            continue
        m = compiled(re.escape(v.text)).match(s, v.idx)
        if m is None or EARLIER.search(s[:m.start()]) or in_relative(s, m.start()) or _SAID_BEFORE.search(s[:m.start()]):
            continue    # a result recalled, or told in a relative clause of another news (``clauses.background``
            # less its past time: a result "for 2026" or "at the end of September" is reported today)
        got = _read(s, v, lemma, spans, figs, ctx)
        if got is None:
            continue
        company, measure, move, move_text, who_text = got
        words = [w.lower() for w in re.findall(r"[\w-]+", measure)]
        if not words or words[-1] in _TRADED or _NOT_RESULT & set(words):
            continue
        inst = f"{company} {measure}"
        # "measure": the measure's own words, which tell the writer a result from a traded thing's move (events36:
        # a result is never "X rises 33%" nor "X sees its shares rise"); unscored, like status and direction
        out.append(Raw("market_move", (_field("instrument", inst, who_text), _field("move", move, move_text),
                                       _field("date", day, ""), _field("measure", measure, measure)),
                       f"{inst.lower()}|{day}"))
    return out


def _undone(v: Any) -> bool:
    """The verb is a plan, a forecast or an expectation: a modal on it or on the verb it hangs from ("will cut",
    "could fall"), or it is what someone expects, plans or aims to do ("expects to take a charge")."""
    t, seen = v, 0
    while seen < 6:
        if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in t.children):
            return True     # "said it would cut", "the deal would help the company cut"
        if t.head.i == t.i:
            return False
        if t.dep_ in ("xcomp", "ccomp", "advcl") and t.head.lemma_.lower() in _UNDONE:
            return True
        t, seen = t.head, seen + 1
    return False


def _phrase(tok: Any) -> tuple[int, int] | None:
    """The characters of the measure's noun phrase headed by ``tok``: the words before it that modify it (compounds,
    adjectives, "prior-year"), without a determiner, a possessor or a figure's words; None when a figure heads it."""
    if tok.like_num or tok.pos_ in ("NUM", "SYM", "PRON", "PROPN"):
        return None
    doc, start = tok.doc, tok.i
    for j in range(tok.i - 1, tok.left_edge.i - 1, -1):
        t = doc[j]
        if t.dep_ in ("det", "poss", "case", "nummod", "quantmod", "predet", "cc", "conj") or \
                t.pos_ in ("DET", "PRON", "NUM", "SYM") or (t.is_punct and t.text != "-") or \
                any(re.search(r"\d", x.text) or x.pos_ in ("NUM", "SYM") for x in t.subtree):
            break
        start = j
    return doc[start].idx, tok.idx + len(tok.text)


def _figure_in(s: str, figs: Sequence[Fig], lo: int, hi: int, kinds: tuple[str, ...] = _AMOUNT_KINDS) -> Fig | None:
    return next((f for f in figs if lo <= f.start < hi and not _year(f) and
                 (f.figure.kind in kinds or _priced(s, f))), None)


def _priced(s: str, f: Fig) -> bool:
    """A number the next word prices ("a 310 million pound net charge": the figure reader's number, money here)."""
    w = _NEXT_WORD.match(s, f.end)
    return f.figure.kind == "number" and w is not None and \
        (scales_or_prices(w.group(1)) or w.group(1).lower() in NAME_WORDS)   # a name that is a word too: "pound"


_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")


def _year(f: Fig) -> bool:
    return f.figure.kind == "number" and re.fullmatch(r"(?:19|20)\d\d", f.figure.text.strip()) is not None


def _span_of(tok: Any) -> tuple[int, int]:
    sub = list(tok.subtree)
    return sub[0].idx, sub[-1].idx + len(sub[-1].text)


def _company(s: str, t: Any, spans: Sequence[Span], ctx: Context | None, owner: bool = False) -> tuple[str, str] | None:
    """Whose result it is, from a subject or a possessor token: (the name, the words as written). A name read by the
    ledger's name rule whatever the parse tags it ("Re" of "Pellmoor Re's" is tagged a noun); "it", "its" or "the"
    and a singular noun ("The insurer", "the company's") for the article's main actor."""
    x = next((x for x in spans if x.start <= t.idx < x.end), None)
    if x is not None:   # a place may own a measure ("China's industrial output grew 4.6%"), not report a result
        return None if (_gov(x.text) if owner else _not_company(s, x, spans)) else (x.value, x.text)
    if t.pos_ == "PRON":
        if t.lower_ not in ("it", "its") or _noun_above(t):
            return None
        above = _named_above(s, t, spans)    # "Micron said last week that its HBM revenue grew": the sentence's
        if above is not None:                # subject; else the article's main actor
            return above.value, t.text
        return (ctx.company, t.text) if ctx is not None and ctx.company and _a_name(ctx.company) and \
            _last_named(ctx) else None
    if t.pos_ == "NOUN" and ctx is not None and ctx.company and _a_name(ctx.company) and _last_named(ctx) and \
            t.lower_ in _FIRM_NOUNS and (any(c.dep_ == "det" and c.lower_ == "the" for c in t.children) or
                                         _HOME_BEFORE.search(s[:t.idx])) and \
            not any(c.dep_ in ("amod", "compound", "poss") and c.lower_ not in _HOME for c in t.children):
        return ctx.company, s[t.left_edge.idx:t.idx + len(t.text)]    # "The insurer", "the company's"
    return None


# A home told before "company" ("The Santa Clara, California-based company"): the company is still the article's (events36)
_HOME = frozenset("based headquartered registered".split())
_HOME_BEFORE = re.compile(r"\b[Tt]he\s+[^,;]{0,40}(?:,\s*[^,;]{0,40})?-(?:based|headquartered|registered)\s+$")
# The nouns "the ..." stands for a company with (``clauses._ANAPHOR``'s, and the ones that name a firm by its trade:
# "the carrier", "the syndicate", "the custodian"); "the vaccine" or "the orchestrator" stands for no company.
_FIRM_NOUNS = frozenset("company firm group startup start-up chipmaker bank chain retailer carmaker developer lender "
                        "insurer reinsurer utility operator maker giant business unit platform biotech drugmaker "
                        "miner carrier syndicate custodian broker manager airline issuer producer "
                        "supplier".split())


def _last_named(ctx: Context) -> bool:
    """The last earlier sentence that named anyone named the article's main actor: "Its revenue rose 64% last year"
    after a sentence on other companies is theirs (events36: Kestrel's revenue had been Daewon's, a target's
    Arncliffe's, Palantir's Microsoft's)."""
    first = (ctx.company or "").split()[:1]
    return not ctx.seen or any(x.split()[:1] == first for x in ctx.seen)


def _a_name(name: str) -> bool:
    """The article's actor read as a sum ("Rs 60") or a place ("Cleveland", read from "The Cleveland company's ...":
    events36) is no company ("Syndicate 3391" is one)."""
    from topline.enrich.gazetteer import ALIASES
    return not any(f.kind in _AMOUNT_KINDS for f in extract_figures(name)) and \
        ALIASES.get(name.lower(), ("", ""))[1] != "PLACE"


def _not_company(s: str, x: Span, spans: Sequence[Span]) -> bool:
    """A public body or a place is no company whose results these are."""
    return _gov(x.text) or not _a_name(x.text) or any(p.start <= x.start < p.end for p in _places(s))


def _noun_above(t: Any) -> bool:
    """"it" told by a subject in common words that is no company's ("The regulator said it had cut the queue by
    15%", events36): the pronoun stands for that subject, not the article's main actor."""
    v = t.head
    for _ in range(6):
        subj = next((c for c in v.children if c.dep_ == "nsubj" and c.i < t.i), None) if v.pos_ in ("VERB", "AUX") \
            else None
        if subj is not None and subj.i != t.i:
            return subj.pos_ == "NOUN" and subj.lower_ not in _FIRM_NOUNS and \
                not any(c.dep_ == "poss" for c in subj.children)
        if v.head.i == v.i:
            return False
        v = v.head
    return False


def _named_above(s: str, t: Any, spans: Sequence[Span]) -> Span | None:
    """The company named as the subject of a verb above ``t`` ("Micron Technology said ... its ...", "Vertiv ...
    reported ..., and its organic orders rose")."""
    v = t.head
    for _ in range(6):
        if v.pos_ in ("VERB", "AUX"):
            subj = next((c for c in v.children if c.dep_ == "nsubj" and c.i < t.i), None)
            if subj is not None and subj.pos_ == "NOUN":    # "Crestline's shares finished ... after it reported":
                subj = next((c for c in subj.children if c.dep_ == "poss"), subj)   # the owner (events36)
            x = next((x for x in spans if subj is not None and x.start <= subj.idx < x.end), None)
            if x is not None and not _not_company(s, x, spans):
                return x
        if v.head.i == v.i:
            return None
        v = v.head
    return None


def _subject(v: Any) -> Any:
    subj = [c for c in v.children if c.dep_ == "nsubj"]
    if subj:   # the one nearest the verb ("The Santa Clara, California-based company reported": the parse gives
        return max(subj, key=lambda c: (c.i < v.i, c.i if c.i < v.i else -c.i))   # "Clara" and "company")
    if v.dep_ == "conj" and v.head.pos_ in ("VERB", "AUX"):
        return _subject(v.head)
    return None


def _read(s: str, v: Any, lemma: str, spans: Sequence[Span], figs: Sequence[Fig],
          ctx: Context | None) -> tuple[str, str, str, str, str] | None:
    """(company, measure, move value, move as written, the company's words) for the verb ``v``, or None."""
    subj = _subject(v)
    if subj is None:
        # the parse gives no subject ("Pellmoor Re posted": "Re" read as an adverb): the name right before the verb
        x = agent(s, v.idx, spans, None)
        if not isinstance(x, Span) or _gov(x.text):
            return None
        subj = next((t for t in v.doc if x.start <= t.idx < x.end), None)
        if subj is None or lemma in _CHANGE:
            return None
    if lemma in _CHANGE and subj.pos_ == "NOUN":
        # "Its combined ratio worsened to 104.2%": the measure is the subject, the company its possessor
        owner = next((c for c in subj.children if c.dep_ == "poss"), None)
        if owner is None:
            return None
        who = _company(s, owner, spans, ctx, owner=True)
        ph = _phrase(subj)
        if who is None or ph is None:
            return None
        move = _move_after(s, v, figs, up=lemma in _UP_WORDS or lemma == "stand")
        if move is None:
            return None
        return who[0], s[ph[0]:ph[1]], move[0], move[1], s[min(_span_of(owner)[0], ph[0]):ph[1]]
    who = _company(s, subj, spans, ctx)
    if who is None:
        return None
    obj = next((c for c in v.children if c.dep_ == "dobj"), None)
    if lemma in _REPORT and obj is not None:
        lo, hi = _span_of(obj)
        if obj.lemma_.lower() in _CHANGE_NOUN:
            # "reported a 12% rise in operating profit to 1.31 billion pounds"
            of = next((g for p in obj.children if p.dep_ == "prep" and p.lower_ == "in"
                       for g in p.children if g.dep_ == "pobj"), None)
            f = _figure_in(s, figs, lo, obj.idx)
            if of is None or f is None or _phrase(of) is None:
                return None
            ph = _phrase(of)
            sign = "+" if obj.lemma_.lower() in _UP_WORDS else "-"
            return who[0], s[ph[0]:ph[1]], _signed(sign, f), f.figure.text, _words(s, subj, ph)
        head = obj
        if obj.like_num or obj.pos_ in ("NUM", "SYM") or any(f.start <= obj.idx < f.end for f in figs):
            # "booked £310mn of net claims": the figure heads the object, the measure is after "of"
            after = list(obj.subtree)[-1].i + 1     # the parse may hang "of" on the verb, right after the object
            head = next((g for p in list(obj.children) + [c for c in v.children if c.i == after]
                         if p.dep_ == "prep" and p.lower_ == "of"
                         for g in p.children if g.dep_ == "pobj"), None)
            if head is None:
                return None
        ph = _phrase(head)
        if ph is None:
            return None
        of = next((p for p in head.children if p.dep_ == "prep" and p.lower_ == "of"), None)
        f = _figure_in(s, figs, lo, ph[1]) or (_figure_in(s, figs, *_span_of(of)) if of is not None and head is obj else None)
        if f is None:
            return None
        if re.match(r"\s+in\s+[A-Z]", s[ph[1]:]):
            return None    # "took a 20% stake in X": a holding bought, not a result
        a, b = min(f.start, ph[0]), max(f.end, ph[1])
        return who[0], s[ph[0]:ph[1]], s[a:b], s[a:b], _words(s, subj, ph)
    if lemma in _SET:
        if v.tag_ in ("VBZ", "VBP") or (obj is not None and (obj.lemma_.lower() in _SET_PRICE or any(
                g.lemma_.lower() in _SET_PRICE for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                for g in p.children if g.dep_ == "pobj"))):   # "raised the top of its interest-rate corridor"
            return None    # "The company says it cuts the time ...": a habit or a product's claim, not a change
            # reported; a price, fee, rate or time it sets is no result (events36, ``_SET_PRICE``)
        up = lemma in _UP_WORDS
        if lemma == "add" and obj is not None and _figure_in(s, figs, *_span_of(obj)):
            # "added 85 million pounds to reserves"
            to = next((g for p in v.children if p.dep_ == "prep" and p.lower_ == "to"
                       for g in p.children if g.dep_ == "pobj"), None)
            ph = _phrase(to) if to is not None else None
            if ph is None:
                return None
            f = _figure_in(s, figs, *_span_of(obj))
            return who[0], s[ph[0]:ph[1]], _signed("+", f), f.figure.text, _words(s, subj, ph)
        if obj is None or lemma == "add":
            return None
        ph = _phrase(obj)
        if ph is None:
            return None
        by = _prep_figure(s, v, figs, "by")
        if by is not None:
            return who[0], s[ph[0]:ph[1]], _signed("+" if up else "-", by), by.figure.text, _words(s, subj, ph)
        to = _prep_figure(s, v, figs, "to")
        if to is not None:
            text = s[v.idx:to.end]
            return who[0], s[ph[0]:ph[1]], text, text, _words(s, subj, ph)
    return None


def _words(s: str, subj: Any, ph: tuple[int, int]) -> str:
    """The sentence's words from the company to the measure (the instrument as written)."""
    lo = min(subj.left_edge.idx, ph[0])
    return s[lo:ph[1]]


def _prep_figure(s: str, v: Any, figs: Sequence[Fig], word: str) -> Fig | None:
    p = next((c for c in v.children if c.dep_ == "prep" and c.lower_ == word), None)
    if p is None:
        return None
    lo, hi = _span_of(p)
    return _figure_in(s, figs, lo, hi)


def _move_after(s: str, v: Any, figs: Sequence[Fig], up: bool) -> tuple[str, str] | None:
    """The move a verb of change tells: "fell 19% to ..." (an amount: signed) or "worsened to 104.2% ... from
    93.8%", "stood at 238%" (a level: the sentence's words, unsigned)."""
    end = v.idx + len(v.text)
    kinds = _AMOUNT_KINDS if v.lemma_.lower() in ("stand", "reach") else _FIGURE_KINDS   # "stands at three
    # successes", "reached 2 million users"
    f = next((f for f in figs if f.start >= end and f.figure.kind in kinds and not _year(f)), None)
    if f is None or f.start - end > 25 or re.search(r"[,;]", s[end:f.start]):
        return None
    gap = s[end:f.start]
    if re.search(r"\b(?:to|at|below|above)\b", gap) or (v.lemma_.lower() == "reach" and re.fullmatch(
            r"\s*(?:(?:about|around|nearly|almost|some|a\s+record(?:\s+of)?)\s+)?", gap)):   # "reached £1.07m": a level
        stop = f.end
        more = re.match(rf"[^,;]{{0,{FROM_GAP}}}?\bfrom\s+(?:about\s+|around\s+)?", s[f.end:])
        if more:
            g = next((g for g in figs if g.start == f.end + more.end()), None)
            stop = g.end if g is not None else stop
        text = s[v.idx:stop]
        if len(text) > MAX_MOVE_CHARS:
            return None
        return text, text
    if re.search(r"\b(?:by|about|around|nearly|almost|some)\b|^\s*$", gap) and f.figure.kind == "percent":
        # "Its revenue rose 64% last year": a result is a change over its period (events36: the golds made
        # consistent file it; events35 had refused it as the share-price rule refuses a period's move). The writer
        # tells no result as the day's move (``write.offline.clause``: a "measure" field makes no clause).
        return _signed("+" if up else "-", f), f.figure.text
    return None


def _signed(sign: str, f: Fig) -> str:
    from topline.events.moves import _signed as signed
    return signed(sign, f.figure)
