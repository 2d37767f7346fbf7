"""The citation checker: nothing is published that the articles it cites do not support.

Used by every writer (offline, LLM) and, as the final gate, by ``topline.write.write_pages``.

``check_sentence(text, citations, articles)`` checks one sentence against the articles it cites:

* ``no_citation``: the sentence cites nothing;
* ``unknown_url``: a citation is not one of the articles the writer was given (no invented links);
* ``link``: the sentence contains a URL that is not one of its citations;
* ``number`` / ``date``: every amount, percentage, quantity, number and date (normalised: "$2.8bn" =
  "2.8 billion dollars" = "US$2.8 billion"; "6%" = "6 per cent"; "July 2" = "2 July") must be stated in a cited
  article, in a passage that shares words with the sentence (a figure found only in an unrelated passage does
  not support it);
* ``quote``: quoted words must appear verbatim in a cited article;
* ``entity``: every proper noun must appear in a cited article, and a multi-word name must not be glued from
  pieces of different names ("Richard Subran" when the article names Richard Windsor and Ludovic Subran);
* ``outlet``: "according to X", "X reports", "per X", "X said", "told X" ... must name the outlet of a cited
  article, and that outlet's cited articles alone must carry the sentence; a citation's ``source`` must be its
  article's outlet.

Phrases about the briefing itself are computed facts, not claims about the world: "three stories from five
outlets" is checked against the citations (at least five distinct cited outlets, at least three cited articles),
"in 3 of the last 7 editions" is not checked.

``verify_page(page, articles)`` checks every sentence of a page, drops the failing ones (a paragraph, item or
signal left empty is dropped; a failing headline is replaced by a cited article's title) and reports counts.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import math
import re
from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Mapping, Sequence

from topline.enrich.entities import extract_entities, normalise
from topline.enrich.figures import date_parts, parse_number
from topline.enrich.gazetteer import ALIASES
from topline.write.evidence import (_CODE, _STOPWORDS, BLANK, OUTLET_ALIASES, _Doc, _has_phrase, _mentions,
                                    _outlet_key, _Pool, _pool, _stems, clean, doc_for, figures_in_context)
from topline.records import Article, CategoryPage, Citation, Development, Figure, Paragraph, Signal, TopLineItem
from topline.text import split_sentences, squash

# Stable problem codes (shown in reports and counted in the manifest; never rename one).
NO_CITATION, UNKNOWN_URL, LINK = "no_citation", "unknown_url", "link"
NUMBER, DATE, QUOTE, ENTITY, OUTLET = "number", "date", "quote", "entity", "outlet"

# Figures are compared exactly (up to float noise): a writer copies a figure as its source states it.
FIGURE_REL_TOL = 1e-6
# A figure supports the sentence only where the cited passage (its sentence and the ones either side) shares at
# least this many content stems with it (fewer when the sentence has fewer). Calibrated on planted errors in
# mmds2025-dev and the demo corpus (tests/write/test_verify_quality.py): 1 lets wrong numbers through when the
# same number sits in an unrelated passage; 3 flags correct compressed sentences.
ANCHOR_STEMS = 2
# ... and at least this share of the sentence's stems (so a long sentence is not anchored by two common words).
ANCHOR_SHARE = 0.25
# A headline or a signal title is mostly names: its names need only one word in common with the cited passage.
HEADLINE_ANCHOR_STEMS = 1
# "he told AFP" copied from a Reuters article is a second-hand attribution, accepted when the cited sentence that
# names the outlet carries at least this share of the claim's words (set on the planted outlet errors).
REPORTED_IN_SHARE = 0.5
ANCHOR_WINDOW = 1          # sentences either side of the figure's sentence that count as its passage
# A bare number, quantity or percentage means what the words around it say ("four terms" is not "four years"): it
# is supported only by a statement with content words in common within evidence.CONTEXT_WORDS words either side.
CONTEXT_KINDS = ("number", "quantity", "percent")
CONTEXT_SHARED = 2         # words in common needed when both sides have that many (set on planted numbers)

_REPORT_VERBS = (r"(?:reports?|reported|has\s+reported|is\s+reporting|said|says|notes?|noted|writes?|wrote|adds?|"
                 r"added|finds?|found|reveals?|revealed|cites?|cited|learned|has\s+learned|learnt|understands|quoted|"
                 r"quotes|estimates?|estimated|calculates?|calculated|puts?|puts\s+the|tallied|counts?|counted|"
                 r"confirms?|confirmed|describes?|described|calls?|called|points?\s+to|highlights?|highlighted|"
                 r"flags?|flagged|observes?|observed|argues?|argued|claims?|claimed|suggests?|suggested)")



# --- records --------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Verdict:
    """The checker's answer for one sentence. ``problems`` holds stable codes, ``details`` says what failed."""
    ok: bool
    problems: tuple[str, ...] = ()
    details: tuple[str, ...] = ()
    supported_by: tuple[str, ...] = ()   # URLs among ``story_articles`` that alone carry the sentence (to re-cite)


