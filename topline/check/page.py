"""Page-level checks: ``verify_page(page, articles)`` checks every sentence of every section (Top Line, headline,
paragraph, signal title and text, what-to-watch), drops the failing ones (a paragraph, item or signal left empty
is dropped; a failing headline is replaced by a cited article's title, a failing signal title by a neutral
label), attaches to each published sentence the passage that supports it (``records.Support``) and counts the
drops by reason.

Sentences of kind "analysis" are checked against the FACT sentences they sit with (the same development's
paragraphs, the page's Top Line facts, the signal's text; see ``topline.check.analysis.analysis_problems``); they
still carry citations, and their links and addresses go through the same output gate.
"""
from __future__ import annotations

import dataclasses
from collections import Counter
from dataclasses import dataclass
from typing import Mapping, Sequence

from topline.check import codes
from topline.check.evidence import clean, doc_for
from topline.check.links import link_problems
# check_sentence through the edition's verdicts when ``verify_page`` is given them (issue 14, scale17)
from topline.check.verdicts import Verdicts, check as check_sentence, using
from topline.check.analysis import analysis_problems
from topline.check.support import content_free
from topline.records import (ANALYSIS, Article, CategoryPage, Citation, Development, Paragraph, Signal, Support,
                             TopLineItem)
from topline.sanitize import clean_line, clean_output
from topline.text import split_sentences

NEUTRAL_SIGNAL_TITLE = "Related coverage"   # a signal title that failed the check is replaced by this label

# The one reason a dropped sentence is counted under in the manifest: the first of its problems in this order.
REASON_ORDER = (codes.PLACEHOLDER, codes.INJECTION, codes.LINK, codes.UNKNOWN_URL, codes.NO_CITATION,
                codes.OUTLET, codes.QUOTE, codes.NUMBER, codes.DATE, codes.ENTITY, codes.DIRECTION,
                codes.UNSUPPORTED, codes.ANALYSIS_NEW)


def reason(problems: Sequence[str]) -> str:
    for code in REASON_ORDER:
        if code in problems:
            return code
    return problems[0] if problems else codes.UNSUPPORTED


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
    problems: tuple[tuple[str, int], ...] = ()     # (code, count) over dropped sentences (every code they had)
    drops: tuple[Dropped, ...] = ()
    reasons: tuple[tuple[str, int], ...] = ()      # (reason, count): one reason per dropped or replaced line

    def merged(self, other: "VerifyReport") -> "VerifyReport":
        c = Counter(dict(self.problems))
        c.update(dict(other.problems))
        r = Counter(dict(self.reasons))
        r.update(dict(other.reasons))
        return VerifyReport(checked=self.checked + other.checked, dropped=self.dropped + other.dropped,
                            replaced=self.replaced + other.replaced, problems=tuple(sorted(c.items())),
                            drops=self.drops + other.drops, reasons=tuple(sorted(r.items())))


class _Tally:
    def __init__(self) -> None:
        self.checked = self.dropped = self.replaced = 0
        self.problems: Counter[str] = Counter()
        self.reasons: Counter[str] = Counter()
        self.drops: list[Dropped] = []

    def drop(self, where: str, story_id: str, text: str, problems: Sequence[str], details: Sequence[str]) -> None:
        self.problems.update(problems)
        self.reasons[reason(problems)] += 1
        self.drops.append(Dropped(where, story_id, text, tuple(problems), tuple(details)))

    def report(self) -> VerifyReport:
        return VerifyReport(checked=self.checked, dropped=self.dropped, replaced=self.replaced,
                            problems=tuple(sorted(self.problems.items())), drops=tuple(self.drops),
                            reasons=tuple(sorted(self.reasons.items())))


def _analysis_verdict(sentence: str, citations: Sequence[Citation], articles: Mapping[str, Article],
                      facts: Sequence[str]) -> tuple[list[str], list[str]]:
    if not citations:
        return [codes.NO_CITATION], ["no_citation: the sentence cites no article"]
    unknown = [c.url for c in citations if c.url not in articles]
    if unknown:
        return [codes.UNKNOWN_URL], [f"unknown_url: {unknown[0]!r} is not one of the given articles"]
    p, d = link_problems(sentence, [c.url for c in citations])
    p2, d2 = analysis_problems(sentence, facts, prose=True)
    return p + p2, d + d2


