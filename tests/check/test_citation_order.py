"""A verdict does not depend on the ORDER of a sentence's citations (issue 10): the same sentence citing the same
articles gets the same verdict, problems and supporting passage whichever article is cited first.

Before the fix, ties between passages went to the first cited article: cal-ai2's headline "Halvard AI raises $6.5
billion at $90 billion valuation" failed ("direction: says up where its passage says down", read against "A
representative for Halvard declined to comment." of the Bloomberg talks article) when Bloomberg was cited first and
passed the other way round."""
from __future__ import annotations

import datetime as dt
import itertools
import json
from collections import defaultdict

import pytest

from tests.check.helpers import DATA, load_jsonl_articles
from topline.check import check_sentence, verify_page
from topline.records import Article, CategoryPage, Citation, Development, Paragraph

WHEN = dt.datetime(2026, 10, 6, 9, tzinfo=dt.timezone.utc)


@pytest.fixture(scope="module")
def cal_ai2() -> dict[str, Article]:
    return load_jsonl_articles(DATA / "cal-ai2" / "articles.jsonl", body="text", when=WHEN)


def _orders(cites: list[Citation]) -> list[tuple[Citation, ...]]:
    return list(itertools.permutations(cites))


def _verdict(text: str, cites, arts, headline: bool = False):  # noqa: ANN001, ANN202
    v = check_sentence(text, cites, arts, headline=headline)
    return v.ok, v.problems, v.support.url if v.support else ""


HALVARD_BLOOMBERG = "https://www.bloomberg.com/news/articles/2026-10-05/halvard-ai-is-said-to-be-in-talks-to-raise-" \
    "about-6-billion"
HALVARD_REUTERS = "https://www.reuters.com/technology/halvard-ai-raises-65-billion-90-billion-valuation-2026-10-06/"


def test_the_halvard_headline_passes_in_either_order(cal_ai2):
    headline = "Halvard AI raises $6.5 billion at $90 billion valuation"
    cites = [Citation(u, cal_ai2[u].source) for u in (HALVARD_BLOOMBERG, HALVARD_REUTERS)]
    got = {_verdict(headline, order, cal_ai2, headline=True) for order in _orders(cites)}
    assert got == {(True, (), HALVARD_REUTERS)}, got
    # and through the page gate: the headline is kept (not replaced by a cited title) in both orders
    para = "Halvard AI said on Tuesday it had raised $6.5 billion in a Series E funding round."
    for order in _orders(cites):
        page = CategoryPage(name="Capital", slug="capital", top_line=(), signals=(), key_developments=(
            Development("s1", headline, (Paragraph(para, tuple(order)),)),))
        out, report = verify_page(page, cal_ai2)
        assert out.key_developments[0].headline == headline and report.replaced == 0, report.drops


def test_headlines_of_every_story_get_one_verdict_for_every_citation_order(cal_ai2):
    """Each cal-ai2 article's title as a headline citing its story's articles (up to three: several articles of one
    event share words, so their passages tie), in every order."""
    stories = defaultdict(list)
    for line in (DATA / "cal-ai2" / "articles.jsonl").open(encoding="utf-8"):
        r = json.loads(line)
        stories[r["story"]].append(r["url"])
    changed, checked = [], 0
    for urls in stories.values():
        if len(urls) < 2:
            continue
        urls = sorted(urls)[:3]
        cites = [Citation(u, cal_ai2[u].source) for u in urls]
        for u in urls:
            title = cal_ai2[u].title
            got = {_verdict(title, order, cal_ai2, headline=True) for order in _orders(cites)}
            checked += 1
            if len(got) > 1:
                changed.append((title, got))
    assert checked >= 40 and not changed, changed


def test_labelled_sentences_get_one_verdict_for_every_citation_order():
    """Sentences of the claim-support set (supported and not), each citing its own article and the two articles of
    the same part that share most words with it, in every order."""
    changed, checked = [], 0
    for arts_name, rows_name in (("cal2-articles.jsonl", "cal2-sentences.jsonl"),
                                 ("eval2-articles.jsonl", "eval2-sentences.jsonl"),
                                 ("eval3-articles.jsonl", "eval3-sentences.jsonl")):
        arts = load_jsonl_articles(DATA / "support" / arts_name, when=WHEN)
        words = {u: set(f"{a.title} {a.text}".lower().split()) for u, a in arts.items()}
        rows = [json.loads(line) for line in (DATA / "support" / rows_name).open(encoding="utf-8")]
        for r in rows[::4]:
            own = r["cites"][0]
            near = sorted((u for u in arts if u not in r["cites"]), key=lambda u: (-len(words[u] & words[own]), u))
            cites = [Citation(u, arts[u].source) for u in list(r["cites"]) + near[:3 - len(r["cites"])]]
            got = {_verdict(r["sentence"], order, arts) for order in _orders(cites)}
            checked += 1
            if len(got) > 1:
                changed.append((r["sentence"], got))
    assert checked >= 150 and not changed, changed