@dataclass(frozen=True)
class Dropped:
    """A sentence (or headline, title, watch line) the checker removed from a page."""
    where: str           # top_line | development | headline | signal | signal_title | watch
    story_id: str
    text: str
    problems: tuple[str, ...]
    details: tuple[str, ...] = ()


@dataclass(frozen=True)
class VerifyReport:
    checked: int = 0
    dropped: int = 0
    replaced: int = 0                              # headlines or titles replaced by a safe form
    problems: tuple[tuple[str, int], ...] = ()     # (code, count) over dropped sentences
    drops: tuple[Dropped, ...] = ()

    def merged(self, other: "VerifyReport") -> "VerifyReport":
        c = Counter(dict(self.problems))
        c.update(dict(other.problems))
        return VerifyReport(checked=self.checked + other.checked, dropped=self.dropped + other.dropped,
                            replaced=self.replaced + other.replaced, problems=tuple(sorted(c.items())),
                            drops=self.drops + other.drops)


# --- the claim side: what a sentence states -------------------------------------------------------------------

_NUMWORD = (r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
            r"sixteen|seventeen|eighteen|nineteen|twenty)")
_META_COUNT = re.compile(
    rf"\b(?P<n>{_NUMWORD})\s+(?:(?:independent|different|separate|other|more|further|distinct|related|new)\s+)?"
    rf"(?P<what>stories|story|outlets|outlet|sources|source|articles|article|reports|editions|edition|"
    rf"developments|development)\b", re.IGNORECASE)
_META_EDITIONS = re.compile(
    rf"\b(?:in\s+)?{_NUMWORD}\s+of\s+the\s+(?:last|past|previous)\s+{_NUMWORD}\s+(?:editions|days)\b|"
    rf"\b(?:since|in|from|than)\s+(?:the|its|yesterday's|today's)\s+(?:\d{{1,2}}\s+[A-Z][a-z]+\s+|[A-Z][a-z]+\s+"
    rf"\d{{1,2}}\s+)?(?:edition|briefing)\b", re.IGNORECASE)
_URL = re.compile(r"https?://[^\s)\]>\"']+|\bwww\.[^\s)\]>\"']+", re.IGNORECASE)
_QUOTE_SPANS = (re.compile(r'"([^"]{2,}?)"'), re.compile(r"(?<![\w])'([^']{2,}?)'(?![\w])"))
_CAP_TOKEN = re.compile(r"(?<![\w'.-])([A-Z][\w&]*(?:[.'-][\w&]+)*\.?|[a-z]+[A-Z]\w*|\d+[A-Za-z][\w-]*|[A-Za-z]+\d\w*)")
_ALNUM_CODE = re.compile(r"(?<![\w.-])(?=[\w.-]*\d)(?=[\w.-]*[A-Za-z])[\w]+(?:[.-][\w]+)*")
_DIGITS = re.compile(r"(?<![\w.])\d+(?:[.,]\d+)*(?![\w])")
_SENTENCE_STARTS = re.compile(r'^|[.!?:;"(\[]\s+|["(\[]')
_ENGLISH_CAPS = frozenset({"i", "a"})
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _attributions(text: str, pool: _Pool) -> list[tuple[int, int, str]]:
    """(start, end, outlet key) of every outlet named as the source of the sentence's claim."""
    if pool.outlet_re is None:
        return []
    out = []
    for m in pool.outlet_re.finditer(text):
        name = m.group("outlet")
        if name.islower() and len(name) <= 4:      # "ft", "ap" must be written in capitals to be an outlet
            continue
        before = text[max(0, m.start() - 40):m.start()].lower()
        after = text[m.end():m.end() + 40]
        attributive = bool(
            re.search(r"(?:according\s+to|per|via|told|reported\s+by|reporting\s+by|cited\s+by|says|said|"
                      r"writes|wrote|reports|in|by|to)\s*(?:the\s+)?$", before)
            or re.match(rf"\s*(?:'s\s+\w+|,?\s*(?:which|citing|quoting)|\s+(?:also\s+|separately\s+|first\s+)?"
                        rf"{_REPORT_VERBS}\b)", after, re.IGNORECASE))
        key = _outlet_key(name)
        if attributive and key in pool.outlets:
            out.append((m.start(), m.end(), key))
    return out




