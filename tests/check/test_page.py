"""The page gate: content-free and unsupported sentences dropped, each kept sentence carrying its passage, analysis
checked against its facts, drops counted by reason."""
from __future__ import annotations

import datetime as dt

from topline.check import verify_page
from topline.records import (ANALYSIS, Article, CategoryPage, Citation, Development, Paragraph, Signal,
                             TopLineItem)

T = dt.datetime(2026, 11, 3, 9, tzinfo=dt.timezone.utc)
HARLOW = Article(
    url="https://www.bloomberg.com/news/harlow", source="Bloomberg", published=T,
    title="Harlow Pharma agrees to buy Mistwell Bio for $2.2 billion",
    text="Harlow Pharma agreed to acquire Mistwell Bio for $2.2 billion in cash, gaining an experimental treatment "
         "for chronic kidney disease. Harlow will pay $41 a share, a 64% premium to Mistwell's closing price on "
         "Friday. Mistwell shares jumped 58% in premarket trading while Harlow stock slipped 2%.")
ARTS = {HARLOW.url: HARLOW}
C = (Citation(HARLOW.url, "Bloomberg"),)


def _page(top=(), paras=(), headline="Harlow Pharma agrees to buy Mistwell Bio", signals=()):
    devs = (Development("s1", headline, tuple(paras)),) if paras else ()
    return CategoryPage("Health", "health", tuple(top), devs, tuple(signals))


def test_each_kept_sentence_carries_the_passage_that_supports_it():
    page, report = verify_page(_page(
        top=[TopLineItem("Harlow Pharma has agreed to buy Mistwell Bio for $2.2 billion in cash.", "s1", C)],
        paras=[Paragraph("Harlow will pay $41 per share. Mistwell shares jumped 58% in premarket trading.", C)]),
        ARTS)
    assert report.dropped == 0
    top = page.top_line[0]
    assert len(top.support) == 1 and top.support[0].url == HARLOW.url
    assert "agreed to acquire Mistwell Bio" in top.support[0].quote and 0 < top.support[0].score <= 1
    para = page.key_developments[0].paragraphs[0]
    assert len(para.support) == 2 and "$41 a share" in para.support[0].quote and "58%" in para.support[1].quote


def test_placeholders_and_unsupported_sentences_are_dropped_by_reason():
    page, report = verify_page(_page(
        top=[TopLineItem("...", "s1", C), TopLineItem("N/A", "s1", C),
             TopLineItem("Harlow Pharma will cut 500 jobs at Mistwell after the deal closes.", "s1", C)],
        paras=[Paragraph("Lorem ipsum dolor sit amet. Harlow will pay $41 per share.", C)]), ARTS)
    assert page.top_line == ()
    assert page.key_developments[0].paragraphs[0].text == "Harlow will pay $41 per share."
    reasons = dict(report.reasons)
    assert reasons.get("placeholder") == 3 and sum(reasons.values()) == report.dropped == 4, report


def test_a_failing_headline_is_replaced_by_the_cited_title_and_an_empty_section_dropped():
    page, report = verify_page(_page(
        paras=[Paragraph("Harlow will pay $41 per share.", C)],
        headline="Harlow Pharma abandons the Mistwell Bio takeover"), ARTS)
    assert page.key_developments[0].headline == HARLOW.title and report.replaced == 1
    page, _ = verify_page(_page(paras=[Paragraph("...", C)]), ARTS)
    assert page.key_developments == ()


def test_analysis_may_only_build_on_the_facts_beside_it():
    facts = Paragraph("Harlow Pharma has agreed to buy Mistwell Bio for $2.2 billion in cash. Harlow will pay $41 "
                      "per share, a premium of 64% to Mistwell's Friday closing price.", C)
    good = Paragraph("The 64% premium shows how much Harlow Pharma values Mistwell Bio's kidney treatment.", C,
                     kind=ANALYSIS)
    new_name = Paragraph("The deal mirrors Pfizer's strategy of buying biotech companies.", C, kind=ANALYSIS)
    new_figure = Paragraph("Harlow Pharma could save $500 million a year from the deal.", C, kind=ANALYSIS)
    empty = Paragraph("...", C, kind=ANALYSIS)
    page, report = verify_page(_page(paras=[facts, good, new_name, new_figure, empty]), ARTS)
    kept = page.key_developments[0].paragraphs
    assert [p.kind for p in kept] == ["fact", ANALYSIS] and kept[1].text == good.text
    assert dict(report.reasons).get("analysis") == 2 and dict(report.reasons).get("placeholder") == 1


def test_analysis_with_no_fact_left_is_dropped():
    page, report = verify_page(_page(paras=[
        Paragraph("Harlow Pharma will close Mistwell's laboratories.", C),
        Paragraph("Harlow Pharma values Mistwell Bio.", C, kind=ANALYSIS)]), ARTS)
    assert page.key_developments == () and report.dropped == 2


def test_signals_carry_support_and_a_failing_title_is_neutralised():
    sig = Signal("Harlow Pharma's Mistwell lawsuit", "Mistwell shares jumped 58% in premarket trading.", C)
    page, report = verify_page(_page(signals=[sig]), ARTS)
    s = page.signals[0]
    assert s.title == "Related coverage" and len(s.support) == 1 and "58%" in s.support[0].quote
