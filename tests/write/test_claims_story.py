"""signals17 (issue 12): one actor, two acts of different kinds on the page's day (claims_story.same_actor_signal),
and the guards found by reading the baseline's titles against their sources (claim_guards). The stories are real:
eval-prop's (tests/data/eval-prop, calibration), read with the extractor as the ledger reads them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from topline.check import check_analysis
from topline.eval.events import articles_path, load_bundles
from topline.events import extract
from topline.records import Article, Classification, Event, RankedStory, Ranking
from topline.write.offline.claim_guards import not_a_claim
from topline.write.offline.claims import is_claim
from topline.write.offline.claims_story import acts_of_day, same_actor_signal
from topline.write.offline.compose import Composer

CORPUS = Path(__file__).resolve().parents[1] / "data" / "eval-prop"
TUE, WED = dt.date(2026, 11, 17), dt.date(2026, 11, 18)


@pytest.fixture(scope="module")
def bundles() -> dict[str, object]:
    return {b.story.id: b for b in load_bundles(articles_path(CORPUS, None))}


def _page(bundles: dict, *ids: str) -> tuple[list[RankedStory], list[Event], Composer]:
    stories = [RankedStory(bundles[i], Classification(i, "Projects"), Ranking(i, 0.5)) for i in ids]
    events = [e for rs in stories for e in extract(rs.bundle)]
    arts = {a.url: a for rs in stories for a in rs.bundle.articles}
    return stories, events, Composer(arts)


def test_one_story_whose_company_commits_a_plant_and_sees_its_shares_move(bundles: dict) -> None:
    # s12: "US steelmaker Ebbsfield Steel said on Tuesday it would build a $1.3 billion micro mill in Arizona ...",
    # "Ebbsfield shares rose 3.1% in premarket trading." (Reuters, Tuesday 17 November)
    stories, events, comp = _page(bundles, "s12")
    sig = same_actor_signal(stories, events, {}, comp, TUE)
    assert sig is not None
    assert sig.title.startswith("Ebbsfield Steel ") and sig.title.endswith(" on the same day"), sig.title
    assert "sees its shares rise 3.1%" in sig.title, sig.title
    assert is_claim(sig.title, ["Ebbsfield Steel", "Ebbsfield"])
    # the title adds nothing the statements printed beneath it lack
    facts = [s for s in sig.text.split("Evidence:")[0].split(". ") if s]
    assert not check_analysis(sig.title, facts)[0], (sig.title, sig.text)
    assert sig.story_ids == ("s12",)
    assert "Evidence: one story" in sig.text


def test_no_claim_when_the_acts_are_not_of_one_actor(bundles: dict) -> None:
    # s12's build-out and the Arizona Commerce Authority's training grants are acts of the day of two actors: never
    # paired ("Ebbsfield Steel commits ... and offers a subsidy" would give the state's act to the company)
    stories, events, comp = _page(bundles, "s12")
    acts = acts_of_day(stories, events, {}, comp, TUE)
    subjects = {a.subject for a in acts}
    assert "Arizona Commerce Authority" in subjects or len(acts) >= 2
    sig = same_actor_signal(stories, events, {}, comp, TUE)
    assert sig is not None and "subsid" not in sig.title, sig.title


def test_no_claim_on_a_day_the_acts_are_not_news(bundles: dict) -> None:
    # the same story read on Wednesday: its acts are Tuesday's, none of them news of the day
    stories, events, comp = _page(bundles, "s12")
    assert same_actor_signal(stories, events, {}, comp, WED) is None


def test_no_claim_from_a_move_over_two_years(bundles: dict) -> None:
    # s36 (Tokiwa Kensetsu, Wednesday): "The shares are up more than 100% in two years ..." is no move of the day,
    # and its precast plant's statement names no builder: no act pairs with another
    stories, events, comp = _page(bundles, "s36")
    acts = acts_of_day(stories, events, {}, comp, WED)
    assert not any("100%" in a.predicate for a in acts), [a.predicate for a in acts]
    sig = same_actor_signal(stories, events, {}, comp, WED)
    assert sig is None or "100%" not in sig.title


# --- guards (sentences of the calibration corpora whose titles were false) ---------------------------------------

def _comp() -> Composer:
    a = Article(url="https://wire.example/1", title="t", text="Markets moved on Tuesday.", source="Wire",
                published=dt.datetime(2026, 11, 17, 9, tzinfo=dt.timezone.utc))
    return Composer({a.url: a})


def _ev(kind: str) -> Event:
    return Event(story_id="s", type=kind, fields=(), url="u", sentence="x")


def test_a_round_s_target_is_not_what_it_raised() -> None:
    said = ("Arrowmere Capital has closed its fifth flagship infrastructure fund on $11.2 billion, well above its $9 "
            "billion target, in one of the largest closed-end raises this year.")
    assert not_a_claim("Arrowmere Capital raises $9 billion", _ev("funding"), said, _comp())
    assert not not_a_claim("Arrowmere Capital raises $11.2 billion", _ev("funding"), said, _comp())


def test_a_move_over_years_is_not_the_day_s_move() -> None:
    assert not_a_claim("Tokiwa Kensetsu Co rises 100%", _ev("market_move"),
                       "The shares are up more than 100% in two years, giving the company a market value of about "
                       "1.1 trillion yen.", _comp())
    # another figure of the sentence told over a span leaves the clause's own figure the day's (the demo's Oracle)
    assert not not_a_claim("Oracle rises 4.8%", _ev("market_move"),
                           "Oracle shares were up 4.8% in premarket trading, putting the company on course to extend a "
                           "rally that has lifted its stock 40% this year.", _comp())
    # "the most since March 2023" compares the day's move with earlier ones: it stays the day's move
    assert not not_a_claim("Rheinpfand Bank AG falls as much as 14%", _ev("market_move"),
                           "Rheinpfand Bank AG fell as much as 14% in Frankfurt, the most since March 2023, after the "
                           "lender said losses would push it into the red this year.", _comp())


def test_a_body_that_approves_others_projects_commits_nothing() -> None:
    assert not_a_claim("Alberta plans to add 10 gigawatts", _ev("capex"),
                       "Alberta has approved more than 10 gigawatts of proposed data centre projects for grid study, "
                       "far more than its power system can supply.", _comp())
    assert not not_a_claim("Karst Power commits 600 MW", _ev("capex"),
                           "Karst Power will build four reactors with 600 MW of capacity near Oak Ridge.", _comp())


def test_the_body_whose_approval_is_still_needed_is_not_the_one_acting() -> None:
    said = ("The Spanish government has pledged 680 million euros in grants, which still need approval from the "
            "European Commission under state aid rules.")
    assert not_a_claim("European Commission offers a subsidy", _ev("state_action"), said, _comp())
    assert not not_a_claim("European Commission offers a subsidy", _ev("state_action"),
                           "The European Commission approved 680 million euros in grants for the plant on Tuesday.",
                           _comp())


def test_a_build_out_others_offer_incentives_for_is_not_committed() -> None:
    said = ("Texas has offered tax breaks worth about $420 million to persuade Ferrant Terminals to build a $3.1 "
            "billion container terminal near Corpus Christi, state officials said Monday.")
    assert not_a_claim("Ferrant Terminals commits $3.1 billion in Corpus Christi", _ev("capex"), said, _comp())
    assert not not_a_claim("Ferrant Terminals commits $3.1 billion in Corpus Christi", _ev("capex"),
                           "Ferrant Terminals will build a $3.1 billion container terminal near Corpus Christi, it "
                           "said on Monday.", _comp())


def test_a_deal_near_is_not_agreed_and_a_thing_bought_is_no_company() -> None:
    assert not_a_claim("Nordhavn Line agrees to buy Pacifica Container Lines", _ev("acquisition"),
                       "Nordhavn Line is nearing an agreement to acquire Pacifica Container Lines for about $7.8 "
                       "billion, people with knowledge of the negotiations say.", _comp())
    assert not_a_claim("Algeria agrees to buy Black Sea", _ev("acquisition"),
                       "French sales have already fallen sharply as Algeria bought more Russian and Black Sea grain.",
                       _comp())
    # an agreement reached, the company named with what follows a name ("for", "from")
    assert not not_a_claim("Polar Gate Logistics agrees to buy Northlake Cold Chain", _ev("acquisition"),
                           "Polar Gate Logistics agreed to buy Northlake Cold Chain from its founders on Monday.",
                           _comp())
    assert not not_a_claim("Halden Maritime agrees to buy Brightway Logistics", _ev("acquisition"),
                           "Halden Maritime has agreed to buy Brightway Logistics for $1.2 billion.", _comp())