def _blank_texts(text: str, parts: Iterable[str]) -> str:
    for part in parts:
        i = text.find(part)
        if i >= 0:
            text = text[:i] + BLANK * len(part) + text[i + len(part):]
    return text


def _blank(text: str, spans: Iterable[tuple[int, int]]) -> str:
    chars = list(text)
    for s, e in spans:
        for i in range(s, e):
            chars[i] = BLANK
    return "".join(chars)


# --- checks ---------------------------------------------------------------------------------------------------

def _same_value(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=FIGURE_REL_TOL, abs_tol=1e-9)


def _figure_supported(f: Figure, g: Figure, docs_years: set[int], published: set[dt.date]) -> bool:
    if f.kind == "date" or g.kind == "date":
        if f.kind != "date" or g.kind != "date":
            # a bare year in the sentence may be a "number" in the source and vice versa
            return f.kind in ("date", "number") and g.kind in ("date", "number") and f.unit in ("y", "") \
                and g.unit in ("y", "") and _same_value(f.value, g.value)
        fy, fm, fd = date_parts(f)
        gy, gm, gd = date_parts(g)
        if (fm or gm) and fm != gm and fm is not None and gm is not None:
            return False
        if fd is not None and fd != gd:
            return False
        if fm is not None and gm is None:
            return False
        if fy is not None and gy is not None and fy != gy:
            return False
        if fy is not None and gy is None and fy not in docs_years:
            return False
        return (fm is not None and fm == gm) or (fy is not None and fy == gy)
    if f.kind in ("money", "percent"):
        return g.kind == f.kind and g.unit == f.unit and _same_value(f.value, g.value)
    if f.kind == "quantity":
        return g.kind == "quantity" and g.unit == f.unit and _same_value(f.value, g.value)
    # a bare number: any number or quantity of that value
    return g.kind in ("number", "quantity") and _same_value(f.value, g.value)


def _same_context(claim: frozenset[str], source: frozenset[str]) -> bool:
    return len(claim & source) >= min(CONTEXT_SHARED, len(claim), len(source))


def _misread(f: Figure) -> bool:
    """A "figure" that is a word ("tent" read as ten tonnes): not a figure the sentence states."""
    return f.text.isalpha() and parse_number(f.text) is None


def _check_figures(text: str, stems: set[str], docs: Sequence[_Doc], anchor: int = ANCHOR_STEMS,
                   words: str | None = None) -> tuple[list[str], list[str], list[str]]:
    """Problems, details and the figure texts found (to exclude their digits from the raw-digit check).

    Each figure must be stated in a passage of a cited article that shares ``ANCHOR_STEMS`` stems with the
    sentence (a bare number or quantity also a word around it), and distinct figures of the sentence need
    distinct statements ("from 2018 to 2020" is not supported by a passage that names 2020 once and 2018 never)."""
    problems, details = [], []
    years = {y for d in docs for _, g in d.figures if g.kind == "date"
             for y in [date_parts(g)[0]] if y is not None}
    published = {d.published for d in docs if d.published}
    need = max(min(anchor, len(stems)), math.floor(ANCHOR_SHARE * len(stems)))
    figs = figures_in_context(text, words)
    found = [f.text for f, _ in figs]
    todo = [(f, ctx) for f, ctx in figs if not _misread(f)]
    options = []
    for f, ctx in todo:
        opts = []
        for k, d in enumerate(docs):
            for j, (i, g) in enumerate(d.figures):
                if not _figure_supported(f, g, years, published):
                    continue
                if (f.kind in CONTEXT_KINDS or f.unit == "y") and not _same_context(ctx, d.figure_context[j]):
                    continue
                if len(_window(d, i, ANCHOR_WINDOW) & stems) >= need:
                    opts.append((k, j))
        options.append(opts)
    for n in _unmatched(options):
        f = todo[n][0]
        code = DATE if f.kind == "date" else NUMBER
        problems.append(code)
        details.append(f"{code}: {f.text!r} not stated in the cited articles")
    return problems, details, found


