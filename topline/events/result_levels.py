"""A company's results stated as what it has or as a bare measure (issue 12, events37), read beside ``results``.

``results`` reads a company's figure as the object of a verb of reporting or setting, or as the subject of a verb of
change owned by the company. News states results in three more shapes, which the golds file as market moves of
"<company> <measure>" and which it left unread (the calibration scan, ``benchmarks/scan_events.py``: 55 gold results
missed over the 30 corpora in these shapes):

* **what a company has, makes or generates**: "It had revenue of R$38 billion last year", "Lumen made a net profit of
  310 million euros", "generated revenue of €1.9 billion", "had sales of about $1.4 billion", also in a relative
  clause on the company ("The firm, which has 95 partners and revenue of about £160m", "the company, which reported
  revenue of €4.2 billion last year") and after "with" in a clause whose subject is the company ("Greyhill is one
  of the UK's largest processors, with turnover of about £310m");
* **a bare measure**, the article's company understood: "Net profit fell 19% to 412 million euros", "Fourth-quarter
  revenue rose 27% to $1.58 billion", "Operating income was $3.45 billion", "Net profit came to 3.2 trillion won";
* **a level told by a copula** of an owned measure: "Its revenue was flat at $13.7 billion".

These shapes carry no verb that marks the figure as a result, so the measure must be one of the accounts' own nouns
(``ACCOUNTS``: revenue, sales, turnover, profit, loss, earnings, income, EBITDA, margin, backlog, bookings, orders),
the words every industry's results are reported in (not a corpus's measures: a combined ratio or box shipments stay
``results``' verbs' to read). The guards are ``results``': no plan, forecast, modal or negation, no result said on an
earlier day, no place's or public body's figure, no traded thing. A bare measure is the article's main actor's only
when the last earlier sentence that named anyone named it and the sentence names no other organisation before the
verb ("Retail sales rose 0.5%" in a statistics office's release names no company: the main actor is a public body).
"""
from __future__ import annotations

import re
from typing import Any, Sequence

from topline.events.clauses import EARLIER, Context
from topline.events.results import (_AMOUNT_KINDS, _NOT_RESULT, _SAID_BEFORE, _a_name, _company, _figure_in,
                                    _last_named, _move_after, _parsed, _phrase, _undone, _UP_WORDS, MAX_MOVE_CHARS,
                                    READ_RESULTS)
from topline.events.spans import Fig, Raw, Span, _field, _gov, _places

# The accounts' nouns a company's results are told in, whatever its industry (the head of the measure's phrase).
ACCOUNTS = frozenset("revenue revenues sales turnover profit profits loss losses earnings income ebitda ebit margin "
                     "margins backlog bookings orders eps".split())
# Verbs of having a measure ("had revenue of", "made a net profit of", "generated revenue of"); in a relative clause
# on the company also the verbs of reporting (``results`` reads those in a main clause).
_HAVE = frozenset("have make generate".split())
_REPORT_REL = frozenset("report post record book".split())
# A bare or owned measure told by a copula or "come to" ("Net profit came to", "Operating income was").
_COPULA = frozenset("be come total".split())
_CHANGE = frozenset("rise fall climb drop decline increase grow jump slip shrink surge slump narrow widen "
                    "improve worsen".split())
# Between a copula and its figure: a hedge, "flat at", "in at", "to" ("came in at 58 cents a share").
_COPULA_GAP = re.compile(r"\s*(?:(?:flat|unchanged|steady|in)\s+)?(?:at\s+|to\s+)?"
                         r"(?:(?:about|around|nearly|almost|some|roughly|more\s+than|over)\s+)?")
_OF_GAP = re.compile(r"\s*(?:of|above|around|near|over|topping|exceeding)\s+"
                     r"(?:(?:about|around|nearly|almost|some|roughly|more\s+than|over|just\s+over|just\s+under)\s+)?")
# A number in cents or pence is money, per share ("Adjusted earnings were 64 cents a share")
_PER_SHARE = re.compile(r"\s+(?:cents?|pence)(?:\s+(?:a|per)\s+share)?\b")
# A bare measure of a whole market or economy, never one company's ("Retail sales rose 0.5% in May", "Industrial
# profits fell"): its modifiers name the market
_MARKET_WIDE = frozenset("retail industrial industry global national domestic home housing consumer export exports "
                         "import imports wholesale nationwide sector corporate".split())
_FINITE = frozenset("VBD VBZ VBP".split())
# What a bare measure's own phrase may add: its period or its owner ("Net profit in the quarter", "Net profit at the
# firm", "revenue for the year"); another preposition makes it another measure ("Revenue per available room",
# "Adjusted earnings before interest, ...": the head noun is not the measure) or a market's ("Sales of new homes")
_OWN_PREP = frozenset("in at for during".split())
# ... and "per": a measure of its own, told whole ("profit per equity partner", "revenue per available room")
_PER = "per"
# A subject that is part of a company ("The unit ... had sales of about $1.4 billion"): its figure is not the
# article's main actor's, and the part is named by no name
_PART = frozenset("unit units division divisions business businesses arm segment subsidiary".split())
FIGURE_GAP = 25   # characters between a copula or change verb and its figure (``results``' own reach)


