"""One sentence against the articles it cites: every rule (figures, quotes, entities, outlets, links) and the
claim-support score (``topline.check.support``).

``check_sentence(text, citations, articles)`` returns a ``Verdict``: ``ok``, stable problem codes, details, and
the passage that supports the sentence (a ``records.Support``) when it passes. A sentence of kind ``analysis``
is checked by ``check_analysis`` instead: against the fact sentences it sits with.

Phrases about the briefing itself are computed facts, not claims about the world: "three stories from five
outlets" is checked against the citations (at least five distinct cited outlets, at least three cited articles),
"in 3 of the last 7 editions" is not checked.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Mapping, Sequence

from topline.check import support as _support
from topline.check.codes import (ANCHOR_STEMS, ENTITY, HEADLINE_ANCHOR_STEMS, NO_CITATION, OUTLET, UNKNOWN_URL,
                                 blank, blank_texts)
from topline.check.entities import check_names, name_support
from topline.check.evidence import (BLANK, CODE, STOPWORDS, Doc, Pool, cited_articles, clean, doc_for, outlet_key,
                                    pool_for, stems_of)
from topline.check.figures import check_digits, check_figures, meta_counts
from topline.check.links import link_problems
from topline.check.outlets import attributions, reported_in
from topline.check.quotes import check_quotes
from topline.records import Article, Citation, Support

_URL = re.compile(r"https?://[^\s)\]>\"']+|\bwww\.[^\s)\]>\"']+", re.IGNORECASE)


@dataclass(frozen=True)
class Verdict:
    """The checker's answer for one sentence. ``problems`` holds stable codes, ``details`` says what failed."""
    ok: bool
    problems: tuple[str, ...] = ()
    details: tuple[str, ...] = ()
    supported_by: tuple[str, ...] = ()   # URLs among ``story_articles`` that alone carry the sentence (to re-cite)
    support: Support | None = None       # the passage that supports it (when ok)


def fact_problems(text: str, docs: Sequence[Doc], pool: Pool, anchor: int = ANCHOR_STEMS,
                   words: str | None = None, counts: bool = True,
                   title_case: bool = False) -> tuple[list[str], list[str]]:
    """Every fact check of ``text`` (attributions already blanked; ``words`` is the text before) against ``docs``."""
    problems, details = [], []
    p, d, quote_spans = check_quotes(text, docs)
    problems += p
    details += d
    p, d, meta_spans = meta_counts(text, docs)
    if counts:   # counts of outlets and stories are checked against all the citations, not one outlet's
        problems += p
        details += d
    body = blank(text, meta_spans)
    stems = stems_of(blank(body, quote_spans))
    code_spans = []
    for m in CODE.finditer(body):
        code_spans.append(m.span())
        if name_support(m.group(0), docs, stems, anchor) != "anchored":
            problems.append(ENTITY)
            details.append(f"entity: {m.group(0)!r} not named in a cited passage")
    numbers = blank(body, code_spans)
    p, d, fig_texts = check_figures(numbers, stems, docs, anchor, words)
    problems += p
    details += d
    p, d = check_digits(numbers, fig_texts, docs)
    problems += p
    details += d
    p, d = check_names(blank_texts(blank(numbers, quote_spans), fig_texts), docs, pool, stems, anchor,
                        title_case, claim=numbers)
    problems += p
    details += d
    return problems, details


def check_sentence(text: str, citations: Sequence[Citation], articles: Mapping[str, Article], *,
                   story_articles: Sequence[Article] = (), headline: bool = False) -> Verdict:
    """Check one sentence against the articles it cites. ``articles`` maps URL -> Article for every article the
    writer was given. With ``story_articles``, a failing verdict lists in ``supported_by`` the story's articles
    that alone would carry the sentence (so a writer can re-cite instead of dropping). ``headline=True`` checks a
    headline or title, whose names need fewer words in common with the cited passage."""
    text = _LABEL.sub("", clean(text))    # the writers' own section label is not part of the claim
    anchor = HEADLINE_ANCHOR_STEMS if headline else ANCHOR_STEMS
    title_case = headline and is_title_case(text)
    problems, details, found = _check(text, citations, articles, anchor, title_case, headline)
    if not problems:
        return Verdict(ok=True, support=found)
    supported: list[str] = []
    if story_articles and text:
        for a in story_articles:
            if a.url in articles and not _check(text, (Citation(a.url, a.source),), articles, anchor, title_case,
                                                headline)[0]:
                supported.append(a.url)
    return Verdict(ok=False, problems=tuple(dict.fromkeys(problems)), details=tuple(details),
                   supported_by=tuple(supported))


# Thirteenth round: "Sifted put Norrow's round at 95 million euros, while Reuters put it at 110 million euros" tells
# what each outlet reports; each cited outlet's article must carry its own clause, not the whole comparison. Read so
# only when every outlet opens its clause (the first at the start, each other after a clause boundary) and no outlet
# is joined to another ("Both Bloomberg and TechCrunch put ...": each must carry the whole claim). Before, the outlet
# rule rejected every such comparison as "the cited 'sifted' article does not carry the claim" (7 faithful
# sentences of the calibration parts, eval6 to eval11, against 1 error it alone caught).
_CLAUSE_OPENING = re.compile(r"(?:[,;]\s*(?:while|whereas|and|but)?|\s(?:while|whereas|and|but))\s*(?:the\s+)?$",
                             re.IGNORECASE)