def _window(d: _Doc, i: int, width: int) -> frozenset[str]:
    return frozenset().union(*d.sentence_stems[max(0, i - width):i + width + 1])


def _unmatched(options: list[list[tuple[int, int]]]) -> list[int]:
    """Indices of claims left without a distinct supporting statement (bipartite matching, augmenting paths)."""
    owner: dict[tuple[int, int], int] = {}

    def assign(n: int, seen: set) -> bool:
        for o in options[n]:
            if o in seen:
                continue
            seen.add(o)
            if o not in owner or assign(owner[o], seen):
                owner[o] = n
                return True
        return False

    return [n for n in range(len(options)) if not assign(n, set())]


def _check_digits(text: str, figure_texts: list[str], docs: Sequence[_Doc]) -> tuple[list[str], list[str]]:
    """Digits the figure extractor did not read must still appear, as written, in a cited article."""
    rest = text
    for ft in figure_texts:
        rest = rest.replace(ft, " ", 1)
    rest = _ALNUM_CODE.sub(" ", rest)
    problems, details = [], []
    for m in _DIGITS.finditer(rest):
        tok = m.group(0).rstrip(".,")
        if not any(_has_phrase(d.lower, tok) for d in docs):
            problems.append(NUMBER)
            details.append(f"number: {tok!r} not stated in the cited articles")
    return problems, details


def _check_quotes(text: str, docs: Sequence[_Doc]) -> tuple[list[str], list[str], list[tuple[int, int]]]:
    problems, details, spans = [], [], []
    hay = [re.sub(r"[\"']", "", d.lower) for d in docs]
    for rx in _QUOTE_SPANS:
        for m in rx.finditer(text):
            spans.append(m.span())
            inner = m.group(1).lower()
            parts = [squash(re.sub(r"[\"']", "", p)).strip(" .,;:!?-") for p in re.split(r"\.\.\.|\[[^\]]*\]", inner)]
            parts = [p for p in parts if p]
            if not parts:
                continue
            if not any(all(p in h for p in parts) for h in hay):
                problems.append(QUOTE)
                details.append(f"quote: {m.group(0)!r} not found verbatim in the cited articles")
    return problems, details, spans


