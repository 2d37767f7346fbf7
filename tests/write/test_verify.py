"""The citation checker on hand-written articles: each rule catches its error and passes normalised variants."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.check.helpers import article, by_url, cite
from topline.records import CategoryPage, Citation, Development, Paragraph, Signal, TopLineItem
from topline.check import check_sentence, verify_page

T = dt.datetime(2025, 7, 2, 9, tzinfo=dt.timezone.utc)
REUTERS = article(
    when=T, url="https://news.example/reuters/kling", source="Reuters",
    title="Kuaishou's Kling AI raises $2.8 billion from Alibaba, Tencent",
    text="Kuaishou's video generation unit Kling AI has closed a $2.8 billion fundraise with Alibaba Group and "
         "Tencent Holdings taking part, the company said on July 2. The round values Kling at about $10bn. Shares "
         "of Kuaishou rose 6% in Hong Kong. Richard Windsor, analyst at Radio Free Mobile, said the deal was 'a "
         "statement of intent'. Allianz chief economist Ludovic Subran warned of exuberance.")
BLOOMBERG = article(
    when=T, url="https://news.example/bloomberg/kling", source="Bloomberg",
    title="Kling AI closes $2.75bn round",
    text="Kling AI closed a $2.75 billion round, Bloomberg News reported. Alibaba and Tencent joined.")
ARTICLES = by_url(REUTERS, BLOOMBERG)
R, B = cite(REUTERS, BLOOMBERG)

CASES = [
    ("Kling AI has closed a $2.8bn fundraise backed by Alibaba and Tencent, according to Reuters.", [R], ()),
    ("Kling AI has closed a fundraise of 2.8 billion dollars, according to Reuters.", [R], ()),
    ("Kling AI has closed a US$2.8 billion fundraise, according to Reuters.", [R], ()),
    ("Kling AI closed a $2.75bn round, Bloomberg reports.", [R, B], ()),
    ("Shares of Kuaishou rose 6 per cent in Hong Kong.", [R], ()),
    ("Kling AI closed the round on 2 July.", [R], ()),
    ("Richard Windsor said the deal was 'a statement of intent'.", [R], ()),
    ("Allianz Chief Economist Ludovic Subran warned of exuberance.", [R], ()),
    ("Two outlets report that Kling AI closed a round.", [R, B], ()),
    ("Analysts said the deal was 'a statement of intent'.", [R], ()),   # a capitalised common word
    ("Analysts said Kling AI closed a round.", [R], ("unsupported",)),   # the company said it, not analysts
    ("Kling AI has closed a $2.9bn fundraise, according to Reuters.", [R], ("number",)),
    ("Shares of Kuaishou rose 7 per cent in Hong Kong.", [R], ("number",)),
    ("Kling AI closed the round on 3 July.", [R], ("date",)),
    ("Kling AI has closed a $2.8bn fundraise, according to Bloomberg.", [R], ("outlet",)),
    ("Kling AI has closed a $2.8bn fundraise, according to Bloomberg.", [R, B], ("outlet",)),
    ("Kling AI has closed a $2.8bn fundraise backed by Baidu and Tencent.", [R], ("entity",)),
    ("Richard Subran said the deal was 'a statement of intent'.", [R], ("entity",)),
    ("Richard Windsor said the deal was 'a declaration of war'.", [R], ("quote",)),
    ("Kling AI raised money.", [], ("no_citation",)),
    ("Kling AI raised money.", [Citation("https://elsewhere.example/a", "Reuters")], ("unknown_url",)),
    ("Three outlets report that Kling AI closed a round.", [R, B], ("outlet",)),
    ("Kling AI closed a round, see https://elsewhere.example/x.", [R], ("link",)),
    ("Kling AI closed a round.", [Citation(REUTERS.url, "Bloomberg")], ("outlet",)),
]


@pytest.mark.parametrize("text,cites,expected", CASES)
def test_check_sentence(text, cites, expected):
    v = check_sentence(text, cites, ARTICLES)
    assert v.ok is (not expected), v.details
    assert set(expected) <= set(v.problems), v.details


def test_supported_by_names_the_article_that_carries_the_sentence():
    v = check_sentence("Kling AI closed a $2.75bn round.", [R], ARTICLES, story_articles=(REUTERS, BLOOMBERG))
    assert not v.ok and v.supported_by == (BLOOMBERG.url,)


def test_verify_page_drops_failing_sentences_and_empty_parts():
    page = CategoryPage(
        name="Capital", slug="capital",
        top_line=(TopLineItem("Kling AI closed a $2.9bn round.", "s1", (R,)),
                  TopLineItem("Kling AI closed a $2.8bn round. It was backed by Baidu.", "s1", (R,))),
        key_developments=(Development("s1", "Kling AI raises $2.8 billion", (
            Paragraph("Kling AI closed a $2.8bn round, according to Reuters. Bloomberg puts it at $3bn.", (R, B)),
            Paragraph("Invented Corp bought it.", (R,)))),),
        signals=(Signal("Alibaba backs Kling", "Alibaba took part in a round.", (R,), watch="Watch Baidu."),))
    out, report = verify_page(page, ARTICLES)
    assert [t.text for t in out.top_line] == ["Kling AI closed a $2.8bn round."]
    dev = out.key_developments[0]
    assert [p.text for p in dev.paragraphs] == ["Kling AI closed a $2.8bn round, according to Reuters."]
    assert out.signals[0].watch == "" and out.signals[0].text == "Alibaba took part in a round."
    assert report.checked == 10 and report.dropped == 5
    assert dict(report.problems)["number"] == 2 and dict(report.problems)["entity"] == 3
