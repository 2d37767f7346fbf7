"""Counted lists of picks and lifestyle pieces about a named executive are noise on every page (issue 11, item 3;
editorial33). eval-capital, a private-markets corpus, put two on a page below the Top Lines on main: a "five funds to
watch" list naming the day's managers (Asset Managers & Funds, 2027-03-01) and a buyout founder's superyacht (Private
Equity & Buyouts, 2027-03-02), whose second report names his firm's takeover, so the human-interest rule's "no kind
of event" test let it through. The rules read the headline's form (``topline.classify.service``): a numbered list
"to watch" or "to own", and a headline about a person's possessions or leisure. The unit sentences are written for
the test; the windows are eval-capital's (calibration since the thirty-second pass)."""

from __future__ import annotations

import datetime as dt

import pytest

from topline.classify import offline, service
from topline.records import Article, Story, StoryBundle

from .noise_cases import assert_noise_case

WHEN = dt.datetime(2027, 3, 1, 9, tzinfo=dt.timezone.utc)

LISTS = [
    "Six insurers to watch in 2027",
    "10 stocks to own for the next decade",
    "Three bond funds worth watching as rates fall",
    "The five small-cap trusts to buy now",
    "Private credit funds: a buyer's guide",
]
LIST_TWINS = [   # news told with a count and "to": a deal, a fine, a merger, an explainer of a deal
    "Two funds to buy Halvor stake for $1.2bn",
    "Five banks to pay $2bn to settle rate-rigging probe",
    "Three insurers to merge in $9bn deal",
    "What to watch as the Fed weighs another cut",
    "Hollins buyout: 5 questions answered after shareholders vote",
]
LIFESTYLE = [
    "Buyout boss takes delivery of 90-metre superyacht",
    "Inside fund manager Ilse Marrow's Kensington townhouse",
    "Hedge Fund Founder's Watch Collection Sells for $9 Million",
    "Investor throws lavish Amalfi wedding for daughter days after fund's loss",
    "Credit fund chief snaps up Alpine chalet with indoor pool",
]
LIFESTYLE_TWINS = [   # the same nouns in news: an incident, a seizure, a tax, a maker's listing, a deal
    "Superyacht sinks off Sicily, leaving insurers facing $150m claim",
    "Authorities seize sanctioned tycoon's superyacht in Gibraltar",
    "Government raises tax on mansions worth over £10m",
    "Yacht maker Ferrona files for Milan listing",
    "Buyout firm agrees £3.4bn takeover of software group",
]


@pytest.mark.parametrize("title", LISTS)
def test_a_counted_list_of_picks_is_service_journalism(title):  # noqa: ANN001
    assert service.service_article(title, "Spring is a good moment to check your portfolio. Here are our picks.")


@pytest.mark.parametrize("title", LIST_TWINS)
def test_news_told_with_a_count_is_not(title):  # noqa: ANN001
    assert not service.service_article(title, "The deal was announced on Monday, the company said.")


@pytest.mark.parametrize("title", LIFESTYLE)
def test_a_headline_about_a_person_s_possessions_or_leisure_is_a_lifestyle_piece(title):  # noqa: ANN001
    assert service.lifestyle_article(title)


@pytest.mark.parametrize("title", LIFESTYLE_TWINS)
def test_the_same_nouns_in_news_are_not(title):  # noqa: ANN001
    assert not service.lifestyle_article(title)


def _story(*titles: str) -> StoryBundle:
    arts = tuple(Article(url=f"https://example.com/{i}", title=t, text="The firm said on Monday.", source=f"S{i}",
                         published=WHEN, id=i + 1) for i, t in enumerate(titles))
    story = Story(id="s", title=titles[0], article_ids=tuple(a.id for a in arts), first_seen=WHEN, last_seen=WHEN,
                  outlets=tuple(a.source for a in arts))
    return StoryBundle(story=story, articles=arts, enrichments=())


def test_a_story_is_a_lifestyle_piece_when_half_its_reports_are():
    """Two reports of the yacht, one naming the takeover in passing: a lifestyle story; a deal with one such
    feature among three reports stays news."""
    assert service.lifestyle_story(_story(LIFESTYLE[0], "Tycoon whose firm agreed a £3.4bn takeover buys a boat"))
    assert not service.lifestyle_story(_story(LIFESTYLE_TWINS[4], "Halvor agrees £3.4bn deal", LIFESTYLE[0]))


# (edition day, the noise story, the gold day whose Top Line stories must keep a page, whether it had a page without
# the rules) in eval-capital's gold-grouped 36-hour windows
CASES = [
    (dt.date(2027, 3, 1), "s40", "2027-03-02", True),   # "five funds to watch", a page on main
    (dt.date(2027, 3, 2), "s42", "2027-03-02", True),   # the founder's superyacht, a page on main
    (dt.date(2027, 3, 2), "s41", "2027-03-02", True),   # a hedge fund manager's townhouse
    (dt.date(2027, 3, 2), "s48", "2027-03-02", True),   # a buyout founder's watch collection at auction
    (dt.date(2027, 3, 3), "s43", "2027-03-03", True),   # a founder's daughter's Lake Como wedding
]


@pytest.mark.parametrize("day, story, gold_day, paged", CASES)
def test_eval_capital_s_lists_and_lifestyle_pieces_are_none_and_the_editor_s_stories_keep_a_page(
        day, story, gold_day, paged, monkeypatch):  # noqa: ANN001
    def either(b: StoryBundle) -> bool:
        return service.service_story(b) or service.lifestyle_story(b)

    def switch_off() -> None:
        monkeypatch.setattr(offline, "service_story", lambda b: False)
        monkeypatch.setattr(offline, "lifestyle_story", lambda b: False)

    assert_noise_case("eval-capital", day, story, gold_day, paged, either, switch_off)