def _sentence_initial(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return not before or before[-1] in '.!?:;"(['


def _name_support(phrase: str, docs: Sequence[_Doc], stems: set[str], anchor: int = ANCHOR_STEMS) -> str:
    """"anchored" when a cited passage names ``phrase`` (or a spelling of it) and shares words with the claim,
    "elsewhere" when only an unrelated passage names it, "" when no cited article does."""
    if not clean(phrase).strip("."):
        return "anchored"
    rest = stems - _stems(phrase)
    need = min(anchor, len(rest))
    seen = ""
    for d in docs:
        if not _mentions(phrase, d.text):
            continue
        for i, sent in enumerate(d.sentences):
            if _mentions(phrase, sent):
                seen = "elsewhere"
                if len(_window(d, i, ANCHOR_WINDOW) & rest) >= need:
                    return "anchored"
    return seen


def _token_found(tok: str, docs: Sequence[_Doc]) -> bool:
    return any(_mentions(tok, d.text) for d in docs)


def _common_word(low: str, pool: _Pool) -> bool:
    """A capitalised sentence-initial word is a common word when the articles write it in lower case, or never
    write it with a capital inside a sentence and the gazetteer does not know it as a name."""
    if low in pool.lower_words:
        return True
    return low not in pool.names and normalise(low) not in ALIASES


def _check_names(text: str, docs: Sequence[_Doc], pool: _Pool, stems: set[str],
                 anchor: int = ANCHOR_STEMS, title_case: bool = False) -> tuple[list[str], list[str]]:
    """Proper nouns: each capitalised word, and each multi-word name as a whole, named in a cited passage that
    shares words with the sentence. In a title-case line (a headline) every word is capitalised, so a capitalised
    common word is taken as a common word wherever it stands."""
    problems, details = [], []
    for m in _CAP_TOKEN.finditer(text):
        tok = re.sub(r"'s$", "", m.group(1)).rstrip(".")
        low = tok.lower()
        if not tok or low in _ENGLISH_CAPS:
            continue
        if low in _STOPWORDS and not any(c.isdigit() for c in tok) and not tok.isupper():
            continue
        initial = title_case or _sentence_initial(text, m.start())
        if initial and _common_word(low, pool):
            continue   # a common word that starts a sentence
        pieces = [p for p in tok.split("-") if p] if "-" in tok else [tok]
        if len(pieces) > 1 and any(c.isdigit() for c in tok):
            pieces = [tok]   # a code ("COVID-19", "F-35") is checked whole
        for p in pieces:
            if not (p[:1].isupper() or any(c.isdigit() for c in p)):
                continue
            if not p.isupper() and initial and _common_word(p.lower(), pool):
                continue
            where = _name_support(p, docs, stems, anchor)
            if where != "anchored":
                problems.append(ENTITY)
                details.append(f"entity: {p!r} " + ("named only in an unrelated passage of the cited articles"
                                                     if where else "not named in the cited articles"))
    for e in ([] if title_case else extract_entities(text)):
        words = e.text.split()
        if len(words) < 2 or _token_found(e.text, docs):
            continue
        if not _glued_from_names(words, docs):
            problems.append(ENTITY)
            details.append(f"entity: {e.text!r} not named in the cited articles")
    return problems, details


_TITLE_WORDS = frozenset("""president prime minister chief executive economist officer ceo cfo chairman chair founder
secretary governor senator minister analyst director head spokesman spokeswoman spokesperson professor dr mr mrs
ms sir chancellor premier leader general judge ambassador mayor partner strategist""".split())


def _glued_from_names(words: list[str], docs: Sequence[_Doc]) -> bool:
    """Whether a name not found whole splits into parts that each appear whole, splitting only where a name ends
    in the cited text (or after a title word): "Allianz Chief Economist Ludovic Subran" is fine,
    "Richard Subran" (Richard Windsor, Ludovic Subran) is not."""
    n = len(words)
    ok = [False] * (n + 1)
    ok[0] = True
    for i in range(n):
        if not ok[i]:
            continue
        for j in range(n, i, -1):
            seg = " ".join(words[i:j])
            if not _token_found(seg, docs):
                continue
            last = words[j - 1].lower().rstrip(".")
            if j == n or last in _TITLE_WORDS or any(last in d.name_ends for d in docs):
                ok[j] = True
    return ok[n]


def _meta_counts(text: str, docs: Sequence[_Doc]) -> tuple[list[str], list[str], list[tuple[int, int]]]:
    """Counts about the coverage itself, checked against the citations; their spans are excluded elsewhere."""
    problems, details, spans = [], [], []
    outlets = {d.outlet for d in docs if d.outlet}
    for m in _META_EDITIONS.finditer(text):
        spans.append(m.span())
    for m in _META_COUNT.finditer(text):
        spans.append(m.span())
        n = parse_number(m.group("n")) or 0
        what = m.group("what").lower()
        limit = len(outlets) if what.startswith(("outlet", "source")) else len(docs)
        if what.startswith("edition"):
            continue
        if n > limit:
            problems.append(OUTLET if what.startswith(("outlet", "source")) else NUMBER)
            details.append(f"count: {m.group(0)!r} but only {limit} cited")
    return problems, details, spans


def _fact_problems(text: str, docs: Sequence[_Doc], pool: _Pool, anchor: int = ANCHOR_STEMS,
                   words: str | None = None, counts: bool = True,
                   title_case: bool = False) -> tuple[list[str], list[str]]:
    """Every fact check of ``text`` (attributions already blanked; ``words`` is the text before) against ``docs``."""
    problems, details = [], []
    p, d, quote_spans = _check_quotes(text, docs)
    problems += p
    details += d
    p, d, meta_spans = _meta_counts(text, docs)
    if counts:   # counts of outlets and stories are checked against all the citations, not one outlet's
        problems += p
        details += d
    body = _blank(text, meta_spans)
    stems = _stems(_blank(body, quote_spans))
    code_spans = []
    for m in _CODE.finditer(body):
        code_spans.append(m.span())
        if _name_support(m.group(0), docs, stems, anchor) != "anchored":
            problems.append(ENTITY)
            details.append(f"entity: {m.group(0)!r} not named in a cited passage")
    numbers = _blank(body, code_spans)
    p, d, fig_texts = _check_figures(numbers, stems, docs, anchor, words)
    problems += p
    details += d
    p, d = _check_digits(numbers, fig_texts, docs)
    problems += p
    details += d
    p, d = _check_names(_blank_texts(_blank(numbers, quote_spans), fig_texts), docs, pool, stems, anchor,
                        title_case)
    problems += p
    details += d
    return problems, details


def check_sentence(text: str, citations: Sequence[Citation], articles: Mapping[str, Article], *,
                   story_articles: Sequence[Article] = (), headline: bool = False) -> Verdict:
    """Check one sentence against the articles it cites. ``articles`` maps URL -> Article for every article the
    writer was given. With ``story_articles``, a failing verdict lists in ``supported_by`` the story's articles
    that alone would carry the sentence (so a writer can re-cite instead of dropping). ``headline=True`` checks a
    headline or title, whose names need fewer words in common with the cited passage."""
    text = clean(text)
    anchor = HEADLINE_ANCHOR_STEMS if headline else ANCHOR_STEMS
    title_case = headline and _is_title_case(text)
    problems, details = _check(text, citations, articles, anchor, title_case)
    if not problems:
        return Verdict(ok=True)
    supported: list[str] = []
    if story_articles and text:
        for a in story_articles:
            if a.url in articles and not _check(text, (Citation(a.url, a.source),), articles, anchor, title_case)[0]:
                supported.append(a.url)
    return Verdict(ok=False, problems=tuple(dict.fromkeys(problems)), details=tuple(details),
                   supported_by=tuple(supported))


TITLE_CASE_SHARE = 0.6   # a headline with more capitalised words than this share is written in title case


def _is_title_case(text: str) -> bool:
    words = [w for w in re.findall(r"[A-Za-z][\w'-]*", text) if w.lower() not in _STOPWORDS or w[0].isupper()]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) / len(words) > TITLE_CASE_SHARE