def _keep(text: str, citations: Sequence[Citation], articles: Mapping[str, Article], tally: _Tally, where: str,
          story_id: str, kind: str = "fact", facts: Sequence[str] = ()) -> tuple[str, tuple[Support, ...]]:
    """The sentences of ``text`` that pass, joined, and the passage supporting each; failing ones are counted
    and dropped."""
    kept: list[str] = []
    support: list[Support] = []
    for sentence in split_sentences(clean(text)):
        tally.checked += 1
        if kind == ANALYSIS:
            problems, details = _analysis_verdict(sentence, citations, articles, facts)
            found = Support(url=citations[0].url, quote="", score=0.0) if citations and not problems else None
        else:
            v = check_sentence(sentence, citations, articles)
            problems, details, found = list(v.problems), list(v.details), v.support
        if not problems:
            kept.append(sentence)
            support.append(found or Support(url=citations[0].url if citations else "", quote="", score=0.0))
        else:
            tally.dropped += 1
            tally.drop(where, story_id, sentence, problems, details)
    return " ".join(kept), tuple(support)


def _valid_citations(citations: Sequence[Citation], articles: Mapping[str, Article]) -> tuple[Citation, ...]:
    return tuple(dict.fromkeys(c for c in citations if c.url in articles))


def _line_ok(text: str, citations: Sequence[Citation], articles: Mapping[str, Article], tally: _Tally,
             where: str, story_id: str) -> bool:
    """A headline or title: one claim checked as a whole (it may lack a full stop)."""
    tally.checked += 1
    v = check_sentence(clean(text), citations, articles, headline=True)
    if not v.ok:
        tally.drop(where, story_id, text, v.problems, v.details)
    return v.ok


def _facts_for(citations: Sequence[Citation], candidates: Sequence[tuple[str, Sequence[Citation]]]) -> list[str]:
    """The surviving fact texts an analysis sentence builds on: those that cite one of the articles it cites (an
    analysis cites the facts it builds on; facts the gate dropped are not among the candidates)."""
    urls = {c.url for c in citations}
    return [t for t, cs in candidates if t and urls & {c.url for c in cs}]


def _drop_analysis(text: str, tally: _Tally, where: str, story_id: str) -> None:
    for s in split_sentences(clean(text)):
        tally.checked += 1
        tally.dropped += 1
        tally.drop(where, story_id, s, [codes.ANALYSIS_NEW],
                   ["analysis: the fact sentences it builds on (citing the same articles) were dropped"])


def safe_title(citations: Sequence[Citation], articles: Mapping[str, Article]) -> str:
    """A cited article's title fit to replace a failing headline: passed through the sanitiser (as the writer saw
    it) and the output gate (no URL, domain, address or injected instruction), saying something; "" when no cited
    title passes."""
    urls = [c.url for c in citations if c.url in articles]
    cited_text = "\n".join(doc_for(articles[u]).text for u in urls)
    fits = []
    for u in urls:
        raw = articles[u].title or ""
        title = clean(clean_output(clean_line(raw)))
        if not title or content_free(title) or link_problems(title, urls, cited_text)[0]:
            continue
        untouched = not link_problems(raw, urls, cited_text)[0] and clean(raw) == title
        fits.append((not untouched, len(fits), title))    # a title the sanitiser left alone comes first
    return min(fits)[2] if fits else ""


def _verify_development(dev: Development, articles: Mapping[str, Article], tally: _Tally) -> Development | None:
    paras: list[Paragraph] = []
    for p in dev.paragraphs:                       # facts first: analysis builds on the facts that survive
        if p.kind == ANALYSIS:
            paras.append(p)
            continue
        text, sup = _keep(p.text, p.citations, articles, tally, "development", dev.story_id)
        if text:
            paras.append(dataclasses.replace(p, text=text, support=sup))
    survivors = [(p.text, p.citations) for p in paras if p.kind != ANALYSIS]
    out = []
    for p in paras:
        if p.kind == ANALYSIS:
            facts = _facts_for(p.citations, survivors)
            if not facts:
                _drop_analysis(p.text, tally, "development", dev.story_id)
                continue
            text, sup = _keep(p.text, p.citations, articles, tally, "development", dev.story_id, ANALYSIS, facts)
            if text:
                out.append(dataclasses.replace(p, text=text, support=sup))
        else:
            out.append(p)
    if not any(p.kind != ANALYSIS for p in out):
        for p in out:   # analysis with no fact left beside it goes too
            for s in split_sentences(p.text):
                tally.dropped += 1
                tally.drop("development", dev.story_id, s, [codes.ANALYSIS_NEW],
                           ["analysis: no fact sentence left beside it"])
        out = []
    if not out:
        return None
    cites = _valid_citations([c for p in out for c in p.citations], articles)
    headline = dev.headline
    if not _line_ok(headline, cites, articles, tally, "headline", dev.story_id):
        # replaced by a cited article's title, sanitised and through the output gate; none fit: the item goes
        headline = safe_title(cites, articles)
        if not headline:
            for p in out:
                for s in split_sentences(p.text):
                    tally.dropped += 1
                    tally.drop("development", dev.story_id, s, [codes.UNSUPPORTED],
                               ["unsupported: its headline failed and no cited title is safe to publish"])
            return None
        tally.replaced += 1
    return dataclasses.replace(dev, headline=headline, paragraphs=tuple(out))