def stated_results(s: str, spans: Sequence[Span], figs: Sequence[Fig], day: str, ctx: Context | None) -> list[Raw]:
    """The results ``s`` states in the shapes above, each a market move of "<company> <measure>" (unsigned level, or
    a change signed as ``results`` signs it)."""
    if not READ_RESULTS or not any(f.figure.kind in _AMOUNT_KINDS or _PER_SHARE.match(s, f.end) for f in figs) or \
            not re.search(r"(?i)\b(?:" + "|".join(sorted(ACCOUNTS)) + r")\b", s):
        return []
    doc = _parsed(s)
    if doc is None:
        return []
    out: list[Raw] = []
    for tok in doc:
        if tok.lower_ not in ACCOUNTS or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        got = _held(s, tok, spans, figs, ctx) or _told(s, tok, spans, figs, ctx)
        if got is None:
            continue
        company, measure, move, move_text, who_text = got
        named = next((x for x in spans if x.start <= s.find(measure) < x.end and measure.startswith(x.text) and
                      x.text.split()[0] == company.split()[0]), None)
        if named is not None and measure[len(named.text):].strip():   # "Kellisto earnings came in at ...": the
            measure = measure[len(named.text):].strip()                 # name that opens the measure is its owner
        words = [w.lower() for w in re.findall(r"[\w-]+", measure)]
        if not words or _NOT_RESULT & set(words):
            continue
        if s.startswith(measure) and not measure.split()[0].isupper():
            measure_value = measure[0].lower() + measure[1:]     # "Net profit fell ...": the sentence's capital
        else:
            measure_value = measure
        inst = f"{company} {measure_value}"
        if any(r.key == f"{inst.lower()}|{day}" for r in out):
            continue
        out.append(Raw("market_move", (_field("instrument", inst, who_text), _field("move", move, move_text),
                                       _field("date", day, ""), _field("measure", measure_value, _as_written(s, measure))),
                       f"{inst.lower()}|{day}"))
    return out


def _as_written(s: str, measure: str) -> str:
    """The measure's words in the sentence ("sales" of "unit sales", whose part is the subject's noun)."""
    words = measure.split()
    return next((" ".join(words[i:]) for i in range(len(words)) if " ".join(words[i:]) in s), measure)


def _measure(tok: Any) -> tuple[int, int] | None:
    """The measure's phrase (``results._phrase``) with its "per ..." words ("profit per equity partner")."""
    ph = _phrase(tok)
    per = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == _PER), None)
    if ph is None or per is None:
        return ph
    last = list(per.subtree)[-1]
    return ph[0], last.idx + len(last.text)


def _clause_ok(s: str, v: Any) -> bool:
    """The verb tells a result done and of the day: a finite verb ("projections showing revenue rising to about $7bn",
    "saw sales drop 0.9%": a projection, another's measure), no plan, modal or negation, not recalled."""
    finite = v.tag_ in _FINITE or (v.tag_ == "VBN" and v.dep_ in ("conj", "ROOT", "ccomp") and
                                   not any(c.dep_ in ("auxpass", "nsubjpass") for c in v.children))   # "and
    # generated revenue of" (a past the parse tags as a participle), not "revenue generated by"
    if not finite or _undone(v) or any(c.dep_ == "neg" for c in v.children):
        return False
    head = s[:v.idx]
    return not (EARLIER.search(head) or _SAID_BEFORE.search(head))


def _level(s: str, figs: Sequence[Fig], lo: int, hi: int) -> Fig | None:
    """The amount right after ``lo`` (past "of", "above", a hedge) and before ``hi``."""
    f = _figure_in(s, figs, lo, hi)
    if f is None or not _OF_GAP.fullmatch(s[lo:f.start]):
        return None
    return f