def _check(text: str, citations: Sequence[Citation], articles: Mapping[str, Article],
           anchor: int = ANCHOR_STEMS, title_case: bool = False) -> tuple[list[str], list[str]]:
    problems: list[str] = []
    details: list[str] = []
    if not citations:
        return [NO_CITATION], ["no_citation: the sentence cites no article"]
    docs = []
    for c in citations:
        a = articles.get(c.url)
        if a is None:
            problems.append(UNKNOWN_URL)
            details.append(f"unknown_url: {c.url!r} is not one of the given articles")
            continue
        if c.source and a.source and _outlet_key(c.source) != _outlet_key(a.source):
            problems.append(OUTLET)
            details.append(f"outlet: citation names {c.source!r} but the article is from {a.source!r}")
        docs.append(doc_for(a))
    cited_urls = {c.url for c in citations}
    for m in _URL.finditer(text):
        if m.group(0).rstrip(".,;") not in cited_urls:
            problems.append(LINK)
            details.append(f"link: {m.group(0)!r} is not a cited article")
    if not docs:
        return problems, details
    pool = _pool(articles)
    attributions = _attributions(text, pool)
    unlinked = _URL.sub(lambda m: BLANK * len(m.group(0)), text)
    claim = _blank(unlinked, [(s, e) for s, e, _ in attributions])
    p, d = _fact_problems(claim, docs, pool, anchor, unlinked, title_case=title_case)
    problems += p
    details += d
    stems = _stems(claim)
    for outlet in dict.fromkeys(k for _, _, k in attributions):
        theirs = [doc for doc in docs if doc.outlet == outlet]
        if _reported_in(outlet, docs, stems, anchor):
            continue   # a cited passage itself names the outlet ("..., the FT reported", "he told AFP")
        if not theirs:
            problems.append(OUTLET)
            details.append(f"outlet: attributed to {outlet!r} but no cited article is from that outlet")
        elif not p and _fact_problems(claim, theirs, pool, anchor, unlinked, counts=False, title_case=title_case)[0]:
            problems.append(OUTLET)
            details.append(f"outlet: the cited {outlet!r} article does not carry the claim")
    return problems, details


def _reported_in(outlet: str, docs: Sequence[_Doc], stems: set[str], anchor: int) -> bool:
    """Whether a cited passage that carries the claim names the outlet itself (a second-hand attribution)."""
    names = [outlet] + [a for c, al in OUTLET_ALIASES.items() if re.sub(r"^the ", "", c) == outlet for a in al]
    need = min(anchor, len(stems))
    share = math.ceil(REPORTED_IN_SHARE * len(stems))
    for d in docs:
        if d.outlet == outlet:
            continue   # an outlet naming itself is not a second-hand attribution
        for i, sent in enumerate(d.sentences_lower):
            if any(_has_phrase(sent, n) for n in names) and len(_window(d, i, 0) & stems) >= need and \
                    len(_window(d, i, ANCHOR_WINDOW) & stems) >= share:
                return True
    return False


