"""Service journalism and human-interest stories of private people are noise on every page (issue 11, item 3;
editorial31): a "best X" list naming the day's companies, a how-to on loyalty points, a reader's question answered
to the reader, a couple named by age. Each is read from its form (``topline.classify.service``), never from a
corpus's names; the news twins told with a question or "you" keep their page. Every sentence here is written for
the test."""

from __future__ import annotations

import datetime as dt
import types

import pytest

from topline.classify import offline, service
from topline.classify.offline import OfflineClassifier
from topline.records import Article, Story, StoryBundle
from topline.taxonomy import parse_taxonomy

WHEN = dt.datetime(2026, 3, 4, 9, tzinfo=dt.timezone.utc)

NOISE = [
    ("The 10 best business class seats of the year, from Aerolink to Skyvance",
     "Lie-flat beds are now standard at the front of long-haul jets, but not all of them are equal. Here are our picks."),
    ("How to get the most from your airline loyalty points",
     "Sitting on a pile of air miles? You are not alone: billions of points go unspent every year."),
    ("Best carry-on suitcases to buy this spring, tested",
     "Whether you fly twice a year or twice a week, a good cabin bag saves time at the gate."),
    ("9 smart ways to cut the cost of a family holiday", "School holidays need not empty the bank. Book early."),
    ("Airport lounges in Europe, ranked", "We visited 20 lounges across the continent over the summer."),
    ("We tried every sandwich at the airport so you don't have to", "The departure hall has eleven outlets."),
    ("Frequent flyer tips: when to use points instead of cash", "Points are worth most on long-haul premium seats."),
    ("Is hand luggage only really cheaper?",
     "Thinking about leaving the checked bag at home this summer? Here's how to decide."),
]
NEWS = [
    ("Aerolink to buy Skyvance for $4.2 billion in an all-cash deal",
     "Aerolink agreed on Tuesday to buy rival Skyvance for $4.2 billion, creating the region's largest carrier."),
    ("Will your fare go up? Aerolink raises fuel surcharges on long-haul routes",
     "Will your next long-haul ticket cost more? Aerolink said on Monday it would raise fuel surcharges by 8%."),
    ("Skyvance pilots' strike: what it means if you are flying this weekend",
     "If you are booked on a Skyvance flight this weekend, check your email. The pilots' union called a 48-hour "
     "strike on Tuesday."),
    ("Aerolink posts its best quarter since 2019 as premium demand holds",
     "Aerolink reported record third-quarter profit of $1.1 billion on Thursday."),
    ("Do you hold Skyvance miles? The airline is cutting what they are worth",
     "Do you hold Skyvance miles? You may soon get less for them. The airline said on Friday it will devalue awards."),
    ("How the Aerolink deal was done", "Talks began in a hotel bar in Geneva in March, three people said."),
    ("The 5 biggest airline deals of the decade", "Aerolink's purchase of Skyvance is the largest since 2015."),
]


@pytest.mark.parametrize("title, body", NOISE)
def test_service_journalism_is_read_from_its_form(title, body):  # noqa: ANN001
    assert service.service_article(title, body)


@pytest.mark.parametrize("title, body", NEWS)
def test_news_told_with_a_question_or_you_is_no_service_piece(title, body):  # noqa: ANN001
    assert not service.service_article(title, body)


def _story(*texts: tuple[str, str]) -> types.SimpleNamespace:
    return types.SimpleNamespace(articles=tuple(Article(url=f"https://example.com/{i}", title=t, text=b, source="X")
                                                for i, (t, b) in enumerate(texts)))


def test_a_story_is_service_journalism_when_half_its_articles_are():
    assert service.service_story(_story(NOISE[1]))
    assert service.service_story(_story(NOISE[0], NEWS[0]))
    assert not service.service_story(_story(NOISE[0], NEWS[0], NEWS[1]))


def test_a_private_person_named_by_age_with_no_event_is_human_interest():
    couple = ("Couple marry at the departure gate after snow grounds their flight",
              "Priya Anand, 31, and Tom Keller, 33, swapped vows at gate 14 on Saturday with passengers as guests.")
    assert service.human_interest(_story(couple))
    # a person named by age in a report of an event (a charge, a deal) is news; a month is no name
    charged = ("Former Aerolink manager charged with fraud",
               "Prosecutors charged Daniel Ortiz, 52, with wire fraud on Tuesday over $3 million of ticket refunds.")
    assert not service.human_interest(_story(charged))
    assert not service.aged_person("Fares to rise", "On February, 2, 2026 the carrier raised fares.")
    # a feature inside a reported story is kept by the share
    assert not service.human_interest(_story(couple, NEWS[0], NEWS[3]))


