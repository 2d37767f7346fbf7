"""support25 (issue 10): figures told in words or in another unit, and who acts when the claim names the actor with
an apposition or equates a measure to a figure. Each reading has an error of the same shape that stays rejected.
The articles and sentences are written for this file (not from the labelled set).

* ``check/spelled.py``: "two centuries" / "200 years", "half a year" / "six months", "one in three" / "a third",
  "a 72-hour strike" / "a three-day strike", "a decade" / "ten years", "his fourth title" / "four times";
* ``subjects.subject_of``: "NAME, APPOSITION, said CLAUSE" names NAME as the speaker;
* ``measures.valued_subject``: "X's time was FIGURE" is a measure whose owner is judged;
* ``subjects.introduced_there``: "NAME, a DESCRIPTION, won" against "A DESCRIPTION won ... NAME, 71, ...".
"""
from __future__ import annotations

from tests.check.helpers import article, verdict
from topline.check.measures import valued_subject
from topline.check.spelled import told
from topline.check.subjects import appositive_head, subject_of

FAIR = article(
    url="https://www.valleynews.example/ashcombe-goose-fair", source="Valley News",
    title="Ashcombe goose fair returns",
    text="The goose fair at Ashcombe has been held on the village green for more than 300 years. Only a quarter of "
         "the stallholders come from the village itself. The parish council said the fair would move to the "
         "football ground next year because the green is being drained, a job that will take 18 months. "
         "Farmer Ilse Marwood won the prize for the heaviest goose for the fourth time; her bird weighed 9.4 "
         "kilograms.")

STRIKE = article(
    url="https://www.transitdaily.example/orrel-tram-strike", source="Transit Daily",
    title="Orrel tram drivers strike",
    text="Tram drivers in Orrel began a 72-hour strike on Monday over rosters, the first stoppage on the network "
         "in a decade. Hugo Brandt, the drivers' union secretary, said the operator had refused to talk. The "
         "operator, Orrel Metro, said about 40% of its services would still run.")

RACE = article(
    url="https://www.outdoorsweekly.example/fellside-canoe-race", source="Outdoors Weekly",
    title="Canoe race won by retired teacher",
    text="A retired teacher won the Fellside canoe marathon on Sunday. Greta Hollis, 66, paddled the 42-kilometre "
         "course in 5 hours and 12 minutes, having come second in each of the past two years. The runner-up, Owen "
         "Pike, finished 9 minutes behind her.")


def test_values_told_in_words_are_read_with_their_unit():
    got = {(t.measure, round(t.value, 2)) for t in told("It has stood for two centuries, and half a year later "
                                                        "a third of the staff left.")}
    assert ("time", 73050.0) in got and ("time", 182.62) in got and ("%", 33.33) in got
    # a quarter of a percentage point is points, not a share of a quarter
    got = {(t.measure, t.value) for t in told("The bank cut by a quarter of a percentage point.")}
    assert got == {("pp", 0.25)}


def test_a_span_of_time_told_in_other_words_is_supported():
    assert verdict("The goose fair has been held on the green for more than three centuries.", FAIR).ok
    assert verdict("It was the first stoppage on the Orrel tram network in ten years.", STRIKE).ok
    assert verdict("Tram drivers in Orrel began a three-day strike on Monday over rosters.", STRIKE).ok


def test_a_wrong_span_of_time_stays_rejected():
    assert not verdict("The goose fair has been held on the green for more than two centuries.", FAIR).ok
    assert not verdict("Tram drivers in Orrel began a two-day strike on Monday over rosters.", STRIKE).ok
    assert not verdict("It was the first stoppage on the Orrel tram network in five years.", STRIKE).ok


def test_a_share_told_as_a_fraction_word():
    assert verdict("Only one in four of the Ashcombe fair's stallholders come from the village itself.", FAIR).ok
    assert verdict("Only 25% of the Ashcombe fair's stallholders come from the village itself.", FAIR).ok
    assert not verdict("Only one in three of the Ashcombe fair's stallholders come from the village itself.",
                       FAIR).ok
    assert not verdict("Only 45% of the Ashcombe fair's stallholders come from the village itself.", FAIR).ok


def test_times_against_an_ordinal():
    assert verdict("Farmer Ilse Marwood has won the prize for the heaviest goose four times.", FAIR).ok
    assert not verdict("Farmer Ilse Marwood has won the prize for the heaviest goose three times.", FAIR).ok


def test_the_speaker_before_said_with_an_apposition():
    claim = "Hugo Brandt, the drivers' union secretary, said the operator had refused to talk."
    assert subject_of(claim) == "Hugo Brandt, the drivers' union secretary"
    assert subject_of("Fares will rise, said Orrel Metro.") == "Orrel Metro"
    assert verdict(claim, STRIKE).ok
    v = verdict("Owen Pike, the drivers' union secretary, said the operator had refused to talk.", STRIKE, RACE)
    assert not v.ok


def test_a_subject_equated_to_a_figure_is_a_measure_of_its_owner():
    assert valued_subject("Greta Hollis's time", "Greta Hollis's time was 5 hours and 12 minutes")
    assert not valued_subject("Greta Hollis", "Greta Hollis paddled 42 kilometres")
    assert verdict("Greta Hollis's winning time was 5 hours and 12 minutes.", RACE).ok
    assert not verdict("Owen Pike's winning time was 5 hours and 12 minutes.", RACE).ok


def test_a_name_given_a_description_the_passage_uses():
    assert appositive_head(" a retired teacher") == "teacher"
    assert appositive_head(" a goose missing from a farm since May") == "goose"
    assert verdict("Greta Hollis, a retired teacher, won the Fellside canoe marathon on Sunday.", RACE).ok
    # the runner-up is named in the article, but not as the description the passage sentence opens with
    assert not verdict("Owen Pike, a retired teacher, won the Fellside canoe marathon on Sunday.", RACE).ok


MILL = article(
    url="https://www.millersgazette.example/harrow-flour", source="Millers Gazette",
    title="Harrow Mills expands Ely site",
    text="Harrow Mills said its Ely site mills about 90,000 tonnes of flour a year, a third of the group's output. "
         "The site's bakery school trained 240 apprentices this year, twice as many as last year.")


def test_a_whole_from_a_part_and_its_share():
    assert verdict("Harrow Mills mills about 270,000 tonnes of flour a year in all.", MILL).ok
    assert not verdict("Harrow Mills mills about 180,000 tonnes of flour a year in all.", MILL).ok
    assert verdict("The Ely bakery school trained 120 apprentices last year.", MILL).ok
    assert not verdict("The Ely bakery school trained 160 apprentices last year.", MILL).ok


def test_a_unit_told_another_way_is_no_substitution():
    from topline.check.spelled import same_value_words
    assert same_value_words("It was the first time in a hundred years.", "hundred",
                            "It was the first time in a century.", "century")
    assert not same_value_words("It was the first time in fifty years.", "fifty",
                                "It was the first time in a century.", "century")
    v = verdict("The goose fair at Ashcombe has been held on the village green for more than three hundred years.",
                FAIR)
    assert not [d for d in v.details if "where its passage has" in d], v.details