def _title_from_facts(title: str, text: str) -> bool:
    """Whether a signal title is analysis built only on the (already verified) fact sentences of its text."""
    facts = split_sentences(text)
    return bool(facts) and not analysis_problems(title, facts)[0]


def _verify_signal(sig: Signal, articles: Mapping[str, Article], tally: _Tally,
                   page_facts: Sequence[tuple[str, Sequence[Citation]]]) -> Signal | None:
    sid = ",".join(sig.story_ids)
    facts = _facts_for(sig.citations, page_facts)
    if sig.kind == ANALYSIS and not facts:
        _drop_analysis(sig.text, tally, "signal", sid)
        return None
    text, sup = _keep(sig.text, sig.citations, articles, tally, "signal", sid, sig.kind, facts)
    if not text:
        return None
    title = sig.title
    # A signal's title is either stated by one cited passage (a headline), or a claim computed from the facts the
    # signal's own text states (analysis: "X backs Y and buys Z on the same day"), adding nothing they lack.
    # Last, the facts may include the page's own statements the signal cites (a claim built on Key Developments
    # above cites them and does not print them again: a sentence is printed once per edition).
    if not _title_from_facts(title, text):
        if check_sentence(clean(title), sig.citations, articles, headline=True).ok:
            tally.checked += 1     # a headline stated by one cited passage (as ``_line_ok`` counts it)
        elif not (facts and _title_from_facts(title, " ".join([text, *facts]))) and \
                not _line_ok(title, sig.citations, articles, tally, "signal_title", sid):
            tally.replaced += 1
            title = NEUTRAL_SIGNAL_TITLE
    watch = ""
    if sig.watch:
        watch, _ = _keep(sig.watch, sig.citations, articles, tally, "watch", sid, sig.kind, facts)
    return dataclasses.replace(sig, title=title, text=text, watch=watch, support=sup)


def verify_page(page: CategoryPage, articles: Mapping[str, Article],
                verdicts: Verdicts | None = None) -> tuple[CategoryPage, VerifyReport]:
    """The page with every failing sentence dropped (and empty items, paragraphs and signals with them), each
    published sentence carrying the passage that supports it. ``verdicts``: the edition's checker verdicts
    (``topline.check.verdicts``; the writer's composer fills it as it writes), so a sentence already checked
    with the same citations and evidence is not checked again."""
    with using(verdicts):
        return _verify_page(page, articles)


def _verify_page(page: CategoryPage, articles: Mapping[str, Article]) -> tuple[CategoryPage, VerifyReport]:
    tally = _Tally()
    top: list[TopLineItem] = []
    for item in page.top_line:
        if item.kind == ANALYSIS:
            top.append(item)
            continue
        text, sup = _keep(item.text, item.citations, articles, tally, "top_line", item.story_id)
        if text:
            top.append(dataclasses.replace(item, text=text, support=sup))
    devs = []
    for d in page.key_developments:
        v = _verify_development(d, articles, tally)
        if v is not None:
            devs.append(v)
    top_facts = [(i.text, i.citations, i.story_id) for i in top if i.kind != ANALYSIS]
    page_facts = [(t, c) for t, c, _ in top_facts] + \
        [(p.text, p.citations) for d in devs for p in d.paragraphs if p.kind != ANALYSIS]
    final_top = []
    for item in top:
        if item.kind == ANALYSIS:
            facts = _facts_for(item.citations, [(t, c) for t, c, sid in top_facts if sid == item.story_id]) or \
                _facts_for(item.citations, page_facts)
            if not facts:
                _drop_analysis(item.text, tally, "top_line", item.story_id)
                continue
            text, sup = _keep(item.text, item.citations, articles, tally, "top_line", item.story_id, ANALYSIS,
                              facts)
            if text:
                final_top.append(dataclasses.replace(item, text=text, support=sup))
        else:
            final_top.append(item)
    sigs = [s for s in (_verify_signal(s, articles, tally, page_facts) for s in page.signals) if s is not None]
    return (dataclasses.replace(page, top_line=tuple(final_top), key_developments=tuple(devs), signals=tuple(sigs)),
            tally.report())