def _bundle(sid: str, *articles: tuple[str, str]) -> StoryBundle:
    arts = tuple(Article(url=f"https://example.org/{sid}/{n}", title=t, text=x, source=f"Outlet {sid}",
                         published=WHEN, id=1000 * (len(sid) + 1) + n) for n, (t, x) in enumerate(articles))
    return StoryBundle(story=Story(id=sid, title=arts[0].title, article_ids=tuple(a.id for a in arts),
                                   first_seen=WHEN, last_seen=WHEN, outlets=(f"Outlet {sid}",)), articles=arts)


AVIATION = parse_taxonomy('''
name = "Aviation"
[[category]]
name = "Airlines & Deals"
description = "Airlines and carriers: mergers, acquisitions, fleet orders, routes, fares, loyalty programmes, premium cabins and business class."
keywords = ["airline", "carrier", "business class", "loyalty", "fleet", "routes"]
[[category]]
name = "Airports & Travel Demand"
description = "Airports, passenger numbers, lounges, security, delays, air traffic control and travel demand."
keywords = ["airport", "passengers", "lounge", "delays", "gate", "air traffic"]
''', "aviation")

WINDOW = [
    _bundle("deal", NEWS[0], ("Skyvance agrees to Aerolink takeover", "Skyvance's board backed the $4.2 billion offer "
                              "from Aerolink, the airline said, subject to approval by regulators.")),
    _bundle("fares", NEWS[1]),
    _bundle("strike", NEWS[2]),
    _bundle("results", NEWS[3]),
    _bundle("miles", NEWS[4]),
    _bundle("orders", ("Aerolink orders 40 widebody jets for new long-haul routes",
                       "Aerolink placed an order for 40 widebody aircraft on Wednesday to expand its fleet.")),
    _bundle("hub", ("Capital airport passenger numbers hit record as new terminal opens",
                    "The airport handled 6.2 million passengers in February, up 11%, its operator said.")),
    _bundle("atc", ("Air traffic control fault causes delays at three airports",
                    "Flights were held at the gate for up to four hours on Monday after a radar fault.")),
    _bundle("lounge", ("Airport group opens ten new lounges as premium travel grows",
                       "The operator will open lounges at ten airports by 2027 to serve business travellers.")),
    _bundle("seats", NOISE[0]),
    _bundle("points", NOISE[1]),
    _bundle("suitcase", NOISE[2]),
    _bundle("ranked", NOISE[4]),
    _bundle("wedding", ("Couple marry at the departure gate after snow grounds their flight",
                        "Priya Anand, 31, and Tom Keller, 33, swapped vows at gate 14 on Saturday with stranded "
                        "passengers as guests, after snow delayed their flight to the ceremony.")),
]


def test_service_pieces_naming_the_day_s_airlines_go_to_none_and_the_news_keeps_its_page(monkeypatch):  # noqa: ANN001
    got = {b.story.id: c for b, c in zip(WINDOW, OfflineClassifier().classify(WINDOW, AVIATION))}
    for sid in ("seats", "points", "suitcase", "ranked", "wedding"):
        assert got[sid].primary is None, (sid, got[sid].scores)
    # without the rule (the code before it) the same window gives most of the noise a page: topical similarity
    monkeypatch.setattr(offline, "service_story", lambda b: False)
    monkeypatch.setattr(offline, "human_interest", lambda b, memo=None: False)
    before = {b.story.id: c for b, c in zip(WINDOW, OfflineClassifier().classify(WINDOW, AVIATION))}
    assert sum(before[sid].primary is not None for sid in ("seats", "points", "suitcase", "ranked", "wedding")) >= 4
    # every news story keeps the page it had
    for sid in ("deal", "fares", "strike", "results", "miles", "orders", "hub", "atc", "lounge"):
        assert got[sid].primary == before[sid].primary, sid
    assert sum(got[sid].primary is not None for sid in ("deal", "fares", "strike", "miles", "orders", "hub")) >= 5


def test_a_taxonomy_that_asks_for_consumer_advice_keeps_it():
    wanted = parse_taxonomy('''
name = "Travel desk"
[[category]]
name = "Travel Tips"
description = "Consumer advice for travellers: personal finance, loyalty points, packing and buying guides."
[[category]]
name = "Airlines"
description = "Airlines and carriers: mergers, acquisitions, fleet orders, routes and fares."
''', "travel")
    got = {b.story.id: c for b, c in zip(WINDOW, OfflineClassifier().classify(WINDOW, wanted))}
    assert got["points"].primary is not None