# --- pages ----------------------------------------------------------------------------------------------------

class _Tally:
    def __init__(self) -> None:
        self.checked = self.dropped = self.replaced = 0
        self.problems: Counter[str] = Counter()
        self.drops: list[Dropped] = []

    def report(self) -> VerifyReport:
        return VerifyReport(checked=self.checked, dropped=self.dropped, replaced=self.replaced,
                            problems=tuple(sorted(self.problems.items())), drops=tuple(self.drops))


def _keep(text: str, citations: Sequence[Citation], articles: Mapping[str, Article], tally: _Tally, where: str,
          story_id: str) -> str:
    """The sentences of ``text`` that pass, joined; failing ones are counted and dropped."""
    kept = []
    for sentence in split_sentences(clean(text)):
        tally.checked += 1
        v = check_sentence(sentence, citations, articles)
        if v.ok:
            kept.append(sentence)
        else:
            tally.dropped += 1
            tally.problems.update(v.problems)
            tally.drops.append(Dropped(where, story_id, sentence, v.problems, v.details))
    return " ".join(kept)


def _valid_citations(citations: Sequence[Citation], articles: Mapping[str, Article]) -> tuple[Citation, ...]:
    return tuple(dict.fromkeys(c for c in citations if c.url in articles))


def _line_ok(text: str, citations: Sequence[Citation], articles: Mapping[str, Article], tally: _Tally,
             where: str, story_id: str) -> bool:
    """A headline or title: one claim checked as a whole (it may lack a full stop)."""
    tally.checked += 1
    v = check_sentence(clean(text), citations, articles, headline=True)
    if not v.ok:
        tally.problems.update(v.problems)
        tally.drops.append(Dropped(where, story_id, text, v.problems, v.details))
    return v.ok


def _verify_development(dev: Development, articles: Mapping[str, Article], tally: _Tally) -> Development | None:
    paras = []
    for p in dev.paragraphs:
        text = _keep(p.text, p.citations, articles, tally, "development", dev.story_id)
        if text:
            paras.append(Paragraph(text=text, citations=p.citations))
    if not paras:
        return None
    cites = _valid_citations([c for p in paras for c in p.citations], articles)
    headline = dev.headline
    if not _line_ok(headline, cites, articles, tally, "headline", dev.story_id):
        tally.replaced += 1
        headline = clean(articles[cites[0].url].title) if cites else ""
    return dataclasses.replace(dev, headline=headline, paragraphs=tuple(paras))


NEUTRAL_SIGNAL_TITLE = "Related coverage"   # a signal title that failed the check is replaced by this label


def _verify_signal(sig: Signal, articles: Mapping[str, Article], tally: _Tally) -> Signal | None:
    sid = ",".join(sig.story_ids)
    text = _keep(sig.text, sig.citations, articles, tally, "signal", sid)
    if not text:
        return None
    title = sig.title
    if not _line_ok(title, sig.citations, articles, tally, "signal_title", sid):
        tally.replaced += 1
        title = NEUTRAL_SIGNAL_TITLE
    watch = _keep(sig.watch, sig.citations, articles, tally, "watch", sid) if sig.watch else ""
    return dataclasses.replace(sig, title=title, text=text, watch=watch)


def verify_page(page: CategoryPage, articles: Mapping[str, Article]) -> tuple[CategoryPage, VerifyReport]:
    """The page with every failing sentence dropped (and empty items, paragraphs and signals with them)."""
    tally = _Tally()
    top = []
    for item in page.top_line:
        text = _keep(item.text, item.citations, articles, tally, "top_line", item.story_id)
        if text:
            top.append(TopLineItem(text=text, story_id=item.story_id, citations=item.citations))
    devs = [d for d in (_verify_development(d, articles, tally) for d in page.key_developments) if d is not None]
    sigs = [s for s in (_verify_signal(s, articles, tally) for s in page.signals) if s is not None]
    return (dataclasses.replace(page, top_line=tuple(top), key_developments=tuple(devs), signals=tuple(sigs)),
            tally.report())