def _held(s: str, tok: Any, spans: Sequence[Span], figs: Sequence[Fig], ctx: Context | None):  # noqa: ANN202
    """"<company> had/made/generated <measure> of <figure>", in a relative clause on the company too, or "<company>
    is ..., with <measure> of <figure>"."""
    ph = _measure(tok)
    if ph is None:
        return None
    f = _level(s, figs, ph[1], len(s))
    if f is None:
        return None
    # the object of a verb of having (or of reporting in a relative clause), also as a conjunct ("95 partners and
    # revenue of about £160m")
    obj = tok
    while obj.dep_ == "conj" and obj.head.i != obj.i:
        obj = obj.head
    if obj.dep_ == "dobj":
        v = obj.head
        lemma = v.lemma_.lower()
        relative = v.dep_ == "relcl"
        if not (lemma in _HAVE or (relative and lemma in _REPORT_REL)) or not _clause_ok(s, v):
            return None
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subj is None and v.dep_ == "conj":
            subj = next((c for c in v.head.children if c.dep_ == "nsubj"), None)
        if subj is None:
            return None
        if relative and subj.lower_ in ("which", "that", "who"):
            subj = v.head       # "the company, which reported revenue of ...": the clause's antecedent
        elif relative:
            return None
        part = subj.lower_ in _PART
        who = _company(s, subj, spans, ctx)
        if who is None:
            return None
        measure = f"{subj.lower_} {s[ph[0]:ph[1]]}" if part else s[ph[0]:ph[1]]   # "The unit ... had sales of":
        # the unit's sales, not the company's ("<company> unit sales")
        return who[0], measure, f.figure.text, f.figure.text, s[min(subj.left_edge.idx, ph[0]):ph[1]] \
            if subj.i < tok.i else who[1]
    if obj.dep_ == "pobj" and obj.head.lower_ == "with":
        v = obj.head.head
        for _ in range(3):     # the clause the "with" phrase belongs to
            if v.pos_ in ("VERB", "AUX") or v.head.i == v.i:
                break
            v = v.head
        if v.pos_ not in ("VERB", "AUX") or not _clause_ok(s, v):
            return None
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.i > tok.i:
            return None
        who = _company(s, subj, spans, ctx)
        if who is None:
            return None
        return who[0], s[ph[0]:ph[1]], f.figure.text, f.figure.text, who[1]
    return None


def _told(s: str, tok: Any, spans: Sequence[Span], figs: Sequence[Fig], ctx: Context | None):  # noqa: ANN202
    """The measure as the subject of a copula or a verb of change: bare (the article's company understood) or owned
    (the owned one with a verb of change is ``results``')."""
    if tok.dep_ != "nsubj":
        return None
    v = tok.head
    lemma = v.lemma_.lower()
    if v.pos_ not in ("VERB", "AUX") or not (lemma in _COPULA or lemma in _CHANGE) or not _clause_ok(s, v):
        return None
    if any(c.dep_ == "prep" and c.lower_ not in _OWN_PREP and c.lower_ != _PER for c in tok.children):
        return None    # "Sales of new homes rose": a market's, not a company's
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    if owner is not None and lemma in _CHANGE:
        return None    # ``results`` reads it
    if any(c.dep_ == "det" for c in tok.children):
        return None    # "The revenue ...", "This profit ...": another's, or a figure already told
    ph = _measure(tok)
    if ph is None:
        return None
    if owner is not None:
        owned = _company(s, owner, spans, ctx, owner=True)
        if owned is None:
            return None
        who = owned[0]
        who_text = s[min(owner.left_edge.idx, ph[0]):ph[1]]
    else:
        if _MARKET_WIDE & {w.lower() for w in re.findall(r"[\w-]+", s[ph[0]:ph[1]])}:
            return None
        who = _main_actor(s, tok, ph, spans, ctx)
        if who is None:
            return None
        who_text = s[ph[0]:ph[1]]
    move = _copula_move(s, v, figs) if lemma in _COPULA else \
        _move_after(s, v, figs, up=lemma in _UP_WORDS)
    if move is None:
        return None
    return who, s[ph[0]:ph[1]], move[0], move[1], who_text


def _main_actor(s: str, tok: Any, ph: tuple[int, int], spans: Sequence[Span], ctx: Context | None) -> str | None:
    """The article's main actor for a bare measure: a company's name (no place, no public body), named by the last
    earlier sentence that named anyone, and no other organisation named before the verb ("at the firm" is its)."""
    if ctx is None or not ctx.company or ctx.sentence == 0 or not _a_name(ctx.company) or _gov(ctx.company) or \
            not _last_named(ctx):
        return None
    places = _places(s)
    first = ctx.company.split()[0]
    for x in spans:
        if x.start >= tok.head.idx:
            break
        if any(p.start <= x.start < p.end for p in places) or ph[0] <= x.start < ph[1]:
            continue     # a place, or the measure's own capitalised word ("Net profit", "Quarterly revenue")
        if x.text.split()[0] != first:
            return None
    return ctx.company


def _copula_move(s: str, v: Any, figs: Sequence[Fig]) -> tuple[str, str] | None:
    """"was $2.87 billion", "was flat at $13.7 billion", "came to 3.2 trillion won", "came in at 58 cents a share":
    a level, told in the sentence's words (unsigned)."""
    end = v.idx + len(v.text)
    f = next((f for f in figs if f.start >= end and (f.figure.kind in _AMOUNT_KINDS or _PER_SHARE.match(s, f.end))),
             None)
    if f is None or f.start - end > FIGURE_GAP or not _COPULA_GAP.fullmatch(s[end:f.start]):
        return None
    unit = _PER_SHARE.match(s, f.end)
    text = s[v.idx:unit.end() if unit and f.figure.kind == "number" else f.end]
    return (text, text) if len(text) <= MAX_MOVE_CHARS else None