def own_part(claim: str, attrib: Sequence[tuple[int, int, str]], outlet: str) -> str:
    """The part of ``claim`` that ``outlet`` is said to report: its clause when the sentence gives two outlets a
    clause each, else the whole claim."""
    if len({k for _, _, k in attrib}) < 2:
        return claim
    starts = [s for s, _, _ in attrib]
    if claim[:starts[0]].strip(" " + BLANK).lower() not in ("", "the") or \
            any(not _CLAUSE_OPENING.search(claim[:s]) for s in starts[1:]):
        return claim
    ends = starts[1:] + [len(claim)]
    return " ".join(claim[s:e] for (s, _, k), e in zip(attrib, ends) if k == outlet)


_LABEL = re.compile(r"^(?:What to watch|Watch|Analysis):\s+", re.IGNORECASE)
TITLE_CASE_SHARE = 0.6   # a headline with more capitalised words than this share is written in title case


def is_title_case(text: str) -> bool:
    words = [w for w in re.findall(r"[A-Za-z][\w'-]*", text) if w.lower() not in STOPWORDS or w[0].isupper()]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) / len(words) > TITLE_CASE_SHARE



def _check(text: str, citations: Sequence[Citation], articles: Mapping[str, Article],
           anchor: int = ANCHOR_STEMS, title_case: bool = False,
           headline: bool = False) -> tuple[list[str], list[str], Support | None]:
    problems: list[str] = []
    details: list[str] = []
    if not citations:
        return [NO_CITATION], ["no_citation: the sentence cites no article"], None
    docs = []
    for c in citations:
        a = articles.get(c.url)
        if a is None:
            problems.append(UNKNOWN_URL)
            details.append(f"unknown_url: {c.url!r} is not one of the given articles")
            continue
        if c.source and a.source and outlet_key(c.source) != outlet_key(a.source):
            problems.append(OUTLET)
            details.append(f"outlet: citation names {c.source!r} but the article is from {a.source!r}")
        docs.append(doc_for(a))
    p, d = link_problems(text, [c.url for c in citations], "\n".join(doc.text for doc in docs))
    problems += p
    details += d
    if not docs:
        return problems, details, None
    pool = pool_for(cited_articles(citations, articles))   # never the rest of the edition
    attrib, unlinked, claim = _claim(text, pool)
    p, d = fact_problems(claim, docs, pool, anchor, unlinked, title_case=title_case)
    problems += p
    details += d
    stems = stems_of(claim)
    for outlet in dict.fromkeys(k for _, _, k in attrib):
        theirs = [doc for doc in docs if doc.outlet == outlet]
        if reported_in(outlet, docs, stems, anchor):
            continue   # a cited passage itself names the outlet ("..., the FT reported", "he told AFP")
        if not theirs:
            problems.append(OUTLET)
            details.append(f"outlet: attributed to {outlet!r} but no cited article is from that outlet")
        elif not p and fact_problems(own_part(claim, attrib, outlet), theirs, pool, anchor, unlinked, counts=False,
                                     title_case=title_case)[0]:
            problems.append(OUTLET)
            details.append(f"outlet: the cited {outlet!r} article does not carry the claim")
    found = _support.assess(_assessed(claim, docs), docs, pool, headline=headline, original=text)
    problems += found.problems
    details += found.details
    return problems, details, found.support


def _claim(text: str, pool: Pool) -> tuple[list[tuple[int, int, str]], str, str]:
    """(attributions, the text with its links blanked, the claim: links and attributions blanked)."""
    attrib = attributions(text, pool)
    unlinked = _URL.sub(lambda m: BLANK * len(m.group(0)), text)
    return attrib, unlinked, blank(unlinked, [(s, e) for s, e, _ in attrib])


def _assessed(claim: str, docs: Sequence[Doc]) -> str:
    """The claim as the support check reads it: counts about the coverage blanked too."""
    return blank(claim, meta_counts(claim, docs)[2])


def support_claim(text: str, citations: Sequence[Citation],
                  articles: Mapping[str, Article]) -> tuple[str, tuple[Doc, ...]] | None:
    """(the claim ``support.assess`` reads, the cited docs) of ``check_sentence(text, citations, articles)``, as
    ``_check`` computes them; None when it reaches no support check (no citation, no cited article given). What
    ``topline.check.batch`` parses ahead for a sentence about to be checked."""
    text = _LABEL.sub("", clean(text))
    docs = tuple(doc_for(articles[c.url]) for c in citations if c.url in articles)
    if not citations or not docs:
        return None
    _attrib, _unlinked, claim = _claim(text, pool_for(cited_articles(citations, articles)))
    return _assessed(claim, docs), docs
